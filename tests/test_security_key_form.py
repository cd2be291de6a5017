"""The security key's name field speaks the reader's language.

django-allauth's forms for adding and renaming a security key declare their
field with no label, so Django wrote "Name" on the French and Arabic pages
(seen on /accounts/2fa/webauthn/add/). settings.MFA_FORMS names ours."""

from __future__ import annotations

import pytest
from allauth.mfa import app_settings
from allauth.mfa.webauthn import forms as webauthn_forms
from allauth.utils import get_form_class
from django.utils import translation


@pytest.mark.parametrize(
    ("key", "allauth_form"),
    [
        ("add_webauthn", webauthn_forms.AddWebAuthnForm),
        ("edit_webauthn", webauthn_forms.EditWebAuthnForm),
    ],
)
@pytest.mark.parametrize(("lang", "label"), [("en", "Name"), ("fr", "Nom"), ("ar", "الاسم")])
def test_the_security_key_s_name_is_labelled_in_the_reader_s_language(
    key, allauth_form, lang, label
):
    form = get_form_class(app_settings.FORMS, key, allauth_form)
    assert issubclass(form, allauth_form)
    field = form.base_fields["name"]
    with translation.override(lang):
        assert str(field.label) == label
    assert field.required == allauth_form.base_fields["name"].required
