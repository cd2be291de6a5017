"""An item's lifecycle decided by an editor: superseded, merged or closed."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext

from decisions.lineage.matching import DecisionError
from decisions.models import ActionItem, Status
from decisions.models.lineage import (
    LifecycleAction,
    LifecycleDecision,
    LifecycleReason,
)


def lifecycle_decide(
    *, item: ActionItem, action: str, reason: str, approved_by: str, note: str = "", by
) -> LifecycleDecision:
    """Record a decision to keep, update or close an item, with its reason
    (a fixed list) and who approved it; a new row each time (append-only).
    Closing also sets the status, through services.action_item_set_status:
    completed when delivered, overtaken/cancelled otherwise."""
    from decisions.items.services import action_item_set_status

    if action not in LifecycleAction.values:
        raise DecisionError(f"unknown action {action!r}")
    if reason not in LifecycleReason.values:
        raise DecisionError(f"unknown reason {reason!r}")
    approved_by = " ".join((approved_by or "").split())
    max_length = LifecycleDecision._meta.get_field("approved_by").max_length
    if not approved_by:
        raise DecisionError(gettext("say who approved the decision"))
    if len(approved_by) > max_length:
        raise DecisionError(
            gettext("who approved it is longer than %(n)s characters") % {"n": max_length}
        )
    note = (note or "").strip()
    with transaction.atomic():
        decision = LifecycleDecision.objects.create(
            item=item,
            action=action,
            reason=reason,
            approved_by=approved_by,
            note=note,
            recorded_by=by if by is not None and by.is_authenticated else None,
        )
        if action == LifecycleAction.CLOSE:
            current = ActionItem.objects.get(pk=item.pk)
            status = Status.COMPLETED if reason == LifecycleReason.DELIVERED else Status.CANCELLED
            if current.status != status:
                label = LifecycleReason(reason).label
                text = f"Closed: {label} (approved by {approved_by})"
                action_item_set_status(
                    item=item, status=status, note=f"{text}. {note}" if note else text, by=by
                )
    return decision
