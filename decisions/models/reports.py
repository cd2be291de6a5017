"""Reports as imported, their operative paragraphs (decisions), and their
other language versions."""

from __future__ import annotations

import datetime

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from decisions.models.status import progress_counts


class ReportQuerySet(models.QuerySet):
    def with_progress(
        self, today: datetime.date | None = None, *, public: bool = False
    ) -> ReportQuerySet:
        """Each report with its paragraph count and item counts per status and
        overdue, in one query (by the public status with `public`)."""
        today = today or timezone.localdate()
        return self.annotate(
            n_paragraphs=Count("decisions", distinct=True),
            **progress_counts(today, "decisions__action_items", public=public),
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
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        # Lists of items are ordered by their report's date first: this index
        # lets the database walk to the first page instead of sorting them all.
        indexes = [models.Index(fields=["-date", "symbol"], name="report_date_symbol")]

    def __str__(self) -> str:
        return self.symbol

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        loaded = getattr(self, "_loaded_meeting", None)
        if loaded is not None and loaded != self.meeting:
            # Its items move to another meeting series of the trend table,
            # whoever renames it (the admin, a service, a shell): the next
            # reader rebuilds the table.
            from decisions.models.trend_days import trend_days_forget

            trend_days_forget()
        self._loaded_meeting = self.meeting

    def get_absolute_url(self) -> str:
        return reverse("decisions:report_detail", args=[self.pk])

    def natural_key(self) -> tuple[str]:
        return (self.symbol,)

    @classmethod
    def from_db(cls, db, field_names, values):
        report = super().from_db(db, field_names, values)
        report._loaded_meeting = report.__dict__.get("meeting")
        return report


class DecisionKind(models.TextChoices):
    REQUEST = "request", _("Request")
    STATEMENT = "statement", _("Statement")


class DecisionQuerySet(models.QuerySet):
    def for_report_page(self, *, public: bool = False) -> DecisionQuerySet:
        """The report page: each paragraph with its translations and its
        items, owners and partners in the order the paragraph names them
        (the order of import); four queries. `public`: the items' public
        status (ActionItemQuerySet.public)."""
        items = (
            apps.get_model("decisions", "ActionItem")
            .objects.select_related("owner")
            .prefetch_related("partners")
        )
        if public:
            items = items.public()
        return self.order_by("position").prefetch_related(
            Prefetch("action_items", queryset=items.order_by("pk")), "translations"
        )

    def with_version_in(self, language: str) -> DecisionQuerySet:
        """Each paragraph with its text in its `language` version as
        `version_text` (None when no such version was imported): a column of
        the same query, where a prefetch would cost one more."""
        versions = DecisionTranslation.objects.filter(decision=OuterRef("pk"), language=language)
        return self.annotate(version_text=Subquery(versions.values("text")[:1]))

    def for_followup(self, language: str | None = None) -> DecisionQuerySet:
        """The follow-up report: each paragraph with its items (by owner's
        name), their partners, and their noted updates, newest first, in
        `item.noted`, and its text in the `language` version when one was
        imported (with_version_in); four queries."""
        # Items sit above reports (decisions.models.items): taken from the
        # app registry, not imported.
        item_model = apps.get_model("decisions", "ActionItem")
        notes = (
            apps.get_model("decisions", "StatusUpdate")
            .objects.exclude(note="")
            .order_by("-created_at", "-pk")
        )
        items = (
            item_model.objects.select_related("owner")
            .prefetch_related("partners", Prefetch("updates", queryset=notes, to_attr="noted"))
            .order_by("owner__name_en")
        )
        decisions = self.with_version_in(language) if language else self
        return decisions.order_by("position").prefetch_related(
            Prefetch("action_items", queryset=items)
        )


class Decision(models.Model):
    """One operative paragraph of a report, as printed."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="decisions")
    number = models.CharField(max_length=20)
    position = models.PositiveIntegerField()
    text = models.TextField()
    kind = models.CharField(max_length=16, choices=DecisionKind.choices)

    objects = DecisionQuerySet.as_manager()

    class Meta:
        ordering = ["report", "position"]
        # What a row is: one operative paragraph, whether it asks or states.
        verbose_name = _("paragraph")
        verbose_name_plural = _("paragraphs")
        constraints = [
            models.UniqueConstraint(fields=["report", "number"], name="decision_number_unique"),
            models.UniqueConstraint(fields=["report", "position"], name="decision_position_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.report.symbol} ¶{self.number}"

    def get_absolute_url(self) -> str:
        return f"{self.report.get_absolute_url()}#para-{self.number}"

    def quoted_in(self, language: str) -> tuple[str, str]:
        """What a letter or a report written in `language` quotes of this
        paragraph, and the language of those words: its version in
        `language` when one was imported, else the text as the report has it
        (the caller then says which language that is). Reads `version_text`
        when the query set it (DecisionQuerySet.with_version_in, for the same
        `language`), else the translations, prefetched to spare a query each."""
        if self.report.language == language:
            return self.text, language
        if hasattr(self, "version_text"):
            version = self.version_text
        else:
            version = next((t.text for t in self.translations.all() if t.language == language), "")
        return (version, language) if version else (self.text, self.report.language)


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
