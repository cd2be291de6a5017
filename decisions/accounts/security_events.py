"""Recording what happens to accounts (decisions.models.SecurityEvent), and
deleting what is older than SECURITY_EVENTS_RETENTION_DAYS.

Every event is written by `security_event_record`: the sign-in signals
(decisions/accounts/receivers.py), the admin's actions and the second
factor's signals all call it. It takes who and what, never a password, a
code or a key; the address is the client's as the trusted proxies report it
(tracker.client_ip), the browser's user agent is cut to its column."""

from __future__ import annotations

import datetime
import ipaddress

from django.conf import settings
from django.http import HttpRequest

from decisions.lineage.jobs import job_ran
from decisions.models import RoutineJob, SecurityEvent, SecurityEventKind
from decisions.text.normalize import normalize_text
from tracker.accounts import user_sessions_end
from tracker.client_ip import client_ip

USER_AGENT_LENGTH = SecurityEvent._meta.get_field("user_agent").max_length
USERNAME_LENGTH = SecurityEvent._meta.get_field("username").max_length
DETAIL_LENGTH = SecurityEvent._meta.get_field("detail").max_length


def _plain(value: object, length: int) -> str:
    """A text as a column can hold it: no control characters, a NUL or bidi
    override (a failed sign-in's user name is whatever was typed), cut."""
    if not isinstance(value, str):
        return ""
    return normalize_text(value).strip()[:length]


def _address(request: HttpRequest | None) -> str | None:
    if request is None:
        return None
    try:
        return str(ipaddress.ip_address(client_ip(request)))
    except ValueError:
        return None


def security_event_record(
    *,
    kind: SecurityEventKind | str,
    request: HttpRequest | None = None,
    user=None,
    username: str = "",
    detail: str = "",
) -> SecurityEvent:
    """Record one event. `user` is the account concerned (None when a failed
    sign-in names no account); `username` defaults to the user's."""
    if user is not None and not getattr(user, "is_authenticated", False):
        user = None
    if not username and user is not None:
        username = user.get_username()
    agent = request.META.get("HTTP_USER_AGENT", "") if request is not None else ""
    return SecurityEvent.objects.create(
        kind=kind,
        user=user,
        username=_plain(username, USERNAME_LENGTH),
        ip_address=_address(request),
        user_agent=_plain(agent, USER_AGENT_LENGTH),
        detail=_plain(detail, DETAIL_LENGTH),
    )


def security_events_prune(*, days: int | None = None, now: datetime.datetime | None = None) -> int:
    """Delete the events older than `days` (SECURITY_EVENTS_RETENTION_DAYS);
    records the run (JobRun) and returns how many were deleted."""
    days = settings.SECURITY_EVENTS_RETENTION_DAYS if days is None else days
    deleted, _ = SecurityEvent.objects.older_than(days, now=now).delete()
    job_ran(
        job=RoutineJob.SECURITY_EVENTS,
        summary=f"{deleted} events older than {days} days deleted",
    )
    return deleted


def user_sessions_end_recorded(*, user, request: HttpRequest, why: str) -> int:
    """End every session of `user` (tracker.accounts.user_sessions_end) and
    record it, with the administrator who did it and why."""
    ended = user_sessions_end(user=user)
    security_event_record(
        kind=SecurityEventKind.SESSIONS_ENDED,
        request=request,
        user=user,
        detail=f"{why} by {request.user.get_username()}: {ended} sessions",
    )
    return ended
