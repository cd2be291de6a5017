"""Collective bodies and their members: who belongs to "Member States" (or
"OIC institutions", "Islamic NGOs") and since when, and each member's answer
to an item such a body owns. The item's own status stays the secretariat's
decision; the responses inform it."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from decisions.text.folding import collation_key


class MembershipQuerySet(models.QuerySet):
    def current(self, on: datetime.date | None = None) -> MembershipQuerySet:
        """The memberships in force on `on` (today): begun (or of unknown
        start) and not ended. An unknown start is not guessed."""
        on = on or timezone.localdate()
        return self.filter(
            Q(since__isnull=True) | Q(since__lte=on), Q(until__isnull=True) | Q(until__gt=on)
        )


class Membership(models.Model):
    """A body belongs to a collective body from `since` (empty when the
    registry does not know it) until `until` (empty while it belongs)."""

    collective = models.ForeignKey(
        "decisions.Body", on_delete=models.CASCADE, related_name="memberships"
    )
    member = models.ForeignKey("decisions.Body", on_delete=models.CASCADE, related_name="member_of")
    since = models.DateField(_("member since"), null=True, blank=True)
    until = models.DateField(_("member until"), null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["collective", "member"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["collective", "member", "since"], name="membership_once_per_start"
            )
        ]

    def __str__(self) -> str:
        return f"{self.member} ∈ {self.collective}"

    def clean(self) -> None:
        """A membership ends after it starts, and a body is not its own member."""
        if self.since and self.until and self.until <= self.since:
            raise ValidationError({"until": _("A membership ends after it starts.")})
        if self.collective_id and self.collective_id == self.member_id:
            raise ValidationError({"member": _("A body cannot be a member of itself.")})


class ResponseStatus(models.TextChoices):
    """Where one member stands on a request made of all."""

    NOT_ASKED = "not_asked", _("Not asked")
    ASKED = "asked", _("Asked")
    ANSWERED = "answered", _("Answered")
    ACTED = "acted", _("Acted")
    DECLINED = "declined", _("Declined")


# Colours with a contrast of at least 4.5:1 with white text.
RESPONSE_COLOURS = {
    "not_asked": "#5a6270",
    "asked": "#0b5cad",
    "answered": "#6b4e16",
    "acted": "#1e7a34",
    "declined": "#b3261e",
}

# An answer came back: acted or declined counts as answered too.
ANSWERED_STATUSES = (ResponseStatus.ANSWERED, ResponseStatus.ACTED, ResponseStatus.DECLINED)


class MemberResponseQuerySet(models.QuerySet):
    def counts(self) -> dict[str, int]:
        """Per status, in one query."""
        rows = self.values("status").annotate(n=Count("pk")).order_by()
        return {r["status"]: r["n"] for r in rows}

    def acted_names(self, item_ids) -> dict[int, list[str]]:
        """Item id -> the names (reader's language, in its order) of the
        members that acted, for the follow-up report."""
        out: dict[int, list] = {}
        for r in self.filter(item_id__in=item_ids, status=ResponseStatus.ACTED).select_related(
            "member"
        ):
            out.setdefault(r.item_id, []).append(r.member)
        return {k: [b.name for b in sorted(v, key=lambda b: b.name_key())] for k, v in out.items()}


class _ResponseRecord(models.Model):
    """What a response and each recorded change of it both hold: the date
    the member answered, its note and evidence link, who recorded it."""

    on = models.DateField(_("date"), null=True, blank=True)
    note = models.TextField(_("note"), max_length=2000, blank=True)
    link = models.URLField(_("evidence (link)"), max_length=2000, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True

    def colour(self) -> str:
        return RESPONSE_COLOURS[self.status]


class MemberResponse(_ResponseRecord):
    """One member's answer to an item its collective body owns."""

    item = models.ForeignKey(
        "decisions.ActionItem", on_delete=models.CASCADE, related_name="member_responses"
    )
    member = models.ForeignKey("decisions.Body", on_delete=models.CASCADE, related_name="responses")
    status = models.CharField(
        _("response"), max_length=16, choices=ResponseStatus.choices, default="not_asked"
    )
    recorded_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    objects = MemberResponseQuerySet.as_manager()

    class Meta:
        ordering = ["item", "member"]
        verbose_name = _("member response")
        verbose_name_plural = _("member responses")
        constraints = [
            models.UniqueConstraint(fields=["item", "member"], name="one_response_per_member")
        ]

    def __str__(self) -> str:
        return f"{self.member}: {self.get_status_display()}"


class MemberResponseChangeQuerySet(models.QuerySet):
    def by_end_of(self, day: datetime.date | None) -> MemberResponseChangeQuerySet:
        """The changes recorded by the end of `day` (all of them without one)."""
        if day is None:
            return self
        until = timezone.make_aware(
            datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min)
        )
        return self.filter(recorded_at__lt=until)

    def newest_first(self) -> MemberResponseChangeQuerySet:
        return self.order_by("-recorded_at", "-pk")


class MemberResponseChange(_ResponseRecord):
    """One change of a member's response, as it was recorded: the history
    that the matrix as of a date is read from (the response then is the
    last change recorded by the end of that day; none: not asked). Written
    by decisions.responses.services in the transaction that changes the
    response, never edited; a response deleted leaves a change to "not
    asked"."""

    item = models.ForeignKey(
        "decisions.ActionItem", on_delete=models.CASCADE, related_name="member_response_changes"
    )
    member = models.ForeignKey(
        "decisions.Body", on_delete=models.CASCADE, related_name="response_changes"
    )
    status = models.CharField(_("response"), max_length=16, choices=ResponseStatus.choices)
    recorded_at = models.DateTimeField(default=timezone.now)
    # The response was deleted (the admin): "not asked" again, and no response.
    removed = models.BooleanField(default=False)

    objects = MemberResponseChangeQuerySet.as_manager()

    class Meta:
        ordering = ["item", "member", "-recorded_at", "-pk"]
        verbose_name = _("member response change")
        verbose_name_plural = _("member response changes")
        indexes = [
            models.Index(fields=["item", "member", "recorded_at"], name="response_change_item_time")
        ]

    def __str__(self) -> str:
        return f"{self.member}: {self.get_status_display()} ({self.recorded_at:%Y-%m-%d})"


def members_sorted(bodies) -> list:
    """Bodies in the reader's language order (accents and case aside)."""
    return sorted(bodies, key=lambda b: collation_key(b.name))
