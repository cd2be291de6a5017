"""Status over time, rebuilt from the history (StatusUpdate rows).

An item counts from the day it was asked (its report's date; its creation,
i.e. its import, when the report has no date or an earlier one). Its status
at any time is read back from its status today: each recorded update that
changed the status moved it from `old_status` to `new_status` on the day it
was recorded, so before that day it was `old_status`. Read backwards, the
last point of a chart is always the counts the pages show today, whatever
the history holds (a history folded in from a merged item included).

Three grouped queries, whatever the number of items, and no subquery per
item: the items counted by the day they were asked and their status today;
the changes counted by the day their item was asked and by (old, new)
status; and again by the day they were recorded. The rows are days, not
items nor changes; the sums by point in time are made from them.

For readers who see the public layer (permissions.reads_as_public), the
history is internal (decisions.visibility: StatusUpdate), whatever the
item: each item counts from the day it was asked in the status the public
pages show today (its public status where the secretariat set one, else its
status), and no change is read. Their chart shows the requests asked over
time and where they stand now, never a status the public pages would not
show, and nothing that moves when only the internal history does
(tests/test_public_boundary.py).
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import (
    CharField,
    Count,
    DateField,
    Expression,
    F,
    OuterRef,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Greatest, Least, TruncDate, Upper
from django.utils import timezone

from decisions.models.items import StatusUpdate
from decisions.models.status import CLOSED_STATUSES, Status
from decisions.models.trend_days import STATE_PK, TrendDay, TrendState, measures_now

# Longest span shown week by week; past it, month by month; past the
# second, quarter by quarter (a chart keeps about sixty points at most).
WEEKLY_UP_TO_DAYS = 16 * 7
MONTHLY_UP_TO_MONTHS = 60

STEPS = ("week", "month", "quarter")


def asked_on(prefix: str = "") -> Expression:
    """The day an item counts from: its report's date, or the day it was
    created (imported) when that is earlier or the report has none.
    `prefix` leads to the item ("item__" from its history)."""
    created = TruncDate(f"{prefix}created_at")
    return Least(
        Coalesce(F(f"{prefix}decision__report__date"), created, output_field=DateField()),
        created,
        output_field=DateField(),
    )


def status_on(day: datetime.date, *, public: bool = False) -> Expression:
    """The status an item had at the end of `day` (for the public layer,
    the status the public pages show today: see the module's docstring)."""
    if public:
        return Coalesce(F("public_status__status"), F("status"))
    until = timezone.make_aware(
        datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min)
    )
    # The old status of the first change after that day, else today's.
    after = StatusUpdate.objects.filter(item=OuterRef("pk"), created_at__gte=until)
    after = after.exclude(old_status=F("new_status")).order_by("created_at", "pk")
    return Coalesce(Subquery(after.values("old_status")[:1]), F("status"))


@dataclass(frozen=True)
class TrendPoint:
    day: datetime.date
    counts: tuple[int, ...]  # by Status, in its order

    @property
    def total(self) -> int:
        return sum(self.counts)

    def count(self, status: str) -> int:
        return self.counts[Status.values.index(status)]

    @property
    def n_open(self) -> int:
        return sum(
            n for s, n in zip(Status.values, self.counts, strict=True) if s not in CLOSED_STATUSES
        )

    @property
    def cells(self) -> list[dict]:
        return [
            {"value": s.value, "label": s.label, "count": n}
            for s, n in zip(Status, self.counts, strict=True)
        ]


@dataclass
class Trend:
    """Items by status at each point in time, the last point being `until`."""

    step: str
    until: datetime.date
    public: bool = False  # by today's public statuses, no history: see the module
    start: datetime.date | None = None  # the first day counted (the first request's)
    points: list[TrendPoint] = field(default_factory=list)

    @property
    def last(self) -> TrendPoint:
        return self.points[-1] if self.points else TrendPoint(self.until, (0,) * len(Status))

    @property
    def first(self) -> TrendPoint:
        return self.points[0] if self.points else self.last

    @property
    def since(self) -> datetime.date:
        return self.start or self.first.day

    @property
    def completed_since(self) -> int:
        """Items completed between the first point and the last (net)."""
        done = Status.COMPLETED.value
        return max(self.last.count(done) - self.first.count(done), 0)

    @property
    def columns(self) -> list[dict]:
        return [{"value": s.value, "label": s.label} for s in Status]


def _start(first: datetime.date, step: str) -> datetime.date:
    if step == "week":
        return first - datetime.timedelta(days=first.weekday())
    month = first.month if step == "month" else first.month - (first.month - 1) % 3
    return first.replace(month=month, day=1)


