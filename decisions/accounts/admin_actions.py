"""The admin's actions on accounts (decisions/admin.py's UserAdmin lists
them): ending a user's sessions, resetting their second factors; both
through the services, both recorded as security events."""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from decisions.accounts.factors import factors_reset
from decisions.accounts.security_events import user_sessions_end_recorded

__all__ = ["end_sessions", "factors_reset_action", "sessions_end"]
sessions_end = user_sessions_end_recorded


@admin.action(description=_("End this user's sessions"))
def end_sessions(modeladmin, request, queryset) -> None:
    """Signs the chosen users out everywhere (their next request asks them
    to sign in again); the account itself is unchanged."""
    ended = sum(
        user_sessions_end_recorded(user=user, request=request, why="ended from the admin")
        for user in queryset
    )
    modeladmin.message_user(
        request,
        ngettext("%(count)d session ended.", "%(count)d sessions ended.", ended) % {"count": ended},
        messages.SUCCESS,
    )


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
