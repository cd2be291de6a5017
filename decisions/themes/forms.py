"""The form that sets an item's themes."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy

from decisions.models.catalog import Theme


class ItemThemesForm(forms.Form):
    themes = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Themes"),
        queryset=Theme.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
