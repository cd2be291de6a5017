"""The trend of every item from the table aggregated by day
(models.trend_days): the same points as rebuilt from the history, kept up to
date by each status update without a rebuild, and rebuilt by its next
reader after anything else changes what it sums (issue 22, speed)."""

from __future__ import annotations

import datetime
import random

import pytest
from django.utils import timezone

from decisions.items.services import action_item_set_status
from decisions.models import ActionItem, Report, Status, StatusUpdate, TrendDay, TrendState
from decisions.models.trends import status_trend, trend_days_fresh
from decisions.registry.services import body_merge
from tests.factory import make_body, make_decision, make_item, make_report

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def from_table():
    return status_trend(ActionItem.objects.all(), TODAY, step="week")


def from_history():
    # Filtered, so read from the history (three grouped queries), never the table.
    return status_trend(ActionItem.objects.filter(pk__gt=0), TODAY, step="week")


def points(trend):
    return [(p.day, p.counts) for p in trend.points]


@pytest.fixture
def world(editor):
    """Items of three reports (one dated in the past, one this week, one
    undated), their history made through the service, some of it moved back
    in time as a recorded history would be."""
    rng = random.Random(22)
    reports = [
        make_report(date=TODAY - datetime.timedelta(days=60)),
        make_report(date=TODAY - datetime.timedelta(days=3)),
        make_report(date=None),
    ]
    items = [
        make_item(make_decision(rng.choice(reports)), make_body(), status=rng.choice(Status.values))
        for _ in range(12)
    ]
    for _ in range(30):
        item = rng.choice(items)
        item.refresh_from_db()
        status = rng.choice([s for s in Status.values if s != item.status])
        action_item_set_status(item=item, status=status, by=editor)
    for update in StatusUpdate.objects.all()[::3]:
        back = timezone.now() - datetime.timedelta(days=rng.randint(0, 90))
        StatusUpdate.objects.filter(pk=update.pk).update(created_at=back)
    TrendState.objects.all().delete()
    return items


def test_the_table_gives_the_points_the_history_gives(world):
    assert points(from_table()) == points(from_history())
    assert TrendDay.objects.exists()


def test_a_status_update_keeps_the_table_up_to_date_without_a_rebuild(
    world, editor, django_assert_num_queries
):
    from_table()
    built = TrendState.objects.get().built_at
    for item in world[:5]:
        item.refresh_from_db()
        status = Status.COMPLETED if item.status != Status.COMPLETED else Status.STALLED
        action_item_set_status(item=item, status=status, by=editor)
    with django_assert_num_queries(5):
        trend = from_table()
    assert TrendState.objects.get().built_at == built
    assert points(trend) == points(from_history())


def test_a_note_without_a_change_keeps_the_table_up_to_date(world, editor):
    from_table()
    built = TrendState.objects.get().built_at
    action_item_set_status(item=world[0], status=world[0].status, note="A note.", by=editor)
    assert points(from_table()) == points(from_history())
    assert TrendState.objects.get().built_at == built


def test_a_status_update_costs_three_queries_for_the_table(
    world, editor, django_assert_num_queries
):
    from_table()
    item = world[0]
    item.refresh_from_db()
    new = Status.COMPLETED if item.status != Status.COMPLETED else Status.STALLED
    # A savepoint and its release (the test's transaction), the item (locked),
    # the history row, the item updated; the table's state and its two rows.
    with django_assert_num_queries(8):
        action_item_set_status(item=item, status=new, by=editor)


@pytest.mark.parametrize(
    "change",
    ["new item", "item deleted", "report date", "history written another way", "merge"],
)
def test_anything_else_that_changes_the_sums_makes_the_next_reader_rebuild(world, editor, change):
    from_table()
    if change == "new item":
        make_item(make_decision(make_report(date=TODAY - datetime.timedelta(days=20))))
    elif change == "item deleted":
        ActionItem.objects.filter(pk=world[0].pk).delete()
    elif change == "report date":
        report = world[1].decision.report
        Report.objects.filter(pk=report.pk).update(date=TODAY - datetime.timedelta(days=400))
    elif change == "history written another way":
        StatusUpdate.objects.create(
            item=world[2], old_status=Status.NOT_STARTED, new_status=Status.STALLED, note=""
        )
    else:
        kept = world[3].owner
        found = make_body("found-twin", registered=False)
        ActionItem.objects.create(decision=world[3].decision, owner=found, summary="twin")
        body_merge(body=found, into=kept, by=editor)
    assert points(from_table()) == points(from_history())


def test_a_stale_table_stays_stale_through_an_update_and_is_rebuilt(world, editor):
    from_table()
    make_item(make_decision(make_report(date=TODAY - datetime.timedelta(days=10))))
    item = world[4]
    item.refresh_from_db()
    new = Status.COMPLETED if item.status != Status.COMPLETED else Status.STALLED
    action_item_set_status(item=item, status=new, by=editor)
    state = TrendState.objects.get()
    trend_days_fresh()
    assert TrendState.objects.get().built_at > state.built_at
    assert points(from_table()) == points(from_history())


def test_with_nothing_asked_the_table_is_empty_and_the_trend_too(db):
    assert from_table().points == []
