"""What each role's home page shows: for every queue that waits for the
user, how many wait, where to act on them, and the first few.

Each section is two queries (the count and the first rows), read through
the models' QuerySet methods; nothing here writes."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from decisions.intake.access import can_import
from decisions.models import (
    ActionItem,
    Body,
    ImportDraft,
    Letter,
    Membership,
    OverlapFlag,
    RenewalLink,
    Status,
    Submission,
)
from decisions.models.lineage import LinkState, OverlapState
from decisions.models.status import CLOSED_STATUSES

# How many rows each section lists; the count and the link give the rest.
FIRST_ROWS = 5


@dataclass
class Section:
    """One queue on a home page. `key` tells the template how to show a row."""

    key: str
    title: str
    url: str
    link_text: str
    empty: str
    count: int = 0
    rows: list = field(default_factory=list)


def _section(key: str, queryset, **text) -> Section:
    rows = list(queryset[:FIRST_ROWS])
    # The count only when the first rows do not already say it.
    count = len(rows) if len(rows) < FIRST_ROWS else queryset.count()
    return Section(key=key, count=count, rows=rows, **text)


def editor_sections(user, today: datetime.date) -> list[Section]:
    """An editor's queues, in the order of the day's work."""
    sections = [
        _section(
            "submissions",
            Submission.objects.pending().for_queue().order_by("created_at", "pk"),
            title=_("Submissions to review"),
            url=reverse("decisions:review_queue"),
            link_text=_("Review them"),
            empty=_("No submission waits for review."),
        ),
        _section(
            "overdue",
            ActionItem.objects.for_dashboard_overdue(today),
            title=_("Overdue items"),
            url=reverse("decisions:item_list") + "?overdue=yes&o=due",
            link_text=_("All overdue items"),
            empty=_("No item is overdue."),
        ),
        _section(
            "letters",
            Letter.objects.awaiting_reply().prefetch_related("recipients"),
            title=_("Letters awaiting a reply"),
            url=reverse("decisions:correspondence_log"),
            link_text=_("The correspondence"),
            empty=_("Every letter has its replies."),
        ),
    ]
    if can_import(user):
        sections.append(drafts_section(user))
    sections += [
        _section(
            "renewals",
            RenewalLink.objects.filter(state=LinkState.PROPOSED).for_queue(),
            title=_("Renewals to decide"),
            url=reverse("decisions:renewal_queue"),
            link_text=_("Decide them"),
            empty=_("No proposed renewal waits."),
        ),
        _section(
            "duplicates",
            OverlapFlag.objects.filter(state=OverlapState.FLAGGED)
            .for_page()
            .order_by("-similarity", "pk"),
            title=_("Possible duplicates to decide"),
            url=reverse("decisions:duplicates"),
            link_text=_("Decide them"),
            empty=_("No possible duplicate waits."),
        ),
        bodies_section(),
    ]
    return sections


def drafts_section(user) -> Section:
    """The user's own drafts not yet imported (an importer's)."""
    return _section(
        "drafts",
        ImportDraft.objects.for_list(user).filter(imported_at__isnull=True),
        title=_("Drafts to import"),
        url=reverse("decisions:intake_drafts"),
        link_text=_("Your drafts"),
        empty=_("No draft waits to be imported."),
    )


def bodies_section() -> Section:
    """The addressees that imports found and the registry does not know yet:
    editors and importers register or merge them."""
    return _section(
        "bodies",
        Body.objects.filter(registered=False).order_by("name_en", "pk"),
        title=_("Bodies to review"),
        url=reverse("decisions:bodies_review"),
        link_text=_("Register or merge them"),
        empty=_("Every body that imports found is in the registry."),
    )


def importer_sections(user) -> list[Section]:
    """An importer's queues: the drafts to finish, then the bodies to review."""
    return [drafts_section(user), bodies_section()]


def _items_query(bodies: list[Body], **params) -> str:
    """The item list's address for these bodies' items, when one body;
    else the whole list with the other filters (the list filters one owner)."""
    if len(bodies) == 1:
        params["owner"] = bodies[0].slug
    return reverse("decisions:item_list") + "?" + urlencode(params, doseq=True)


def _collectives(body_ids: list[int], today: datetime.date) -> list[Body]:
    """The collective bodies these bodies belong to today, by name."""
    collectives = Body.objects.filter(
        pk__in=Membership.objects.current(today).filter(member__in=body_ids).values("collective")
    )
    return sorted(collectives, key=Body.name_key)


def focal_sections(bodies: list[Body], today: datetime.date) -> list[Section]:
    """A focal point's queues: what was returned, what is late, the letters
    its bodies have to answer, then the open items."""
    body_ids = [b.pk for b in bodies]
    items = ActionItem.objects.filter(owner__in=body_ids)
    open_statuses = [s.value for s in Status if s not in CLOSED_STATUSES]
    return [
        _section(
            "returned",
            Submission.objects.filter(item__owner__in=body_ids)
            .returned_unanswered()
            .for_queue()
            .order_by("-reviewed_at", "-pk"),
            title=_("Returned to you"),
            url=reverse("decisions:my_submissions"),
            link_text=_("Your submissions"),
            empty=_("Nothing was returned to you."),
        ),
        _section(
            "overdue",
            items.for_dashboard_overdue(today),
            title=_("Overdue items"),
            url=_items_query(bodies, overdue="yes", o="due"),
            link_text=_("All overdue items"),
            empty=_("None of your items is overdue."),
        ),
        _section(
            "letters",
            Letter.objects.awaiting_reply(body_ids),
            title=_("Letters awaiting your report"),
            url=reverse("decisions:correspondence_log"),
            link_text=_("Your correspondence"),
            empty=_("No letter awaits your report."),
        ),
        # Requests made of all the members: each State records its own answer.
        _section(
            "responses",
            ActionItem.objects.asked_of_members(body_ids, today),
            title=_("Asked of all members"),
            url=_items_query(_collectives(body_ids, today), status=open_statuses, o="due"),
            link_text=_("All their open items"),
            empty=_("No request made of all members waits for your response."),
        ),
        _section(
            "open",
            items.open()
            .select_related("decision__report", "owner")
            .defer("decision__report__source_text")
            .order_by("due_date", "decision__report__date", "pk"),
            title=_("Open items"),
            url=_items_query(bodies, status=open_statuses, o="due"),
            link_text=_("All open items"),
            empty=_("None of your items is open."),
        ),
        _section(
            "pending",
            Submission.objects.filter(item__owner__in=body_ids)
            .pending()
            .for_queue()
            .order_by("created_at", "pk"),
            title=_("Awaiting the secretariat's review"),
            url=reverse("decisions:my_submissions"),
            link_text=_("Your submissions"),
            empty=_("Nothing you submitted waits for review."),
        ),
    ]
