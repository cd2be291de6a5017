"""A report on its way in: what the extractor found, and what staff corrected,
kept until it is imported (and after, so that importing it again keeps the
corrections)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class ImportDraftQuerySet(models.QuerySet):
    def for_list(self, user) -> ImportDraftQuerySet:
        """A user's drafts, the latest first, without their (large) text and plan."""
        return (
            self.filter(user=user)
            .defer("source_text", "plan", "corrections")
            .select_related("report")
            .order_by("-updated_at", "-pk")
        )


class ImportDraft(models.Model):
    """One user's review of one report text before (and after) it is imported.

    `plan` is what the extractor found (the `--format json` shape, plus the
    spans of the words behind each finding); `corrections` is what the user
    changed: `{"structure": [split/join steps], "paragraphs": {number:
    {"kind", "items"}}}`, replayed on the plan whenever it is computed again,
    and `"renewals": {"<number>|<owner slug>|<other item id>": {"decision",
    "close_earlier"}}`, the renewals an editor decided, applied on import."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="import_drafts"
    )
    source_name = models.CharField(max_length=300, blank=True)
    source_text = models.TextField()
    source_sha256 = models.CharField(max_length=64, db_index=True)
    symbol = models.CharField(max_length=120, blank=True, db_index=True)
    language = models.CharField(max_length=8, blank=True)
    renumber = models.BooleanField(default=False)
    plan = models.JSONField(default=dict)
    corrections = models.JSONField(default=dict)
    report = models.ForeignKey(
        "decisions.Report", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    imported_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ImportDraftQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at", "-pk"]
        permissions = [("import_report", _("Can import a report"))]

    def __str__(self) -> str:
        return self.symbol or self.source_name or f"draft {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("decisions:intake_draft", args=[self.pk])

    @property
    def n_corrections(self) -> int:
        c = self.corrections or {}
        return len(c.get("structure", [])) + len(c.get("paragraphs", {}))
