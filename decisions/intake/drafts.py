"""Import drafts: a document read once, reviewed and corrected, then imported."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from decisions.intake.draft_plans import (
    DraftError,
    _sha,
    draft_plan,
    plan_apply,
    plan_build,
    planned_decisions,
)
from decisions.intake.draft_renewals import _draft_renewals_apply
from decisions.intake.importing import report_import
from decisions.intake.plans import ImportResult
from decisions.models import DecisionKind, ImportDraft
from decisions.text.normalize import normalize_text


def draft_start(
    *, user, text: str, source_name: str = "", renumber: bool = False
) -> tuple[ImportDraft, bool]:
    """A draft for this text: the user's draft of the same text (or of the
    same symbol) resumes with its corrections; otherwise a new one. Returns
    (draft, resumed). Raises ReportParseError on a text that is no report."""
    text = normalize_text(text)
    source_name = normalize_text(source_name)[:300]
    plan = plan_build(text=text, renumber=renumber)
    sha, symbol = _sha(text), plan["report"]["symbol"]
    mine = ImportDraft.objects.filter(user=user)
    draft = mine.filter(source_sha256=sha).order_by("-updated_at").first()
    if draft is None and symbol:
        draft = mine.filter(symbol=symbol, language=plan["report"]["language"]).first()
    resumed = draft is not None
    if draft is None:
        draft = ImportDraft(user=user)
    draft.source_name = source_name or draft.source_name
    draft.source_text, draft.source_sha256 = text, sha
    draft.symbol, draft.language = symbol[:120], plan["report"]["language"]
    draft.renumber, draft.plan = renumber, plan
    draft.save()
    return draft, resumed


def _numbers(draft: ImportDraft) -> set[str]:
    return {d["number"] for d in draft_plan(draft)["decisions"]}


def draft_discard(*, draft: ImportDraft) -> None:
    """Delete a draft that was never imported. An imported draft stays: it
    is the record of what was imported, and how it was corrected."""
    if draft.imported_at is not None:
        raise DraftError(
            gettext("An imported draft is the record of its import: it cannot be discarded.")
        )
    draft.delete()


def draft_correct_paragraph(*, draft: ImportDraft, number: str, kind: str, items: list[dict]):
    """Record a paragraph's kind and its items (owners, partners, due) as corrected."""
    if number not in _numbers(draft):
        raise DraftError(gettext("there is no paragraph %(number)s") % {"number": number})
    if kind not in DecisionKind.values:
        raise DraftError(f"unknown kind {kind!r}")
    corrections = dict(draft.corrections or {})
    paragraphs = dict(corrections.get("paragraphs", {}))
    paragraphs[number] = {"kind": kind, "items": items if kind == DecisionKind.REQUEST else []}
    corrections["paragraphs"] = paragraphs
    draft.corrections = corrections
    draft.save(update_fields=["corrections", "updated_at"])


def draft_restructure(*, draft: ImportDraft, op: str, number: str, before: str = ""):
    """Split a paragraph before some words, or join it with the next one."""
    if op not in ("split", "join"):
        raise DraftError(f"unknown step {op!r}")
    step = {"op": op, "number": number}
    if op == "split":
        step["before"] = " ".join(normalize_text(before).split())
        if not step["before"]:
            raise DraftError(gettext("say before which words to split the paragraph"))
    corrections = dict(draft.corrections or {})
    corrections["structure"] = [*corrections.get("structure", []), step]
    plan_apply(draft.plan, corrections, strict=True)  # raises DraftError if it does not fit
    draft.corrections = corrections
    draft.save(update_fields=["corrections", "updated_at"])


def draft_import(*, draft: ImportDraft, renewals_by=None) -> ImportResult:
    """Write the corrected plan, all at once, through `report_import`. With
    `renewals_by` (an editor), the renewals the reviewer confirmed or
    rejected in the draft are decided as well, in the same transaction;
    the others stay proposals for the /renewals/ queue."""
    plan = draft_plan(draft)
    with transaction.atomic():
        result = report_import(
            text=draft.source_text,
            source_name=draft.source_name,
            renumber=draft.renumber,
            plan=planned_decisions(plan),
        )
        draft.report, draft.imported_at = result.report, timezone.now()
        draft.save(update_fields=["report", "imported_at", "updated_at"])
        if renewals_by is not None and result.translation_of is None:
            result.renewals_decided = _draft_renewals_apply(
                draft=draft, report=result.report, by=renewals_by
            )
    return result
