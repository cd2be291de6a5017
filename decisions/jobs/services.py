"""Jobs: created by a view, run by a worker (decisions.jobs.tasks), one run
at a time, each step recorded so that the job's page can follow it.

A kind's work is a function named in RUNNERS (a dotted path, so that this
area imports none of the areas whose work it runs): `runner(job, step)`
reads `job`'s input, calls `step(key)` as it starts each step, and returns a
function that writes the result, called in the transaction that marks the
job done. It raises JobError with a message for the user when the input
cannot be done; nothing is then written."""

from __future__ import annotations

import datetime
import logging
import time
from collections.abc import Callable

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from decisions.models import Job, JobKind, JobState

log = logging.getLogger(__name__)

RUNNERS = {
    JobKind.DRAFT: "decisions.intake.draft_job.draft_job_run",
    JobKind.RENEWALS: "decisions.lineage.job_runners.renewals_job_run",
    JobKind.OVERLAPS: "decisions.lineage.job_runners.overlaps_job_run",
    JobKind.FOLLOWUP: "decisions.reporting.followup_job.followup_job_run",
    JobKind.DIGESTS: "decisions.notifications.schedule_jobs.digests_job_run",
    JobKind.REMINDERS: "decisions.notifications.schedule_jobs.reminders_job_run",
    JobKind.BACKUP: "decisions.ops.backup_job.backup_job_run",
}

# Who may still take the file a kind of job made: `check(job, user)`, asked
# at each download, since the file holds what its owner could read when it
# was built (a kind not named here makes no file: nobody).
OUTPUT_READERS = {
    JobKind.FOLLOWUP: "decisions.reporting.followup_job.followup_file_readable",
}


def job_output_readable(*, job: Job, user) -> bool:
    """Whether `user` may take the file `job` made, now."""
    check = OUTPUT_READERS.get(job.kind)
    return check is not None and import_string(check)(job, user)


STEP_NAMES = {
    "read": _("Reading the document"),
    "requests": _("Finding requests"),
    "renewals": _("Matching earlier meetings"),
    "trend": _("Updating the progress over time"),
    "items": _("Reading the items"),
    "compare": _("Comparing the requests"),
    "layout": _("Laying out the document"),
    "send": _("Sending the emails"),
    "dump": _("Writing the records"),
}


class JobError(Exception):
    """The job cannot be done: the message says why, in plain words."""


class JobBusy(Exception):
    """Another run holds the job and is alive: look again after its lease."""


class JobLost(Exception):
    """This run no longer holds the job (its lease ran out and another run
    took it): it stops and writes nothing."""


def job_create(
    *,
    kind: str,
    user,
    steps: list[str],
    input_name: str = "",
    input_bytes: bytes | None = None,
    input_text: str = "",
    options: dict | None = None,
) -> Job:
    """A queued job; decisions.jobs.tasks.job_enqueue sends it to the workers."""
    return Job.objects.create(
        kind=kind,
        user=user,
        steps=list(steps),
        input_name=input_name[:300],
        input_bytes=input_bytes,
        input_text=input_text,
        options=options or {},
    )


def _stale_before() -> datetime.datetime:
    return timezone.now() - datetime.timedelta(seconds=settings.JOB_LEASE_SECONDS)


def job_claim(*, uuid: str) -> Job | None:
    """Take the job for this run: a queued job, or a running one whose run is
    dead (no sign of life within the lease). None if it is finished or
    unknown; JobBusy if a live run holds it. One conditional UPDATE on the
    state (and attempts) decides: two runs never both claim it."""
    job = Job.objects.filter(uuid=uuid).defer("input_bytes", "input_text", "output").first()
    if job is None or job.is_finished():
        return None
    if job_expire(job=job):
        return None
    now = timezone.now()
    claim = Job.objects.filter(pk=job.pk, attempts=job.attempts)
    if job.state == JobState.RUNNING:
        claim = claim.filter(state=JobState.RUNNING, heartbeat_at__lt=_stale_before())
    else:
        claim = claim.filter(state=JobState.QUEUED)
    taken = claim.update(
        state=JobState.RUNNING,
        attempts=F("attempts") + 1,
        step=0,
        progress=0,
        started_at=now,
        heartbeat_at=now,
    )
    if not taken:
        job.refresh_from_db(fields=["state"])
        if job.state == JobState.RUNNING:
            raise JobBusy(uuid)
        return None
    job = Job.objects.defer("input_bytes", "input_text", "output").get(pk=job.pk)
    log.info("job %s (%s) claimed, attempt %d", job.uuid, job.kind, job.attempts)
    return job


def _held(job: Job):
    """The job's row as long as this run holds it (same attempt, running)."""
    return Job.objects.filter(pk=job.pk, attempts=job.attempts, state=JobState.RUNNING)


