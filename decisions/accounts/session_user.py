"""The signed-in user of a request, read with the session in one round trip.

Django reads the session (one get from the cache), then the user (another,
decisions/user_access.cached_user) and checks the session's hash against
the user's password hash (an HMAC); the user's access is a third get. Here
each session keeps a bundle (decisions/user_access.bundle_key): the user it
signed in, already checked against the session's hash, and their access.
The session store below reads the session and its bundle in one get_many
(and the items' generation, pages and people tokens,
decisions.models.generation, for the pages keyed by them);
AuthenticationMiddleware below takes the user from the bundle when it still
fits the session (same user id, backend and hash), and otherwise asks
Django as before (which checks, and may end the session) and keeps a new
bundle. Every change to a user, their groups, permissions or bodies drops
their sessions' bundles (user_access.forget); nothing is kept without a
shared cache (settings.AUTH_CACHE_SECONDS 0).
"""

from __future__ import annotations

from functools import partial

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth import get_user as django_get_user
from django.contrib.auth.middleware import AuthenticationMiddleware as DjangoAuthentication
from django.contrib.auth.middleware import auser
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends import cached_db
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.utils.crypto import constant_time_compare
from django.utils.functional import SimpleLazyObject

from decisions.models import generation
from decisions.user_access import access_of, bundle_keep, bundle_key

NOT_READ = object()


class SessionStore(cached_db.SessionStore):
    """cached_db's sessions (the cache, the database behind it), reading the
    session's bundle in the same round trip as the session."""

    def load(self):
        if not settings.AUTH_CACHE_SECONDS or settings.SESSION_CACHE_ALIAS != "default":
            return super().load()
        key, bundle = self.cache_key, bundle_key(self.session_key)
        keys = [key, bundle]
        if generation.enabled():  # the items' generation, for the cached pages' key
            keys += [generation.KEY, *generation.PAGE_KEYS]
        try:
            found = self._cache.get_many(keys)
        except Exception:
            found = {}  # as cached_db: an unreadable key is a missing session
        self._auth_bundle = (self.session_key, found.get(bundle))
        # With this thread's write count: a write after it makes it stale.
        self.items_generation = (found.get(generation.KEY), generation.writes())
        self.tokens_read = ({k: found.get(k) for k in generation.PAGE_KEYS}, generation.writes())
        data = found.get(key)
        if data is None:
            stored = self._get_session_from_db()
            if stored:
                data = self.decode(stored.session_data)
                self._cache.set(key, data, self.get_expiry_age(expiry=stored.expire_date))
            else:
                data = {}
        return data


def _kept_bundle(session):
    read = getattr(session, "_auth_bundle", None)
    if read is not None and read[0] == session.session_key:
        return read[1]
    return cache.get(bundle_key(session.session_key))  # another session engine


def session_user(request):
    """django.contrib.auth.get_user, from the session's bundle when it fits."""
    if not settings.AUTH_CACHE_SECONDS:
        return django_get_user(request)
    session = request.session
    try:
        user_id = session[SESSION_KEY]
        backend = session[BACKEND_SESSION_KEY]
    except KeyError:
        return AnonymousUser()
    session_hash = session.get(HASH_SESSION_KEY)
    bundle = _kept_bundle(session) if session_hash else None
    if (
        bundle is not None
        and bundle[0] == user_id
        and bundle[1] == backend
        and backend in settings.AUTHENTICATION_BACKENDS
        and constant_time_compare(bundle[2], session_hash)
    ):
        user, access = bundle[3], bundle[4]
        if access is not None:
            user._access = access
            user._perm_cache = set(access.permissions)
        return user
    user = django_get_user(request)  # checks the hash; may end the session
    kept_hash = session.get(HASH_SESSION_KEY)
    if user.is_authenticated and session.session_key and kept_hash:
        # A superuser's pages never ask (permissions.can_view and has_perm
        # answer before): read only if asked, as before.
        access = None if user.is_superuser else access_of(user)
        bundle = (session[SESSION_KEY], session[BACKEND_SESSION_KEY], kept_hash, user, access)
        bundle_keep(session.session_key, user.pk, bundle)
    return user


def _cached_session_user(request):
    if not hasattr(request, "_cached_user"):
        request._cached_user = session_user(request)
    return request._cached_user


class AuthenticationMiddleware(DjangoAuthentication):
    """Django's, with the user read by session_user."""

    def process_request(self, request):
        if not hasattr(request, "session"):
            raise ImproperlyConfigured(
                "The authentication middleware requires the session middleware."
            )
        request.user = SimpleLazyObject(lambda: _cached_session_user(request))
        request.auser = partial(auser, request)
