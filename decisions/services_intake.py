"""Review before import: a report's plan kept as a draft, corrected by staff
paragraph by paragraph, then imported through `report_import` at once.

The plan is what the extractor found, as JSON (the `--format json` shape,
plus where the words behind each finding are written). The corrections are
kept apart from it and replayed on it whenever it is computed again, so that
the same text imported again keeps them."""

from __future__ import annotations

import datetime
import hashlib

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext

from decisions import relations, services_lineage
from decisions.models import Body, DecisionKind, ImportDraft
from decisions.services import ImportResult, PlannedDecision, registry_entries, report_import
from decisions.services import report_plan as _report_plan
from decisions.text.bodies import BodyRef
from decisions.text.folding import fold_key, slugify
from decisions.text.normalize import normalize_text
from decisions.text.paragraphs import ReportParseError
from decisions.text.requests import ExtractedRequest, Extraction, extract, extraction_text

MAX_NUMBER_LENGTH = 20  # Decision.number


class DraftError(ValueError):
    """A correction that cannot be applied; the message is for the page."""


# --- The plan as JSON ---------------------------------------------------------


def _ref_json(ref: BodyRef) -> dict:
    return {"slug": ref.slug, "name": ref.name, "registered": ref.registered}


def _marks(request: ExtractedRequest) -> list[list]:
    marks = [[s, e, "verb"] for s, e in request.verb_spans]
    marks += [[s, e, "owner"] for s, e in request.owner_spans]
    marks += [[s, e, "partner"] for s, e in request.partner_spans]
    if request.due_span:
        marks.append([*request.due_span, "due"])
    return marks


def _decision_json(number: str, position: int, text: str, line: int, requests, shown: str) -> dict:
    # Each mark once, in order (a set, not a list search: linear in the marks).
    marks = [list(m) for m in dict.fromkeys(tuple(m) for r in requests for m in _marks(r))]
    return {
        "number": number,
        "position": position,
        "kind": DecisionKind.REQUEST if requests else DecisionKind.STATEMENT,
        "text": text,
        "line": line,
        "shown": shown,
        "marks": marks,
        "action_items": [
            {
                "owner": _ref_json(r.owner),
                "partners": [_ref_json(p) for p in r.partners],
                "summary": r.summary,
                "due_date": r.due_date.isoformat() if r.due_date else None,
                "due_text": r.due_text,
            }
            for r in requests
        ],
    }


def plan_build(*, text: str, renumber: bool = False) -> dict:
    """What the extractor finds in a report, as JSON; raises ReportParseError."""
    parsed, planned, warnings = _report_plan(text=text, renumber=renumber)
    return {
        "report": {
            "symbol": parsed.symbol,
            "title": parsed.title,
            "meeting": parsed.meeting,
            "place": parsed.place,
            "date": parsed.date.isoformat() if parsed.date else None,
            "language": parsed.language,
        },
        "decisions": [
            _decision_json(d.number, d.position, d.text, d.line, d.items, extraction_text(d.text))
            for d in planned
        ],
        "warnings": list(warnings),
    }


def _extract_json(number: str, text: str, line: int, language: str) -> dict:
    found: Extraction = extract(text, registry_entries(language), language)
    return _decision_json(number, 0, text, line, found.requests, found.text)


def _free_number(base: str, taken: set[str]) -> str:
    n = 2
    while True:
        suffix = f"-{n}"
        number = base[: MAX_NUMBER_LENGTH - len(suffix)] + suffix
        if number not in taken:
            return number
        n += 1


def plan_apply(plan: dict, corrections: dict, *, strict: bool = False) -> dict:
    """The plan with the corrections replayed on it: splits and joins first,
    in the order made, then each paragraph's kind and items. A step that no
    longer fits the text is skipped, or raises DraftError when ``strict``."""
    language = plan.get("report", {}).get("language", "")
    decisions = [dict(d) for d in plan.get("decisions", [])]
    for step in corrections.get("structure", []):
        at = next((i for i, d in enumerate(decisions) if d["number"] == step.get("number")), None)
        if at is None:
            if strict:
                raise DraftError(
                    gettext("there is no paragraph %(number)s") % {"number": step.get("number")}
                )
            continue
        para = decisions[at]
        if step.get("op") == "split":
            before = " ".join(str(step.get("before", "")).split())
            cut = para["text"].find(before, 1) if before else -1
            if cut <= 0:
                if strict:
                    raise DraftError(
                        gettext("paragraph %(number)s does not contain '%(words)s' after its start")
                        % {"number": para["number"], "words": before}
                    )
                continue
            first, second = para["text"][:cut].strip(), para["text"][cut:].strip()
            taken = {d["number"] for d in decisions}
            decisions[at : at + 1] = [
                _extract_json(para["number"], first, para["line"], language),
                _extract_json(_free_number(para["number"], taken), second, para["line"], language),
            ]
        elif step.get("op") == "join":
            if at + 1 >= len(decisions):
                if strict:
                    raise DraftError(
                        gettext("paragraph %(number)s is the last: nothing to join")
                        % {"number": para["number"]}
                    )
                continue
            text = f"{para['text']} {decisions[at + 1]['text']}"
            decisions[at : at + 2] = [_extract_json(para["number"], text, para["line"], language)]
    for position, decision in enumerate(decisions, start=1):
        decision["position"] = position
        fix = corrections.get("paragraphs", {}).get(decision["number"])
        if fix:
            decision["corrected"] = True
            decision["kind"] = fix["kind"]
            if fix["kind"] == DecisionKind.STATEMENT:
                decision["action_items"] = []
            elif "items" in fix:
                decision["action_items"] = fix["items"]
    return {**plan, "decisions": decisions}


