"""Action items, one per request and owner, and the append-only history of
what happened to each."""

from __future__ import annotations

import datetime

from django.apps import apps
from django.conf import settings
from django.db import connections, models
from django.db.models import (
    BooleanField,
    Case,
    F,
    Max,
    Min,
    OuterRef,
    Prefetch,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from decisions.models.bodies import Body
from decisions.models.reports import Decision
from decisions.models.status import CLOSED_STATUSES, STATUS_COLOURS, Status, overdue_q


class ActionItemQuerySet(models.QuerySet):
    def open(self) -> ActionItemQuerySet:
        return self.exclude(status__in=CLOSED_STATUSES)

    def overdue(self, today: datetime.date | None = None) -> ActionItemQuerySet:
        return self.filter(overdue_q(today or timezone.localdate()))

    def public(self) -> ActionItemQuerySet:
        """For anonymous visitors (settings.PUBLIC_READ): annotate the public
        status and note the secretariat set (PublicStatus), which
        ActionItem.shown_status() prefers; joined, no query more."""
        return self.annotate(
            public_value=F("public_status__status"), public_note=F("public_status__note")
        )

    def with_last_update(self, *, public: bool = False) -> ActionItemQuerySet:
        """Annotate the latest note and the time of the latest update; with
        `public`, the public note and the time the public status was set
        instead: never an internal note, nor when the internal work happened."""
        if public:
            return self.public().annotate(
                last_update_at=F("public_status__updated_at"),
                last_note=F("public_status__note"),
            )
        latest = StatusUpdate.objects.filter(item=OuterRef("pk")).order_by("-created_at", "-pk")
        latest_note = latest.exclude(note="")
        return self.annotate(
            last_update_at=Subquery(latest.values("created_at")[:1]),
            last_note=Subquery(latest_note.values("note")[:1]),
        )

    def with_first_asked(self) -> ActionItemQuerySet:
        """Annotate `first_asked`, the date the request was first asked:
        through its confirmed renewals, the earliest meeting's date, else
        its own report's. One subquery in the same query: the item's age, on
        every page alike. The link model is taken from the app registry, as
        it sits above this one (decisions.models.lineage)."""
        links = apps.get_model("decisions", "RenewalLink")
        first = (
            links.objects.confirmed()
            .filter(later_item=OuterRef("pk"))
            .values("later_item")
            .annotate(d=Min("first_item__decision__report__date"))
            .values("d")[:1]
        )
        return self.annotate(first_asked=Coalesce(Subquery(first), F("decision__report__date")))

    def for_list(self, *, public: bool = False) -> ActionItemQuerySet:
        """What a list of items shows, in a fixed number of queries. The
        report's source text is left out: it can be megabytes per row."""
        return (
            self.select_related("decision__report", "owner")
            .defer("decision__report__source_text")
            .prefetch_related("partners")
            .with_last_update(public=public)
            .with_first_asked()
        )

    def for_page(self, *, public: bool = False) -> ActionItemQuerySet:
        """for_list() for pages that do not show the paragraph's text:
        narrower rows keep the sort of a large list in memory."""
        return self.for_list(public=public).defer("decision__text", "decision__report__title")

    def for_detail(self, *, public: bool = False) -> ActionItemQuerySet:
        """The item page: the item, its paragraph and report, partners,
        the paragraph's translations, its themes, the history with its
        authors."""
        items = self.public() if public else self
        return (
            items.select_related("decision__report", "owner")
            .prefetch_related(
                "partners",
                "decision__translations",
                "themes",
                Prefetch(
                    "updates",
                    queryset=StatusUpdate.objects.select_related("author", "submitted_by"),
                ),
            )
            .with_first_asked()
        )

    def for_body_page(
        self, body: Body, today: datetime.date, *, public: bool = False
    ) -> ActionItemQuerySet:
        """A body's page: the items it owns, newest report first, the
        overdue ones first within a report (annotated `overdue`)."""
        return (
            self.for_page(public=public)
            .filter(owner=body)
            .annotate(
                overdue=Case(
                    When(overdue_q(today, public=public), then=Value(True)),
                    default=Value(False),
                    output_field=BooleanField(),
                )
            )
            .order_by(
                "-decision__report__date",
                "decision__report__symbol",
                "-overdue",
                "decision__position",
            )
        )

    def for_body_partner_page(self, body: Body, *, public: bool = False) -> ActionItemQuerySet:
        """A body's page: the items it is a partner in, newest report first."""
        items = self.public() if public else self
        return (
            items.filter(partners=body)
            .select_related("decision__report", "owner")
            .defer("decision__report__source_text")
            .order_by("-decision__report__date", "decision__position")
        )

    def asked_of_members(self, body_ids, today: datetime.date) -> ActionItemQuerySet:
        """The open items of the collective bodies ("Member States", a group)
        that one of `body_ids` belongs to today, which that member has not
        answered yet: a focal point's own to-do on requests made of all. Each
        carries `answering_member` (the member's pk, for the address of its
        response) and `response_status` (empty when none was recorded)."""
        membership = apps.get_model("decisions", "Membership")
        response = apps.get_model("decisions", "MemberResponse")
        member = (
            membership.objects.current(today)
            .filter(collective=OuterRef("owner"), member__in=body_ids)
            .order_by("member__pk")
            .values("member")[:1]
        )
        status = response.objects.filter(
            item=OuterRef("pk"), member=OuterRef("answering_member")
        ).values("status")[:1]
        return (
            self.open()
            .annotate(answering_member=Subquery(member))
            .filter(answering_member__isnull=False)
            .annotate(response_status=Subquery(status))
            .filter(
                models.Q(response_status__isnull=True)
                | ~models.Q(response_status__in=("answered", "acted", "declined"))
            )
            .select_related("decision__report", "owner")
            .defer("decision__report__source_text")
            .order_by(F("due_date").asc(nulls_last=True), "decision__report__date", "pk")
        )

    def for_dashboard_overdue(
        self, today: datetime.date, *, public: bool = False
    ) -> ActionItemQuerySet:
        """The dashboard: overdue items, the longest overdue first, each
        with the date it was first asked (its age)."""
        items = (
            self.public().filter(overdue_q(today, public=True)) if public else self.overdue(today)
        )
        return (
            items.select_related("decision__report", "owner")
            .defer("decision__report__source_text")
            .with_first_asked()
            .order_by("due_date", "pk")
        )

    def for_calendar(self, body: Body | None = None) -> ActionItemQuerySet:
        """A calendar feed: every open item with a due date (of one body's,
        if given), soonest first. Due today or overdue alike: the calendar
        shows dates, not lateness."""
        items = self.open().filter(due_date__isnull=False)
        if body is not None:
            items = items.filter(owner=body)
        return (
            items.select_related("decision__report", "owner")
            .defer("decision__report__source_text")
            .order_by("due_date", "pk")
        )

    def for_reminders(self, today: datetime.date, days: int) -> ActionItemQuerySet:
        """The reminder emails: open items overdue or due by `today + days`,
        soonest first."""
        return (
            self.open()
            .filter(due_date__isnull=False, due_date__lte=today + datetime.timedelta(days=days))
            .select_related("decision__report", "owner")
            .defer("decision__report__source_text")
            .order_by("due_date", "decision__report__symbol", "decision__position", "pk")
        )

    def change_stamp(self) -> str:
        """Changes whenever an item is created or updated (both touch
        updated_at); two index look-ups, whatever the number of items.
        Over every item (the cached pages' stamp, read on each of their
        requests) one plain SQL statement: building the aggregate through
        the ORM cost more CPU than running it."""
        if not self.query.where and not self.query.annotations and not self.query.is_sliced:
            return _table_stamp(self.db)
        stamp = self.aggregate(last=Max("updated_at"), top=Max("pk"))
        last = stamp["last"].timestamp() if stamp["last"] else 0
        return f"{stamp['top'] or 0}:{last}"


def _table_stamp(alias: str) -> str:
    """change_stamp over the whole table: the same two maxima."""
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT MAX(updated_at), MAX(id) FROM decisions_actionitem")
        last, top = cursor.fetchone()
    if isinstance(last, datetime.datetime):
        last = last.timestamp()
    return f"{top or 0}:{last or 0}"


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
    # When what the item's page shows last changed outside its own row (a
    # comment, evidence, a letter, a theme...): the key of its cached page
    # with updated_at (decisions.items.touch), leaving updated_at to the item.
    page_changed_at = models.DateTimeField(null=True, blank=True, db_index=True, editable=False)

    objects = ActionItemQuerySet.as_manager()

    class Meta:
        ordering = ["decision__report", "decision__position", "owner__name_en"]
        verbose_name = _("action item")
        verbose_name_plural = _("action items")
        constraints = [
            models.UniqueConstraint(fields=["decision", "owner"], name="one_item_per_owner"),
        ]
        indexes = [
            models.Index(fields=["status", "due_date"]),
            # A body's counts per status and overdue (Body.with_progress) read
            # this index alone, not the body's rows: the body page's cost
            # stays flat however many items the body owns.
            models.Index(fields=["owner", "status", "due_date"], name="item_owner_status_due"),
        ]
        permissions = [
            ("record_update", _("Can record an update on any action item")),
        ]

    def __str__(self) -> str:
        return f"{self.decision} → {self.owner}"

    def get_absolute_url(self) -> str:
        return reverse("decisions:item_detail", args=[self.pk])

    def asked_on(self) -> datetime.date:
        """The day it counts from in the trend, as models.trends.asked_on
        says in SQL: its report's date, or the day it was created (imported)
        when that is earlier or the report has none."""
        created = timezone.localdate(self.created_at)
        return min(self.decision.report.date or created, created)

    def is_open(self) -> bool:
        return self.status not in CLOSED_STATUSES

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        """Past its due date and still expected of its owner (by the status
        the page shows: see shown_status)."""
        if self.due_date is None or self.shown_status() in CLOSED_STATUSES:
            return False
        return self.due_date < (today or timezone.localdate())

    def shown_status(self) -> str:
        """The status a page shows: the public one where the QuerySet
        annotated it (ActionItemQuerySet.public(), for anonymous visitors)
        and the secretariat set one, else the status."""
        return getattr(self, "public_value", None) or self.status

    def get_shown_status_display(self) -> str:
        return Status(self.shown_status()).label

    @property
    def status_colour(self) -> str:
        return STATUS_COLOURS[self.status]


class StatusUpdateQuerySet(models.QuerySet):
    def latest_for_dashboard(self) -> StatusUpdateQuerySet:
        """The dashboard: the latest updates (newest first, by the model's
        ordering), with their item, its report and owner, and the author."""
        return self.select_related("item__decision__report", "item__owner", "author").defer(
            "item__decision__report__source_text"
        )


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
    # An accepted submission: who submitted it and when (the author is the
    # editor who accepted it). Internal: the item history shows them to
    # those who see submissions; never written into the note, which goes to
    # the public pages, the API, the exports and the follow-up report.
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(null=True, blank=True)

    objects = StatusUpdateQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        get_latest_by = "created_at"
        verbose_name = _("status update")
        verbose_name_plural = _("status updates")
        indexes = [
            # An item's history in time order: its status as of a day
            # (models.trends.status_on) is one step down this index.
            models.Index(fields=["item", "created_at", "id"], name="history_item_time"),
        ]

    def __str__(self) -> str:
        return f"{self.item_id}: {self.old_status} → {self.new_status}"

    @property
    def changes_status(self) -> bool:
        return self.old_status != self.new_status

    def was_submitted(self) -> bool:
        """The update is a focal point's submission that an editor accepted."""
        return self.submitted_at is not None
