"""The lineage's background jobs: overlap detection after each import (for
that report's items) and nightly (`manage.py find_overlaps`), and the
renewals each import proposes. Each run is recorded (JobRun) so that an
empty queue says what fills it and when it was last filled."""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone

from decisions.lineage.overlaps import OverlapResult, overlaps_find
from decisions.models import JobRun, Report, RoutineJob
from decisions.models.trends import trend_days_fresh

logger = logging.getLogger(__name__)


def job_ran(*, job: str, summary: str = "") -> JobRun:
    """Record that `job` just finished, with what it found."""
    run, _ = JobRun.objects.update_or_create(
        job=job, defaults={"finished_at": timezone.now(), "summary": summary[:300]}
    )
    return run


def overlaps_summary(result: OverlapResult) -> str:
    return (
        f"{result.items} items, {result.compared} pairs compared, "
        f"{result.flagged} new flags, {result.updated} updated"
    )


def overlaps_run(*, report: Report | None = None) -> OverlapResult:
    """Search for possible duplicates (all items, or `report`'s) and record it."""
    result = overlaps_find(report=report)
    scope = f"{report.symbol}: " if report is not None else ""
    job_ran(job=RoutineJob.OVERLAPS, summary=scope + overlaps_summary(result))
    return result


def _after_commit(report_pk: int) -> None:
    """Once an import is committed: the trend aggregated by day brought up
    to date, so that no page pays for it (about 9 s at 100,000 items), then
    the search for duplicates among the report's items. A failure of either
    is logged, never undoes the import, and leaves the work to the next
    reader or to the night."""
    try:
        trend_days_fresh()
    except Exception:
        logger.exception("the trend after importing report %s was not rebuilt", report_pk)
    report = Report.objects.filter(pk=report_pk).first()
    if report is None:
        return
    try:
        overlaps_run(report=report)
    except Exception:  # the import is committed: a failed search waits for the night
        logger.exception("the search for duplicates after importing %s failed", report.symbol)


def after_import(*, report: Report, proposed: int) -> None:
    """What an import starts without anyone asking: the renewals it
    proposed are recorded now, the search for duplicates among the report's
    items once the import is committed (never undoing it), after the trend
    is brought up to date (`_after_commit`)."""
    job_ran(job=RoutineJob.RENEWALS, summary=f"{report.symbol}: {proposed} proposed")
    transaction.on_commit(lambda: _after_commit(report.pk))


def last_runs() -> dict[str, JobRun]:
    """Each job's last run, by job."""
    return {run.job: run for run in JobRun.objects.all()}
