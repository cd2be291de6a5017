"""Account safety around django.contrib.auth: password reset limits and
ending a deactivated user's sessions."""

from __future__ import annotations

import hashlib
import time
from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.cache import cache
from django.utils import timezone

HOUR = 3600


def _hits_this_hour(key: str) -> int:
    """One more hit on a counter that starts afresh an hour after its first hit."""
    cache.add(key, 0, timeout=HOUR)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=HOUR)
        return 1


def password_reset_allowed(*, ip: str, email: str) -> bool:
    """Counts a reset request from `ip` for `email`; False once either has
    had its share this hour (PASSWORD_RESET_PER_IP_PER_HOUR, ..._PER_EMAIL_...).
    The cache is shared by every app server when it is Redis; with the local
    memory cache each process counts on its own."""
    digest = hashlib.sha256(email.strip().casefold().encode()).hexdigest()
    by_ip = _hits_this_hour(f"password-reset:ip:{ip}")
    by_email = _hits_this_hour(f"password-reset:email:{digest}")
    return (
        by_ip <= settings.PASSWORD_RESET_PER_IP_PER_HOUR
        and by_email <= settings.PASSWORD_RESET_PER_EMAIL_PER_HOUR
    )


def wait_until(started: float, seconds: float) -> None:
    """Sleeps until `seconds` have passed since `started` (time.monotonic())."""
    remaining = started + seconds - time.monotonic()
    if remaining > 0:
        time.sleep(remaining)


def user_sessions_end(*, user) -> int:
    """Deletes every stored session of `user`; returns how many.

    The authentication backend already treats an inactive user's session as
    anonymous on every request (ModelBackend.get_user); deleting the sessions
    means reactivating the account does not bring them back. Each sign-in
    recorded its session key (decisions/accounts/sessions.py, allauth's
    UserSession): those are ended whatever the engine, a cache-only one
    included. Sessions kept in the database (db, cached_db engines) are also
    found by reading each live one, for sessions older than the records."""
    from allauth.usersessions.models import UserSession

    engine = import_module(settings.SESSION_ENGINE)
    store_class = engine.SessionStore
    ended = 0
    for recorded in UserSession.objects.filter(user=user):
        store = store_class(session_key=recorded.session_key)
        if store.exists(recorded.session_key):
            store.delete()
            ended += 1
        recorded.delete()
    if not hasattr(store_class, "get_model_class"):
        return ended
    live = store_class.get_model_class().objects.filter(expire_date__gt=timezone.now())
    for session in live.iterator():
        if session.get_decoded().get(SESSION_KEY) == str(user.pk):
            store_class(session_key=session.session_key).delete()  # and its cached copy
            ended += 1
    return ended
