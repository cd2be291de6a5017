"""A follow-up report built as a job (decisions.jobs) when workers are there:
the first build of a 1,000-item report took 37 s in the request. The job's
page shows its steps, then serves the file it made (kept in the job, and in
the cache for the next reader with the same letters)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext

from decisions.correspondence.followup_letters import ALL, Scope
from decisions.jobs.services import JobError, job_create
from decisions.jobs.tasks import job_enqueue
from decisions.models import Job, JobKind, JobState, Report
from decisions.permissions import can_view, focal_body_ids
from decisions.reporting.followup_files import filename, followup_render

STEPS = ["items", "layout"]
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CONTENT_TYPES = {"pdf": "application/pdf", "docx": DOCX_TYPE}


def _scope_option(scope: Scope):
    if scope is None or scope == ALL:
        return scope
    return sorted(scope)


def _scope_of(option) -> Scope:
    if option is None or option == ALL:
        return option
    return frozenset(int(pk) for pk in option)


def followup_file_readable(job: Job, user) -> bool:
    """The file holds the items as a reader with a role reads them and the
    letters of the scope it was built for: only for a reader who may still
    read all of that (a role; every letter, or the bodies of the scope). A
    focal point removed from a body since, or a user whose role was taken
    away, gets nothing."""
    if not can_view(user):
        return False
    scope = _scope_of((job.options or {}).get("scope"))
    if not scope:
        return True
    mine = focal_body_ids(user)
    return mine is None or (scope != ALL and scope <= mine)


def followup_job_start(*, user, report: Report, lang: str, ext: str, scope: Scope) -> Job:
    """A job building the file; the same reader asking again for the same
    file while it is under way gets the job already started."""
    options = {"report": report.pk, "lang": lang, "ext": ext, "scope": _scope_option(scope)}
    under_way = Job.objects.filter(
        user=user,
        kind=JobKind.FOLLOWUP,
        state__in=[JobState.QUEUED, JobState.RUNNING],
        options=options,
    ).defer("output", "input_bytes", "input_text")
    job = under_way.first()
    if job is not None:
        return job
    job = job_create(
        kind=JobKind.FOLLOWUP,
        user=user,
        steps=STEPS,
        input_name=filename(report, lang, ext),
        options=options,
    )
    job_enqueue(job)
    return job


def followup_job_run(job: Job, step):
    options = job.options
    report = Report.objects.defer("source_text").filter(pk=options.get("report")).first()
    if report is None or options.get("ext") not in CONTENT_TYPES:
        raise JobError(gettext("The report of this job was deleted."))
    ext = options["ext"]
    content = followup_render(
        report,
        options.get("lang", "en"),
        ext,
        correspondence=_scope_of(options.get("scope")),
        step=step,
    )

    def write() -> dict:
        Job.objects.filter(pk=job.pk).update(output=content)
        return {
            "url": reverse("decisions:job_file", args=[job.uuid]),
            "name": filename(report, options.get("lang", "en"), ext),
            "content_type": CONTENT_TYPES[ext],
            "bytes": len(content),
        }

    return write
