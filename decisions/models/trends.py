"""Status over time, rebuilt from the history (StatusUpdate rows).

An item counts from the day it was asked (its report's date; its creation,
i.e. its import, when the report has no date or an earlier one) in the
status it had then: the old status of its first recorded update, or its
status when nothing was recorded. Each update that changed the status then
moves it from `old_status` to `new_status` on the day it was recorded.

Two grouped queries, whatever the number of items: the items counted by
the day they were asked and their first status, and the changes counted by
day and by (old, new) status. The rows are days, not items; the sums by
point in time are made from them.

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

from django.db.models import Count, DateField, Expression, F, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce, Least, TruncDate
from django.utils import timezone

from decisions.models.items import StatusUpdate
from decisions.models.status import CLOSED_STATUSES, Status

# Longest span shown week by week; past it, month by month; past the
# second, quarter by quarter (a chart keeps about sixty points at most).
WEEKLY_UP_TO_DAYS = 16 * 7
MONTHLY_UP_TO_MONTHS = 60

STEPS = ("week", "month", "quarter")


def asked_on() -> Expression:
    """The day an item counts from: its report's date, or the day it was
    created (imported) when that is earlier or the report has none."""
    created = TruncDate("created_at")
    return Least(
        Coalesce(F("decision__report__date"), created, output_field=DateField()),
        created,
        output_field=DateField(),
    )


def _first_status() -> Expression:
    first = StatusUpdate.objects.filter(item=OuterRef("pk")).order_by("created_at", "pk")
    return Coalesce(Subquery(first.values("old_status")[:1]), F("status"))


def status_on(day: datetime.date, *, public: bool = False) -> Expression:
    """The status an item had at the end of `day` (for the public layer,
    the status the public pages show today: see the module's docstring)."""
    if public:
        return Coalesce(F("public_status__status"), F("status"))
    until = timezone.make_aware(
        datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min)
    )
    latest = StatusUpdate.objects.filter(item=OuterRef("pk"), created_at__lt=until).order_by(
        "-created_at", "-pk"
    )
    return Coalesce(Subquery(latest.values("new_status")[:1]), _first_status())


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


def status_trend(
    items: QuerySet,
    until: datetime.date,
    *,
    public: bool = False,
    since: datetime.date | None = None,
    step: str | None = None,
) -> Trend:
    """Items of `items` (an ActionItem QuerySet: all, a body's, a report's,
    a theme's) by status at the end of each week, month or quarter up to
    `until`, from `since` or the day the first of them was asked. Two
    queries; one for the public layer, which reads no history."""
    index = {s: i for i, s in enumerate(Status.values)}
    n = len(Status)
    first_status = status_on(until, public=True) if public else _first_status()
    asked = (
        items.order_by()
        .annotate(trend_day=asked_on(), trend_status=first_status)
        .filter(trend_day__lte=until)
        .values("trend_day", "trend_status")
        .annotate(n=Count("pk"))
    )
    deltas: dict[datetime.date, list[int]] = defaultdict(lambda: [0] * n)
    for row in asked:
        deltas[row["trend_day"]][index[row["trend_status"]]] += row["n"]
    if not deltas:
        return Trend(step=step or "month", until=until, public=public)
    changes = (
        StatusUpdate.objects.none()
        if public
        else StatusUpdate.objects.filter(item__in=items.order_by().values("pk"))
    )
    changes = (
        changes.exclude(old_status=F("new_status"))
        .annotate(trend_day=TruncDate("created_at"))
        .filter(trend_day__lte=until)
        .order_by()
        .values("trend_day", "old_status", "new_status")
        .annotate(n=Count("pk"))
    )
    for row in changes:
        cell = deltas[row["trend_day"]]
        cell[index[row["old_status"]]] -= row["n"]
        cell[index[row["new_status"]]] += row["n"]

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
