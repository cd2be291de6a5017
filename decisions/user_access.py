"""What a signed-in user may do, read once and kept for their next requests.

Every signed-in page asks who the user is, which role groups they are in,
which permissions they hold and which bodies they are a focal point for: four
queries before the page's own (the signed-in floor, `make bench`). `Access`
holds the answers; `access_of` reads it once per request, and from the shared
cache when there is one (settings.AUTH_CACHE_SECONDS, on with Redis), so that
a page pays no query for it at all. The same goes for the user row itself
(`cached_user`, read by accounts.backends.CachedModelBackend).

A cached answer must never outlive a change: every write that can change it
(the user row, their groups or permissions, a group's permissions, a body's
focal points) deletes the entries of the users concerned at once, through the
signals below, on every process (the cache is shared). The time limit is
only a backstop for writes that bypass signals (a queryset's update()).
With a cache of each process's own (no Redis), nothing is kept: one
process could not tell the others of a change.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache, caches
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver

from decisions.models import Body

ROLE_GROUPS = ("viewers", "editors", "focal points")


class Access:
    """The answers, each read when first asked (the user's role groups by
    name, their permissions as "app_label.codename" from themselves and their
    groups, the bodies they are a focal point for); only the answers are
    kept in the cache."""

    FIELDS = ("groups", "permissions", "focal_body_ids")

    def __init__(self, user) -> None:
        self._user = user

    @cached_property
    def groups(self) -> frozenset[str]:
        names = self._user.groups.filter(name__in=ROLE_GROUPS).values_list("name", flat=True)
        return frozenset(names)

    @cached_property
    def permissions(self) -> frozenset[str]:
        if not self._user.is_active:
            return frozenset()
        found: set[str] = set()
        for codes in (
            Permission.objects.filter(user=self._user),
            Permission.objects.filter(group__user=self._user),
        ):
            pairs = codes.values_list("content_type__app_label", "codename")
            found.update(f"{app}.{code}" for app, code in pairs)
        return frozenset(found)

    @cached_property
    def focal_body_ids(self) -> frozenset[int]:
        ids = Body.objects.filter(focal_points=self._user).values_list("pk", flat=True)
        return frozenset(ids)

    def __getstate__(self) -> dict:
        return {name: getattr(self, name) for name in self.FIELDS}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)


def _seconds() -> int:
    return settings.AUTH_CACHE_SECONDS


def _access_key(user_id: int) -> str:
    return f"access:{user_id}"


def _user_key(user_id: int) -> str:
    return f"auth-user:{user_id}"


def access_of(user) -> Access:
    """The user's access, read once per request (kept on the user object)
    and, with a shared cache, once until it changes: then the user's own
    permission cache is filled from it too, so `has_perm` asks no query."""
    found = getattr(user, "_access", None)
    if found is not None:
        return found
    if not _seconds():
        found = user._access = Access(user)
        return found
    found = cache.get(_access_key(user.pk))
    if found is None:
        found = Access(user)
        cache.set(_access_key(user.pk), found, _seconds())  # reads every answer
    user._access = found
    # What ModelBackend.get_all_permissions would read (two queries).
    user._perm_cache = set(found.permissions)
    return found


def cached_user(user_id):
    """The user row, from the shared cache when there is one; None if no
    such user."""
    model = get_user_model()
    if not _seconds():
        return model._default_manager.filter(pk=user_id).first()
    user = cache.get(_user_key(user_id))
    if user is None:
        user = model._default_manager.filter(pk=user_id).first()
        if user is not None:
            cache.set(_user_key(user_id), user, _seconds())
    return user


# --- The bundle of a session: its user and their access, in one get ----------
# decisions/accounts/session_user.py keeps, per session, the user it signed in
# (verified against the session's hash) with their access, so that a request
# reads the session and all of it in one round trip. Each user's sessions
# with a bundle are listed under their id, so that a change drops them all.


def bundle_key(session_key: str) -> str:
    return f"auth-bundle:{session_key}"


def _sessions_key(user_id) -> str:
    return f"auth-sessions:{user_id}"


def _redis_client(backend):
    """The raw client of the Redis cache (its set commands add a member
    without reading the set first), or None for another cache."""
    from django.core.cache.backends.redis import RedisCache

    return backend._cache.get_client(write=True) if isinstance(backend, RedisCache) else None


def bundle_keep(session_key: str, user_id, bundle: tuple) -> None:
    """Keep a session's bundle, listed under its user first (a change that
    comes in between then finds it)."""
    backend = caches["default"]
    index = _sessions_key(user_id)
    client = _redis_client(backend)
    if client is not None:
        raw = backend.make_and_validate_key(index)
        client.pipeline().sadd(raw, session_key).expire(raw, _seconds()).execute()
    else:  # the tests' local cache: one process
        backend.set(index, {*(backend.get(index) or ()), session_key}, _seconds())
    backend.set(bundle_key(session_key), bundle, _seconds())


def _bundle_keys(user_ids: set) -> list[str]:
    backend = caches["default"]
    client = _redis_client(backend)
    keys: list[str] = []
    for uid in user_ids:
        index = _sessions_key(uid)
        if client is not None:
            members = client.smembers(backend.make_and_validate_key(index))
            sessions = [m.decode() if isinstance(m, bytes) else m for m in members]
        else:
            sessions = backend.get(index) or ()
        keys += [bundle_key(key) for key in sessions]
        keys.append(index)
    return keys


def forget(user_ids: Iterable[int]) -> None:
    """Drop what is kept for these users (their sessions' bundles too), now
    and again once the transaction that changed them commits (a request in
    between could have read the old rows and stored them again)."""
    ids = set(user_ids)
    keys = [key for uid in ids for key in (_access_key(uid), _user_key(uid))]
    if not keys:
        return
    cache.delete_many(keys + _bundle_keys(ids))
    transaction.on_commit(lambda: cache.delete_many(keys + _bundle_keys(ids)))


# --- Every write that changes what is kept --------------------------------------

User = get_user_model()


def _drop_kept(user) -> None:
    """What this very object keeps for its request (Django's own permission
    cache too): a change made through it is seen by it at once."""
    for name in ("_access", "_perm_cache", "_user_perm_cache", "_group_perm_cache"):
        user.__dict__.pop(name, None)


@receiver([post_save, post_delete], sender=User, dispatch_uid="access.user")
def _user_changed(sender, instance, **kwargs) -> None:
    _drop_kept(instance)
    forget([instance.pk])


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="access.user_groups")
@receiver(m2m_changed, sender=User.user_permissions.through, dispatch_uid="access.user_perms")
@receiver(m2m_changed, sender=Body.focal_points.through, dispatch_uid="access.focal_points")
@receiver(m2m_changed, sender=Group.permissions.through, dispatch_uid="access.group_perms")
def _links_changed(sender, instance, action, model, pk_set, **kwargs) -> None:
    """Either side of a link: user.groups.add(...), group.user_set.remove(...),
    body.focal_points.clear(), group.permissions.set(...), and so on."""
    if action in ("post_add", "post_remove", "pre_clear", "post_clear"):
        if isinstance(instance, User):
            _drop_kept(instance)
        forget(
            _users_of([instance])
            + (_users_of(model._default_manager.filter(pk__in=pk_set)) if pk_set else [])
        )


def _users_of(objects) -> list[int]:
    """The users whose access depends on these rows."""
    ids: list[int] = []
    for obj in objects:
        if isinstance(obj, User):
            ids.append(obj.pk)
        elif isinstance(obj, Group):
            ids += obj.user_set.values_list("pk", flat=True)
        elif isinstance(obj, Body):
            ids += obj.focal_points.values_list("pk", flat=True)
        elif isinstance(obj, Permission):
            ids += User.objects.filter(
                Q(user_permissions=obj) | Q(groups__permissions=obj)
            ).values_list("pk", flat=True)
    return ids


@receiver(post_save, sender=Group, dispatch_uid="access.group_saved")
@receiver(pre_delete, sender=Group, dispatch_uid="access.group_deleted")
@receiver(pre_delete, sender=Body, dispatch_uid="access.body_deleted")
@receiver(pre_delete, sender=Permission, dispatch_uid="access.permission_deleted")
def _row_changed(sender, instance, **kwargs) -> None:
    # A renamed role group changes who has the role. A deletion takes its
    # links with it without a signal of their own: read them before.
    forget(_users_of([instance]))
