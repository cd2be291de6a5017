"""Writing a planned report: its paragraphs, action items and translations, in one
transaction."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import replace

from django.db import transaction

from decisions.intake.plans import (
    ImportResult,
    PlannedDecision,
    _check_lengths,
    _check_numbering,
    _max_length,
    part_of,
    report_plan,
)
from decisions.items.touch import new_items
from decisions.jobs.tasks import in_background
from decisions.lineage import job_runners, jobs, renewals
from decisions.models import (
    ActionItem,
    Body,
    BodyKind,
    Decision,
    DecisionTranslation,
    Report,
    ReportTranslation,
    Theme,
)
from decisions.text.bodies import BodyRef
from decisions.text.folding import fold_key
from decisions.text.normalize import normalize_text
from decisions.text.paragraphs import ParsedReport, ReportParseError
from decisions.text.parts import Part, PartChoiceError, find_parts
from decisions.themes.suggest import themes_suggest_for


class SymbolMissing(ReportParseError):
    """No document symbol was read in the title block, and none was typed:
    the import is refused (the review page asks for it)."""


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
    part: str | None = None,
    title_block: dict | None = None,
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
    the extractor finds. ``part``: for a document that holds several
    resolutions or decisions, the one to import (its symbol or its place);
    the report keeps that part's text only. ``title_block``: the symbol,
    meeting or date the reviewer typed (``{"symbol": ..., "date": "2024-05-01"}``),
    instead of what the title block gives."""
    text = normalize_text(text)
    source_name = normalize_text(source_name)
    parsed, planned, warnings = report_plan(text=text, renumber=renumber, part=part)
    if title_block:
        parsed = _typed(parsed, title_block)
    # What the report keeps as its source: the part's own lines, for a part.
    stored = text if part in (None, "") else part_of(text=text, part=part).text
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
        result.renews = renewals.renewals_for_plan(
            date=parsed.date, planned=planned, symbol=parsed.symbol, language=parsed.language
        )
        return result
    if not parsed.symbol:
        raise SymbolMissing(
            "the title block has no document symbol (such as OIC/ACM-2017/MALI-REP, "
            "or a resolution's number: Resolution No. 1/47-POL)"
        )

    with transaction.atomic():
        first = Report.objects.filter(symbol=parsed.symbol).first()
        if first is not None and first.language != parsed.language:
            _translation_import(first, text=stored, source_name=source_name, result=result)
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
                "source_text": stored,
                "source_sha256": hashlib.sha256(stored.encode("utf-8")).hexdigest(),
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
                    # A new item: no page of it is kept yet (decisions.items.touch).
                    with new_items():
                        item.partners.set([_body_for(p, result) for p in item_plan.partners])
                        # Themes suggested from the paragraph's words, on new items
                        # only: a re-import never brings back a theme an editor removed.
                        slugs = themes_suggest_for(plan.text, report.language)
                        item.themes.add(*(themes[s] for s in slugs if s in themes))
        if in_background():
            # With workers, the renewals (22 s next to 100,000 items) and then
            # the search for duplicates are a job, once the import commits.
            result.renewals_job = job_runners.renewals_job_start(report=report, after_import=True)
        else:
            result.renews = renewals.renewals_propose(report=report)
            proposed = sum(len(links) for links in result.renews.values())
            jobs.after_import(report=report, proposed=proposed)
    return result


def typed_symbol(value: str) -> str:
    """A document symbol as typed (in the review, or ``import_report --symbol``):
    no control or bidi character (``normalize_text``), spaces folded, and no
    invisible character (a zero-width space, a mark, a byte-order mark, a soft
    hyphen): "CG/7/COMM\u200b" is "CG/7/COMM", and a symbol of such characters
    alone is none."""
    folded = " ".join(normalize_text(value).split())
    return "".join(c for c in folded if unicodedata.category(c) != "Cf")


def _typed(parsed: ParsedReport, title_block: dict) -> ParsedReport:
    """The parsed report with the title block's fields the reviewer typed."""
    typed = {k: " ".join(normalize_text(str(v)).split()) for k, v in title_block.items()
             if k in ("symbol", "meeting") and v is not None}  # fmt: skip
    if "symbol" in typed:
        typed["symbol"] = typed_symbol(typed["symbol"])
    if "date" in title_block:
        value = title_block["date"]
        typed["date"] = dt.date.fromisoformat(value) if value else None
    return replace(parsed, **typed)


def report_import_parts(
    *,
    text: str,
    source_name: str = "",
    dry_run: bool = False,
    renumber: bool = False,
    reviewed: dict | None = None,
) -> list[tuple[Part, ImportResult]]:
    """Import each resolution or decision of a document as its own report,
    with the symbol and title of its heading, in one transaction: a part
    that cannot be imported leaves nothing written, and the message says
    which part. ``reviewed``: what a reviewer corrected in one part,
    ``{"part": 2, "plan": [...], "title_block": {"symbol": ...}}``, used for
    that part only (the symbol typed for it wins over its heading's).
    Raises ReportParseError (PartChoiceError for a document that has no
    parts)."""
    text = normalize_text(text)
    parts = find_parts(text)
    if not parts:
        raise PartChoiceError("the document is one report, with no parts to import one by one", ())
    done: list[tuple[Part, ImportResult]] = []
    with transaction.atomic():
        for part in parts:
            mine = reviewed if reviewed and str(reviewed.get("part")) == str(part.index) else {}
            try:
                result = report_import(
                    text=text,
                    source_name=source_name,
                    dry_run=dry_run,
                    renumber=renumber,
                    part=str(part.index),
                    plan=mine.get("plan"),
                    title_block=mine.get("title_block"),
                )
            except ReportParseError as e:
                where = part.symbol or "untitled"
                raise ReportParseError(
                    f"part {part.index} ({where}, from line {part.line}): {e.message}; "
                    "nothing was imported",
                    e.line,
                ) from e
            done.append((part, result))
    return done


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
