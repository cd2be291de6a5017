"""What every admin page of the app shares: text taken as the app's forms
take it, and rows the app alone writes shown read-only."""

from __future__ import annotations

from django.contrib import admin
from django.db import models

from decisions.fields import (
    IdMultipleChoiceField,
    PlainEmailField,
    PlainSlugField,
    PlainTextField,
    PlainURLField,
)


class CleanInputAdmin(admin.ModelAdmin):
    """Every text the admin takes is normalised as the app's forms do
    (decisions.fields), and objects chosen by id refuse what cannot be one."""

    formfield_overrides = {
        models.CharField: {"form_class": PlainTextField},
        models.TextField: {"form_class": PlainTextField},
        models.SlugField: {"form_class": PlainSlugField},
        models.EmailField: {"form_class": PlainEmailField},
        models.URLField: {"form_class": PlainURLField},
        models.ManyToManyField: {"form_class": IdMultipleChoiceField},
    }


class ReadOnlyAdmin(CleanInputAdmin):
    """Rows the app alone writes: listed and shown, never added, changed or deleted."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
