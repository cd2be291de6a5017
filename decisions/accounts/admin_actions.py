"""The admin's actions on accounts (decisions/admin.py's UserAdmin lists
them): ending a user's sessions, revoking all their access (sessions, API
keys, calendar address), resetting their second factors; each through the
services, each recorded as a security event."""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from decisions.accounts.access import Revoked, revoked_message, user_access_revoke_recorded
from decisions.accounts.factors import factors_reset
from decisions.accounts.security_events import user_sessions_end_recorded

__all__ = ["access_revoke", "end_sessions", "factors_reset_action", "sessions_end"]
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


@admin.action(description=_("Revoke all access (sessions, API keys, calendar addresses)"))
def access_revoke(modeladmin, request, queryset) -> None:
    """For an account whose password someone else may know: signs the chosen
    users out everywhere and revokes every API key and calendar address
    they made; the account itself is unchanged. Recorded."""
    totals = Revoked()
    for user in queryset:
        one = user_access_revoke_recorded(user=user, request=request, why="revoked from the admin")
        totals = Revoked(
            api_keys=totals.api_keys + one.api_keys,
            calendar=totals.calendar or one.calendar,
            sessions=totals.sessions + one.sessions,
        )
    modeladmin.message_user(request, revoked_message(totals), messages.SUCCESS)
