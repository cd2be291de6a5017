"""The daily digests and reminders as jobs of the schedule (Celery beat,
tracker/celery.py; decisions.jobs.tasks.scheduled_job_task), in place of
cron. Each email is recorded as it goes out, in its own transaction (a
DigestSent or a reminder's row), as the commands do: a run stopped midway
(its worker killed, its time limit) has sent what it recorded, and the next
run sends only the rest, never an email twice."""

from __future__ import annotations

from decisions.models import Job
from decisions.notifications.reminders import reminders_send
from decisions.notifications.services import digests_send


def digests_job_run(job: Job, step):
    step("send")
    run = digests_send()
    summary = f"{run.sent} sent, {run.skipped} skipped"
    return lambda: {"sent": run.sent, "skipped": run.skipped, "summary": summary}


def reminders_job_run(job: Job, step):
    step("items")
    step("send")
    run = reminders_send()
    summary = f"{run.sent} sent, {run.skipped} skipped, {run.failed} failed"
    return lambda: {"sent": run.sent, "failed": run.failed, "summary": summary}
