"""Jobs: long work (a large report's draft) done by a worker, not in the
request, with its steps and progress shown to the user who started it.

A job is claimed by one run at a time (decisions.jobs.services.job_claim):
a run whose worker died leaves it `running` with a stale heartbeat, and the
message given back to the queue runs it again; a job done or failed is
never run again. A job has a time limit (JOB_TIME_LIMIT_SECONDS): past it,
or once its worker has died JOB_MAX_ATTEMPTS times, it fails with a message
(decisions.jobs.services.job_expire). The input (an uploaded file's bytes or a pasted text) is
kept until the job ends, bounded by the upload limits of its form."""

from __future__ import annotations

import datetime
import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class JobState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Under way")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class JobKind(models.TextChoices):
    DRAFT = "draft", _("Reading a report into a draft")
    RENEWALS = "renewals", _("Proposing renewals")
    OVERLAPS = "overlaps", _("Searching for possible duplicates")
    FOLLOWUP = "followup", _("Building a follow-up report")
    DIGESTS = "digests", _("Sending the daily digests")
    REMINDERS = "reminders", _("Sending the reminders")
    BACKUP = "backup", _("Writing a backup")


class JobQuerySet(models.QuerySet):
    def of(self, user) -> JobQuerySet:
        """The jobs a user may see: their own; a superuser's, everyone's."""
        return self if user.is_superuser else self.filter(user=user)

    def for_list(self, *, user=None, kind: str = "", state: str = "") -> JobQuerySet:
        """The jobs page: one user's jobs (`user`), or every job, the
        schedule's too (no `user`: superusers only); of one kind and in one
        state if asked; the latest first, without input or output."""
        jobs = self if user is None else self.filter(user=user)
        if kind:
            jobs = jobs.filter(kind=kind)
        if state:
            jobs = jobs.filter(state=state)
        return (
            jobs.select_related("user")
            .defer("input_bytes", "input_text", "output")
            .order_by("-created_at", "-pk")
        )

    def for_drafts_list(self, user) -> JobQuerySet:
        """A user's jobs under way, and those failed within a day (so that
        who comes back learns what failed), the latest first, without input."""
        since = timezone.now() - datetime.timedelta(days=1)
        return (
            self.filter(user=user)
            .filter(
                models.Q(state__in=[JobState.QUEUED, JobState.RUNNING])
                | models.Q(state=JobState.FAILED, finished_at__gte=since)
            )
            .defer("input_bytes", "input_text", "result")
            .order_by("-created_at", "-pk")
        )


class Job(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(max_length=20, choices=JobKind.choices)
    # Who started it; none for the schedule's jobs (digests, reminders) and a
    # command's (an import's renewals proposed from the command line).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", null=True, blank=True
    )
    state = models.CharField(
        max_length=10, choices=JobState.choices, default=JobState.QUEUED, db_index=True
    )
    # The steps' keys, in order (their names: decisions.jobs.services.STEP_NAMES),
    # and the index of the one under way (len(steps) once done).
    steps = models.JSONField(default=list)
    step = models.PositiveSmallIntegerField(default=0)
    progress = models.PositiveSmallIntegerField(default=0)  # percent
    error = models.TextField(blank=True)  # what failed, in plain words
    result = models.JSONField(default=dict)  # e.g. {"draft": 12, "resumed": false}
    # What the job reads: a file's bytes and name, or a pasted text; options.
    input_name = models.CharField(max_length=300, blank=True)
    input_bytes = models.BinaryField(null=True, blank=True)
    input_text = models.TextField(blank=True)
    options = models.JSONField(default=dict)
    # A file the job made for its user (a follow-up report), served by the
    # job's page; its name and type are in `result`.
    output = models.BinaryField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = JobQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("job")
        verbose_name_plural = _("jobs")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.get_state_display()})"

    def get_absolute_url(self) -> str:
        return reverse("decisions:job_detail", args=[self.uuid])

    def is_finished(self) -> bool:
        """Done or failed: the page stops refreshing itself."""
        return self.state in (JobState.DONE, JobState.FAILED)