def time_limit_message() -> str:
    return gettext(
        "The job took longer than its limit of %(seconds)d seconds and was stopped; "
        "nothing was changed."
    ) % {"seconds": settings.JOB_TIME_LIMIT_SECONDS}


def job_step(*, job: Job, key: str) -> None:
    """Record that the job starts step `key`: its progress, and a sign of
    life. Past the job's time limit, JobError (in the request, where no
    worker's limit interrupts it, this is what stops it)."""
    if settings.JOB_STEP_PAUSE:
        time.sleep(settings.JOB_STEP_PAUSE)
    elapsed = (timezone.now() - job.started_at).total_seconds() if job.started_at else 0
    if elapsed > settings.JOB_TIME_LIMIT_SECONDS:
        raise JobError(time_limit_message())
    index = job.steps.index(key)
    progress = round(100 * index / max(len(job.steps), 1))
    if not _held(job).update(step=index, progress=progress, heartbeat_at=timezone.now()):
        raise JobLost(str(job.uuid))
    job.step, job.progress = index, progress


def _end(job: Job, **fields) -> None:
    fields.update(finished_at=timezone.now(), input_bytes=None, input_text="")
    if not _held(job).update(**fields):
        raise JobLost(str(job.uuid))


def job_run(*, uuid: str) -> Job | None:
    """Claim the job and do it; the job ends done (its result written in one
    transaction with its state) or failed (its message, nothing written)."""
    job = job_claim(uuid=uuid)
    if job is None:
        return None
    runner: Callable = import_string(RUNNERS[job.kind])
    try:
        write = runner(job, lambda key: job_step(job=job, key=key))
        with transaction.atomic():
            result = write()
            _end(job, state=JobState.DONE, step=len(job.steps), progress=100, result=result)
    except JobLost:
        log.warning("job %s: taken by another run, attempt %d stops", job.uuid, job.attempts)
        return None
    except JobError as e:
        _end(job, state=JobState.FAILED, error=str(e))
    except SoftTimeLimitExceeded:
        log.warning("job %s stopped by its time limit", job.uuid)
        _end(job, state=JobState.FAILED, error=time_limit_message())
    except Exception:
        log.exception("job %s failed", job.uuid)
        _end(job, state=JobState.FAILED, error=gettext("An unexpected error stopped the job."))
    job.refresh_from_db()
    log.info("job %s %s", job.uuid, job.state)
    return job


def job_expire(*, job: Job | None = None, workers: bool = True) -> int:
    """Fail the jobs (or `job`) no run will finish, with a message, and
    return how many: a running job whose last sign of life is older than
    its time limit and lease (its worker was killed, by its hard limit or
    otherwise, and no redelivery took it), and a job whose worker died
    JOB_MAX_ATTEMPTS times. Called by each claim, each look at a job's page
    and every minute by the schedule (decisions.jobs.sweep)."""
    now = timezone.now()
    # Without workers (`workers` False: no broker) a job ran in a request, and
    # no message will bring it back: silent past its lease, it is dead.
    silent = settings.JOB_LEASE_SECONDS
    if workers:
        silent += settings.JOB_TIME_LIMIT_SECONDS
    dead = now - datetime.timedelta(seconds=silent)
    jobs = Job.objects.filter(pk=job.pk) if job is not None else Job.objects.all()
    gone = jobs.filter(state=JobState.RUNNING, heartbeat_at__lt=dead)
    n = gone.update(
        state=JobState.FAILED,
        finished_at=now,
        input_bytes=None,
        input_text="",
        error=gettext(
            "The job stopped without finishing (its worker was stopped, or it ran past its "
            "limit of %(seconds)d seconds); nothing was changed. Start it again."
        )
        % {"seconds": settings.JOB_TIME_LIMIT_SECONDS},
    )
    worn = jobs.filter(
        state__in=[JobState.QUEUED, JobState.RUNNING],
        attempts__gte=settings.JOB_MAX_ATTEMPTS,
        heartbeat_at__lt=_stale_before(),
    )
    n += worn.update(
        state=JobState.FAILED,
        finished_at=now,
        input_bytes=None,
        input_text="",
        error=gettext(
            "The job stopped its worker %(n)d times and was given up; nothing was changed."
        )
        % {"n": settings.JOB_MAX_ATTEMPTS},
    )
    if n:
        log.warning("%d job(s) failed as stopped or given up", n)
    return n


def job_step_rows(job: Job) -> list[dict]:
    """The job's steps for its page: name, and done / under way / to come."""
    rows = []
    for index, key in enumerate(job.steps):
        if job.state == JobState.DONE or index < job.step:
            state = "done"
        elif index == job.step and job.state == JobState.RUNNING:
            state = "current"
        elif index == job.step and job.state == JobState.FAILED:
            state = "failed"
        else:
            state = "todo"
        rows.append({"name": STEP_NAMES.get(key, key), "state": state})
    return rows
