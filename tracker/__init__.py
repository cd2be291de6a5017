"""The project: settings, URLs, middleware; the Celery app is loaded with it,
so that a job is sent through the app the settings configure."""

from tracker.celery import app as celery_app

__all__ = ["celery_app"]
