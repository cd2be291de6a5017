"""The lineage part of an item's page: where the request was first asked,
its renewals with their status and wording changes, related items, and
lifecycle decisions (with the form for editors)."""

from __future__ import annotations

from django import template
from django.utils import timezone
from django.utils.translation import get_language

from decisions.models import PublicStatus, RenewalLink
from decisions.models.lineage import LinkState, lineage_chain, related_items
from decisions.permissions import reads_as_public
from decisions.text.concepts import label
from decisions.text.similarity import word_diff

register = template.Library()


@register.inclusion_tag("decisions/lineage/_item_lineage.html", takes_context=True)
def item_lineage(context, item):
    from decisions.lineage.access import can_edit
    from decisions.lineage.forms import LifecycleForm

    user = context.get("user")
    # In the model's order (best score first), sorted here: an ORDER BY over
    # this many selected columns costs Django more to compile than the sort.
    touching = sorted(
        RenewalLink.objects.touching(item).with_items().order_by(),
        key=lambda link: (-link.score, link.pk),
    )
    chain = lineage_chain(item, touching)
    # Visitors who read as the public: not signed in, or without a role.
    public = context.get("request") is None or reads_as_public(context["request"])
    if public and len(chain) > 1:
        # Anonymous visitors (PUBLIC_READ) see each step's public status,
        # as on every other page (ActionItem.shown_status); one query.
        shown = dict(PublicStatus.objects.filter(item__in=chain).values_list("item_id", "status"))
        for step in chain:
            step.public_value = shown.get(step.pk)
    steps = []
    for i, step in enumerate(chain):
        previous = chain[i - 1] if i else None
        steps.append(
            {
                "item": step,
                "current": step.pk == item.pk,
                "diff": word_diff(previous.summary, step.summary) if previous else None,
            }
        )
    # The same source as the lists, the dashboard and the API
    # (ActionItemQuerySet.with_first_asked); the chain where not annotated.
    first = getattr(item, "first_asked", None) or chain[0].decision.report.date
    today = timezone.localdate()
    editor = user is not None and can_edit(user)
    # Lifecycle decisions carry notes and user names: internal, never shown
    # to anonymous visitors (PUBLIC_READ).
    return {
        "item": item,
        "steps": steps if len(chain) > 1 else [],
        "first_asked": first,
        "age_days": (today - first).days if first else None,
        "proposals": [
            link for link in touching if link.state == LinkState.PROPOSED
        ] if editor else [],
        "related": related_items(item),
        "decisions": (
            list(item.lifecycle_decisions.select_related("recorded_by")) if not public else []
        ),
        "form": LifecycleForm() if editor else None,
        "csrf_token": context.get("csrf_token"),
        "user": user,
    }  # fmt: skip


@register.filter
def differing_labels(differs) -> str:
    """A renewal's asks of one kind that differ ("differs" of its signals:
    [[earlier keys, later keys], ...]) in words: "COVID-19 / polio"."""
    return "; ".join(
        f"{concept_labels(pair[0])} / {concept_labels(pair[1])}"
        for pair in differs or ()
        if isinstance(pair, (list, tuple)) and len(pair) == 2
    )


@register.filter
def concept_labels(keys) -> str:
    """Concept keys of a renewal's or an overlap's signals in words, in the
    page's language: "trust fund, Timbuktu"."""
    language = (get_language() or "en")[:2]
    return ", ".join(label(str(k), language) for k in keys or ())
