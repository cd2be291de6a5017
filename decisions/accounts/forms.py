"""A user's profile form, and the password change form with its box to
revoke what the old password made (decisions/accounts/access.py)."""

from __future__ import annotations

from django import forms
from django.contrib.auth import forms as auth_forms
from django.utils.translation import gettext, gettext_lazy, ngettext

from decisions.accounts.access import user_secrets_held
from decisions.models import Profile


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["language", "email_mode"]
        labels = {"language": gettext_lazy("Language of the pages and of your emails")}


class PasswordChangeForm(auth_forms.PasswordChangeForm):
    """Django's form, and a box to revoke the user's API keys and calendar
    address, offered only when they hold some and naming what they hold."""

    revoke_secrets = forms.BooleanField(required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(user, *args, **kwargs)
        keys, calendar = user_secrets_held(user=user)
        if not keys and not calendar:
            del self.fields["revoke_secrets"]
            return
        held = []
        if keys:
            held.append(ngettext("your %(n)d API key", "your %(n)d API keys", keys) % {"n": keys})
        if calendar:
            held.append(gettext("your calendar address"))
        field = self.fields["revoke_secrets"]
        field.label = gettext("Also revoke %(held)s") % {"held": gettext(" and ").join(held)}
        field.help_text = gettext(
            "They keep working after a password change unless you revoke them. "
            "Tick this if someone else may have known your password; make new ones afterwards."
        )
