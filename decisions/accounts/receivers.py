"""The sign-in signals, recorded as security events. Each receiver only
hands what the signal carries to the service (security_events.py)."""

from __future__ import annotations

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from decisions.accounts.security_events import security_event_record
from decisions.models import SecurityEventKind


@receiver(user_logged_in, dispatch_uid="decisions.security.signed_in")
def _signed_in(sender, request, user, **kwargs) -> None:
    security_event_record(kind=SecurityEventKind.SIGNED_IN, request=request, user=user)


@receiver(user_login_failed, dispatch_uid="decisions.security.sign_in_failed")
def _sign_in_failed(sender, credentials, request=None, **kwargs) -> None:
    # Django has already masked the password in `credentials`; only the
    # name is read.
    name = credentials.get("username") or credentials.get("email") or ""
    name = name if isinstance(name, str) else ""
    security_event_record(
        kind=SecurityEventKind.SIGN_IN_FAILED,
        request=request,
        user=_named(name),
        username=name,
    )


def _named(name: str):
    """The account a failed sign-in named, if any (so that the admin's
    filter by user finds it)."""
    if not name or len(name) > 150 or "\x00" in name:
        return None
    return get_user_model()._default_manager.filter(username=name).first()


@receiver(user_logged_out, dispatch_uid="decisions.security.signed_out")
def _signed_out(sender, request, user, **kwargs) -> None:
    if user is not None:
        security_event_record(kind=SecurityEventKind.SIGNED_OUT, request=request, user=user)


@receiver(user_locked_out, dispatch_uid="decisions.security.locked_out")
def _locked_out(sender, request, username=None, ip_address=None, **kwargs) -> None:
    security_event_record(
        kind=SecurityEventKind.LOCKED_OUT, request=request, username=username or ""
    )
