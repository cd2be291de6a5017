"""Across meetings: a request renewed by a later report (RenewalLink),
items of different bodies or meetings that ask the same thing
(OverlapFlag), and the decisions to keep, update or close an item
(LifecycleDecision, append-only). Written only by decisions.lineage.renewals."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from decisions.models.items import ActionItem
from decisions.models.status import CLOSED_STATUSES, status_q


class LinkState(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    CONFIRMED = "confirmed", _("Confirmed")
    REJECTED = "rejected", _("Rejected")


class RenewalLinkQuerySet(models.QuerySet):
    def confirmed(self) -> RenewalLinkQuerySet:
        return self.filter(state=LinkState.CONFIRMED)

    def with_items(self) -> RenewalLinkQuerySet:
        """Both items with their paragraph, report and owner; the reports'
        source text left out."""
        return self.select_related(
            "earlier_item__decision__report",
            "earlier_item__owner",
            "later_item__decision__report",
            "later_item__owner",
            "decided_by",
        ).defer(
            "earlier_item__decision__report__source_text",
            "later_item__decision__report__source_text",
        )

    def for_queue(self) -> RenewalLinkQuerySet:
        """The review queue: newest report first, best score first."""
        return self.with_items().order_by(
            "-later_item__decision__report__date",
            "later_item__decision__position",
            "-score",
            "pk",
        )

    def touching(self, item: ActionItem) -> RenewalLinkQuerySet:
        return self.filter(Q(earlier_item=item) | Q(later_item=item))


class RenewalLink(models.Model):
    """A later report asks again what an earlier one asked: a proposal
    until an editor confirms or rejects it."""

    earlier_item = models.ForeignKey(
        ActionItem, on_delete=models.CASCADE, related_name="renewed_by_links"
    )
    later_item = models.ForeignKey(
        ActionItem, on_delete=models.CASCADE, related_name="renews_links"
    )
    score = models.FloatField()
    # {"wording": 0.91, "owner": 1.0, "renewal_words": true, "cites": false}
    signals = models.JSONField(default=dict)
    state = models.CharField(max_length=12, choices=LinkState.choices, default=LinkState.PROPOSED)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    # Set when confirmed: the first item of the chain this link belongs to
    # (the earlier item itself, or where it was first asked).
    first_item = models.ForeignKey(
        ActionItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = RenewalLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-score", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["earlier_item", "later_item"], name="one_renewal_link"),
            models.CheckConstraint(
                condition=~Q(earlier_item=F("later_item")), name="renewal_link_two_items"
            ),
        ]
        indexes = [models.Index(fields=["state", "later_item"])]

    def __str__(self) -> str:
        return f"{self.earlier_item_id} → {self.later_item_id} ({self.state})"


class OverlapState(models.TextChoices):
    FLAGGED = "flagged", _("To review")
    RELATED = "related", _("Related")
    DISMISSED = "dismissed", _("Dismissed")


class OverlapFlagQuerySet(models.QuerySet):
    def for_page(self) -> OverlapFlagQuerySet:
        return self.select_related(
            "item_a__decision__report",
            "item_a__owner",
            "item_b__decision__report",
            "item_b__owner",
            "decided_by",
        ).defer("item_a__decision__report__source_text", "item_b__decision__report__source_text")

    def touching(self, item: ActionItem) -> OverlapFlagQuerySet:
        return self.filter(Q(item_a=item) | Q(item_b=item))


class OverlapFlag(models.Model):
    """Two items of different bodies or meetings that may ask the same
    thing. `item_a` has the smaller id. A dismissed flag is kept, so the
    next search does not raise it again."""

    item_a = models.ForeignKey(ActionItem, on_delete=models.CASCADE, related_name="+")
    item_b = models.ForeignKey(ActionItem, on_delete=models.CASCADE, related_name="+")
    similarity = models.FloatField()
    # {"wording": 0.82} or, across languages, {"languages": "fr/en",
    # "concepts": ["trust-fund", "place:timbuktu"]} (similarity: their overlap)
    signals = models.JSONField(default=dict, blank=True)
    state = models.CharField(
        max_length=12, choices=OverlapState.choices, default=OverlapState.FLAGGED
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = OverlapFlagQuerySet.as_manager()

    class Meta:
        ordering = ["-similarity", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["item_a", "item_b"], name="one_overlap_flag"),
            models.CheckConstraint(condition=Q(item_a__lt=F("item_b")), name="overlap_ordered"),
        ]

    def __str__(self) -> str:
        return f"{self.item_a_id} ~ {self.item_b_id} ({self.state})"


class LifecycleAction(models.TextChoices):
    KEEP = "keep", _("Keep")
    UPDATE = "update", _("Update")
    CLOSE = "close", _("Close")


class LifecycleReason(models.TextChoices):
    DELIVERED = "delivered", _("Delivered")
    OVERTAKEN = "overtaken", _("Overtaken by a later decision")
    BETTER_PLACED = "better_placed", _("Another body is better placed")
    DUPLICATE = "duplicate", _("Duplicate")


class LifecycleDecision(models.Model):
    """A decision on an item's life: keep it, update it or close it, with
    a reason from a fixed list and who approved it. Append-only: never
    edited; a later decision is a new row."""

    item = models.ForeignKey(
        ActionItem, on_delete=models.CASCADE, related_name="lifecycle_decisions"
    )
    action = models.CharField(max_length=8, choices=LifecycleAction.choices)
    reason = models.CharField(max_length=16, choices=LifecycleReason.choices)
    approved_by = models.CharField(
        max_length=200, help_text=_("Who approved the decision (a person or a meeting).")
    )
    note = models.TextField(blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.item_id}: {self.action} ({self.reason})"


def longest_standing(limit: int, *, public: bool = False):
    """The open requests asked longest ago (dashboard), oldest first; with
    `public`, open by the status the public pages show (status_q)."""
    items = ActionItem.objects.public() if public else ActionItem.objects.all()
    items = items.filter(~status_q("in", CLOSED_STATUSES, public=public)).filter(
        decision__report__date__isnull=False
    )
    return (
        items.with_first_asked()
        .select_related("decision__report", "owner")
        .defer("decision__report__source_text")
        .order_by("first_asked", "decision__report__date", "pk")[:limit]
    )


def lineage_chain(item: ActionItem, touching: list[RenewalLink]) -> list[ActionItem]:
    """The items of `item`'s confirmed renewal chain, first asked first,
    `item` included. `touching`: the links of `item` (any state, with their
    items), read once by the caller; each further hop is one query."""

    def walk(links: list[RenewalLink], current: ActionItem, backwards: bool) -> list[ActionItem]:
        found, seen = [], {current.pk}
        while True:
            confirmed = [
                link
                for link in links
                if link.state == LinkState.CONFIRMED
                and (link.later_item_id if backwards else link.earlier_item_id) == current.pk
            ]
            if not confirmed:
                return found
            confirmed.sort(key=lambda link: (-link.score, link.pk))
            nxt = confirmed[0].earlier_item if backwards else confirmed[0].later_item
            if nxt.pk in seen:
                return found
            seen.add(nxt.pk)
            found.append(nxt)
            current = nxt
            # Unordered: `confirmed` is sorted above (no ORDER BY to compile).
            links = list(RenewalLink.objects.confirmed().touching(nxt).with_items().order_by())

    before = walk(touching, item, backwards=True)
    after = walk(touching, item, backwards=False)
    return [*reversed(before), item, *after]


def related_items(item: ActionItem) -> list[ActionItem]:
    """Items staff linked to `item` as asking the same thing (one query)."""
    flags = OverlapFlag.objects.touching(item).filter(state=OverlapState.RELATED).for_page()
    # The model's order (closest first), sorted here: Django compiles an
    # ORDER BY over this many selected columns slower than the sort runs.
    flags = sorted(flags.order_by(), key=lambda f: (-f.similarity, f.pk))
    return [f.item_b if f.item_a_id == item.pk else f.item_a for f in flags]


def origins_for(items: list[ActionItem]) -> dict[int, dict]:
    """For the follow-up report: for each item of `items` that renews an
    earlier request (confirmed), its first item and the dates it was
    renewed on, up to the item's own meeting. Two queries."""
    incoming = (
        RenewalLink.objects.confirmed()
        .filter(later_item__in=items, first_item__isnull=False)
        .select_related("first_item__decision__report", "later_item__decision__report")
        .defer("first_item__decision__report__source_text")
        .defer("later_item__decision__report__source_text")
        .order_by("first_item__decision__report__date", "pk")
    )
    firsts: dict[int, ActionItem] = {}
    for link in incoming:
        firsts.setdefault(link.later_item_id, link.first_item)
    if not firsts:
        return {}
    renewals: dict[int, set] = {}
    chain_links = (
        RenewalLink.objects.confirmed()
        .filter(first_item__in=set(firsts.values()))
        .values_list("first_item", "later_item__decision__report__date")
    )
    for first_id, date in chain_links:
        renewals.setdefault(first_id, set()).add(date)
    by_pk = {i.pk: i for i in items}
    out = {}
    for pk, first in firsts.items():
        own = by_pk[pk].decision.report.date
        dates = sorted(d for d in renewals.get(first.pk, ()) if d and (own is None or d <= own))
        out[pk] = {"first": first, "renewed": dates}
    return out
