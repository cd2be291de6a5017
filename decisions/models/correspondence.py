"""Letters (notes verbales) sent to bodies about action items, and their replies."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class LetterKind(models.TextChoices):
    NOTE_VERBALE = "note_verbale", _("Note verbale")
    LETTER = "letter", _("Letter")


class LetterQuerySet(models.QuerySet):
    def for_user(self, user, *, see_all: bool) -> LetterQuerySet:
        """Everything for the secretariat; a focal point's bodies' only."""
        if see_all:
            return self
        return self.filter(recipients__focal_points=user).distinct()

    def about_item(self, item, *, every_recipient: bool) -> LetterQuerySet:
        """The letters concerning `item`: all of them for the secretariat
        (`every_recipient`), else those sent to the item's owner (what its
        focal points see on the item's page). A letter sent only to another
        body (a partner written to about the item) is that body's, as its
        page and the follow-up report say; and the item's page is kept per
        kind of reader, never per set of bodies."""
        letters = self.filter(items=item)
        if every_recipient:
            return letters
        return letters.filter(recipients=item.owner_id)

    def for_log(self) -> LetterQuerySet:
        return self.select_related("chases", "recorded_by").prefetch_related(
            "recipients", "replies__sender", "items__decision__report", "chasers"
        )

    def awaiting_reply(self, body_ids=None) -> LetterQuerySet:
        """The first letters of their chains (not chasers) with a recipient
        (one of `body_ids` if given) who has replied neither to the letter
        nor to a chaser of it (two chasers deep): the letters a home page
        counts as awaiting a reply. One query; the longest waiting first."""
        root = OuterRef(OuterRef("pk"))
        replied = Reply.objects.filter(sender=OuterRef("body_id")).filter(
            Q(letter=root) | Q(letter__chases=root) | Q(letter__chases__chases=root)
        )
        waiting = Letter.recipients.through.objects.filter(letter=OuterRef("pk")).exclude(
            Exists(replied)
        )
        if body_ids is not None:
            waiting = waiting.filter(body_id__in=list(body_ids))
        return self.filter(chases__isnull=True).filter(Exists(waiting)).order_by("sent_on", "pk")


class Letter(models.Model):
    """A letter or note verbale sent by the General Secretariat; a chaser
    is a letter that chases an earlier one (`chases`)."""

    kind = models.CharField(
        max_length=16, choices=LetterKind.choices, default=LetterKind.NOTE_VERBALE
    )
    reference = models.CharField(max_length=120, unique=True)
    sent_on = models.DateField()
    subject = models.CharField(max_length=500)
    recipients = models.ManyToManyField("decisions.Body", related_name="letters")
    items = models.ManyToManyField("decisions.ActionItem", blank=True, related_name="letters")
    chases = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="chasers"
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    objects = LetterQuerySet.as_manager()

    class Meta:
        ordering = ["-sent_on", "-pk"]

    def __str__(self) -> str:
        return self.reference

    def get_absolute_url(self) -> str:
        return reverse("decisions:letter_detail", args=[self.pk])

    def thread_root(self) -> Letter:
        """The first letter of a chain of chasers (cycles cannot be recorded,
        but the walk is bounded anyway)."""
        letter, seen = self, set()
        while letter.chases_id and letter.pk not in seen:
            seen.add(letter.pk)
            letter = letter.chases
        return letter


class Reply(models.Model):
    """A reply received from a body to a letter (or to one of its chasers)."""

    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="replies")
    sender = models.ForeignKey("decisions.Body", on_delete=models.PROTECT, related_name="replies")
    received_on = models.DateField()
    reference = models.CharField(max_length=120, blank=True)
    summary = models.TextField(blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["received_on", "pk"]
        verbose_name_plural = _("replies")

    def __str__(self) -> str:
        return f"reply of {self.sender_id} to {self.letter}"
