"""The domain: reports, their operative paragraphs, the bodies asked to act,
the action items that follow each request, and the append-only history of
what happened to each item."""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Mapping

from django.conf import settings
from django.db import models
from django.db.models import Count, Max, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    """The life of an action item. Every status has one label and one colour
    (see `colour`), used on every page, export and report."""

    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    STALLED = "stalled", _("Stalled")
    CANCELLED = "cancelled", _("Overtaken / cancelled")

    @property
    def colour(self) -> str:
        return STATUS_COLOURS[self.value]


# Colours chosen for a contrast of at least 4.5:1 with white text.
STATUS_COLOURS = {
    "not_started": "#5a6270",
    "in_progress": "#0b5cad",
    "completed": "#1e7a34",
    "stalled": "#b3261e",
    "cancelled": "#6b4e16",
}

# Statuses in which nothing more is expected of the owner.
CLOSED_STATUSES = (Status.COMPLETED, Status.CANCELLED)


class BodyKind(models.TextChoices):
    MEMBER_STATES = "member_states", _("Member States")
    OIC_ORGAN = "oic_organ", _("OIC organ")
    OIC_INSTITUTION = "oic_institution", _("OIC institution")
    EXTERNAL_PARTNER = "external_partner", _("External partner")
    NATIONAL_GOVERNMENT = "national_government", _("National government")
    NON_STATE_PARTY = "non_state_party", _("Non-state party")
    GROUP = "group", _("Group of bodies")
    UNKNOWN = "unknown", _("To be reviewed")


def overdue_q(today: datetime.date, prefix: str = "") -> Q:
    """Past its due date and still expected of its owner; `prefix` leads from
    the model queried to its action items (e.g. "action_items__")."""
    return Q(**{f"{prefix}due_date__lt": today}) & ~Q(**{f"{prefix}status__in": CLOSED_STATUSES})


def progress_counts(today: datetime.date, path: str = "") -> dict[str, Count]:
    """Count expressions for n_items, n_overdue and n_<status>, following
    `path` to the action items ("" when counting ActionItem itself)."""
    prefix = f"{path}__" if path else ""
    target = path or "pk"
    return {
        "n_items": Count(target),
        "n_overdue": Count(target, filter=overdue_q(today, prefix)),
        **{f"n_{s.value}": Count(target, filter=Q(**{f"{prefix}status": s.value})) for s in Status},
    }


def status_rows(source) -> list[dict]:
    """One row per status (value, label, count) from a row annotated by
    progress_counts() or the mapping an aggregate returns."""

    def count(key: str) -> int:
        value = source.get(key) if isinstance(source, Mapping) else getattr(source, key, 0)
        return value or 0

    return [{"value": s.value, "label": s.label, "count": count(f"n_{s.value}")} for s in Status]


class BodyQuerySet(models.QuerySet):
    def registered(self) -> BodyQuerySet:
        return self.filter(registered=True)

    def with_progress(self, today: datetime.date | None = None) -> BodyQuerySet:
        """Each body with its item counts per status and overdue, in one query."""
        return self.annotate(**progress_counts(today or timezone.localdate(), "action_items"))


class BodyManager(models.Manager.from_queryset(BodyQuerySet)):
    def get_by_natural_key(self, slug: str) -> Body:
        return self.get(slug=slug)