def planned_decisions(plan: dict) -> list[PlannedDecision]:
    """The JSON plan as `report_import` takes it."""

    def ref(data: dict) -> BodyRef:
        # A body picked from the database is found by its slug, registered or not.
        return BodyRef(data["slug"], data["name"], bool(data.get("exists", data["registered"])))

    out = []
    for d in plan["decisions"]:
        items = tuple(
            ExtractedRequest(
                owner=ref(i["owner"]),
                partners=tuple(ref(p) for p in i["partners"]),
                summary=i.get("summary") or d["text"],
                due_date=datetime.date.fromisoformat(i["due_date"]) if i.get("due_date") else None,
                due_text=i.get("due_text", ""),
            )
            for i in d["action_items"]
        )
        out.append(PlannedDecision(d["number"], d["position"], d["kind"], d["text"], items,
                                   d.get("line", 0)))  # fmt: skip
    return out


def segments(shown: str, marks: list[list]) -> list[dict]:
    """The paragraph cut into runs of text, each marked with the kind of
    finding it is (verb, owner, partner, due) or not; overlaps dropped."""
    out, pos = [], 0
    for start, end, kind in sorted(marks, key=lambda m: (m[0], -m[1])):
        if start < pos or end <= start or end > len(shown):
            continue
        if start > pos:
            out.append({"text": shown[pos:start], "kind": ""})
        out.append({"text": shown[start:end], "kind": kind})
        pos = end
    if pos < len(shown):
        out.append({"text": shown[pos:], "kind": ""})
    return out


# --- Bodies picked by name ----------------------------------------------------


def body_resolve(name: str) -> dict:
    """A body named in the form: one in the database (by slug or any of its
    names), or a new one, to be created for review on import."""
    name = " ".join(normalize_text(name).split())
    if not name:
        raise DraftError(gettext("a body's name is empty"))
    if len(name) > 300:
        raise DraftError(
            gettext("the body name '%(name)s...' is over 300 characters") % {"name": name[:40]}
        )
    body = Body.objects.filter(slug=name).first()
    if body is None:
        key = fold_key(name)
        for candidate in Body.objects.order_by("-registered", "pk"):
            if key in {fold_key(n) for n in candidate.all_names()}:
                body = candidate
                break
    if body is not None:
        return {"slug": body.slug, "name": body.name_en, "registered": body.registered,
                "exists": True}  # fmt: skip
    slug = slugify(name)
    if not slug:
        raise DraftError(gettext("'%(name)s' is not a body's name") % {"name": name})
    return {"slug": slug, "name": name, "registered": False, "exists": False}


# --- Drafts -------------------------------------------------------------------


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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


def draft_plan(draft: ImportDraft) -> dict:
    return plan_apply(draft.plan, draft.corrections or {})


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


# --- Renewals proposed in the review -------------------------------------------

RENEWAL_DECISIONS = ("confirm", "reject", "undecided")


def _plan_date(plan: dict) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(plan["report"]["date"] or "")
    except (KeyError, TypeError, ValueError):
        return None


