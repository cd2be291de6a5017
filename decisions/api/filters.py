"""Filters of the API. Items use the list's own FilterSet
(decisions.items.filters.ActionItemFilter, theme included): one FilterSet for the
page, its exports and the API."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from decisions.fields import IdFilter, TextFilter, as_id
from decisions.models import Decision, DecisionKind, StatusUpdate


class ParagraphFilter(django_filters.FilterSet):
    report = TextFilter(method="filter_report", help_text=_("A report's id or symbol."))
    kind = django_filters.ChoiceFilter(choices=DecisionKind.choices)

    class Meta:
        model = Decision
        fields: list[str] = []

    def filter_report(self, queryset, name, value):
        # The same reading of an id or symbol as the item list (filters.as_id).
        value = value.strip()
        if not value:
            return queryset
        report_id = as_id(value)
        if report_id is not None:
            return queryset.filter(report_id=report_id)
        return queryset.filter(report__symbol__iexact=value)


class UpdateFilter(django_filters.FilterSet):
    item = IdFilter(field_name="item_id", help_text=_("An item's id."))
    since = django_filters.IsoDateTimeFilter(
        field_name="created_at", lookup_expr="gte", help_text=_("Updates at or after (ISO 8601).")
    )

    class Meta:
        model = StatusUpdate
        fields: list[str] = []
