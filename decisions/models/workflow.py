"""Follow-up as the secretariat does it: focal points' submissions and their
review, evidence (files and links) and internal comments.

Re-exported by decisions/models/__init__.py; other models are referenced by
string."""

from __future__ import annotations

import datetime
import re
import secrets
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape, format_html, urlize
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from decisions.models.status import Status  # noqa: E402

__all__ = [
    "SubmissionState",
    "Submission",
    "Evidence",
    "Comment",
    "PublicStatus",
]


STATUS_CHOICES = Status.choices


class SubmissionState(models.TextChoices):
    PENDING = "pending", _("Awaiting review")
    ACCEPTED = "accepted", _("Accepted")
    RETURNED = "returned", _("Returned")


class SubmissionQuerySet(models.QuerySet):
    def pending(self) -> SubmissionQuerySet:
        return self.filter(state=SubmissionState.PENDING)

    def for_bodies_of(self, user) -> SubmissionQuerySet:
        """What a focal point may see: the submissions on its bodies' items."""
        return self.filter(item__owner__focal_points=user)

    def returned_unanswered(self) -> SubmissionQuerySet:
        """Returned submissions with no later submission on the same item:
        what a focal point still has to answer."""
        later = Submission.objects.filter(
            item=OuterRef("item"), created_at__gt=OuterRef("created_at")
        )
        return self.filter(state=SubmissionState.RETURNED).exclude(Exists(later))

    def for_queue(self) -> SubmissionQuerySet:
        return self.select_related(
            "item__decision__report", "item__owner", "author", "reviewed_by"
        ).defer("item__decision__report__source_text")


class Submission(models.Model):
    """A focal point's proposed update: a status, a note and evidence. It
    becomes the item's update when an editor accepts it, or goes back to
    the focal point with a comment."""

    item = models.ForeignKey(
        "decisions.ActionItem", on_delete=models.CASCADE, related_name="submissions"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=16, choices=STATUS_CHOICES)
    note = models.TextField()
    # The item's version when the focal point saw it: an accept after the item
    # changed is stale and must be confirmed.
    base_version = models.PositiveIntegerField()
    state = models.CharField(
        max_length=16, choices=SubmissionState.choices, default=SubmissionState.PENDING
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_comment = models.TextField(blank=True)
    update = models.OneToOneField(
        "decisions.StatusUpdate",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submission",
    )

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["state", "created_at"])]

    def __str__(self) -> str:
        return f"submission {self.pk} on item {self.item_id} ({self.state})"

    def get_absolute_url(self) -> str:
        return reverse("decisions:submission_detail", args=[self.pk])

    def is_pending(self) -> bool:
        return self.state == SubmissionState.PENDING

    def is_stale(self) -> bool:
        """The item was updated after the focal point saw it."""
        return self.item.version != self.base_version


def evidence_upload_to(instance: Evidence, filename: str) -> str:
    """A random stored name: never the user's name or path. Only the
    extension (already checked against the content) is kept."""
    suffix = PurePosixPath(filename).suffix.lower()
    today = timezone.now()
    return f"evidence/{today:%Y/%m}/{secrets.token_hex(16)}{suffix}"


class Evidence(models.Model):
    """A file or a link attached to a submission, an update or a letter.
    Files are served only by decisions:evidence_download, after a check."""

    item = models.ForeignKey(
        "decisions.ActionItem",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="evidence",
    )
    submission = models.ForeignKey(
        Submission, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence"
    )
    update = models.ForeignKey(
        "decisions.StatusUpdate",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evidence",
    )
    letter = models.ForeignKey(
        "decisions.Letter",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="evidence",
    )
    reply = models.ForeignKey(
        "decisions.Reply",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="evidence",
    )
    file = models.FileField(upload_to=evidence_upload_to, max_length=200, blank=True)
    original_name = models.CharField(max_length=200, blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    url = models.URLField(max_length=2000, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name_plural = _("evidence")

    def __str__(self) -> str:
        return self.original_name or self.url

    def get_absolute_url(self) -> str:
        """The download view (files) or the link itself."""
        if self.is_file():
            return reverse("decisions:evidence_download", args=[self.pk])
        return self.url

    def is_file(self) -> bool:
        return bool(self.file)


MENTION_RE = re.compile(r"(?<![\w@])@([\w.+-]{0,149}[\w+-])")


class Comment(models.Model):
    """Internal discussion on an item: staff, editors and the item's focal
    points see it; never anonymous visitors."""

    item = models.ForeignKey(
        "decisions.ActionItem", on_delete=models.CASCADE, related_name="comments"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField()
    mentions = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="mentioned_in"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"comment {self.pk} on item {self.item_id}"

    def as_html(self) -> SafeString:
        """Escaped text, links made clickable with rel=nofollow, known
        mentions highlighted, line breaks kept."""
        known = {u.get_username().lower() for u in self.mentions.all()}
        parts: list[str] = []
        pos = 0
        for m in MENTION_RE.finditer(self.text):
            parts.append(urlize(self.text[pos : m.start()], nofollow=True, autoescape=True))
            if m.group(1).lower() in known:
                parts.append(format_html('<strong class="mention">@{}</strong>', m.group(1)))
            else:
                parts.append(escape(m.group(0)))
            pos = m.end()
        parts.append(urlize(self.text[pos:], nofollow=True, autoescape=True))
        # Every part is escaped above; only <br> is added.
        return mark_safe("".join(parts).replace("\n", "<br>"))  # noqa: S308


class PublicStatus(models.Model):
    """What the public progress pages say about an item: a status and a
    note chosen by the secretariat, apart from the internal history."""

    item = models.OneToOneField(
        "decisions.ActionItem", on_delete=models.CASCADE, related_name="public_status"
    )
    status = models.CharField(max_length=16, choices=STATUS_CHOICES)
    note = models.TextField(blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = _("public statuses")

    def __str__(self) -> str:
        return f"public status of item {self.item_id}"


def days_since(day: datetime.date, today: datetime.date | None = None) -> int:
    return ((today or timezone.localdate()) - day).days
