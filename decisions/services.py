"""Writes that span several models. The management commands, the admin, the
views and the tests all go through these functions."""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from decisions import services_lineage
from decisions.models import (
    ActionItem,
    Body,
    BodyKind,
    Decision,
    DecisionKind,
    DecisionTranslation,
    Report,
    ReportTranslation,
    Status,
    StatusUpdate,
    Theme,
)
from decisions.text.bodies import BodyRef, RegistryEntry
from decisions.text.folding import fold_key
from decisions.text.normalize import normalize_text
from decisions.text.paragraphs import ParsedReport, ReportParseError, parse_report
from decisions.text.requests import ExtractedRequest, extract
from decisions.themes import themes_suggest_for


def registry_entries(language: str) -> list[RegistryEntry]:
    """The registered bodies as the extractor wants them."""
    entries = []
    for body in Body.objects.registered():
        name = getattr(body, f"name_{language}", "") or body.name_en
        entries.append(RegistryEntry(slug=body.slug, name=name, aliases=tuple(body.all_names())))
    return entries


# --- Importing a report -------------------------------------------------------


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
    # services_lineage.Proposal lists, proposed for review, never linked.
    renews: dict = field(default_factory=dict, repr=False)
    # Renewals the reviewer decided before import (services_intake.draft_import):
    # {"confirm": n, "reject": n}.
    renewals_decided: dict = field(default_factory=dict, repr=False)

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


def report_plan(
    *, text: str, renumber: bool = False
) -> tuple[ParsedReport, list[PlannedDecision], list[str]]:
    """Parse a report and extract its requests, without writing anything.
    ``renumber``: number the paragraphs by position (see ``parse_report``)."""
    parsed = parse_report(normalize_text(text), renumber=renumber)
    registry = registry_entries(parsed.language)
    decisions: list[PlannedDecision] = []
    warnings = list(parsed.warnings)
    for para in parsed.paragraphs:
        extraction = extract(para.text, registry, parsed.language)
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


def _same_text(text: str) -> str:
    """What two versions of a paragraph share when only spacing or case differ."""
    return " ".join(text.split()).casefold()


def _body_for(ref: BodyRef, result: ImportResult) -> Body:
    """The body a reference names; an unregistered addressee is created,
    flagged for review, never merged into another body."""
    if ref.registered:
        body = Body.objects.filter(slug=ref.slug).first()
        if body is not None:
            return body
    key = fold_key(ref.name)
    if result.unregistered_bodies is None:
        result.unregistered_bodies = {}
        for known in Body.objects.filter(registered=False):
            for name in known.all_names():
                result.unregistered_bodies.setdefault(fold_key(name), known)
    body = result.unregistered_bodies.get(key)
    if body is not None:
        return body
    slug, n = ref.slug, 1
    while (clash := Body.objects.filter(slug=slug).first()) is not None:
        if key in {fold_key(name) for name in clash.all_names()}:
            return clash
        n += 1  # the slug is another body's: keep both apart
        suffix = f"-{n}"
        slug = ref.slug[: _max_length(Body, "slug") - len(suffix)] + suffix
    # Never drop an addressee: keep it, flagged for review.
    body = Body.objects.create(
        slug=slug,
        name_en=ref.name,
        name_fr=ref.name,
        registered=False,
        kind=BodyKind.UNKNOWN,
    )
    result.unregistered_bodies[key] = body
    result.created_bodies.append(slug)
    return body


