"""Renewals proposed while a draft is reviewed: earlier requests a paragraph
repeats, confirmed or rejected before import."""

from __future__ import annotations

import datetime

from decisions.intake.draft_plans import DraftError, _sha, draft_plan, planned_decisions
from decisions.intake.plans import PlannedDecision
from decisions.lineage import renewals
from decisions.models import ImportDraft
from decisions.text.normalize import normalize_text
from decisions.text.paragraphs import ReportParseError

RENEWAL_DECISIONS = ("confirm", "reject", "undecided")


def _plan_date(plan: dict) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(plan["report"]["date"] or "")
    except (KeyError, TypeError, ValueError):
        return None


def draft_renewals(draft: ImportDraft, plan: dict | None = None) -> dict:
    """What importing the draft would propose, both ways (see
    renewals.renewals_for_draft), by (paragraph number, owner slug)."""
    plan = plan if plan is not None else draft_plan(draft)
    return renewals.renewals_for_draft(
        date=_plan_date(plan),
        planned=planned_decisions(plan),
        symbol=plan["report"].get("symbol") or "",
        language=plan["report"].get("language") or "",
    )


def draft_renewal_decisions(draft: ImportDraft) -> dict[str, dict]:
    """The reviewer's decisions, by PlanLink.id: {"decision", "close_earlier"}."""
    return dict((draft.corrections or {}).get("renewals", {}))


def draft_decide_renewal(
    *, draft: ImportDraft, link_id: str, decision: str, close_earlier: bool = False
) -> None:
    """Record the reviewer's decision on a renewal the import would propose:
    confirm it (and maybe close the earlier item), reject it, or leave it
    undecided. Applied when the draft is imported (draft_import); nothing
    is linked before. Only a renewal proposed now can be decided."""
    if decision not in RENEWAL_DECISIONS:
        raise DraftError(f"unknown decision {decision!r}")
    proposed = {link.id: link for links in draft_renewals(draft).values() for link in links}
    if link_id not in proposed:
        raise DraftError("this renewal is not proposed for this draft")
    decisions = draft_renewal_decisions(draft)
    if decision == "undecided":
        decisions.pop(link_id, None)
    else:
        decisions[link_id] = {
            "decision": decision,
            "close_earlier": bool(close_earlier) and decision == "confirm",
        }
    draft.corrections = {**(draft.corrections or {}), "renewals": decisions}
    draft.save(update_fields=["corrections", "updated_at"])


def _draft_renewals_apply(*, draft: ImportDraft, report, by) -> dict[str, int]:
    """Decide, through renewals.renewal_decide, the renewals the
    reviewer decided in the draft. Which item is the earlier one is read
    from the meetings' dates. A link the import did not propose (the data
    changed since the review) is proposed now, then decided; one already
    decided elsewhere is left as it is. Returns the counts by decision."""
    from decisions.items.filters import as_id
    from decisions.models import ActionItem, RenewalLink
    from decisions.models.lineage import LinkState

    counts = {"confirm": 0, "reject": 0}
    decisions = draft_renewal_decisions(draft)
    if not decisions or report is None or report.date is None:
        return counts
    proposed: dict | None = None  # read only if the import did not propose a pair
    items = {
        (item.decision.number, item.owner.slug): item
        for item in ActionItem.objects.filter(decision__report=report).select_related(
            "decision", "owner"
        )
    }
    for link_id, decided in sorted(decisions.items()):
        number, slug, other_id = link_id.rsplit("|", 2)
        item = items.get((number, slug))
        other = (
            ActionItem.objects.select_related("decision__report")
            .defer("decision__report__source_text")
            .filter(pk=as_id(other_id) or 0)
            .first()
        )
        if item is None or other is None or other.decision.report.date in (None, report.date):
            continue
        renews = other.decision.report.date < report.date
        earlier, later = (other, item) if renews else (item, other)
        link = RenewalLink.objects.filter(earlier_item=earlier, later_item=later).first()
        if link is None:
            if proposed is None:
                proposed = {p.id: p for links in draft_renewals(draft).values() for p in links}
            plan_link = proposed.get(link_id)
            link = RenewalLink.objects.create(
                earlier_item=earlier,
                later_item=later,
                score=plan_link.score if plan_link else 0.0,
                signals={**(plan_link.signals if plan_link else {}), "review": True},
            )
        if link.state != LinkState.PROPOSED:
            continue
        confirm = decided.get("decision") == "confirm"
        renewals.renewal_decide(
            link=link, confirm=confirm, by=by, close_earlier=bool(decided.get("close_earlier"))
        )
        counts["confirm" if confirm else "reject"] += 1
    return counts


def remembered_plan(*, text: str) -> list[PlannedDecision] | None:
    """The corrected plan of a draft of this very text already imported, so
    that importing it again (from the command line too) keeps its corrections."""
    draft = (
        ImportDraft.objects.filter(source_sha256=_sha(normalize_text(text)))
        .exclude(imported_at=None)
        .order_by("-imported_at")
        .first()
    )
    if draft is None or not (draft.corrections or {}):
        return None
    try:
        return planned_decisions(draft_plan(draft))
    except (KeyError, ValueError, ReportParseError):
        return None
