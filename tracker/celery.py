"""The Celery app: jobs (decisions.models.Job) run on a worker, and the
schedule (Celery beat) that starts the daily and nightly ones.

Settings come from Django's, those named CELERY_* (tracker/settings.py, Jobs).
A worker: `celery -A tracker worker`; the schedule: `celery -A tracker beat`
(one per deployment). `make serve` starts both beside gunicorn when a broker
is set; docs/DEPLOYMENT.md, Jobs.
"""

from __future__ import annotations

import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

app = Celery("tracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["decisions.jobs"])


def _daily(at: str) -> crontab | None:
    """ "HH:MM" as a daily crontab; None for "" (that job off)."""
    if not at.strip():
        return None
    hour, _, minute = at.strip().partition(":")
    return crontab(hour=int(hour), minute=int(minute or 0))


def beat_schedule(settings) -> dict:
    """The schedule, from the settings SCHEDULE_*_AT (in TIME_ZONE)."""
    schedule = {
        "jobs-sweep": {"task": "decisions.jobs.sweep", "schedule": 60.0},
    }
    for name, at in (
        ("digests", settings.SCHEDULE_DIGESTS_AT),
        ("reminders", settings.SCHEDULE_REMINDERS_AT),
        ("overlaps", settings.SCHEDULE_OVERLAPS_AT),
    ):
        when = _daily(at)
        if when is not None:
            schedule[name] = {
                "task": "decisions.jobs.scheduled",
                "schedule": when,
                "args": (name,),
                # A day's run missed (beat down) is not worth running hours late.
                "options": {"expires": 6 * 3600},
            }
    return schedule


@app.on_after_finalize.connect
def _set_schedule(sender, **kwargs) -> None:
    from django.conf import settings

    sender.conf.beat_schedule = beat_schedule(settings)
