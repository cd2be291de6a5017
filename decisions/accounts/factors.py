"""Second factors (django-allauth's mfa): who must have one
(MFA_REQUIRED_FOR), resetting a user's factors, and the checks on a TOTP
code that allauth leaves to the cache.

allauth refuses a code already used within its window and counts wrong
codes, both in the cache: with a cache of each process's own (no Redis),
another app server or worker would not know. Here both also hold in the
database, shared by every server:

- a TOTP code is refused unless its time step is later than the last one
  accepted for that authenticator (RFC 6238, section 5.2): a replayed code,
  or an older code once a newer one was used, never signs in;
- after AXES_FAILURE_LIMIT wrong codes (security events) since the user's
  last sign-in, within AXES_COOLOFF_MINUTES, every code is refused until the
  cool-off ends: a brute force on the second step is locked like passwords.
"""

from __future__ import annotations

import base64
import hashlib

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.http import HttpRequest
from django.utils import timezone

from decisions.accounts.security_events import security_event_record
from decisions.models import SecurityEvent, SecurityEventKind
from decisions.user_access import access_of
from tracker.accounts import user_sessions_end

# MFA_REQUIRED_FOR names roles: these two are flags of the account, any
# other name is a group (editors, importers, viewers, focal points...).
STAFF, SUPERUSERS = "staff", "superusers"
# Kept in the session once the user is seen with a factor, so that the
# check costs no query on their next requests.
FACTOR_SEEN_KEY = "factor_seen"


def factor_required(user) -> bool:
    """Whether `user` must have a second factor (settings.MFA_REQUIRED_FOR)."""
    roles = set(settings.MFA_REQUIRED_FOR)
    if not roles or not (user.is_authenticated and user.is_active):
        return False
    if STAFF in roles and (user.is_staff or user.is_superuser):
        return True
    if SUPERUSERS in roles and user.is_superuser:
        return True
    groups = roles - {STAFF, SUPERUSERS}
    if not groups:
        return False
    if groups & access_of(user).groups:  # the role groups, kept per request
        return True
    return user.groups.filter(name__in=groups).exists()


def has_factor(user) -> bool:
    """A factor that signs in (TOTP or a security key): recovery codes alone do not count."""
    from allauth.mfa.models import Authenticator

    return (
        Authenticator.objects.filter(user_id=user.pk)
        .exclude(type=Authenticator.Type.RECOVERY_CODES)
        .exists()
    )


def factors_reset(*, user, request: HttpRequest) -> int:
    """An administrator removes every second factor of `user` (a lost
    phone): they enrol again at their next sign-in if their role requires
    it. Their sessions end too. Recorded; returns how many factors went."""
    from allauth.mfa.models import Authenticator

    with transaction.atomic():
        kinds = sorted(
            set(Authenticator.objects.filter(user_id=user.pk).values_list("type", flat=True))
        )
        removed, _ = Authenticator.objects.filter(user_id=user.pk).delete()
        ended = user_sessions_end(user=user)
        security_event_record(
            kind=SecurityEventKind.FACTORS_RESET,
            request=request,
            user=user,
            detail=(
                f"by {request.user.get_username()}: {removed} removed "
                f"({', '.join(kinds) or 'none'}), {ended} sessions ended"
            ),
        )
    return removed


# --- The database's checks on a code ---------------------------------------------


def factor_locked(user) -> bool:
    """Whether wrong codes since the user's last sign-in, within the
    cool-off, reached the limit (AXES_FAILURE_LIMIT, AXES_COOLOFF_TIME)."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    events = SecurityEvent.objects.filter(user_id=user.pk)
    last_in = events.filter(kind=SecurityEventKind.SIGNED_IN).aggregate(at=Max("at"))["at"]
    if last_in is not None and last_in > since:
        since = last_in
    failed = events.filter(kind=SecurityEventKind.FACTOR_FAILED, at__gt=since).count()
    return failed >= settings.AXES_FAILURE_LIMIT


def totp_step_of(secret: str, code: str) -> int | None:
    """The time step, within allauth's tolerance, whose code `code` is."""
    from allauth.mfa.totp.internal import auth

    for step in auth.yield_hotp_counters_from_time():
        if auth.format_hotp_value(auth.hotp_value(secret, step)) == code:
            return step
    return None


def totp_step_accept(*, authenticator, code: str) -> bool:
    """Accept a TOTP code allauth found right only if its time step is later
    than the last one accepted for this authenticator; store it. Atomic, so
    two requests with one code cannot both pass."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.utils import decrypt

    code = "".join(code.split())
    with transaction.atomic():
        row = Authenticator.objects.select_for_update().get(pk=authenticator.pk)
        step = totp_step_of(decrypt(row.data["secret"]), code)
        last = row.data.get("last_step")
        if step is None or (last is not None and step <= last):
            return False
        row.data["last_step"] = step
        row.save(update_fields=["data"])
        authenticator.data = row.data
    return True


def secret_key_digest() -> bytes:
    """A key for the factors' secrets at rest, derived from SECRET_KEY (a
    new SECRET_KEY makes every enrolled TOTP unreadable: enrol again)."""
    digest = hashlib.sha256(b"decisions.mfa.secrets:" + settings.SECRET_KEY.encode()).digest()
    return base64.urlsafe_b64encode(digest)


def sign_in_counts_as_confirmation(request: HttpRequest | None) -> bool:
    """Whether django-allauth may skip asking this user to confirm who they
    are (before adding a factor): they have no way to (no password, no
    factor: signed in through the organisation only) and they signed in
    within ACCOUNT_REAUTHENTICATION_TIMEOUT. Without this, such a user whose
    role requires a factor could never add one."""
    import time

    from allauth.account import app_settings as account_settings
    from allauth.account.internal.flows.login import get_authentication_records
    from allauth.account.internal.flows.reauthentication import get_reauthentication_flows

    if request is None or not request.user.is_authenticated:
        return False
    if get_reauthentication_flows(request.user):
        return False
    records = get_authentication_records(request, request.user)
    if not records:
        return False
    return time.time() - records[-1]["at"] < account_settings.REAUTHENTICATION_TIMEOUT