class Body(models.Model):
    """Whoever a report asks to act: Member States, an OIC organ or
    institution, a partner organisation, a government, a party."""

    slug = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(max_length=32, choices=BodyKind.choices, default=BodyKind.UNKNOWN)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    name_en = models.CharField(_("name (English)"), max_length=300)
    name_fr = models.CharField(_("name (French)"), max_length=300, blank=True)
    name_ar = models.CharField(_("name (Arabic)"), max_length=300, blank=True)
    acronym_en = models.CharField(max_length=40, blank=True)
    acronym_fr = models.CharField(max_length=40, blank=True)
    acronym_ar = models.CharField(max_length=40, blank=True)
    aliases = models.JSONField(default=list, blank=True, help_text=_("Other spellings."))
    registered = models.BooleanField(
        default=True,
        help_text=_("Off for an addressee found in a report but not yet reviewed."),
    )
    focal_points = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="focal_bodies"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = BodyManager()

    class Meta:
        ordering = ["name_en"]
        verbose_name_plural = _("bodies")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("decisions:body_detail", args=[self.slug])

    def natural_key(self) -> tuple[str]:
        return (self.slug,)

    @property
    def name(self) -> str:
        """The name in the active language, falling back to English."""
        lang = (get_language() or "en")[:2]
        return getattr(self, f"name_{lang}", "") or self.name_en

    @property
    def acronym(self) -> str:
        lang = (get_language() or "en")[:2]
        return getattr(self, f"acronym_{lang}", "") or self.acronym_en

    def all_names(self) -> list[str]:
        """Every spelling a report may use for this body, for the extractor."""
        names = [
            self.name_en,
            self.name_fr,
            self.name_ar,
            self.acronym_en,
            self.acronym_fr,
            self.acronym_ar,
            *self.aliases,
        ]
        return list(dict.fromkeys(n for n in names if n))


class ReportQuerySet(models.QuerySet):
    def with_progress(self, today: datetime.date | None = None) -> ReportQuerySet:
        """Each report with its paragraph count and item counts per status and
        overdue, in one query."""
        return self.annotate(
            n_paragraphs=Count("decisions", distinct=True),
            **progress_counts(today or timezone.localdate(), "decisions__action_items"),
        )


class ReportManager(models.Manager.from_queryset(ReportQuerySet)):
    def get_by_natural_key(self, symbol: str) -> Report:
        return self.get(symbol=symbol)


class Report(models.Model):
    """A meeting report as imported: its title block and its source text."""

    symbol = models.CharField(max_length=120, unique=True)
    title = models.TextField()
    meeting = models.CharField(max_length=300, blank=True)
    place = models.CharField(max_length=200, blank=True)
    date = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, default="fr")
    source_name = models.CharField(max_length=300, blank=True)
    source_text = models.TextField()
    source_sha256 = models.CharField(max_length=64)
    imported_at = models.DateTimeField(default=timezone.now)

    objects = ReportManager()

    class Meta:
        ordering = ["-date", "symbol"]
        # Lists of items are ordered by their report's date first: this index
        # lets the database walk to the first page instead of sorting them all.
        indexes = [models.Index(fields=["-date", "symbol"], name="report_date_symbol")]

    def __str__(self) -> str:
        return self.symbol

    def get_absolute_url(self) -> str:
        return reverse("decisions:report_detail", args=[self.pk])

    def natural_key(self) -> tuple[str]:
        return (self.symbol,)


class DecisionKind(models.TextChoices):
    REQUEST = "request", _("Request")
    STATEMENT = "statement", _("Statement")


