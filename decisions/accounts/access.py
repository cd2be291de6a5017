"""What lets a user in without typing their password: their sessions, their
API keys and their calendar feed address. A password that someone else may
know is not made safe by changing it alone, since a key or an address made
with it keeps working; these services take every one of them away together.

- A password reset (the user lost or suspects their password) revokes all
  of them (`user_access_revoke`): whoever knew the old password may have made
  a key.
- A password change keeps them unless the user asks (`user_secrets_revoke`,
  the form's box): they know their password, and integrations keep running.
  Their other sessions end anyway (Django checks each session against the
  password).
- An administrator can revoke all of them from the admin (recorded)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from decisions.accounts.security_events import security_event_record
from decisions.models import CalendarToken, SecurityEventKind
from decisions.models.catalog import ApiToken
from decisions.permissions import can_view
from tracker.accounts import user_sessions_end


@dataclass(frozen=True)
class Revoked:
    """How many of each were taken away."""

    api_keys: int = 0
    calendar: bool = False
    sessions: int = 0

    def __str__(self) -> str:
        return (
            f"{self.api_keys} API keys revoked, calendar address "
            f"{'revoked' if self.calendar else 'none'}, {self.sessions} sessions ended"
        )


def user_secrets_held(*, user) -> tuple[int, bool]:
    """(active API keys, whether a calendar address exists) of `user`."""
    return (
        ApiToken.objects.active().filter(user=user).count(),
        CalendarToken.objects.filter(user=user).exists(),
    )


def user_secrets_revoke(*, user) -> Revoked:
    """Revoke every active API key of `user` and delete their calendar
    address; their sessions are left alone."""
    with transaction.atomic():
        keys = ApiToken.objects.active().filter(user=user).update(revoked_at=timezone.now())
        calendar, _ = CalendarToken.objects.filter(user=user).delete()
    return Revoked(api_keys=keys, calendar=bool(calendar))


def user_access_revoke(*, user) -> Revoked:
    """The keys, the calendar address and every session of `user`."""
    secrets = user_secrets_revoke(user=user)
    return Revoked(
        api_keys=secrets.api_keys,
        calendar=secrets.calendar,
        sessions=user_sessions_end(user=user),
    )


def user_access_revoke_recorded(*, user, request: HttpRequest, why: str) -> Revoked:
    """`user_access_revoke`, recorded as a security event with who did it
    and why."""
    revoked = user_access_revoke(user=user)
    security_event_record(
        kind=SecurityEventKind.SESSIONS_ENDED,
        request=request,
        user=user,
        detail=f"{why} by {request.user.get_username()}: {revoked}",
    )
    return revoked


def invitation_withdrawn(user) -> bool:
    """An invitation (an account that never chose a password, made when its
    address was named focal point) whose user has since lost every body and
    role: its link must not let anyone choose a password and sign in to an
    account that nobody is meant to use any more. It works again if the
    user is given a body or a role before it expires."""
    return not user.has_usable_password() and not can_view(user)


def revoked_message(revoked: Revoked) -> str:
    """What was revoked, in the reader's language."""
    parts = []
    if revoked.api_keys:
        parts.append(
            ngettext("%(n)d API key", "%(n)d API keys", revoked.api_keys) % {"n": revoked.api_keys}
        )
    if revoked.calendar:
        parts.append(gettext("the calendar address"))
    if revoked.sessions:
        parts.append(
            ngettext("%(n)d session", "%(n)d sessions", revoked.sessions) % {"n": revoked.sessions}
        )
    if not parts:
        return gettext("Nothing was left to revoke.")
    return gettext("Revoked: %(what)s.") % {"what": ", ".join(parts)}
