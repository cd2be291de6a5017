"""The Celery app: jobs (decisions.models.Job) run on a worker.

Settings come from Django's, those named CELERY_* (tracker/settings.py, Jobs).
A worker: `celery -A tracker worker`; `make serve` starts one beside gunicorn.
"""

from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

app = Celery("tracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["decisions.jobs"])
