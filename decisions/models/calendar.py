"""Per-user calendar feed secrets and the record of reminders sent."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from decisions.models.bodies import Body


def new_calendar_key() -> str:
    return secrets.token_urlsafe(32)


class CalendarToken(models.Model):
    """The secret in the address of a user's calendar feed. Deleting it (or
    making a new one) revokes every address given out before."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_token"
    )
    key = models.CharField(max_length=64, unique=True, default=new_calendar_key)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return _("calendar token of %(user)s") % {"user": self.user}


class ReminderSent(models.Model):
    """One reminder email to one focal point about one body, on one day: what
    makes `send_reminders` safe to run twice."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    body = models.ForeignKey(Body, on_delete=models.CASCADE)
    sent_on = models.DateField()
    n_items = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "body", "sent_on"], name="one_reminder_per_day"
            ),
        ]

    def __str__(self) -> str:
        return _("reminder to %(user)s about %(body)s on %(date)s") % {
            "user": self.user,
            "body": self.body,
            "date": self.sent_on,
        }
