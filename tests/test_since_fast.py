"""'Since the last meeting' made in one SQL query (the lists, with a window
over the history; decisions/reporting/followup_since.py, issue 22, speed): the same lists as
the statuses read item by item with a subquery each (models.trends.status_on),
on random histories, and a fixed number of queries whatever their size."""

from __future__ import annotations

import datetime
import random

import pytest
from django.db.models import F, Q

from decisions.items.services import action_item_set_status
from decisions.models import Report, Status, StatusUpdate, TrendState
from decisions.models.trends import asked_on, status_on, status_trend
from decisions.reporting.followup_since import (
    KINDS,
    _day_after,
    _kinds,
    previous_meeting,
    series_items,
    since_last_meeting,
)
from tests.factory import make_body, make_decision, make_item, make_report

pytestmark = pytest.mark.django_db

MEETING = "Contact Group"
BASE = datetime.date(2018, 1, 1)


def by_subqueries(report, end) -> dict[str, list[tuple]]:
    """The lists as they were computed before: each request's status then
    and now read with a subquery over its history."""
    previous = previous_meeting(report)
    start = previous.date if previous else (report.date or end)
    changed = StatusUpdate.objects.filter(created_at__gte=_day_after(start)).exclude(
        old_status=F("new_status")
    )
    moved = (
        series_items(report)
        .annotate(asked=asked_on())
        .filter(asked__lte=end)
        .filter(
            Q(pk__in=changed.values("item"))
            | Q(asked__gt=start)
            | Q(due_date__gt=start, due_date__lt=end)
        )
        .annotate(then=status_on(start), now=status_on(end))
        .order_by("decision__report__date", "decision__position", "owner__name_en", "pk")
    )
    lists = {k: [] for k in KINDS}
    for item in moved:
        for kind in _kinds(item.then, item.now, item.asked, item.due_date, start, end):
            lists[kind].append((item.pk, item.now))
    return lists


def by_one_query(report, end) -> dict[str, list[tuple]]:
    since = since_last_meeting(report, end)
    # Moved carries no pk: match each entry to the reference's by position,
    # then compare what it shows.
    return {
        k: [(m.symbol, m.number, m.owner, m.status, m.due) for m in v]
        for k, v in since.lists.items()
    }


def shown(report, end, lists) -> dict[str, list[tuple]]:
    from decisions.models import ActionItem

    items = ActionItem.objects.select_related("decision__report", "owner").in_bulk(
        [pk for v in lists.values() for pk, _ in v]
    )
    return {
        k: [
            (
                items[pk].decision.report.symbol,
                items[pk].decision.number,
                items[pk].owner.name,
                now,
                items[pk].due_date,
            )
            for pk, now in v
        ]
        for k, v in lists.items()
    }


def at(day: datetime.date, rng: random.Random) -> datetime.datetime:
    # A few fixed times a day, so that changes of one item share a moment.
    hour = rng.choice([0, 12, 23])
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=datetime.UTC)


def random_world(seed: int, editor) -> list:
    rng = random.Random(seed)
    bodies = [make_body() for _ in range(3)]
    reports = [
        make_report(meeting=rng.choice([MEETING, MEETING.lower(), "Other"]),
                    date=BASE + datetime.timedelta(days=rng.randint(0, 400)))
        for _ in range(5)
    ] + [make_report(meeting="", date=None)]  # fmt: skip
    items = []
    for _ in range(30):
        due = BASE + datetime.timedelta(days=rng.randint(0, 700)) if rng.random() < 0.5 else None
        items.append(
            make_item(
                make_decision(rng.choice(reports)),
                rng.choice(bodies),
                status=rng.choice(Status.values),
                due_date=due,
            )
        )
    rows = []
    for _ in range(200):
        item = rng.choice(items)
        old = rng.choice(Status.values)
        new = old if rng.random() < 0.2 else rng.choice(Status.values)  # some change nothing
        day = BASE + datetime.timedelta(days=rng.randint(-30, 800))
        rows.append(
            StatusUpdate(item=item, author=editor, old_status=old, new_status=new, note="",
                         created_at=at(day, rng))
        )  # fmt: skip
    StatusUpdate.objects.bulk_create(rows)
    return reports


@pytest.mark.parametrize("seed", range(6))
def test_the_lists_are_those_read_item_by_item(seed, editor):
    reports = random_world(seed, editor)
    rng = random.Random(seed)
    ends = [BASE + datetime.timedelta(days=rng.randint(-10, 900)) for _ in range(4)]
    listed = set()
    for report in reports:
        for end in [*ends, report.date or BASE]:
            expected = shown(report, end, by_subqueries(report, end))
            assert by_one_query(report, end) == expected, (report.meeting, report.date, end)
            listed |= {k for k, v in expected.items() if v}
    assert listed >= {"completed", "stalled", "new"}  # the histories move things


