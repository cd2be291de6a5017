"""The Celery tasks: the one that runs a job (decisions.jobs.services.job_run),
and those of the schedule (tracker/celery.py): the sweep of jobs no run will
finish, and the daily and nightly jobs, each a Job row like any other."""

from __future__ import annotations

from celery import current_app, shared_task
from django.conf import settings
from django.db import transaction

from decisions.jobs.services import JobBusy, job_create, job_expire, job_run
from decisions.models import Job, JobKind


@shared_task(
    bind=True,
    name="decisions.jobs.run",
    max_retries=20,
    # A hostile input cannot hold a worker longer: the soft limit raises in
    # the job (which fails with a message, nothing written), the hard limit
    # kills the process 30 s later (the sweep then fails the job).
    soft_time_limit=settings.JOB_TIME_LIMIT_SECONDS,
    time_limit=settings.JOB_TIME_LIMIT_SECONDS + 30,
)
def job_run_task(self, job_uuid: str) -> None:
    """Run the job; if a live run holds it (the same message delivered twice),
    look again once its lease may have run out: by then it is finished, or
    its run is dead and this one takes it."""
    try:
        job_run(uuid=job_uuid)
    except JobBusy as e:
        raise self.retry(countdown=settings.JOB_LEASE_SECONDS) from e


def in_background() -> bool:
    """Whether jobs go to workers (a broker is set), not run at once."""
    return not current_app.conf.task_always_eager


def job_enqueue(job: Job) -> None:
    """Send the job to the workers once the transaction that made it commits
    (a worker must find its row); without a broker, run it now."""
    uid = str(job.uuid)
    if not in_background():
        job_run_task.delay(uid)
    else:
        transaction.on_commit(lambda: job_run_task.delay(uid))


@shared_task(name="decisions.jobs.sweep", ignore_result=True)
def jobs_sweep_task() -> int:
    """Every minute: fail the jobs whose runs died for good, with a message."""
    return job_expire()


SCHEDULED = {
    "digests": (JobKind.DIGESTS, ["send"]),
    "reminders": (JobKind.REMINDERS, ["items", "send"]),
    "overlaps": (JobKind.OVERLAPS, ["items", "compare"]),
}


@shared_task(
    name="decisions.jobs.scheduled",
    ignore_result=True,
    soft_time_limit=settings.JOB_TIME_LIMIT_SECONDS,
    time_limit=settings.JOB_TIME_LIMIT_SECONDS + 30,
)
def scheduled_job_task(name: str) -> str:
    """A job of the schedule (no user): made and run here, on the worker
    that beat's message reached, recorded as a Job like the others."""
    kind, steps = SCHEDULED[name]
    job = job_create(kind=kind, user=None, steps=steps)
    job_run(uuid=str(job.uuid))
    return str(job.uuid)
