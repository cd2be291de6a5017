"""Status over time, rebuilt from the history (decisions.models.trends)."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from decisions.models import ActionItem, Status
from decisions.models.trends import pick_step, sample_days, status_on, status_trend
from tests.factory import (
    make_body,
    make_decision,
    make_item,
    make_public_status,
    make_report,
    make_update,
)

NS, IP, DONE, STALLED = "not_started", "in_progress", "completed", "stalled"


def at(y: int, m: int, d: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(y, m, d, 12))


@pytest.fixture
def history(db, editor) -> dict:
    """Three requests of a meeting of 20 September 2018 and one of
    1 December 2018; one started in October and completed in November,
    one stalled in October."""
    body = make_body("unit")
    report = make_report("OIC/T-1/REP", date=datetime.date(2018, 9, 20))
    later = make_report("OIC/T-2/REP", date=datetime.date(2018, 12, 1))
    first = make_item(make_decision(report), body)
    second = make_item(make_decision(report), body)
    third = make_item(make_decision(report), make_body("other"))
    fourth = make_item(make_decision(later), body)
    make_update(first, note="", status=IP, at=at(2018, 10, 5), by=editor)
    make_update(first, note="", status=DONE, at=at(2018, 11, 10), by=editor)
    make_update(second, note="", status=STALLED, at=at(2018, 10, 20), by=editor)
    make_update(second, note="A note, no change.", at=at(2018, 10, 25), by=editor)
    return {"body": body, "report": report, "items": [first, second, third, fourth]}


def counts(point) -> dict:
    return {s: n for s, n in zip(Status.values, point.counts, strict=True) if n}


def test_it_rebuilds_the_status_of_every_month_from_the_history(history):
    trend = status_trend(ActionItem.objects.all(), datetime.date(2018, 12, 31), step="month")
    assert [p.day for p in trend.points] == [
        datetime.date(2018, 9, 30),
        datetime.date(2018, 10, 31),
        datetime.date(2018, 11, 30),
        datetime.date(2018, 12, 31),
    ]
    assert [counts(p) for p in trend.points] == [
        {NS: 3},
        {NS: 1, IP: 1, STALLED: 1},
        {NS: 1, DONE: 1, STALLED: 1},
        {NS: 2, DONE: 1, STALLED: 1},
    ]
    assert trend.last.n_open == 3
    assert trend.completed_since == 1
    assert trend.since == datetime.date(2018, 9, 20)


def test_it_counts_one_body_one_report_and_stops_at_the_date_asked(history):
    body_items = ActionItem.objects.filter(owner=history["body"])
    trend = status_trend(body_items, datetime.date(2018, 10, 31), step="month")
    assert [counts(p) for p in trend.points] == [{NS: 2}, {IP: 1, STALLED: 1}]
    report_items = ActionItem.objects.filter(decision__report=history["report"])
    assert counts(status_trend(report_items, datetime.date(2019, 1, 15)).last) == {
        NS: 1,
        DONE: 1,
        STALLED: 1,
    }


def test_a_bodys_trend_reads_in_three_queries_whatever_the_number_of_items(
    history, django_assert_num_queries
):
    owner = history["items"][0].owner
    with django_assert_num_queries(3):
        status_trend(ActionItem.objects.filter(owner=owner), datetime.date(2018, 12, 31))


def test_every_items_trend_reads_the_table_aggregated_by_day_in_five_queries(
    history, django_assert_num_queries
):
    """Its state, the three measures that say it is up to date, its rows;
    built once first (three grouped queries and the writes)."""
    status_trend(ActionItem.objects.all(), datetime.date(2018, 12, 31))
    with django_assert_num_queries(5):
        status_trend(ActionItem.objects.all(), datetime.date(2018, 12, 31))


def test_nothing_asked_yet_gives_an_empty_trend(history):
    trend = status_trend(ActionItem.objects.all(), datetime.date(2017, 1, 1))
    assert trend.points == []
    assert trend.last.total == 0


def test_nothing_asked_yet_gives_an_empty_trend_in_one_query_for_a_body(
    history, django_assert_num_queries
):
    owner = history["items"][0].owner
    with django_assert_num_queries(1):
        trend = status_trend(ActionItem.objects.filter(owner=owner), datetime.date(2017, 1, 1))
    assert trend.points == []


def test_the_public_sees_todays_shown_status_from_the_day_asked_and_no_history(
    history, editor, django_assert_num_queries
):
    first = history["items"][0]
    make_public_status(first, status=IP, at=at(2018, 12, 2), by=editor)
    with django_assert_num_queries(1):
        trend = status_trend(
            ActionItem.objects.all(), datetime.date(2018, 12, 31), step="month", public=True
        )
    assert [counts(p) for p in trend.points] == [
        {NS: 1, IP: 1, STALLED: 1},
        {NS: 1, IP: 1, STALLED: 1},
        {NS: 1, IP: 1, STALLED: 1},
        {NS: 2, IP: 1, STALLED: 1},
    ]
    internal = status_trend(ActionItem.objects.all(), datetime.date(2018, 12, 31))
    assert internal.last.count(DONE) == 1


def test_status_on_gives_each_item_its_status_at_a_date(history):
    def statuses(day, public=False):
        rows = ActionItem.objects.annotate(then=status_on(day, public=public)).order_by("pk")
        return [r.then for r in rows]

    assert statuses(datetime.date(2018, 10, 4)) == [NS, NS, NS, NS]
    assert statuses(datetime.date(2018, 10, 5)) == [IP, NS, NS, NS]
    assert statuses(datetime.date(2018, 11, 30)) == [DONE, STALLED, NS, NS]


def test_a_short_span_goes_week_by_week_a_long_one_month_then_quarter():
    day = datetime.date(2018, 9, 20)
    assert pick_step(day, day + datetime.timedelta(days=60)) == "week"
    assert pick_step(day, datetime.date(2020, 9, 20)) == "month"
    assert pick_step(day, datetime.date(2026, 9, 20)) == "quarter"
    weeks = sample_days(day, datetime.date(2018, 10, 3), "week")
    assert weeks == [
        datetime.date(2018, 9, 23),
        datetime.date(2018, 9, 30),
        datetime.date(2018, 10, 3),
    ]
    quarters = sample_days(day, datetime.date(2019, 2, 1), "quarter")
    assert quarters == [
        datetime.date(2018, 9, 30),
        datetime.date(2018, 12, 31),
        datetime.date(2019, 2, 1),
    ]