def report_import(
    *,
    text: str,
    source_name: str = "",
    dry_run: bool = False,
    renumber: bool = False,
    plan: list[PlannedDecision] | None = None,
) -> ImportResult:
    """Import a report's text: its paragraphs as decisions, each request as
    an action item per owner.

    The text is normalised first (``normalize_text``: no control or bidi
    override characters). Atomic: on any error nothing is written.
    Idempotent: importing the same report again creates nothing, and never
    touches a status, note or summary that staff changed; a paragraph whose
    text differs from the one already imported is reported in
    `changed_paragraphs`, not applied. Raises ReportParseError on bad input:
    a value too long for its column, a report renumbered since its import,
    two paragraphs numbered alike unless ``renumber``. ``plan``: the
    paragraphs as reviewed and corrected (services_intake), instead of what
    the extractor finds."""
    text = normalize_text(text)
    source_name = normalize_text(source_name)
    parsed, planned, warnings = report_plan(text=text, renumber=renumber)
    if plan is not None:
        planned = list(plan)
    result = ImportResult(parsed=parsed, decisions=planned, warnings=warnings, dry_run=dry_run)
    _check_lengths(parsed, planned, text=text, source_name=source_name)
    if dry_run:
        first = Report.objects.filter(symbol=parsed.symbol, language=parsed.language).first()
        if parsed.symbol and first is not None:
            try:
                _check_numbering(first, planned)
            except ReportParseError as e:
                result.warnings.append(f"an import would be refused: {e}")
        result.renews = services_lineage.renewals_for_plan(
            date=parsed.date, planned=planned, symbol=parsed.symbol
        )
        return result
    if not parsed.symbol:
        raise ReportParseError(
            "the title block has no document symbol (such as OIC/ACM-2017/MALI-REP)"
        )

    with transaction.atomic():
        first = Report.objects.filter(symbol=parsed.symbol).first()
        if first is not None and first.language != parsed.language:
            _translation_import(first, text=text, source_name=source_name, result=result)
            return result
        if first is not None:
            _check_numbering(first, planned)
        report, result.created_report = Report.objects.get_or_create(
            symbol=parsed.symbol,
            defaults={
                "title": parsed.title,
                "meeting": parsed.meeting,
                "place": parsed.place,
                "date": parsed.date,
                "language": parsed.language,
                "source_name": source_name,
                "source_text": text,
                "source_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            },
        )
        result.report = report
        existing = {d.number: d for d in report.decisions.all()}
        themes = {theme.slug: theme for theme in Theme.objects.all()}
        for plan in planned:
            decision = existing.get(plan.number)
            if decision is None:
                decision = Decision.objects.create(
                    report=report,
                    number=plan.number,
                    position=plan.position,
                    text=plan.text,
                    kind=plan.kind,
                )
                result.created_decisions += 1
            elif decision.text != plan.text:
                result.changed_paragraphs.append(plan.number)
                result.warnings.append(
                    f"paragraph {plan.number}: the text differs from the version imported "
                    f"on {report.imported_at:%Y-%m-%d}; not applied, review it by hand"
                )
                continue
            for item_plan in plan.items:
                owner = _body_for(item_plan.owner, result)
                item, created = ActionItem.objects.get_or_create(
                    decision=decision,
                    owner=owner,
                    defaults={
                        "summary": item_plan.summary,
                        "due_date": item_plan.due_date,
                        "due_text": item_plan.due_text,
                    },
                )
                if created:
                    result.created_items += 1
                    item.partners.set([_body_for(p, result) for p in item_plan.partners])
                    # Themes suggested from the paragraph's words, on new items only:
                    # a re-import never brings back a theme an editor removed.
                    slugs = themes_suggest_for(plan.text, report.language)
                    item.themes.add(*(themes[s] for s in slugs if s in themes))
        result.renews = services_lineage.renewals_propose(report=report)
    return result


def _translation_import(report: Report, *, text: str, source_name: str, result: ImportResult):
    """Link another language version of `report` to it, paragraph by paragraph
    (by number). Creates no decision and no action item; idempotent."""
    parsed = result.parsed
    lang = parsed.language
    result.report = report
    result.translation_of = report
    _, result.created_translation = ReportTranslation.objects.get_or_create(
        report=report,
        language=lang,
        defaults={
            "title": parsed.title,
            "meeting": parsed.meeting,
            "place": parsed.place,
            "source_name": source_name,
            "source_text": text,
            "source_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        },
    )
    stored = list(report.decisions.prefetch_related("translations").order_by("position"))
    originals = {d.number: d for d in stored}
    numbers = [p.number for p in parsed.paragraphs]
    by_position = bool(numbers) and not set(numbers) & set(originals)
    if by_position:
        # "i-xiv" here, "١-١٤" or "أولاً" there: the numbers cannot match.
        originals = {p.number: d for p, d in zip(parsed.paragraphs, stored, strict=False)}
        numbers = list(originals)
        result.warnings.append(
            f"the {lang} version numbers its paragraphs differently from the "
            f"{report.language} version: its paragraphs were linked by position"
        )
        if len(parsed.paragraphs) != len(stored):
            result.warnings.append(
                f"the {lang} version has {len(parsed.paragraphs)} paragraphs and the "
                f"{report.language} version {len(stored)}: check the links by hand"
            )
    for para in parsed.paragraphs:
        decision = originals.get(para.number)
        if decision is None:
            result.warnings.append(
                f"paragraph {para.number} of the {lang} version has no counterpart "
                f"in the {report.language} version; not linked"
            )
            continue
        existing = next((t for t in decision.translations.all() if t.language == lang), None)
        if existing is None:
            DecisionTranslation.objects.create(decision=decision, language=lang, text=para.text)
            result.linked_paragraphs += 1
        elif existing.text != para.text:
            result.changed_paragraphs.append(para.number)
            result.warnings.append(
                f"paragraph {para.number}: the {lang} text differs from the one imported "
                "before; not applied, review it by hand"
            )
    linked = {d.number for n, d in originals.items() if n in numbers}
    for decision in stored:
        if decision.number not in linked:
            result.warnings.append(
                f"paragraph {decision.number} of the {report.language} version is missing "
                f"from the {lang} version"
            )


# --- Recording what happened --------------------------------------------------


class StaleItemError(Exception):
    """The item changed since the form was shown; carries the current item."""

    def __init__(self, item: ActionItem):
        self.item = item
        super().__init__(
            f"this item was updated meanwhile: it is now {item.get_status_display()!s}"
        )


class NothingToRecordError(ValueError):
    pass


def action_item_set_status(
    *,
    item: ActionItem,
    status: str,
    note: str = "",
    by,
    expected_version: int | None = None,
    submitted_by=None,
    submitted_at: datetime.datetime | None = None,
) -> StatusUpdate:
    """Record an update of one item: a new status, a note, or both.

    Writes exactly one history row. With `expected_version` (the version the
    user saw), raises StaleItemError if someone else updated the item since,
    so nothing is overwritten silently. The note is stored normalised
    (normalize_text): whoever calls, no control character gets in.
    `submitted_by` / `submitted_at`: the focal point whose accepted
    submission this is, and when they submitted it (submission_accept)."""
    if status not in Status.values:
        raise ValueError(f"unknown status {status!r}; expected one of {', '.join(Status.values)}")
    note = normalize_text(note or "").strip()
    with transaction.atomic():
        current = ActionItem.objects.select_for_update().get(pk=item.pk)
        if expected_version is not None and current.version != expected_version:
            raise StaleItemError(current)
        if status == current.status and not note:
            raise NothingToRecordError(
                "nothing to record: the status is unchanged and the note is empty"
            )
        now = timezone.now()
        update = StatusUpdate.objects.create(
            item=current,
            author=by if by is not None and by.is_authenticated else None,
            old_status=current.status,
            new_status=status,
            note=note,
            created_at=now,
            submitted_by=submitted_by,
            submitted_at=submitted_at,
        )
        ActionItem.objects.filter(pk=current.pk).update(
            status=status, version=F("version") + 1, updated_at=now
        )
    item.status = status
    item.version = current.version + 1
    item.updated_at = now
    return update


def action_items_set_status(*, items: Iterable[ActionItem], status: str, note: str = "", by) -> int:
    """Set the status of many items at once, one history row each; all or
    nothing. Items already in that status are skipped unless a note is given.
    Returns the number of items updated."""
    count = 0
    note = normalize_text(note or "").strip()
    with transaction.atomic():
        for item in items:
            if item.status == status and not note:
                continue
            action_item_set_status(item=item, status=status, note=note, by=by)
            count += 1
    return count
