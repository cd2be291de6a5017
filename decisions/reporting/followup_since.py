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

One query for the previous meeting; one for the lists (_moved_rows): the
series' requests joined to one row per request that changed, grouped from a
window over its changes since the earlier day (the old status of its first
change after each day), and each list's condition, all in SQL; Python only
puts each row in the lists its flags name. The chart (the trend of the
series' requests, drawn `plain` for WeasyPrint: charts.TrendChart.plain) of
a named series is read from its rows in the table aggregated by day
(models.trend_days: five small queries); a report without a meeting name
reads its own items' history (three grouped queries). A request's status on
a day is the old status of its first change after that day, else its status
today (models.trends.status_on)."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import (
    F,
    QuerySet,
    Window,
)
from django.db.models.functions import Lag, RowNumber
from django.utils import timezone
from django.utils.translation import get_language

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


def _as_date(value) -> datetime.date | None:
    """A date read by a raw cursor (SQLite gives text)."""
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def _day_after(day: datetime.date) -> datetime.datetime:
    """The first moment after the end of `day`."""
    return timezone.make_aware(
        datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min)
    )


def _changes_after(items: QuerySet, day: datetime.date) -> QuerySet:
    """The changes of status of `items` after the end of `day`, each with
    its rank among its request's (u_rank, 1 for the first) and the time of
    the one before (u_before): ordered as the index history_item_time
    (item, created_at, id) is, so the window needs no sort."""
    order = [F("created_at").asc(), F("pk").asc()]
    return (
        StatusUpdate.objects.filter(
            item__in=items.order_by().values("pk"), created_at__gte=_day_after(day)
        )
        .exclude(old_status=F("new_status"))
        .order_by()
        .annotate(
            u_rank=Window(RowNumber(), partition_by=[F("item_id")], order_by=order),
            u_before=Window(Lag("created_at"), partition_by=[F("item_id")], order_by=order),
        )
        .values(
            "u_rank", "u_before", u_item=F("item_id"), u_old=F("old_status"), u_at=F("created_at")
        )
    )


# Each list's condition on a request's status then and now, its due date
# and the day it was asked (the `_kinds` below, written in SQL).
_KIND_SQL = {
    "completed": "st_now = %(completed)s AND st_then <> %(completed)s",
    "started": "st_then = %(not_started)s AND st_now = %(in_progress)s",
    "stalled": "st_now = %(stalled)s AND st_then <> %(stalled)s",
    "overdue": "m_due IS NOT NULL AND m_due > %(start)s AND m_due < %(end)s"
    " AND st_now NOT IN %(closed)s",
    "new": "m_asked > %(start)s AND m_asked <= %(end)s",
}


def _kinds(then: str, now: str, asked: datetime.date, due, start, end) -> list[str]:
    """The lists a request is in, from its status then and now (the
    reference the SQL of `_moved_rows` is tested against)."""
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


