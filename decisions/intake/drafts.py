"""Import drafts: a document read once, reviewed and corrected, then imported."""

from __future__ import annotations

import json

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from decisions.intake.draft_plans import (
    TITLE_BLOCK_FIELDS,
    DraftError,
    _sha,
    draft_plan,
    plan_apply,
    plan_build,
    planned_decisions,
)
from decisions.intake.draft_renewals import _draft_renewals_apply
from decisions.intake.importing import report_import, report_import_parts
from decisions.intake.plans import ImportResult
from decisions.models import DecisionKind, ImportDraft
from decisions.text.normalize import normalize_text
from decisions.text.parts import Part, PartChoiceError


def draft_start(
    *, user, text: str, source_name: str = "", renumber: bool = False, part: str | None = None
) -> tuple[ImportDraft, bool]:
    """A draft for this text: the user's draft of the same text (or of the
    same symbol) resumes with its corrections; otherwise a new one. Returns
    (draft, resumed). Raises ReportParseError on a text that is no report.
    ``part``: which resolution or decision of a document holding several
    to review (default: the first)."""
    text = normalize_text(text)
    plan = plan_build(text=text, renumber=renumber, part=part)
    return draft_save(user=user, text=text, source_name=source_name, renumber=renumber, plan=plan)


def draft_save(
    *, user, text: str, source_name: str, renumber: bool, plan: dict
) -> tuple[ImportDraft, bool]:
    """Keep the plan built from this (normalised) text as the user's draft:
    draft_start's write, also done by a job that built the plan on a worker."""
    source_name = normalize_text(source_name)[:300]
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
    draft.renumber, draft.plan = renumber, plan
    draft.symbol, draft.language = _symbol(plan, draft.corrections), plan["report"]["language"]
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


class DraftStale(DraftError):
    """The draft was corrected elsewhere since the page was shown."""


def draft_version(draft: ImportDraft) -> str:
    """A short fingerprint of the draft's structure and paragraph
    corrections: a review posted from an older version is refused."""
    c = draft.corrections or {}
    key = {"structure": c.get("structure", []), "paragraphs": c.get("paragraphs", {})}
    if c.get("report"):  # the title block typed (a draft without keeps its version)
        key["report"] = c["report"]
    return _sha(json.dumps(key, sort_keys=True, ensure_ascii=False))[:16]


def draft_correct_paragraphs(
    *, draft: ImportDraft, paragraphs: list[tuple[str, str, list[dict]]], expected_version=None
) -> None:
    """Record several paragraphs' kinds and items (owners, partners, due) as
    corrected, all or none. With `expected_version`, raises DraftStale if
    the draft changed since that version."""
    with transaction.atomic():
        locked = ImportDraft.objects.select_for_update().get(pk=draft.pk)
        if expected_version is not None and draft_version(locked) != expected_version:
            raise DraftStale(
                gettext(
                    "The draft was changed in another window since this page was shown: "
                    "nothing was saved. Check your changes against it, then save again."
                )
            )
        numbers = _numbers(locked)
        corrections = dict(locked.corrections or {})
        fixed = dict(corrections.get("paragraphs", {}))
        for number, kind, items in paragraphs:
            if number not in numbers:
                raise DraftError(gettext("there is no paragraph %(number)s") % {"number": number})
            if kind not in DecisionKind.values:
                raise DraftError(f"unknown kind {kind!r}")
            fixed[number] = {"kind": kind, "items": items if kind == DecisionKind.REQUEST else []}
        corrections["paragraphs"] = fixed
        locked.corrections = corrections
        locked.save(update_fields=["corrections", "updated_at"])
    draft.corrections, draft.updated_at = locked.corrections, locked.updated_at


def draft_correct_paragraph(*, draft: ImportDraft, number: str, kind: str, items: list[dict]):
    """Record one paragraph's kind and its items as corrected."""
    draft_correct_paragraphs(draft=draft, paragraphs=[(number, kind, items)])


