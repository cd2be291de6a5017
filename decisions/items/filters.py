"""The filters of the action item list. Everything lives in the query
string, so a filtered and sorted list can be bookmarked and shared."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Case, Exists, F, IntegerField, OuterRef, Q, Value, When
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from decisions.fields import ByNameModelChoiceFilter, IsoDateInput, TextFilter, as_id
from decisions.models import ActionItem, Body, Status, StatusUpdate, overdue_q
from decisions.models.catalog import Theme
from decisions.models.status import status_q


def status_order(*, public: bool = False) -> Case:
    """Statuses in the order of an item's life, for sorting by status; with
    `public`, by the status the public pages show (status_q)."""
    return Case(
        *(
            When(status_q("exact", s.value, public=public), then=Value(i))
            for i, s in enumerate(Status)
        ),
        output_field=IntegerField(),
    )


# Statuses in the order of an item's life, for sorting by status.
STATUS_ORDER = status_order()
# The same by the public status, for anonymous visitors (ActionItemFilter.public).
PUBLIC_STATUS_ORDER = status_order(public=True)

# Sort parameter -> the expressions to order by. Items with no due date or
# no update go last either way. Ties end with the pk, so pages are stable.
# For signed-in users with a role (ActionItemFilter).
ORDERINGS = {
    "paragraph": (F("decision__report__symbol"), F("decision__position")),
    "owner": (Lower("owner__name_en"),),
    "status": (STATUS_ORDER,),
    # When the request was first asked (through its confirmed renewals):
    # ascending is oldest first. Needs ActionItemQuerySet.with_first_asked().
    "asked": (F("first_asked"),),
    "due": (F("due_date"),),
    "updated": (F("last_update_at"),),
}
# For visitors who read as the public (PublicItemFilter): by what they are
# shown, the public status and the time the public status was set (a list
# they may not see the history of must not be ordered by it).
PUBLIC_ORDERINGS = {
    **ORDERINGS,
    "status": (PUBLIC_STATUS_ORDER,),
    "updated": (F("public_status__updated_at"),),
}

ORDERING_LABELS = {
    "paragraph": _("Paragraph"),
    "owner": _("Owner"),
    "status": _("Status"),
    "asked": _("First asked"),
    "due": _("Due date"),
    "updated": _("Last update"),
}


class ItemOrderingFilter(django_filters.OrderingFilter):
    """`o=due` or `o=-due`; several may be given (`o=status,-due`)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("fields", tuple((name, name) for name in ORDERINGS))
        kwargs.setdefault("field_labels", ORDERING_LABELS)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        # The FilterSet's own orderings: the public one sorts by what the
        # public is shown (PUBLIC_ORDERINGS), never by internal data.
        orderings = self.parent.orderings
        order_by = []
        for param in value:
            descending = param.startswith("-")
            key = param.lstrip("-")
            for expression in orderings[key]:
                if descending:
                    order_by.append(expression.desc(nulls_last=True))
                else:
                    order_by.append(expression.asc(nulls_last=True))
        return qs.order_by(*order_by, "pk")


