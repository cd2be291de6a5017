"""The admin's actions on accounts (decisions/admin.py's UserAdmin lists
them): resetting a user's second factors, through the service."""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from decisions.accounts.factors import factors_reset
from decisions.accounts.security_events import user_sessions_end_recorded

__all__ = ["factors_reset_action", "user_sessions_end_recorded"]


@admin.action(description=_("Reset second factors (and end sessions)"))
def factors_reset_action(modeladmin, request, queryset) -> None:
    """For a lost phone or key: the user signs in with their password and
    enrols again (at once if their role requires a factor). Recorded."""
    users = list(queryset)
    for user in users:
        factors_reset(user=user, request=request)
    n = len(users)
    modeladmin.message_user(
        request,
        ngettext(
            "The second factors of %(n)d user were reset.",
            "The second factors of %(n)d users were reset.",
            n,
        )
        % {"n": n},
        messages.SUCCESS,
    )