class Decision(models.Model):
    """One operative paragraph of a report, as printed."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="decisions")
    number = models.CharField(max_length=20)
    position = models.PositiveIntegerField()
    text = models.TextField()
    kind = models.CharField(max_length=16, choices=DecisionKind.choices)

    class Meta:
        ordering = ["report", "position"]
        constraints = [
            models.UniqueConstraint(fields=["report", "number"], name="decision_number_unique"),
            models.UniqueConstraint(fields=["report", "position"], name="decision_position_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.report.symbol} ¶{self.number}"

    def get_absolute_url(self) -> str:
        return f"{self.report.get_absolute_url()}#para-{self.number}"


class ActionItemQuerySet(models.QuerySet):
    def open(self) -> ActionItemQuerySet:
        return self.exclude(status__in=CLOSED_STATUSES)

    def overdue(self, today: datetime.date | None = None) -> ActionItemQuerySet:
        return self.filter(overdue_q(today or timezone.localdate()))

    def with_last_update(self) -> ActionItemQuerySet:
        """Annotate the latest note and the time of the latest update."""
        latest = StatusUpdate.objects.filter(item=OuterRef("pk")).order_by("-created_at", "-pk")
        latest_note = latest.exclude(note="")
        return self.annotate(
            last_update_at=Subquery(latest.values("created_at")[:1]),
            last_note=Subquery(latest_note.values("note")[:1]),
        )

    def for_list(self) -> ActionItemQuerySet:
        """What a list of items shows, in a fixed number of queries. The
        report's source text is left out: it can be megabytes per row."""
        return (
            self.select_related("decision__report", "owner")
            .defer("decision__report__source_text")
            .prefetch_related("partners")
            .with_last_update()
        )

    def for_page(self) -> ActionItemQuerySet:
        """for_list() for pages that do not show the paragraph's text:
        narrower rows keep the sort of a large list in memory."""
        return self.for_list().defer("decision__text", "decision__report__title")

    def change_stamp(self) -> str:
        """Changes whenever an item is created or updated (both touch
        updated_at); two index look-ups, whatever the number of items."""
        stamp = self.aggregate(last=Max("updated_at"), top=Max("pk"))
        last = stamp["last"].timestamp() if stamp["last"] else 0
        return f"{stamp['top'] or 0}:{last}"


class ActionItem(models.Model):
    """One request of one paragraph to one owner. A paragraph addressed to
    three bodies gives three items, so each body's progress can be counted."""

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="action_items")
    owner = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="action_items")
    partners = models.ManyToManyField(Body, blank=True, related_name="partner_items")
    summary = models.TextField(help_text=_("What is asked, as the paragraph words it."))
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.NOT_STARTED)
    due_date = models.DateField(null=True, blank=True)
    due_text = models.CharField(max_length=200, blank=True)
    # Bumped by every update; a form carries it so a stale submission is caught.
    version = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = ActionItemQuerySet.as_manager()

    class Meta:
        ordering = ["decision__report", "decision__position", "owner__name_en"]
        constraints = [
            models.UniqueConstraint(fields=["decision", "owner"], name="one_item_per_owner"),
        ]
        indexes = [models.Index(fields=["status", "due_date"])]
        permissions = [
            ("record_update", _("Can record an update on any action item")),
        ]

    def __str__(self) -> str:
        return f"{self.decision} → {self.owner}"

    def get_absolute_url(self) -> str:
        return reverse("decisions:item_detail", args=[self.pk])

    def is_open(self) -> bool:
        return self.status not in CLOSED_STATUSES

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        """Past its due date and still expected of its owner."""
        if self.due_date is None or not self.is_open():
            return False
        return self.due_date < (today or timezone.localdate())

    @property
    def status_colour(self) -> str:
        return STATUS_COLOURS[self.status]


class StatusUpdate(models.Model):
    """Append-only history: one row for every recorded update of an item."""

    item = models.ForeignKey(ActionItem, on_delete=models.CASCADE, related_name="updates")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    old_status = models.CharField(max_length=16, choices=Status.choices)
    new_status = models.CharField(max_length=16, choices=Status.choices)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        get_latest_by = "created_at"

    def __str__(self) -> str:
        return f"{self.item_id}: {self.old_status} → {self.new_status}"

    @property
    def changes_status(self) -> bool:
        return self.old_status != self.new_status


class ReportTranslation(models.Model):
    """Another language version of an imported report (same symbol)."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    title = models.TextField()
    meeting = models.CharField(max_length=300, blank=True)
    place = models.CharField(max_length=200, blank=True)
    source_name = models.CharField(max_length=300, blank=True)
    source_text = models.TextField()
    source_sha256 = models.CharField(max_length=64)
    imported_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["report", "language"], name="one_translation_per_language"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.report.symbol} ({self.language})"


class DecisionTranslation(models.Model):
    """A paragraph's text in another language version, linked by its number."""

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    text = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["decision", "language"], name="one_paragraph_translation_per_language"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.decision} ({self.language})"


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


from decisions.models_catalog import *  # noqa: E402,F403
