"""The Celery task that runs a job (decisions.jobs.services.job_run)."""

from __future__ import annotations

from celery import current_app, shared_task
from django.conf import settings
from django.db import transaction

from decisions.jobs.services import JobBusy, job_run
from decisions.models import Job


@shared_task(bind=True, name="decisions.jobs.run", max_retries=20)
def job_run_task(self, job_uuid: str) -> None:
    """Run the job; if a live run holds it (the same message delivered twice),
    look again once its lease may have run out: by then it is finished, or
    its run is dead and this one takes it."""
    try:
        job_run(uuid=job_uuid)
    except JobBusy as e:
        raise self.retry(countdown=settings.JOB_LEASE_SECONDS) from e


def job_enqueue(job: Job) -> None:
    """Send the job to the workers once the transaction that made it commits
    (a worker must find its row); without a broker, run it now."""
    uid = str(job.uuid)
    if current_app.conf.task_always_eager:
        job_run_task.delay(uid)
    else:
        transaction.on_commit(lambda: job_run_task.delay(uid))
