"""Forms of the body review: register and merge."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy

from decisions.fields import ByNameModelChoiceField, PlainEmailField, PlainTextField
from decisions.models import Body, BodyKind, WorkingLanguage


def _registered():
    return Body.objects.registered().order_by("name_en")


class RegisterForm(forms.Form):
    name_en = PlainTextField(label=gettext_lazy("Name (English)"), max_length=300)
    name_fr = PlainTextField(label=gettext_lazy("Name (French)"), max_length=300, required=False)
    name_ar = PlainTextField(label=gettext_lazy("Name (Arabic)"), max_length=300, required=False)
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=BodyKind.choices)
    working_language = forms.ChoiceField(
        label=gettext_lazy("Working language"),
        choices=[("", gettext_lazy("Not known")), *WorkingLanguage.choices],
        required=False,
        help_text=gettext_lazy("The language its notes verbales are written in."),
    )
    parent = ByNameModelChoiceField(
        label=gettext_lazy("Parent"),
        queryset=Body.objects.none(),
        required=False,
        to_field_name="slug",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = _registered()


class MergeForm(forms.Form):
    into = ByNameModelChoiceField(
        label=gettext_lazy("Merge into"), queryset=Body.objects.none(), to_field_name="slug"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["into"].queryset = _registered()


class FocalPointForm(forms.Form):
    """A focal point named by email on a body's page (the address is also
    the user name of an account made for it)."""

    email = PlainEmailField(
        label=gettext_lazy("Email address"),
        max_length=150,
        widget=forms.EmailInput(attrs={"dir": "ltr", "autocomplete": "off"}),
        help_text=gettext_lazy(
            "Someone without an account gets one and an email to choose a password."
        ),
    )
