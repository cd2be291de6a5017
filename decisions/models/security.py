"""What happened to accounts: sign-ins, failed sign-ins, sign-outs, second
factors enrolled, removed or reset, recovery codes used, passwords reset or
changed, sessions ended. Written by decisions.accounts.security_events, read
by administrators in the admin, deleted after SECURITY_EVENTS_RETENTION_DAYS
by `manage.py prune_security_events`. Never a password, a code or a key:
only who, what, when and from where."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SecurityEventKind(models.TextChoices):
    SIGNED_IN = "signed_in", _("Signed in")
    SIGN_IN_FAILED = "sign_in_failed", _("Failed sign-in")
    LOCKED_OUT = "locked_out", _("Locked out after failed sign-ins")
    SIGNED_OUT = "signed_out", _("Signed out")
    FACTOR_ENROLLED = "factor_enrolled", _("Second factor enrolled")
    FACTOR_REMOVED = "factor_removed", _("Second factor removed")
    FACTOR_FAILED = "factor_failed", _("Wrong second-factor code")
    RECOVERY_CODE_USED = "recovery_code_used", _("Recovery code used")
    RECOVERY_CODES_RENEWED = "recovery_codes_renewed", _("Recovery codes renewed")
    PASSWORD_RESET = "password_reset", _("Password reset")
    PASSWORD_CHANGED = "password_changed", _("Password changed")
    FACTORS_RESET = "factors_reset", _("Second factors reset by an administrator")
    SESSIONS_ENDED = "sessions_ended", _("Sessions ended")


class SecurityEventQuerySet(models.QuerySet):
    def older_than(self, days: int, *, now: datetime.datetime | None = None):
        """Events recorded more than `days` days ago."""
        return self.filter(at__lt=(now or timezone.now()) - datetime.timedelta(days=days))


class SecurityEvent(models.Model):
    """One thing that happened to an account (append-only)."""

    kind = models.CharField(max_length=30, choices=SecurityEventKind.choices, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="security_events",
        verbose_name=_("user"),
    )
    # The name typed at a failed sign-in (there may be no such user), or the
    # user's name when the event was recorded (kept after the user is gone).
    username = models.CharField(_("user name"), max_length=150, blank=True)
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    ip_address = models.GenericIPAddressField(_("address"), null=True, blank=True)
    user_agent = models.CharField(_("browser"), max_length=300, blank=True)
    # What else is worth knowing: the kind of factor, the administrator who
    # reset them, how many sessions ended. Never a secret.
    detail = models.CharField(_("detail"), max_length=200, blank=True)

    objects = SecurityEventQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("security event")
        verbose_name_plural = _("security events")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.kind} {self.username}"
