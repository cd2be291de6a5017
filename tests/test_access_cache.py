"""The signed-in floor: a user's row and access (role groups, permissions,
focal bodies) are read once and kept in the shared cache, so a signed-in
page pays no query for them; every change is seen on the next request.

The shared cache is Redis in production; here the tests' local cache stands
in for it (one process), with AUTH_CACHE_SECONDS turned on."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.cache import cache, caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from decisions.permissions import can_update
from decisions.registry.services import body_merge
from tests.factory import make_body, make_decision, make_item, make_report, make_user

FLOOR = "/floor"


@pytest.fixture(
    params=["django.contrib.sessions.backends.cache", "decisions.accounts.session_user"],
    ids=["cache-sessions", "session-with-user"],
)
def shared_cache(settings, request):
    """Sessions in the cache alone, or as production keeps them with Redis:
    cached_db, read with the session's user in one round trip."""
    settings.AUTH_CACHE_SECONDS = 300
    settings.SESSION_ENGINE = request.param
    cache.clear()
    yield
    cache.clear()


def queries(client, url: str) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response.status_code, len(captured)


@pytest.mark.django_db
def test_the_floor_asks_the_database_nothing_once_the_user_is_known(client, shared_cache):
    client.force_login(make_user("amina", groups=("editors",)))
    client.get(FLOOR)  # the first request reads and keeps them
    assert queries(client, FLOOR) == (200, 0)


@pytest.mark.django_db
def test_without_a_shared_cache_nothing_is_kept(client, settings):
    settings.AUTH_CACHE_SECONDS = 0
    client.force_login(make_user("amina", groups=("editors",)))
    client.get(FLOOR)
    status, count = queries(client, FLOOR)
    assert status == 200 and count >= 3  # session, user, groups ...


@pytest.mark.django_db
def test_the_floor_needs_a_signed_in_user(client):
    response = client.get(FLOOR)
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


@pytest.mark.django_db
def test_removing_a_focal_point_takes_effect_at_the_next_request(client, shared_cache):
    body = make_body("a-committee")
    user = make_user("moussa")
    body.focal_points.add(user)
    client.force_login(user)
    assert client.get(FLOOR).status_code == 200
    assert client.get(reverse("decisions:item_list")).status_code == 200
    # Removed from the body's side: the user object the session holds is not
    # the one changed, and the cache must still forget.
    body.focal_points.remove(user)
    assert client.get(reverse("decisions:item_list")).status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize(
    "take_away",
    [
        lambda user, group: user.groups.remove(group),
        lambda user, group: group.user_set.remove(user),
        lambda user, group: group.user_set.clear(),
        lambda user, group: user.groups.clear(),
        lambda user, group: group.delete(),
    ],
    ids=["user-side", "group-side", "group-clear", "user-clear", "group-deleted"],
)
def test_a_role_taken_away_is_seen_at_the_next_request(client, shared_cache, take_away):
    group = Group.objects.get(name="viewers")
    user = make_user("lina", groups=("viewers",))
    client.force_login(user)
    assert client.get(reverse("decisions:item_list")).status_code == 200
    take_away(user, group)
    assert client.get(reverse("decisions:item_list")).status_code == 403


@pytest.mark.django_db
def test_a_permission_taken_from_a_group_is_seen_at_the_next_request(client, shared_cache):
    user = make_user("omar", groups=("editors",))
    client.force_login(user)
    review = reverse("decisions:review_queue")
    assert client.get(review).status_code == 200
    editors = Group.objects.get(name="editors")
    editors.permissions.remove(Permission.objects.get(codename="record_update"))
    assert client.get(review).status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize(
    "change",
    [
        lambda user: setattr(user, "is_active", False) or user.save(),
        lambda user: user.delete(),
        lambda user: user.set_password("another-pass-456") or user.save(),
    ],
    ids=["deactivated", "deleted", "new-password"],
)
def test_a_user_disabled_deleted_or_with_a_new_password_is_signed_out(client, shared_cache, change):
    user = make_user("sara", groups=("editors",))
    client.force_login(user)
    assert client.get(FLOOR).status_code == 200
    change(user)
    response = client.get(FLOOR)
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


@pytest.mark.django_db
def test_a_focal_point_of_a_merged_body_is_one_of_the_body_kept_at_once(client, shared_cache):
    merged, kept = make_body("old-committee"), make_body("new-committee")
    user = make_user("moussa")
    merged.focal_points.add(user)
    item = make_item(make_decision(make_report()), owner=kept)
    assert not can_update(User.objects.get(pk=user.pk), item)  # and now kept in the cache
    body_merge(body=merged, into=kept, by=make_user("admin", is_superuser=True))
    assert can_update(User.objects.get(pk=user.pk), item)


@pytest.mark.django_db
def test_the_session_and_its_user_are_one_round_trip(client, settings, monkeypatch):
    """With production's session engine, a signed-in page reads the session
    and its user (with their access) in one get_many, and nothing else."""
    settings.AUTH_CACHE_SECONDS = 300
    settings.SESSION_ENGINE = "decisions.accounts.session_user"
    user = make_user("amina", groups=("editors",))
    client.force_login(user)
    client.get(FLOOR)  # the first request reads and keeps them
    backend = caches["default"]  # not the "nav" cache, local to each process
    calls: list[str] = []
    depth = [0]

    def counted(name, original):
        def call(*args, **kwargs):
            if not depth[0]:  # the local cache's get_many calls its get
                calls.append(name)
            depth[0] += 1
            try:
                return original(*args, **kwargs)
            finally:
                depth[0] -= 1

        return call

    for name in ("get", "get_many", "set", "delete_many"):
        monkeypatch.setattr(backend, name, counted(name, getattr(backend, name)))
    assert queries(client, FLOOR) == (200, 0)
    assert calls == ["get_many"]
    review = reverse("decisions:review_queue")
    assert client.get(review).status_code == 200
    user.groups.clear()  # drops the kept bundle: seen at once
    assert client.get(review).status_code == 403