def _next(day: datetime.date, step: str) -> datetime.date:
    if step == "week":
        return day + datetime.timedelta(days=7)
    months = 1 if step == "month" else 3
    month = day.month - 1 + months
    return day.replace(year=day.year + month // 12, month=month % 12 + 1, day=1)


def pick_step(first: datetime.date, until: datetime.date) -> str:
    if (until - first).days <= WEEKLY_UP_TO_DAYS:
        return "week"
    months = (until.year - first.year) * 12 + until.month - first.month
    return "month" if months <= MONTHLY_UP_TO_MONTHS else "quarter"


def sample_days(first: datetime.date, until: datetime.date, step: str) -> list[datetime.date]:
    """The last day of each week, month or quarter from `first` to
    `until`, the last point being `until` itself."""
    days = []
    start = _start(first, step)
    while start <= until:
        end = _next(start, step) - datetime.timedelta(days=1)
        days.append(min(end, until))
        start = _next(start, step)
    return days


def _read_back(
    items: QuerySet, until: datetime.date | None, deltas: dict, index: dict, by_series: bool
) -> None:
    """Add the changes of `items` to `deltas` (by series and day): each
    undone from the day its item was asked (its status today, read back),
    and done again on the day it was recorded (or the day asked, if later),
    if that is `until` or before (any day without `until`). Two grouped
    queries, by day and (old, new) status (and series: series_deltas)."""
    changes = (
        StatusUpdate.objects.filter(item__in=items.order_by().values("pk"))
        .exclude(old_status=F("new_status"))
        .annotate(item_day=asked_on("item__"), trend_series=_series("item__", by_series))
        .order_by()
    )
    if until is not None:
        changes = changes.filter(item_day__lte=until)
    undone = changes.values("trend_series", "item_day", "old_status", "new_status").annotate(
        n=Count("pk")
    )
    for row in undone:
        cell = deltas[row["trend_series"], row["item_day"]]
        cell[index[row["new_status"]]] -= row["n"]
        cell[index[row["old_status"]]] += row["n"]
    redone = changes.annotate(
        shown_day=Greatest(TruncDate("created_at"), "item_day", output_field=DateField())
    )
    if until is not None:
        redone = redone.filter(shown_day__lte=until)
    rows = redone.values("trend_series", "shown_day", "old_status", "new_status")
    for row in rows.annotate(n=Count("pk")):
        cell = deltas[row["trend_series"], row["shown_day"]]
        cell[index[row["old_status"]]] -= row["n"]
        cell[index[row["new_status"]]] += row["n"]


def _series(prefix: str, by_series: bool) -> Expression:
    """The series key of an item (`prefix` leads to it): its report's
    meeting name in capitals (series_key), or "" when not grouped."""
    if by_series:
        return Upper(f"{prefix}decision__report__meeting")
    return Value("", output_field=CharField())


def series_key(meeting: str) -> Expression:
    """The key of a meeting series in the table aggregated by day: the name
    in capitals, by the database's UPPER, as the iexact lookup of
    followup_since.series_items compares."""
    return Upper(Value(meeting, output_field=CharField()))


def series_deltas(
    items: QuerySet, until: datetime.date | None, *, by_series: bool = False
) -> dict[tuple[str, datetime.date], list[int]]:
    """As day_deltas (internal statuses), by (series, day): the series the
    item's report's meeting name in capitals with `by_series`, else ""."""
    index = {s: i for i, s in enumerate(Status.values)}
    n = len(Status)
    asked = items.order_by().annotate(
        trend_day=asked_on(), trend_status=F("status"), trend_series=_series("", by_series)
    )
    if until is not None:
        asked = asked.filter(trend_day__lte=until)
    deltas: dict[tuple[str, datetime.date], list[int]] = defaultdict(lambda: [0] * n)
    rows = asked.values("trend_series", "trend_day", "trend_status").annotate(n=Count("pk"))
    for row in rows:
        deltas[row["trend_series"], row["trend_day"]][index[row["trend_status"]]] += row["n"]
    if deltas:
        _read_back(items, until, deltas, index, by_series)
    return deltas


def day_deltas(
    items: QuerySet, until: datetime.date | None, *, public: bool = False
) -> dict[datetime.date, list[int]]:
    """By day, the net change in the number of items of `items` in each
    status (Status's order), up to `until` (every day without it): +1 on the
    day each was asked, in its status today read back through its changes.
    Three grouped queries; one for the public layer, which reads no history."""
    if not public:
        return {day: counts for (_key, day), counts in series_deltas(items, until).items()}
    index = {s: i for i, s in enumerate(Status.values)}
    n = len(Status)
    asked = items.order_by().annotate(
        trend_day=asked_on(), trend_status=status_on(until, public=True)
    )
    if until is not None:
        asked = asked.filter(trend_day__lte=until)
    deltas: dict[datetime.date, list[int]] = defaultdict(lambda: [0] * n)
    for row in asked.values("trend_day", "trend_status").annotate(n=Count("pk")):
        deltas[row["trend_day"]][index[row["trend_status"]]] += row["n"]
    return deltas


def _every_item(items: QuerySet) -> bool:
    """Whether `items` is every item, unfiltered: the trend the table
    aggregated by day (models.trend_days) holds."""
    query = items.query
    return items.model._meta.label == "decisions.ActionItem" and not (
        query.where or query.combinator or query.is_sliced or query.distinct
    )


def status_trend(
    items: QuerySet,
    until: datetime.date,
    *,
    public: bool = False,
    since: datetime.date | None = None,
    step: str | None = None,
    series: str | None = None,
) -> Trend:
    """Items of `items` (an ActionItem QuerySet: all, a body's, a report's,
    a theme's) by status at the end of each week, month or quarter up to
    `until`, from `since` or the day the first of them was asked. Every
    item (internal statuses): from the table aggregated by day, one query
    (and four to check it is up to date, models.trend_days). A body's, a
    report's, a theme's: three grouped queries; one for the public layer,
    which reads no history. The changes after `until` are read too: they
    lead from today's status back to it."""
    n = len(Status)
    if not public and (series or _every_item(items)):
        # `series`: `items` are a meeting series' (followup_since.series_items),
        # whose rows the table keeps too.
        trend_days_fresh()
        deltas = trend_days_read(until, series=series)
    else:
        deltas = day_deltas(items, until, public=public)
    if not deltas:
        return Trend(step=step or "month", until=until, public=public)

    first = since or min(deltas)
    step = step or pick_step(first, until)
    trend = Trend(step=step, until=until, public=public, start=first)
    running = [0] * n
    pending = sorted(deltas.items())
    at = 0
    for day in sample_days(first, until, step):
        while at < len(pending) and pending[at][0] <= day:
            for i, d in enumerate(pending[at][1]):
                running[i] += d
            at += 1
        trend.points.append(TrendPoint(day, tuple(max(c, 0) for c in running)))
    return trend


# --- The trend of every item, from the table aggregated by day (models.trend_days) ---


def trend_days_rebuild() -> None:
    """Build the table again from the items and their history: three
    grouped queries (the deltas by day), one insert, the measures."""
    from decisions.models.items import ActionItem

    with transaction.atomic():
        TrendState.objects.get_or_create(pk=STATE_PK)
        state = TrendState.objects.select_for_update().get(pk=STATE_PK)
        by_series = series_deltas(ActionItem.objects.all(), until=None, by_series=True)
        # Every item's rows (series ""), and each named series' own.
        deltas: dict[tuple[str, datetime.date], list[int]] = {}
        for (key, day), counts in by_series.items():
            keys = ["", key] if key.strip(" ") else [""]
            for k in keys:
                cell = deltas.setdefault((k, day), [0] * len(counts))
                for i, c in enumerate(counts):
                    cell[i] += c
        TrendDay.objects.all().delete()
        TrendDay.objects.bulk_create(
            (
                TrendDay(series=key, day=day, status=status, n=n)
                for (key, day), counts in deltas.items()
                for status, n in zip(Status.values, counts, strict=True)
                if n or status == Status.values[0]  # the day stays, as the first day counted
            ),
            batch_size=2000,
        )
        for name, value in measures_now().items():
            setattr(state, name, value)
        state.built_at = timezone.now()
        state.save()


def trend_days_fresh() -> None:
    """Make sure the table sums what the database holds: four small
    queries when it does, a rebuild when it does not."""
    state = TrendState.objects.filter(pk=STATE_PK).first()
    if state is None or state.measures() != measures_now():
        trend_days_rebuild()


def trend_days_read(
    until: datetime.date, *, series: str | None = None
) -> dict[datetime.date, list[int]]:
    """The deltas up to `until`, by day, counts in Status's order, of every
    item or of a meeting series (its name, as the report holds it) (one query)."""
    index = {s: i for i, s in enumerate(Status.values)}
    deltas: dict[datetime.date, list[int]] = {}
    key = series_key(series) if series else ""
    rows = TrendDay.objects.filter(series=key, day__lte=until).values_list("day", "status", "n")
    for day, status, n in rows:
        deltas.setdefault(day, [0] * len(index))[index[status]] += n
    return deltas