class ActionItemFilter(django_filters.FilterSet):
    """The item list of signed-in users with a role (and its exports and the
    API): the internal status, notes and times. Visitors who read as the
    public get PublicItemFilter."""

    # Whether status, overdue and the sorts go by what the public is shown.
    public = False
    orderings = ORDERINGS

    q = TextFilter(
        label=_("Search"),
        method="search",
        help_text=_("In the paragraph text, the summary and the notes."),
    )
    # A text field, not a list: a secretariat follows thousands of reports
    # over the years. Takes a symbol (any case) or a report's id.
    report = TextFilter(
        label=_("Report"),
        method="filter_report",
        help_text=_("Its symbol, such as OIC/ACM-2017/MALI-REP."),
    )
    paragraph = TextFilter(
        label=_("Paragraph"), field_name="decision__number", lookup_expr="iexact"
    )
    owner = ByNameModelChoiceFilter(
        label=_("Owner"),
        # Exists, not a join + DISTINCT: one index probe per body, however
        # many items there are.
        queryset=Body.objects.filter(Exists(ActionItem.objects.filter(owner=OuterRef("pk")))),
        to_field_name="slug",
        empty_label=_("All owners"),
    )
    theme = django_filters.ModelChoiceFilter(
        label=_("Theme"),
        # Every theme, named in the user's language (Theme.__str__), in the
        # taxonomy's order; a theme with no item yet lists nothing.
        queryset=Theme.objects.all(),
        to_field_name="slug",
        field_name="themes",
        empty_label=_("All themes"),
        # One theme joins at most one row per item: nothing to de-duplicate.
        distinct=False,
    )
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=Status.choices,
        widget=forms.CheckboxSelectMultiple,
        distinct=False,
        method="filter_status",
    )
    overdue = django_filters.ChoiceFilter(
        label=_("Overdue"),
        choices=(("yes", _("Overdue only")), ("no", _("Not overdue"))),
        empty_label=_("Any"),
        method="filter_overdue",
    )
    due_after = django_filters.DateFilter(
        label=_("Due on or after"),
        field_name="due_date",
        lookup_expr="gte",
        widget=IsoDateInput(),
    )
    due_before = django_filters.DateFilter(
        label=_("Due on or before"),
        field_name="due_date",
        lookup_expr="lte",
        widget=IsoDateInput(),
    )
    o = ItemOrderingFilter(label=_("Sort by"))

    class Meta:
        model = ActionItem
        fields: list[str] = []

    def search(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        # Exists rather than a join on the notes: an item with two matching
        # notes still appears once.
        in_notes = StatusUpdate.objects.filter(item=OuterRef("pk"), note__icontains=value)
        return queryset.filter(
            Q(decision__text__icontains=value) | Q(summary__icontains=value) | Exists(in_notes)
        )

    def filter_report(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        report_id = as_id(value)
        if report_id is not None:
            return queryset.filter(decision__report_id=report_id)
        return queryset.filter(decision__report__symbol__iexact=value)

    def filter_status(self, queryset, name, value):
        return queryset.filter(status_q("in", value, public=self.public))

    def filter_overdue(self, queryset, name, value):
        overdue = overdue_q(timezone.localdate(), public=self.public)
        if value == "yes":
            return queryset.filter(overdue)
        if value == "no":
            return queryset.exclude(overdue)
        return queryset


# What a visitor who reads as the public may search: what they are shown.
PUBLIC_SEARCH_FIELDS = ("decision__text", "summary", "public_status__note")


class PublicItemFilter(ActionItemFilter):
    """The item list of visitors who read as the public (settings.PUBLIC_READ:
    not signed in, or without a role), over ActionItemQuerySet.for_page(
    public=True). Every filter, search and sort goes by what the page shows
    them: the paragraph, the summary, the public status, its note and its
    time; never an internal status, note or time, which the results, their
    number or their order would otherwise give away (tests/
    test_public_boundary.py sends every parameter with internal words)."""

    public = True
    orderings = PUBLIC_ORDERINGS

    q = TextFilter(
        label=_("Search"),
        method="search",
        help_text=_("In the paragraph text, the summary and the public note."),
    )

    def search(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        matches = Q()
        for field in PUBLIC_SEARCH_FIELDS:
            matches |= Q(**{f"{field}__icontains": value})
        return queryset.filter(matches)


def item_filter_for(data, *, public: bool) -> ActionItemFilter:
    """The item list's FilterSet over its QuerySet, for a visitor who reads
    as the public (permissions.reads_as_public) or for staff: the one way
    the public reaches the list."""
    if public:
        return PublicItemFilter(data, queryset=ActionItem.objects.for_page(public=True))
    return ActionItemFilter(data, queryset=ActionItem.objects.for_page())
