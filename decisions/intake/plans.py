"""A report's text read into a plan: its paragraphs, requests and owners,
checked before anything is written."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from decisions.models import (
    STATE_KINDS,
    ActionItem,
    Body,
    Decision,
    DecisionKind,
    Report,
)
from decisions.text.bodies import RegistryEntry
from decisions.text.normalize import normalize_text
from decisions.text.paragraphs import ParsedReport, ReportParseError, parse_report
from decisions.text.parts import (
    Part,
    PartChoiceError,
    counted,
    find_parts,
    listing,
    parse_part,
    select_part,
)
from decisions.text.requests import ExtractedRequest, extract_all


def _same_text(text: str) -> str:
    """What two versions of a paragraph share when only spacing or case differ."""
    return " ".join(text.split()).casefold()


def registry_entries(language: str) -> list[RegistryEntry]:
    """The registered bodies as the extractor wants them."""
    entries = []
    for body in Body.objects.registered().select_related("parent"):
        name = getattr(body, f"name_{language}", "") or body.name_en
        entries.append(
            RegistryEntry(
                slug=body.slug,
                name=name,
                aliases=tuple(body.all_names()),
                place=body.kind in STATE_KINDS,
                parent=body.parent.slug if body.parent else "",
                kind=body.kind,
            )
        )
    return entries


@dataclass(frozen=True)
class PlannedDecision:
    number: str
    position: int
    kind: str
    text: str
    items: tuple[ExtractedRequest, ...]
    line: int = 0  # where the paragraph starts in the report


@dataclass
class ImportResult:
    parsed: ParsedReport
    decisions: list[PlannedDecision]
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False
    report: Report | None = None
    created_report: bool = False
    created_decisions: int = 0
    created_items: int = 0
    created_bodies: list[str] = field(default_factory=list)
    changed_paragraphs: list[str] = field(default_factory=list)
    # Set when the text was another language version of a report already
    # imported: its paragraphs were linked to the first version's, by number.
    translation_of: Report | None = None
    created_translation: bool = False
    linked_paragraphs: int = 0
    # Unregistered bodies by folded name, filled while importing (_body_for).
    unregistered_bodies: dict[str, Body] | None = field(default=None, repr=False)
    # Earlier requests each item may renew, by (paragraph number, owner slug):
    # matching.Proposal lists, proposed for review, never linked.
    renews: dict = field(default_factory=dict, repr=False)
    # Renewals the reviewer decided before import (services_intake.draft_import):
    # {"confirm": n, "reject": n}.
    renewals_decided: dict = field(default_factory=dict, repr=False)
    # With workers (decisions.jobs), the job proposing the renewals instead.
    renewals_job: object = field(default=None, repr=False)

    def as_json(self) -> dict:
        """The stable `--format json` contract (see the README)."""
        p = self.parsed
        return {
            "report": {
                "symbol": p.symbol,
                "title": p.title,
                "meeting": p.meeting,
                "place": p.place,
                "date": p.date.isoformat() if p.date else None,
                "language": p.language,
            },
            "decisions": [
                {
                    "number": d.number,
                    "position": d.position,
                    "kind": d.kind,
                    "text": d.text,
                    "action_items": [
                        {
                            "owner": {
                                "slug": i.owner.slug,
                                "name": i.owner.name,
                                "registered": i.owner.registered,
                            },
                            "partners": [{"slug": b.slug, "name": b.name} for b in i.partners],
                            "summary": i.summary,
                            "due_date": i.due_date.isoformat() if i.due_date else None,
                            "due_text": i.due_text,
                            "renews": [
                                p.as_json() for p in self.renews.get((d.number, i.owner.slug), ())
                            ],
                        }
                        for i in d.items
                    ],
                }
                for d in self.decisions
            ],
            "warnings": list(self.warnings),
        }


def part_of(*, text: str, part: str | None) -> Part | None:
    """The part of the (normalised) text that ``part`` names, or None for a
    document that is one report. Raises PartChoiceError when the document
    holds several resolutions or decisions and ``part`` names none of them,
    and when ``part`` is given for a document that has no parts."""
    parts = find_parts(text)
    if not parts:
        if part not in (None, ""):
            raise PartChoiceError(
                f"the document is one report, with no parts to choose from (asked: {part!r})", ()
            )
        return None
    if part in (None, ""):
        raise PartChoiceError(
            f"the document holds {len(parts)} resolutions or decisions, each numbered from 1; "
            f"import one part or each part as its own report; {listing(counted(parts))}",
            parts,
        )
    return select_part(parts, part)


def report_plan(
    *, text: str, renumber: bool = False, part: str | None = None
) -> tuple[ParsedReport, list[PlannedDecision], list[str]]:
    """Parse a report and extract its requests, without writing anything.
    ``renumber``: number the paragraphs by position (see ``parse_report``).
    ``part``: which resolution or decision of a document that holds several
    (its symbol or its place, decisions.text.parts)."""
    text = normalize_text(text)
    chosen = part_of(text=text, part=part)
    if chosen is not None:
        parsed = parse_part(text, chosen, renumber=renumber)
    else:
        parsed = parse_report(text, renumber=renumber)
    registry = registry_entries(parsed.language)
    decisions: list[PlannedDecision] = []
    warnings = list(parsed.warnings)
    # Each paragraph is read with the ones before it: "the Panel" is the Panel
    # of Experts named earlier, "the said Governments" the ones named before.
    extractions = extract_all(
        [p.text for p in parsed.paragraphs], registry, parsed.language, parsed.head
    )
    for para, extraction in zip(parsed.paragraphs, extractions, strict=True):
        warnings.extend(f"paragraph {para.number}: {w}" for w in extraction.warnings)
        items = extraction.requests
        kind = DecisionKind.REQUEST if items else DecisionKind.STATEMENT
        decisions.append(
            PlannedDecision(para.number, para.position, kind, para.text, items, para.line)
        )
    return parsed, decisions, warnings


def _max_length(model, name: str) -> int:
    return model._meta.get_field(name).max_length


def _line_of(text: str, fragment: str) -> int | None:
    """The line where ``fragment``'s first words are written, if found."""
    words = fragment.split()[:3]
    if not words:
        return None
    m = re.search(r"\W+".join(re.escape(w) for w in words), text)
    return text.count("\n", 0, m.start()) + 1 if m else None


