"""Two updates of one item at the same moment: both are kept, or the stale
one is refused; never a lost update. Real transactions, real threads."""

from __future__ import annotations

import threading
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.db import connection, connections
from django.test import Client

from decisions.items import services as item_services
from decisions.models import ActionItem, Status, StatusUpdate
from tests.factory import make_item

# SQLite's default test database is in memory with a shared cache, where a
# second writer fails at once with "database table is locked" instead of
# waiting (the busy timeout does not apply). A file-based SQLite test
# database (DATABASES["default"]["TEST"]["NAME"]) or PostgreSQL runs these.
pytestmark = pytest.mark.skipif(
    connection.vendor == "sqlite"
    and connection.creation.is_in_memory_db(connection.settings_dict["TEST"]["NAME"] or ":memory:"),
    reason="needs a file-based SQLite test database or PostgreSQL",
)


# How long the first writer, holding the row lock, waits for the second to
# get past it. With the lock, the second cannot (it waits on the lock), so
# this is the cost of a passing run; without it, the second finishes at once.
OVERLAP_SECONDS = 1.0


def run_overlapping(first, second):
    """Run `first` until it holds the item's row lock (inside the service's
    transaction, at the history row's insert), then start `second`, and
    keep `first` there until `second` has finished or OVERLAP_SECONDS have
    passed. So the two always overlap at the worst moment: a missing lock
    lets `second` read and write the item while `first` is half done.
    Returns what each returned or raised."""
    first_locked, second_started, second_done = (threading.Event() for _ in range(3))
    create = StatusUpdate.objects.create
    first_thread: list[threading.Thread] = []

    def create_pausing_the_first(*args, **kwargs):
        if threading.current_thread() is first_thread[0] and not first_locked.is_set():
            first_locked.set()
            assert second_started.wait(10), "the second writer never started"
            second_done.wait(OVERLAP_SECONDS)
        return create(*args, **kwargs)

    results: list = [None, None]

    def run(i, call, started=None, done=None):
        try:
            if started is not None:
                started.set()
            results[i] = call()
        except Exception as e:  # collected for the assertions
            results[i] = e
        finally:
            if done is not None:
                done.set()
            connections.close_all()

    with mock.patch.object(StatusUpdate.objects, "create", create_pausing_the_first):
        a = threading.Thread(target=run, args=(0, first))
        first_thread.append(a)
        a.start()
        assert first_locked.wait(10), "the first writer never reached the locked section"
        b = threading.Thread(target=run, args=(1, second, second_started, second_done))
        b.start()
        for t in (a, b):
            t.join(timeout=30)
    return results


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_updates_are_both_kept():
    item = make_item()
    # Superusers: a transactional test starts from a flushed database,
    # without the groups that migration 0002 creates.
    alice = User.objects.create_superuser("alice")
    bob = User.objects.create_superuser("bob")

    def update(user, status, note):
        return lambda: item_services.action_item_set_status(
            item=ActionItem.objects.get(pk=item.pk), status=status, note=note, by=user
        )

    results = run_overlapping(
        update(alice, Status.IN_PROGRESS, "alice"), update(bob, Status.STALLED, "bob")
    )
    assert all(isinstance(r, StatusUpdate) for r in results), results
    rows = list(StatusUpdate.objects.filter(item=item).order_by("pk"))
    assert sorted(r.note for r in rows) == ["alice", "bob"]
    # The history is a chain: the second row starts where the first ended.
    assert rows[1].old_status == rows[0].new_status
    item.refresh_from_db()
    assert item.version == 2
    assert item.status == rows[1].new_status


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_posts_of_the_same_page_keep_one_and_refuse_the_other():
    item = make_item()
    users = [User.objects.create_superuser(f"editor{i}") for i in range(2)]

    def post(user, note):
        client = Client()
        client.force_login(user)
        data = {"status": Status.COMPLETED, "note": note, "version": 0}
        return lambda: client.post(item.get_absolute_url(), data).status_code

    results = run_overlapping(post(users[0], "one"), post(users[1], "two"))
    assert results == [302, 409], results
    assert StatusUpdate.objects.filter(item=item).count() == 1
