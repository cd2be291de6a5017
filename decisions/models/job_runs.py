"""The jobs that run without anyone asking (overlap detection after each
import and nightly, renewals proposed by each import): when each last ran
and what it found, so that an empty queue can say when it was last filled."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RoutineJob(models.TextChoices):
    OVERLAPS = "overlaps", _("Search for possible duplicates")
    RENEWALS = "renewals", _("Renewals proposed by an import")
    SECURITY_EVENTS = "security_events", _("Old security events deleted")


class JobRunQuerySet(models.QuerySet):
    def last_of(self, job: str) -> JobRun | None:
        return self.filter(job=job).first()


class JobRun(models.Model):
    """The last run of one job (one row per job, overwritten each time)."""

    job = models.CharField(max_length=20, choices=RoutineJob.choices, unique=True)
    finished_at = models.DateTimeField(default=timezone.now)
    summary = models.CharField(max_length=300, blank=True)

    objects = JobRunQuerySet.as_manager()

    class Meta:
        ordering = ["job"]

    def __str__(self) -> str:
        return f"{self.job} at {self.finished_at:%Y-%m-%d %H:%M}"