def test_ties_and_a_window_that_ends_before_it_starts(editor):
    report = make_report(meeting=MEETING, date=datetime.date(2018, 6, 1))
    item = make_item(make_decision(report), status=Status.COMPLETED)
    moment = datetime.datetime(2018, 6, 5, 12, tzinfo=datetime.UTC)
    for old, new in [(Status.NOT_STARTED, Status.IN_PROGRESS), (Status.STALLED, Status.COMPLETED)]:
        StatusUpdate.objects.create(
            item=item, author=editor, old_status=old, new_status=new, note="", created_at=moment
        )
    for end in [datetime.date(2018, 5, 1), datetime.date(2018, 6, 5), datetime.date(2018, 7, 1)]:
        assert by_one_query(report, end) == shown(report, end, by_subqueries(report, end))


def test_a_fixed_number_of_queries(editor, django_assert_num_queries):
    reports = random_world(1, editor)
    report = max(reports, key=lambda r: r.date or BASE)
    end = BASE + datetime.timedelta(days=900)
    since_last_meeting(report, end)  # the first reader builds the table
    # Previous meeting, the lists (one query), the chart: four to check the
    # table aggregated by day is up to date, one to read the series' rows.
    with django_assert_num_queries(7):
        since_last_meeting(report, end)
    random_world(2, editor)
    since_last_meeting(report, end)
    with django_assert_num_queries(7):
        since_last_meeting(report, end)


def points(trend) -> list[tuple]:
    return [(p.day, p.counts) for p in trend.points]


@pytest.mark.parametrize("seed", range(4))
def test_the_series_chart_from_the_table_is_the_one_from_the_history(seed, editor):
    reports = random_world(seed, editor)
    rng = random.Random(seed)
    ends = [BASE + datetime.timedelta(days=rng.randint(-10, 900)) for _ in range(3)]
    for report in reports:
        if not report.meeting:
            continue
        for end in ends:
            from_history = status_trend(series_items(report), end)
            from_table = status_trend(series_items(report), end, series=report.meeting)
            assert points(from_table) == points(from_history), (report.meeting, end)


def test_a_status_update_moves_the_series_rows_without_a_rebuild(editor):
    reports = random_world(3, editor)
    report = next(r for r in reports if r.meeting)
    end = BASE + datetime.timedelta(days=2000)
    status_trend(series_items(report), end, series=report.meeting)
    built = TrendState.objects.get().built_at
    for item in series_items(report)[:5]:
        new = Status.COMPLETED if item.status != Status.COMPLETED else Status.STALLED
        action_item_set_status(
            item=item, status=new, note="", by=editor, expected_version=item.version
        )
    from_table = status_trend(series_items(report), end, series=report.meeting)
    assert TrendState.objects.get().built_at == built
    assert points(from_table) == points(status_trend(series_items(report), end))


def test_a_meeting_renamed_moves_its_items_to_the_other_series(editor):
    reports = random_world(4, editor)
    report = next(r for r in reports if r.meeting)
    end = BASE + datetime.timedelta(days=900)
    status_trend(series_items(report), end, series=MEETING)
    renamed = "Other" if report.meeting.upper() == MEETING.upper() else MEETING
    Report.objects.filter(pk=report.pk).update(meeting=renamed)
    report.refresh_from_db()
    for key in (MEETING, "Other"):
        report.meeting = key
        assert points(status_trend(series_items(report), end, series=key)) == points(
            status_trend(series_items(report), end)
        )


def test_the_admin_renaming_a_meeting_makes_the_next_reader_rebuild(admin_client, editor):
    reports = random_world(5, editor)
    report = next(r for r in reports if r.meeting)
    status_trend(series_items(report), BASE, series=report.meeting)
    from django.contrib.admin.sites import site
    from django.test import RequestFactory

    admin = site._registry[Report]
    request = RequestFactory().post("/")
    request.user = editor
    data = {
        "symbol": report.symbol,
        "title": report.title,
        "meeting": "Renamed",
        "place": report.place,
        "date": report.date.isoformat() if report.date else "",
        "language": report.language,
        "source_text": report.source_text or "Text.",
    }
    form = admin.get_form(request, report)(instance=report, data=data)
    assert form.is_valid(), form.errors
    assert "meeting" in form.changed_data
    admin.save_model(request, report, form, change=True)
    assert not TrendState.objects.exists()


def test_a_meeting_renamed_to_a_name_of_the_same_length_makes_the_next_reader_rebuild(editor):
    # The table's measures see a rename only by the names' lengths; saving
    # the report, by any path, drops the table's state itself.
    reports = random_world(5, editor)
    report = Report.objects.get(pk=next(r for r in reports if r.meeting).pk)
    status_trend(series_items(report), BASE, series=report.meeting)
    assert TrendState.objects.exists()
    report.meeting = "X" * len(report.meeting)
    report.save()
    assert not TrendState.objects.exists()


def test_saving_a_report_with_its_meeting_unchanged_keeps_the_table(editor):
    reports = random_world(5, editor)
    report = Report.objects.get(pk=next(r for r in reports if r.meeting).pk)
    status_trend(series_items(report), BASE, series=report.meeting)
    report.place = "Elsewhere"
    report.save()
    assert TrendState.objects.exists()