def draft_review_save(
    *,
    draft: ImportDraft,
    paragraphs: list[tuple[str, str, list[dict]]],
    expected_version: str,
    step: dict[str, str] | None = None,
    title_block: dict | None = None,
) -> None:
    """Save the review form: the paragraphs changed and the title block's
    fields typed (`title_block`: symbol, meeting, date), then, when the
    reviewer pressed a paragraph's Split or Join (which post the whole
    review), that step; all or none. Raises DraftStale if the draft changed
    since `expected_version`, DraftError if a correction or the step does
    not fit."""
    with transaction.atomic():
        draft_correct_paragraphs(
            draft=draft, paragraphs=paragraphs, expected_version=expected_version
        )
        if title_block:
            draft_correct_title_block(draft=draft, fields=title_block)
        if step:
            draft_restructure(draft=draft, **step)


def draft_correct_title_block(*, draft: ImportDraft, fields: dict) -> None:
    """Record the title block's symbol, meeting or date as typed by the
    reviewer (already checked by the review form); the import uses them."""
    unknown = set(fields) - set(TITLE_BLOCK_FIELDS)
    if unknown:
        raise DraftError(f"unknown title block fields {sorted(unknown)!r}")
    corrections = dict(draft.corrections or {})
    corrections["report"] = {**corrections.get("report", {}), **fields}
    draft.corrections = corrections
    draft.symbol = _symbol(draft.plan, corrections)
    draft.save(update_fields=["corrections", "symbol", "updated_at"])


def _symbol(plan: dict, corrections: dict | None) -> str:
    """The draft's symbol as its list shows it: the one typed, else the one read."""
    typed = (corrections or {}).get("report", {})
    symbol = typed["symbol"] if "symbol" in typed else plan["report"]["symbol"]
    return (symbol or "")[:120]


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
            part=_part(draft),
            title_block=(draft.corrections or {}).get("report"),
        )
        draft.report, draft.imported_at = result.report, timezone.now()
        draft.save(update_fields=["report", "imported_at", "updated_at"])
        if renewals_by is not None and result.translation_of is None:
            result.renewals_decided = _draft_renewals_apply(
                draft=draft, report=result.report, by=renewals_by
            )
    return result


def _part(draft: ImportDraft) -> str | None:
    """The part of the document the draft reviews, if it holds several."""
    part = (draft.plan or {}).get("part")
    return str(part) if part else None


def draft_part_choose(*, draft: ImportDraft, part: str) -> None:
    """Review another part of a document that holds several resolutions or
    decisions: its plan replaces the draft's, and the corrections made to
    the part reviewed before are dropped (they were about other paragraphs).
    Raises ReportParseError (PartChoiceError for a part the text lacks)."""
    plan = plan_build(text=draft.source_text, renumber=draft.renumber, part=part)
    if not plan["parts"]:
        raise PartChoiceError("the document is one report, with no parts to choose from", ())
    draft.plan, draft.corrections = plan, {}
    draft.symbol = plan["report"]["symbol"][:120]
    draft.save(update_fields=["plan", "corrections", "symbol", "updated_at"])


def draft_import_each_part(*, draft: ImportDraft) -> list[tuple[Part, ImportResult]]:
    """Import each part of the draft's document as its own report, with the
    symbol and title of its heading, all in one transaction
    (``report_import_parts``); the draft is then marked imported, pointing
    at the first part's report. The part under review is imported as
    corrected (its paragraphs, and the symbol, meeting or date typed for
    it); the others as read."""
    plan = draft_plan(draft)
    reviewed = None
    if _part(draft) is not None:
        reviewed = {
            "part": _part(draft),
            "plan": planned_decisions(plan),
            "title_block": (draft.corrections or {}).get("report"),
        }
    with transaction.atomic():
        done = report_import_parts(
            text=draft.source_text,
            source_name=draft.source_name,
            renumber=draft.renumber,
            reviewed=reviewed,
        )
        draft.report, draft.imported_at = done[0][1].report, timezone.now()
        draft.save(update_fields=["report", "imported_at", "updated_at"])
    return done