def _check_lengths(
    parsed: ParsedReport, planned: list[PlannedDecision], *, text: str, source_name: str
) -> None:
    """Refuse, before writing anything, a value longer than its column: the
    same one-line error on every database (SQLite would store it, PostgreSQL
    would fail halfway)."""

    def check(value: str, model, name: str, what: str, line: int | None) -> None:
        limit = _max_length(model, name)
        if limit is not None and len(value) > limit:
            shown = value if len(value) <= 60 else value[:57] + "..."
            raise ReportParseError(
                f"{what} is {len(value):,} characters long, over the limit of {limit}: '{shown}'",
                line,
            )

    check(source_name, Report, "source_name", "the file name", None)
    for name, what in (("symbol", "the document symbol"), ("meeting", "the meeting name"),
                       ("place", "the meeting place")):  # fmt: skip
        value = getattr(parsed, name)
        check(value, Report, name, what, _line_of(text, value))
    for plan in planned:
        check(plan.number, Decision, "number", f"paragraph number '{plan.number}'", plan.line)
        for item in plan.items:
            check(item.due_text, ActionItem, "due_text", "a deadline", plan.line)
            for ref in (item.owner, *item.partners):
                if not ref.registered:
                    what = f"paragraph {plan.number} names a body whose name"
                    check(ref.name, Body, "name_en", what, plan.line)
                    check(ref.slug, Body, "slug", f"the slug of a body in paragraph {plan.number}",
                          plan.line)  # fmt: skip


def _check_numbering(report: Report, planned: list[PlannedDecision]) -> None:
    """Refuse a new version of a report whose paragraphs are numbered
    differently from the one imported: its decisions cannot be matched. That
    includes a paragraph inserted or removed, the others renumbered after it:
    a stored paragraph's text found under another number."""
    rows = list(report.decisions.values_list("number", "position", "text"))
    stored = {number: position for number, position, _ in rows}
    by_position = {position: number for number, position in stored.items()}
    numbers_of: dict[str, set[str]] = {}
    for number, _, text in rows:
        numbers_of.setdefault(_same_text(text), set()).add(number)
    for plan in planned:
        where = stored.get(plan.number)
        there = by_position.get(plan.position)
        if (where is not None and where != plan.position) or (where is None and there is not None):
            other = there if there is not None else plan.number
            raise ReportParseError(
                f"{report.symbol} was imported on {report.imported_at:%Y-%m-%d} with its "
                f"paragraphs numbered differently: paragraph {plan.position} is numbered "
                f"'{plan.number}' here and '{other}' in the stored version; "
                "a renumbered report is not imported, review it by hand",
                plan.line or None,
            )
    here = {plan.number: _same_text(plan.text) for plan in planned}
    for plan in planned:
        # A stored paragraph's text under another number, and no longer under its own.
        others = numbers_of.get(here[plan.number], set())
        if (
            others
            and plan.number not in others
            and all(here.get(n) != here[plan.number] for n in others)
        ):
            raise ReportParseError(
                f"{report.symbol} was imported on {report.imported_at:%Y-%m-%d} with its "
                f"paragraphs numbered differently: paragraph '{plan.number}' here is "
                f"paragraph '{min(others, key=lambda n: stored[n])}' of the stored version "
                "(the same text): a paragraph was inserted, removed or moved and the others "
                "renumbered; a renumbered report is not imported, review it by hand",
                plan.line or None,
            )
