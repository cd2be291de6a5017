"""The lineage's long work as jobs (decisions.jobs): renewals proposed for a
report (after its import, or when an editor asks again) and the search for
possible duplicates (after an import, nightly, or when an editor asks).
Each writes in one transaction, the one that marks its job done: a run
stopped midway leaves nothing behind."""

from __future__ import annotations

import zlib

from django.db import connection
from django.urls import reverse
from django.utils.translation import gettext

from decisions.jobs.services import JobError, job_create
from decisions.jobs.tasks import job_enqueue
from decisions.lineage.jobs import job_ran, overlaps_run, overlaps_summary
from decisions.lineage.renewals import renewals_propose
from decisions.models import Job, JobKind, Report, RoutineJob
from decisions.models.trends import trend_days_fresh

RENEWAL_STEPS = ["items", "renewals"]
# After an import, the trend aggregated by day (models.trend_days) is brought
# up to date first, here rather than by the first page that shows it (about
# 9 s at 100,000 items).
AFTER_IMPORT_STEPS = ["trend", *RENEWAL_STEPS]
OVERLAP_STEPS = ["items", "compare"]


def renewals_job_start(*, report: Report, user=None, after_import: bool = False) -> Job:
    """A job proposing the renewals of `report`'s requests, both ways; after
    an import, it then starts the search for duplicates among its items (which
    skips the pairs proposed as renewals, so it comes second), having
    first brought the trend up to date."""
    job = job_create(
        kind=JobKind.RENEWALS,
        user=user,
        steps=AFTER_IMPORT_STEPS if after_import else RENEWAL_STEPS,
        input_name=report.symbol,
        options={"report": report.pk, "then_overlaps": after_import},
    )
    job_enqueue(job)
    return job


def overlaps_job_start(*, user=None, report: Report | None = None) -> Job:
    """A job searching for possible duplicates (all items, or `report`'s)."""
    job = job_create(
        kind=JobKind.OVERLAPS,
        user=user,
        steps=OVERLAP_STEPS,
        input_name=report.symbol if report is not None else "",
        options={"report": report.pk if report is not None else None},
    )
    job_enqueue(job)
    return job


def _one_writer_at_a_time(name: str) -> None:
    """Within the write's transaction: wait for any other job writing the same
    (two searches at once would both insert a new pair's flag). PostgreSQL's
    transaction lock; SQLite has one writer at a time anyway."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [zlib.crc32(name.encode())])


def _report(job: Job) -> Report | None:
    pk = job.options.get("report")
    if pk is None:
        return None
    report = Report.objects.defer("source_text").filter(pk=pk).first()
    if report is None:
        raise JobError(gettext("The report of this job was deleted."))
    return report


def renewals_job_run(job: Job, step):
    if "trend" in job.steps:
        # Its own transaction, not the job's: the table is a summary that
        # the next reader would rebuild anyway, whatever the job's end.
        step("trend")
        trend_days_fresh()
    step("items")
    report = _report(job)
    if report is None:
        raise JobError(gettext("The job names no report."))
    step("renewals")

    def write() -> dict:
        _one_writer_at_a_time("decisions.renewals")
        renews = renewals_propose(report=report)
        proposed = sum(len(links) for links in renews.values())
        job_ran(job=RoutineJob.RENEWALS, summary=f"{report.symbol}: {proposed} proposed")
        if job.options.get("then_overlaps"):
            overlaps_job_start(user=job.user, report=report)
        url = reverse("decisions:renewal_queue") + f"?report={report.pk}"
        return {"proposed": proposed, "url": url, "summary": f"{proposed} proposed"}

    return write


def overlaps_job_run(job: Job, step):
    step("items")
    report = _report(job)
    step("compare")

    def write() -> dict:
        _one_writer_at_a_time("decisions.overlaps")
        result = overlaps_run(report=report)
        summary = overlaps_summary(result)
        return {
            "flagged": result.flagged,
            "url": reverse("decisions:duplicates"),
            "summary": summary,
        }

    return write
