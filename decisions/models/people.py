"""Each user's profile, what they watch, and the notifications and digests they
are sent."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class EmailMode(models.TextChoices):
    IMMEDIATE = "immediate", _("One email for each event")
    DIGEST = "digest", _("One email a day (digest)")


class Profile(models.Model):
    """A user's choices: the language of the interface (its default) and of
    the emails, and how the notifications come. No row: the defaults."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, blank=True)
    email_mode = models.CharField(
        _("notifications"),
        max_length=16,
        choices=EmailMode.choices,
        default=EmailMode.IMMEDIATE,
    )

    def __str__(self) -> str:
        return f"profile of {self.user_id}"


class Watch(models.Model):
    """A user follows an item or a body (exactly one). The focal points of a
    body follow it without a row (notifications.watchers computes it)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="watches"
    )
    item = models.ForeignKey(
        "decisions.ActionItem",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="watches",
    )
    body = models.ForeignKey(
        "decisions.Body", null=True, blank=True, on_delete=models.CASCADE, related_name="watches"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "item"], name="one_watch_per_item"),
            models.UniqueConstraint(fields=["user", "body"], name="one_watch_per_body"),
            models.CheckConstraint(
                condition=models.Q(item__isnull=True, body__isnull=False)
                | models.Q(item__isnull=False, body__isnull=True),
                name="watch_item_or_body",
            ),
        ]

    def __str__(self) -> str:
        return f"watch of {self.user_id} on {self.item_id or self.body_id}"


class Notification(models.Model):
    """One event told to one user, rendered in the user's language. Sent at
    once (`sent_at` set) or kept for the daily digest (send_digests). What
    it is about (an item, or a letter and the reply to it) is kept so that
    the digest asks again, when it goes out, whether the user may still see
    it: a reply is its sender's, narrower than its letter."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    item = models.ForeignKey(
        "decisions.ActionItem",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    letter = models.ForeignKey(
        "decisions.Letter",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    reply = models.ForeignKey(
        "decisions.Reply",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    subject = models.CharField(max_length=300)
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.subject


class DigestSent(models.Model):
    """One digest email to one user on one day: send_digests is safe to run
    twice (as ReminderSent for the reminders)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    sent_on = models.DateField()
    n_events = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "sent_on"], name="one_digest_per_day")
        ]

    def __str__(self) -> str:
        return f"digest to {self.user_id} on {self.sent_on}"
