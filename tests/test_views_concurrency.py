"""Two updates of one item at the same moment: both are kept, or the stale
one is refused; never a lost update. Real transactions, real threads."""

from __future__ import annotations

import threading

import pytest
from django.contrib.auth.models import User
from django.db import connection, connections
from django.test import Client

from decisions import services
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


def run_together(*calls):
    """Run the calls in threads released at the same moment; return what
    each returned or raised."""
    barrier = threading.Barrier(len(calls))
    results: list = [None] * len(calls)

    def run(i, call):
        try:
            barrier.wait()
            results[i] = call()
        except Exception as e:  # collected for the assertions
            results[i] = e
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
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
        return lambda: services.action_item_set_status(
            item=ActionItem.objects.get(pk=item.pk), status=status, note=note, by=user
        )

    results = run_together(
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

    results = run_together(post(users[0], "one"), post(users[1], "two"))
    assert sorted(results) == [302, 409], results
    assert StatusUpdate.objects.filter(item=item).count() == 1