def _moved_rows(report: Report, start: datetime.date, end: datetime.date) -> list[tuple]:
    """The requests of the series in at least one list, in the report's
    order, each with what the section shows and, per list, whether it is
    in it. One query, all in SQL: the requests asked by the end, joined to
    one row per request that changed since the earlier of the two days,
    grouped from a window over its changes (the old status of its first
    change after the earlier day and of its first after the later day:
    its statuses on those days; without one, its status today), and each
    list's condition on them."""
    moved = (
        series_items(report)
        .annotate(m_asked=asked_on())
        .filter(m_asked__lte=end)
        .order_by()
        .values(
            "m_asked",
            m_pk=F("pk"),
            m_symbol=F("decision__report__symbol"),
            m_number=F("decision__number"),
            m_date=F("decision__report__date"),
            m_position=F("decision__position"),
            m_owner_en=F("owner__name_en"),
            m_owner_fr=F("owner__name_fr"),
            m_owner_ar=F("owner__name_ar"),
            m_status=F("status"),
            m_due=F("due_date"),
        )
    )
    earlier, later = sorted((start, end))
    changes_sql, changes_params = _changes_after(
        series_items(report), earlier
    ).query.sql_with_params()
    moved_sql, moved_params = moved.query.sql_with_params()
    if start <= end:
        then, now = "COALESCE(f.lo, m.m_status)", "COALESCE(f.hi, m.m_status)"
    else:
        then, now = "COALESCE(f.hi, m.m_status)", "COALESCE(f.lo, m.m_status)"
    ops = connection.ops
    high = ops.adapt_datetimefield_value(_day_after(later))
    closed = [str(s) for s in CLOSED_STATUSES]
    values = {
        "completed": Status.COMPLETED.value,
        "not_started": Status.NOT_STARTED.value,
        "in_progress": Status.IN_PROGRESS.value,
        "stalled": Status.STALLED.value,
        "start": ops.adapt_datefield_value(start),
        "end": ops.adapt_datefield_value(end),
    }
    flags, flag_params = [], []
    for kind in KINDS:
        # Positional parameters, in the order they appear.
        sql = _KIND_SQL[kind]
        names = re.findall(r"%\((\w+)\)s", sql)
        sql = sql.replace("%(closed)s", "(" + ", ".join(["%s"] * len(closed)) + ")")
        sql = re.sub(r"%\(\w+\)s", "%s", sql)
        for name in names:
            flag_params.extend(closed if name == "closed" else [values[name]])
        flags.append(f"CASE WHEN {sql} THEN 1 ELSE 0 END")
    # Only constants and Django's compiled SQL are joined; every value is a
    # parameter.
    sql = (
        "SELECT * FROM ("  # noqa: S608
        "SELECT m_pk, m_symbol, m_number, m_owner_en, m_owner_fr, m_owner_ar, st_now, m_due, "
        f"{', '.join(f'{flag} AS k{i}' for i, flag in enumerate(flags))}, "
        "m_date, m_position "
        "FROM ("
        f"SELECT m.*, {then} AS st_then, {now} AS st_now "
        f"FROM ({moved_sql}) m "
        "LEFT JOIN (SELECT u_item, "
        "MAX(CASE WHEN u_rank = 1 THEN u_old END) AS lo, "
        "MAX(CASE WHEN u_at >= %s AND (u_before IS NULL OR u_before < %s) THEN u_old END) AS hi "
        f"FROM ({changes_sql}) u GROUP BY u_item) f ON f.u_item = m.m_pk"
        ") x) y "
        f"WHERE {' OR '.join(f'k{i} = 1' for i in range(len(flags)))} "
        "ORDER BY m_date, m_position, m_owner_en, m_pk"
    )
    params = [*flag_params, *moved_params, high, high, *changes_params]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[: 8 + len(KINDS)] for row in cursor.fetchall()]


def since_last_meeting(report: Report, end: datetime.date, *, rtl: bool = False) -> Since:
    """What changed in the report's series from its previous meeting to `end`."""
    previous = previous_meeting(report)
    start = previous.date if previous else (report.date or end)
    since = Since(start=start, end=end, previous=previous, lists={k: [] for k in KINDS})
    # The lists are made in SQL (_moved_rows); here each row only goes
    # into the lists its flags name, with its owner's name in the language.
    lang = (get_language() or "en")[:2]
    column = {"fr": 4, "ar": 5}.get(lang, 3)
    for row in _moved_rows(report, start, end):
        _pk, symbol, number, owner_en, _fr, _ar, status_now, due, *flags = row
        owner, due = row[column] or owner_en, _as_date(due)
        for kind, flag in zip(KINDS, flags, strict=True):
            if flag:
                since.lists[kind].append(
                    Moved(symbol=symbol, number=number, owner=owner, status=status_now, due=due)
                )
    # A named series' trend is read from the table aggregated by day (its
    # own rows, models.trend_days); a report without a meeting name is its
    # own series, read from its items' history.
    trend = status_trend(series_items(report), end, series=report.meeting.strip() or None)
    since.chart = trend_chart(trend, rtl=rtl, plain=True)
    return since