def draft_renewals(draft: ImportDraft, plan: dict | None = None) -> dict:
    """What importing the draft would propose, both ways (see
    services_lineage.renewals_for_draft), by (paragraph number, owner slug)."""
    plan = plan if plan is not None else draft_plan(draft)
    return services_lineage.renewals_for_draft(
        date=_plan_date(plan),
        planned=planned_decisions(plan),
        symbol=plan["report"].get("symbol") or "",
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
    """Decide, through services_lineage.renewal_decide, the renewals the
    reviewer decided in the draft. Which item is the earlier one is read
    from the meetings' dates. A link the import did not propose (the data
    changed since the review) is proposed now, then decided; one already
    decided elsewhere is left as it is. Returns the counts by decision."""
    from decisions.filters import as_id
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
        services_lineage.renewal_decide(
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


# --- Bodies to review ---------------------------------------------------------


def _add_aliases(body: Body, names) -> None:
    known = {fold_key(n) for n in body.all_names()}
    for name in names:
        if name and fold_key(name) not in known:
            body.aliases = [*body.aliases, name]
            known.add(fold_key(name))


def body_register(
    *, body: Body, name_en: str, name_fr: str = "", name_ar: str = "", kind: str, parent=None
) -> Body:
    """Register a body an import created: its names, kind and parent. The name
    it was found under stays an alias, so that the next import finds it."""
    with transaction.atomic():
        body = Body.objects.select_for_update().get(pk=body.pk)
        found_as = [body.name_en, body.name_fr, body.name_ar]
        body.name_en, body.name_fr, body.name_ar = name_en, name_fr, name_ar
        body.kind, body.parent, body.registered = kind, parent, True
        _add_aliases(body, found_as)
        body.save()
    return body


def _merge_note(body: Body, item, notes: list[str]) -> str:
    due = item.due_date or item.due_text or "-"
    note = f"Merged with the item of {body.name_en} (status {item.get_status_display()}, due {due})"
    return "; ".join([note, *notes])


def _item_fold(*, item, kept, body: Body, by, now) -> None:
    """Fold `item` into `kept`, the item of the same paragraph: everything
    that refers to it (history, submissions, evidence, comments, public
    status, letters, links...) moves to `kept` (relations.MERGE_RULES); a
    note says what was merged; then `item`, with nothing left on it, goes."""
    from decisions.models import ActionItem, StatusUpdate

    notes: list[str] = []
    relations.fold(item, kept, notes=notes)
    StatusUpdate.objects.create(
        item=kept,
        author=by if by is not None and by.is_authenticated else None,
        old_status=kept.status,
        new_status=kept.status,
        note=_merge_note(body, item, notes),
        created_at=now,
    )
    if kept.due_date is None and item.due_date is not None:
        kept.due_date, kept.due_text = item.due_date, item.due_text
        kept.save(update_fields=["due_date", "due_text"])
    left = relations.still_referring(item)
    if left:
        raise relations.RelationError(f"rows would be lost with the merged item: {left}")
    ActionItem.objects.filter(pk=item.pk).delete()


def body_merge(*, body: Body, into: Body, by=None) -> int:
    """Merge a body into another: its items move there, its names become
    aliases of it, and it is deleted. Where `into` already has an item on the
    same paragraph, that item is kept and takes everything of the other
    (_item_fold). What refers to the body itself (partners, letters, replies,
    watches, children...) moves to `into`. Each item that changes gets a new
    version, so a form shown before the merge is stale. A relation the merge
    does not know (relations.MERGE_RULES) is refused before anything changes.
    Returns the number of items moved."""
    from decisions.models import ActionItem

    if body.pk == into.pk:
        raise DraftError(gettext("a body cannot be merged into itself"))
    moved = 0
    now = timezone.now()
    try:
        unknown = relations.unhandled(ActionItem, Body)
        if unknown:
            raise relations.RelationError(
                f"the merge does not know how to move {', '.join(unknown)}"
            )
        with transaction.atomic():
            body = Body.objects.select_for_update().get(pk=body.pk)
            into = Body.objects.select_for_update().get(pk=into.pk)
            changed: set[int] = set()
            for item in ActionItem.objects.select_for_update().filter(owner=body).order_by("pk"):
                kept = (
                    ActionItem.objects.select_for_update()
                    .filter(decision_id=item.decision_id, owner=into)
                    .first()
                )
                if kept is None:
                    ActionItem.objects.filter(pk=item.pk).update(owner=into)
                    item.partners.remove(into)
                    changed.add(item.pk)
                else:
                    _item_fold(item=item, kept=kept, body=body, by=by, now=now)
                    changed.add(kept.pk)
                moved += 1
            changed.update(ActionItem.objects.filter(partners=body).values_list("pk", flat=True))
            relations.fold(body, into, notes=[])
            _add_aliases(into, body.all_names())
            Body.objects.filter(pk=into.pk).update(aliases=into.aliases)
            ActionItem.objects.filter(pk__in=changed).update(
                version=F("version") + 1, updated_at=now
            )
            left = relations.still_referring(body)
            if left:
                raise relations.RelationError(f"rows would be lost with the merged body: {left}")
            body.delete()
    except relations.RelationError as e:
        raise DraftError(gettext("nothing was merged: %(why)s") % {"why": e}) from e
    return moved
