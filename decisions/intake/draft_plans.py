"""The plan a draft keeps (JSON) and corrections applied to it, paragraph by
paragraph."""

from __future__ import annotations

import datetime
import functools
import hashlib

from django.utils.translation import gettext

from decisions.intake.plans import PlannedDecision, registry_entries
from decisions.intake.plans import report_plan as _report_plan
from decisions.models import Body, DecisionKind, ImportDraft
from decisions.text.bodies import BodyRef
from decisions.text.context import Earlier, established, named
from decisions.text.folding import fold_key, slugify
from decisions.text.normalize import normalize_text
from decisions.text.parts import counted, find_parts, select_part
from decisions.text.requests import ExtractedRequest, Extraction, extract, extraction_text


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def draft_plan(draft: ImportDraft) -> dict:
    return plan_apply(draft.plan, draft.corrections or {})


MAX_NUMBER_LENGTH = 20  # Decision.number
NO_SYMBOL_WARNING = "no document symbol"  # decisions.text.titleblock's warning opens so
# The title block's fields and the warning the text core gives when it reads none
# (decisions.text.titleblock, decisions.text.paragraphs): settled once typed.
MISSING_WARNINGS = {"symbol": NO_SYMBOL_WARNING, "date": "no meeting date found"}
TITLE_BLOCK_FIELDS = ("symbol", "meeting", "date")
"""What of a title block the reviewer may type (corrections["report"])."""


class DraftError(ValueError):
    """A correction that cannot be applied; the message is for the page."""


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


def plan_build(*, text: str, renumber: bool = False, part: str | None = None) -> dict:
    """What the extractor finds in a report, as JSON; raises ReportParseError.
    A document that holds several resolutions or decisions is planned one
    part at a time: ``part`` (symbol or place), or its first part with a
    heading; the plan lists them all under "parts"."""
    parts = find_parts(normalize_text(text))
    chosen = None
    if parts:
        if part in (None, ""):
            part = str(next((p.index for p in parts if p.symbol), 1))
        chosen = select_part(parts, part)
        part = str(chosen.index)
    parsed, planned, warnings = _report_plan(text=text, renumber=renumber, part=part)
    return {
        "parts": [p.as_json() for p in counted(parts)],
        "part": chosen.index if chosen else None,
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


def _earlier(decisions: list[dict]) -> Earlier:
    """What the paragraphs before a re-read one tell it, as the import reads
    them (text.requests.extract_all): the bodies they ask, establish or name,
    so that "the Panel" still finds the Panel of Experts named before."""
    earlier = Earlier()
    for decision in decisions:
        earlier.add(
            [
                BodyRef(ref["slug"], ref["name"], bool(ref.get("registered", True)))
                for item in decision.get("action_items", [])
                for ref in (item["owner"], *item.get("partners", []))
            ]
        )
        earlier.add(_named_in(decision["text"]))
    return earlier


@functools.lru_cache(maxsize=2048)
def _named_in(text: str) -> tuple[BodyRef, ...]:
    """The bodies a paragraph establishes or names, read once per text: every
    split or join of a draft reads the paragraphs before it again."""
    return (*established(text), *named(text))


def _extract_json(
    number: str, text: str, line: int, language: str, before: list[dict] | None = None
) -> dict:
    found: Extraction = extract(
        text, registry_entries(language), language, earlier=_earlier(before or [])
    )
    decision = _decision_json(number, 0, text, line, found.requests, found.text)
    decision["warnings"] = [f"paragraph {number}: {w}" for w in found.warnings]
    return decision


def _warnings_by_paragraph(plan: dict) -> tuple[list[str], dict[str, list[str]]]:
    """The plan's warnings as built: (those of the report, those of each
    paragraph by number); a paragraph's read "paragraph <number>: ..."."""
    numbers = {d["number"] for d in plan.get("decisions", [])}
    general: list[str] = []
    by_number: dict[str, list[str]] = {}
    for warning in plan.get("warnings", []):
        head, sep, _ = warning.partition(": ")
        number = head.removeprefix("paragraph ") if sep and head.startswith("paragraph ") else None
        if number in numbers:
            by_number.setdefault(number, []).append(warning)
        else:
            general.append(warning)
    return general, by_number


def _corrected_warnings(decision: dict) -> list[str]:
    """What is still worth saying of a paragraph the reviewer corrected: the
    bodies it names that are not in the registry (created for review on
    import). What the extractor was unsure of, the reviewer has settled."""
    names = []
    for item in decision["action_items"]:
        for ref in (item["owner"], *item["partners"]):
            if not ref.get("exists", ref.get("registered", True)) and ref["name"] not in names:
                names.append(ref["name"])
    return [
        f"paragraph {decision['number']}: '{name}' is not in the registry: "
        "it is created for review on import"
        for name in names
    ]


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
    longer fits the text is skipped, or raises DraftError when ``strict``.
    The warnings are those of the plan as corrected: a paragraph corrected
    or read again keeps only what still applies to it."""
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
            head = _extract_json(para["number"], first, para["line"], language, decisions[:at])
            tail = _extract_json(
                _free_number(para["number"], taken),
                second,
                para["line"],
                language,
                [*decisions[:at], head],
            )
            decisions[at : at + 1] = [head, tail]
        elif step.get("op") == "join":
            if at + 1 >= len(decisions):
                if strict:
                    raise DraftError(
                        gettext("paragraph %(number)s is the last: nothing to join")
                        % {"number": para["number"]}
                    )
                continue
            text = f"{para['text']} {decisions[at + 1]['text']}"
            decisions[at : at + 2] = [
                _extract_json(para["number"], text, para["line"], language, decisions[:at])
            ]
    general, by_number = _warnings_by_paragraph(plan)
    report = {**plan.get("report", {}), **corrections.get("report", {})}
    # A field typed by the reviewer is no longer missing: its warning goes.
    settled = tuple(w for name, w in MISSING_WARNINGS.items() if report.get(name))
    if settled:
        general = [w for w in general if not w.startswith(settled)]
    warnings = list(general)
    for position, decision in enumerate(decisions, start=1):
        decision["position"] = position
        fix = corrections.get("paragraphs", {}).get(decision["number"])
        # Read again after a split or a join: its own warnings; else the plan's.
        found = decision.pop("warnings", None)
        if found is None:
            found = by_number.get(decision["number"], [])
        if fix:
            decision["corrected"] = True
            decision["kind"] = fix["kind"]
            if fix["kind"] == DecisionKind.STATEMENT:
                decision["action_items"] = []
            elif "items" in fix:
                decision["action_items"] = fix["items"]
            found = _corrected_warnings(decision)
        warnings.extend(found)
    return {**plan, "report": report, "decisions": decisions, "warnings": warnings}


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
