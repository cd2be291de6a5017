"""What each API resource shows. Read-only: every field is output only."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from decisions.models import (
    ActionItem,
    Body,
    Decision,
    Report,
    Status,
    StatusUpdate,
)


class ReportSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()

    class Meta:
        model = Report
        fields = ["id", "symbol", "title", "meeting", "place", "date", "language", "url"]
        read_only_fields = fields

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, report: Report) -> str:
        return self.context["request"].build_absolute_uri(report.get_absolute_url())


class ParagraphSerializer(serializers.ModelSerializer):
    report = serializers.PrimaryKeyRelatedField(read_only=True)
    report_symbol = serializers.CharField(source="report.symbol", read_only=True)
    translations = serializers.SerializerMethodField()

    class Meta:
        model = Decision
        fields = ["id", "report", "report_symbol", "number", "position", "kind", "text"]
        fields += ["translations"]
        read_only_fields = fields

    @extend_schema_field({"type": "object", "additionalProperties": {"type": "string"}})
    def get_translations(self, decision: Decision) -> dict[str, str]:
        """The paragraph in the other language versions: {"en": "...", "ar": "..."}."""
        return {t.language: t.text for t in decision.translations.all()}


class BodySerializer(serializers.ModelSerializer):
    parent = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    n_items = serializers.IntegerField(read_only=True)
    n_overdue = serializers.IntegerField(read_only=True)
    status_counts = serializers.SerializerMethodField()

    class Meta:
        model = Body
        fields = ["slug", "kind", "parent", "name_en", "name_fr", "name_ar"]
        fields += ["acronym_en", "acronym_fr", "acronym_ar", "registered"]
        fields += ["n_items", "n_overdue", "status_counts"]
        read_only_fields = fields

    @extend_schema_field(
        {
            "type": "object",
            "properties": {s.value: {"type": "integer"} for s in Status},
        }
    )
    def get_status_counts(self, body: Body) -> dict[str, int]:
        return {s.value: getattr(body, f"n_{s.value}", 0) or 0 for s in Status}


class ItemSerializer(serializers.ModelSerializer):
    report = serializers.IntegerField(source="decision.report_id", read_only=True)
    report_symbol = serializers.CharField(source="decision.report.symbol", read_only=True)
    paragraph = serializers.IntegerField(source="decision_id", read_only=True)
    paragraph_number = serializers.CharField(source="decision.number", read_only=True)
    owner = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    partners = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    themes = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    overdue = serializers.SerializerMethodField()
    last_update_at = serializers.DateTimeField(read_only=True, allow_null=True)
    last_note = serializers.CharField(read_only=True, allow_null=True)
    # Through its confirmed renewals: the earliest meeting's date (its age).
    first_asked = serializers.DateField(read_only=True, allow_null=True)
    url = serializers.SerializerMethodField()

    class Meta:
        model = ActionItem
        fields = ["id", "report", "report_symbol", "paragraph", "paragraph_number"]
        fields += ["owner", "partners", "summary", "status", "due_date", "due_text", "first_asked"]
        fields += ["overdue", "themes", "last_update_at", "last_note", "updated_at", "url"]
        read_only_fields = fields

    def get_overdue(self, item: ActionItem) -> bool:
        return item.is_overdue()

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, item: ActionItem) -> str:
        return self.context["request"].build_absolute_uri(item.get_absolute_url())


class UpdateSerializer(serializers.ModelSerializer):
    author = serializers.SerializerMethodField()

    class Meta:
        model = StatusUpdate
        fields = ["id", "item", "created_at", "author", "old_status", "new_status", "note"]
        read_only_fields = fields

    def get_author(self, update: StatusUpdate) -> str | None:
        """The name the pages show for the author (none for an import)."""
        if update.author is None:
            return None
        return update.author.get_full_name() or update.author.get_username()
