""" "Since the last meeting": what the follow-up report of a meeting opens
with. The meetings of one body are the reports with the same meeting name
(Report.meeting, e.g. "Annual Coordination Meeting"; a report without one
is its own series). The window runs from the previous meeting of the series
(the latest report dated before this one; this report's own date when it is
the first) to the day the document is made. Over the requests of the
series asked by then, rebuilt from the history (models.trends):

- completed: completed at the end, not at the start of the window;
- started: not started at the start, in progress at the end;
- stalled: stalled at the end, not at the start;
- overdue: due within the window and still open at its end;
- new requests: asked within the window.

One query for the previous meeting, one grouped query over the history of
the series' requests within the window (the first change of each after the
start and after the end: a window function, one row per request and
threshold, never a subquery per request), one for the requests that moved,
three for the chart (the trend of the series' requests, drawn `plain` for
WeasyPrint: charts.TrendChart.plain). A request's status on a day is the
old status of its first change after that day, else its status today
(models.trends.status_on): the same statuses, read in one pass."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import (
    Case,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
    Window,
)
from django.db.models.functions import RowNumber
from django.utils import timezone

from decisions.charts import TrendChart, trend_chart
from decisions.models import ActionItem, Report, Status, StatusUpdate
from decisions.models.status import CLOSED_STATUSES
from decisions.models.trends import asked_on, status_trend

KINDS = ("completed", "started", "stalled", "overdue", "new")


def series_items(report: Report) -> QuerySet:
    """The requests of every meeting of the report's series."""
    if report.meeting.strip():
        return ActionItem.objects.filter(decision__report__meeting__iexact=report.meeting.strip())
    return ActionItem.objects.filter(decision__report=report)


def previous_meeting(report: Report) -> Report | None:
    """The latest report of the series dated before this one."""
    if not report.meeting.strip() or report.date is None:
        return None
    earlier = Report.objects.filter(meeting__iexact=report.meeting.strip(), date__lt=report.date)
    return earlier.defer("source_text").order_by("-date", "-pk").first()


@dataclass
class Moved:
    """One request in the section: its report and paragraph, owner, status."""

    symbol: str
    number: str
    owner: str
    status: str  # the status at the end of the window
    due: datetime.date | None
    status_label: str = ""  # in the document's language (followup_build)


@dataclass
class Since:
    start: datetime.date
    end: datetime.date
    previous: Report | None
    chart: TrendChart | None = None
    lists: dict[str, list[Moved]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not any(self.lists.values())

    def rows(self, labels: dict[str, str]) -> list[dict]:
        """The sections in order, each with its label and requests."""
        return [
            {"kind": k, "label": labels[f"since_{k}"], "items": self.lists.get(k, [])}
            for k in KINDS
        ]


def _kinds(then: str, now: str, asked: datetime.date, due, start, end) -> list[str]:
    kinds = []
    if now == Status.COMPLETED and then != Status.COMPLETED:
        kinds.append("completed")
    if then == Status.NOT_STARTED and now == Status.IN_PROGRESS:
        kinds.append("started")
    if now == Status.STALLED and then != Status.STALLED:
        kinds.append("stalled")
    if due is not None and start < due < end and now not in CLOSED_STATUSES:
        kinds.append("overdue")
    if start < asked <= end:
        kinds.append("new")
    return kinds


def _day_after(day: datetime.date) -> datetime.datetime:
    """The first moment after the end of `day`."""
    return timezone.make_aware(
        datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min)
    )


def first_changes(
    items: QuerySet, start: datetime.date, end: datetime.date
) -> tuple[dict[int, str], dict[int, str]]:
    """For the requests of `items` changed after `start` or `end`, the old
    status of their first change after the end of `start` and of `end`:
    their statuses on those days (a request not in a dict had its status
    today). One grouped query: the changes after the earlier day, ranked by
    request and side of the later day, the first of each rank kept."""
    low, high = sorted((_day_after(start), _day_after(end)))
    side = Case(
        When(created_at__gte=high, then=Value(1)), default=Value(0), output_field=IntegerField()
    )
    rows = (
        StatusUpdate.objects.filter(item__in=items.order_by().values("pk"), created_at__gte=low)
        .exclude(old_status=F("new_status"))
        .order_by()
        .annotate(
            side=side,
            rank=Window(
                RowNumber(),
                partition_by=[F("item_id"), side],
                order_by=[F("created_at").asc(), F("pk").asc()],
            ),
        )
        .filter(rank=1)
        .values_list("item_id", "side", "old_status")
    )
    after_low: dict[int, str] = {}
    after_high: dict[int, str] = {}
    for item_id, later, old in rows:
        if later:
            after_high[item_id] = old
            after_low.setdefault(item_id, old)  # unless a change before the later day
        else:
            after_low[item_id] = old
    if start <= end:
        return after_low, after_high
    return after_high, after_low


def since_last_meeting(report: Report, end: datetime.date, *, rtl: bool = False) -> Since:
    """What changed in the report's series from its previous meeting to `end`."""
    previous = previous_meeting(report)
    start = previous.date if previous else (report.date or end)
    since = Since(start=start, end=end, previous=previous, lists={k: [] for k in KINDS})
    # Only the requests that can be in a list: changed, asked or due within
    # the window. Their statuses then and now are read for those alone.
    # Exists, one step down the index history_item_time per request: an IN
    # over every change since the start is read again for each request
    # when it does not fit in memory (minutes at 1,000,000 history rows).
    changed = Exists(
        StatusUpdate.objects.filter(item=OuterRef("pk"), created_at__gte=_day_after(start))
        .exclude(old_status=F("new_status"))
        .order_by()
    )
    then, now = first_changes(series_items(report), start, end)
    moved = (
        series_items(report)
        .annotate(asked=asked_on())
        .filter(asked__lte=end)
        .filter(changed | Q(asked__gt=start) | Q(due_date__gt=start, due_date__lt=end))
        .select_related("decision__report", "owner")
        .defer("decision__report__source_text", "decision__text")
        .order_by("decision__report__date", "decision__position", "owner__name_en", "pk")
    )
    for item in moved:
        status_then = then.get(item.pk, item.status)
        status_now = now.get(item.pk, item.status)
        for kind in _kinds(status_then, status_now, item.asked, item.due_date, start, end):
            since.lists[kind].append(
                Moved(
                    symbol=item.decision.report.symbol,
                    number=item.decision.number,
                    owner=item.owner.name,
                    status=status_now,
                    due=item.due_date,
                )
            )
    since.chart = trend_chart(status_trend(series_items(report), end), rtl=rtl, plain=True)
    return since
