"""The trend of every item, aggregated by day (issue 22, speed).

`TrendDay` holds, for each day and status, the net change that day in the
number of items in that status (all items, the internal statuses): the
dashboard's chart is its running sum, one query over a few thousand rows
instead of three grouped queries over every item and every history row.
Its rows are what models.trends reads back from the history, summed over
all items (see the docstring there): on the day an item was asked, +1 in
its status today, and for each change, the change undone that day and
done again on the day it was recorded (or the day asked, if later).

Kept up to date by each status update (`trend_day_change`, called by
items.services.action_item_set_status in its transaction): a change
recorded on day r of an item asked on day a moves one item from the old
status to the new one on max(r, a). Anything else that changes what the
table sums (an import, a merge, an item deleted, a report's date edited, a
history row written another way) is caught by a fingerprint of the items,
the history and the reports' dates, stored with the table (`TrendState`):
when it no longer matches, the next reader rebuilds the table from the
history (trends.trend_days_rebuild: grouped queries, not rows read in Python).
An import, the commonest of these, brings the table up to date itself, so
that no page pays for it: right after its commit (lineage.jobs.after_import)
or, with workers, as the first step of its job (lineage.job_runners).
The fingerprint is a few counts (TrendState's measures), not a hash, so
that an update can add itself to them.
An update adds itself to the measures and applies its change without
reading anything: a table stale before it stays stale after it.
"""

from __future__ import annotations

import datetime

from django.db import connection, models
from django.db.models import Count, F, IntegerField, Max, Sum, Value
from django.db.models.functions import Coalesce, ExtractDay, ExtractMonth, ExtractYear, Length

from decisions.models.status import Status

# Built and read by models.trends (trend_days_rebuild, trend_days_fresh,
# trend_days_read), which imports this module, not the other way round.


class TrendDay(models.Model):
    """The net change on `day` in the number of items in `status`: of every
    item (`series` empty), or of the items of one meeting series (`series`
    the meeting's name in capitals, as followup_since.series_items matches
    it: UPPER, as the iexact lookup compares; reports without a meeting
    name have no rows of their own)."""

    series = models.CharField(max_length=300, blank=True, default="")
    day = models.DateField()
    status = models.CharField(max_length=20, choices=Status.choices)
    n = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["series", "day", "status"], name="one_trend_day_per_series_status"
            )
        ]

    def __str__(self) -> str:
        return f"{self.series or '*'} {self.day} {self.status} {self.n:+d}"


class TrendState(models.Model):
    """One row: what TrendDay was built from, counted (see measures_now)."""

    items_n = models.BigIntegerField(default=0)
    items_top = models.BigIntegerField(default=0)
    history_top = models.BigIntegerField(default=0)
    reports_n = models.BigIntegerField(default=0)
    reports_dates = models.BigIntegerField(default=0)
    reports_meetings = models.BigIntegerField(default=0)
    built_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"trend of {self.items_n} items, history up to {self.history_top}"

    def measures(self) -> dict[str, int]:
        return {f: getattr(self, f) for f in MEASURES}


STATE_PK = 1
MEASURES = ("items_n", "items_top", "history_top", "reports_n", "reports_dates", "reports_meetings")


def measures_now() -> dict[str, int]:
    """What the table sums, in three aggregate queries: the items (count,
    highest id), the history (its highest id: rows are only added, and
    leave only with their item, which the items' count sees) and the
    reports' dates (weighted by id, so two swapped dates differ). No count
    of the history: at a million rows it alone costs what the rest does."""
    from decisions.models import ActionItem, Report, StatusUpdate

    items = ActionItem.objects.aggregate(n=Count("pk"), top=Max("pk"))
    history = StatusUpdate.objects.aggregate(top=Max("pk"))
    ordinal = ExtractYear("date") * 372 + ExtractMonth("date") * 31 + ExtractDay("date")
    reports = Report.objects.aggregate(
        n=Count("pk"),
        dates=Sum(
            F("pk") * Coalesce(ordinal, Value(0), output_field=IntegerField()),
            output_field=IntegerField(),
        ),
        # The series: a meeting's name changed by an UPDATE that bypasses
        # Report.save (which drops the state itself: trend_days_forget).
        meetings=Sum(F("pk") * Length("meeting"), output_field=IntegerField()),
    )
    return {
        "items_n": items["n"],
        "items_top": items["top"] or 0,
        "history_top": history["top"] or 0,
        "reports_n": reports["n"],
        "reports_dates": reports["dates"] or 0,
        "reports_meetings": reports["meetings"] or 0,
    }


def trend_days_forget() -> None:
    """Make the next reader rebuild the table (a report's meeting renamed)."""
    TrendState.objects.filter(pk=STATE_PK).delete()


# The change counted for every item, and for the item's meeting series when
# its report has a meeting name (the same key as trends.series_key).
_UPSERT = (
    "INSERT INTO {table} (series, day, status, n) "
    "SELECT '', %s, %s, %s WHERE 1 = 1 "
    "UNION ALL SELECT UPPER(r.meeting), %s, %s, %s FROM {items} i "
    "JOIN {decisions} d ON d.id = i.decision_id JOIN {reports} r ON r.id = d.report_id "
    "WHERE i.id = %s AND TRIM(r.meeting) <> '' "
    "ON CONFLICT (series, day, status) DO UPDATE SET n = {table}.n + excluded.n"
)


def trend_day_change(*, update, asked: datetime.date, day: datetime.date) -> None:
    """Count one history row just written in the caller's transaction
    (`update`, of an item asked on `asked`, recorded on `day`): the history's
    highest id becomes its own, and a change of status moves one item from the old
    status to the new one on the later of the two days. Three queries, no
    read: if the table was stale it stays so (its other measures still
    differ), and the next reader rebuilds it. The state row is written
    first, so that a rebuild under way (which holds it) finishes before."""
    from django.db.models.functions import Greatest

    done = TrendState.objects.filter(pk=STATE_PK).update(
        history_top=Greatest(F("history_top"), Value(update.pk))
    )
    if not done or update.old_status == update.new_status:
        return
    from decisions.models import ActionItem, Decision, Report

    shown = max(day, asked)
    quote = connection.ops.quote_name
    sql = _UPSERT.format(
        table=quote(TrendDay._meta.db_table),
        items=quote(ActionItem._meta.db_table),
        decisions=quote(Decision._meta.db_table),
        reports=quote(Report._meta.db_table),
    )
    with connection.cursor() as cursor:
        for status, n in ((update.old_status, -1), (update.new_status, 1)):
            cursor.execute(sql, [shown, status, n, shown, status, n, update.item_id])
