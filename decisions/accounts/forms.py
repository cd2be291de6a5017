"""A user's profile form."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy

from decisions.models import Profile


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["language", "email_mode"]
        labels = {"language": gettext_lazy("Language of the pages and of your emails")}
