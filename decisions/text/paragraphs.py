"""Report -> paragraphs: the Markdown (or plain text) of a meeting report ->
a ``ParsedReport`` (the title-block metadata, the operative paragraphs each on
one line). ``ReportParseError`` (with a line number where one exists) on bad
input and on nothing else."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import numbering
from .blocks import (
    OPERATIVE_INTRO_RE,
    approving_decision,
    body_sentence,
    closing_line,
    continues,
    decision_line,
    furniture,
    introduces_list,
    preamble_points,
    quotation_open,
    unfinished,
)
from .decoding import MAX_REPORT_BYTES, DuplicateNumberError, ReportParseError, decode_report
from .folding import fold_text
from .lines import read_lines
from .markup import html_as_text
from .meeting_date import preamble_date
from .numbering import MAX_NEAR_JUMP, kind_of, label_of, punct_of, value
from .page_scraps import without_scraps
from .prose import headline, lead_blocks, news_numbers, prose_blocks
from .titleblock import head_end, head_text, language_of, read_title_block
from .units import Unit, units_of
from .verb_first import verb_first_paragraphs as verb_first

__all__ = [
    "MAX_REPORT_BYTES",
    "DuplicateNumberError",
    "ParsedParagraph",
    "ParsedReport",
    "ReportParseError",
    "decode_report",
    "parse_report",
]

_NO_PARAGRAPH = (
    "no operative paragraph found: expected numbered paragraphs (i., 1., a)) "
    "or clauses opening with an operative verb such as REQUESTS"
)


@dataclass(frozen=True)
class ParsedParagraph:
    number: str  # as printed: "xiv", "1", "a"; str(position) when unnumbered
    position: int  # 1-based order in the report
    text: str  # whole paragraph on one line, Markdown removed
    line: int  # 1-based line where it starts


@dataclass(frozen=True)
class ParsedReport:
    symbol: str
    title: str
    meeting: str
    place: str
    date: dt.date | None
    language: str  # a code of decisions.text.lang: "fr", "en"
    paragraphs: tuple[ParsedParagraph, ...]
    warnings: tuple[str, ...]
    # The title block and preamble, cut at HEAD_CHARS: who issued it (text.issuer).
    head: str = ""


# --------------------------------------------------------------------------
# Lines -> units -> paragraphs


_MAX_QUOTED = 12  # blocks an approval's quotation may run over


@dataclass
class _Para:
    number: str
    line: int
    indent: int
    parts: list[str]
    # Opened by "The Meeting urged ...": a communiqué's paragraph, unless a list follows.
    provisional: bool = False


@dataclass
class _Style:
    kind: str  # roman, arabic, letter, bullet, clause
    punct: str = ""
    indent: int = 0
    last: int = 0
    last_token: str = ""
    nested: bool = False  # a marker of another style was read inside a paragraph


def _is_next(style: _Style, number: int) -> bool:
    """Whether ``number`` can be the next top-level paragraph of the list."""
    if style.last == 0 or number <= style.last + MAX_NEAR_JUMP:
        return True
    return style.kind == "arabic" and number < 1000


def _first_marker_restyled(style: _Style, punct: str, number: int | None, paras: list) -> bool:
    """Whether a decimal list's second paragraph is punctuated otherwise than
    its first, the first being the one printed differently ("1 –" then "2.",
    "3."): the list goes on in the new style. Only right after the first
    paragraph, which holds no marker of its own (its sub-items would be
    numbered from 1 again), and only between a dash and a full stop."""
    return (
        style.kind == "arabic"
        and style.last == 1
        and number == 2
        and len(paras) == 1
        and {punct, style.punct} == {"-", "."}
        and not style.nested
    )


def _collect(
    units: list[Unit], in_operative: bool, renumber: bool = False
) -> tuple[list[_Para], list[str]]:
    paras: list[_Para] = []
    warnings: list[str] = []
    seen: dict[str, int] = {}
    style: _Style | None = None
    current: _Para | None = None

    def open_para(number: str, unit: Unit, text: str) -> _Para:
        key = number.lower()
        if renumber:
            number = key = str(len(paras) + 1)
        if key in seen:
            raise DuplicateNumberError(
                f"two paragraphs are numbered '{number}' (first on line {seen[key]})", unit.line
            )
        seen[key] = unit.line
        para = _Para(number, unit.line, unit.indent, [text] if text else [])
        paras.append(para)
        return para

    # After a line holding only "يقرر" / "DECIDES:": where the paragraphs read
    # before it end (a title's lettered parts, a numbered preamble); None outside.
    after_decision: int | None = None

    def narrative() -> bool:
        """Every paragraph so far opened with the body that met ("The Meeting ...")."""
        return bool(paras) and all(p.provisional for p in paras)

    closed = False  # past the line closing the resolution ("Adopted at the 300th meeting")
    listing = False  # inside a list a line introduced after the paragraphs (speakers)
    quoting = 0  # the blocks left in the quotation an approval opened ("... الآتية: «...»")
    for at, unit in enumerate(units):
        if quoting and current is not None and not unit.heading:
            current.parts.append(unit.text)
            quoting = quoting - 1 if quotation_open(" ".join(current.parts)) else 0
            if not quoting:  # the quotation closed: what follows is not of it
                current = None
            continue
        quoting = 0
        if not (unit.item or unit.bullet):
            if decision_line(fold_text(unit.text)):
                current, in_operative, after_decision = None, True, len(paras)
                continue
            if after_decision is not None and not unit.heading:
                # The one block after "يقرر": a paragraph, numbered by its place
                # among those after the line; the ones before it were no paragraphs.
                del paras[:after_decision]
                seen = {p.number.lower(): p.line for p in paras}
                after_decision = None
                current = open_para(str(len(paras) + 1), unit, unit.text)
                if style is None or style.kind != "clause":
                    style = _Style("clause")
                continue
        elif unit.item or unit.bullet:
            after_decision = None  # a list follows the line: read as usual
        if unit.heading:
            current, listing = None, False
            closed = closed or closing_line(fold_text(unit.text))  # a short closing line
            in_operative = in_operative or bool(OPERATIVE_INTRO_RE.search(fold_text(unit.text)))
            continue
        if unit.item and not (style is None and numbering.far_opening(unit.item)):
            label = label_of(unit.item)
            punct = punct_of(unit.item)
            rest = unit.item.group("rest")
            if narrative() or preamble_points(style.kind if style else "", paras, label):
                # A numbered list after "The Meeting ..." lines (they told the story),
                # or after the preamble's lettered points: the paragraphs start here.
                paras.clear()
                seen.clear()
                style = current = None
            if style is None:
                style = _Style(kind_of(label), punct, unit.indent)
            number = value(style.kind, label)
            before = units[at - 1] if at else unit
            if listing or (
                label.lower() in seen and not before.item and introduces_list(before.text)
            ):
                # "... heard statements from:" then 1, 2, 3 again: names it lists, no paragraphs.
                listing, current = True, None
                continue
            # Deeper indented, a marker is a sub-item; unless it is the very next
            # number of the list (a page break re-indents the text after it).
            if _first_marker_restyled(style, punct, number, paras):
                style.punct = punct  # "1 – Réaffirme ...", then "2. Demande ...": a reprint's slip
            same = punct == style.punct and (
                unit.indent <= style.indent + 1
                or (number is not None and style.last and number == style.last + 1)
            )
            if number is not None and same and _is_next(style, number):
                consecutive = number == style.last + 1 or renumber
                if paras and not consecutive and label.lower() not in seen:
                    warnings.append(
                        f"paragraph '{label}' on line {unit.line} follows "
                        f"'{style.last_token}': numbering is not consecutive"
                    )
                current = open_para(label, unit, rest)
                style.last, style.last_token = number, label
            elif current is not None:
                current.parts.append(unit.text.lstrip("-*+\u2022 "))
                style.nested = True
            continue
        if unit.bullet:
            if style is None and in_operative:
                style = _Style("bullet", indent=unit.indent)
            if style is not None and style.kind == "bullet" and unit.indent <= style.indent + 1:
                current = open_para(str(len(paras) + 1), unit, unit.bullet.group("rest"))
            elif current is not None:
                current.parts.append(unit.bullet.group("rest"))
            continue
        if unit.clause and (style is None or style.kind == "clause"):
            style = style or _Style("clause")
            in_operative = True
            closed = False  # an operative clause after a closing line: the next resolution
            current = open_para(str(len(paras) + 1), unit, unit.text)
            current.provisional = unit.subject_first
            continue
        if unit.clause and current is not None and not unit.heading:
            # A line opening with a verb inside a numbered paragraph goes on it.
            current.parts.append(unit.text)
            continue
        if current is not None and (
            not current.parts  # the number stood alone on its line
            or continues(unit.text, current.parts[-1])
            or unit.indent >= current.indent + 2
        ):
            current.parts.append(unit.text)
            continue
        if current is not None and unfinished(current.parts) and furniture(unit.text):
            continue  # a page's furniture inside a cut paragraph ("Sommaire"): it goes on after
        folded = fold_text(unit.text)
        if closing_line(folded):
            closed = True  # "Adoptée à la 396e séance ...": the resolution ended
        if (
            style is not None
            and style.kind == "clause"
            and not closed  # "A sa 268e séance, le Conseil a décidé ...": another text's record
            and body_sentence(unit.text, folded)
        ):
            # "Le Secrétaire général ... fournira ...": a sentence among the clauses
            current = open_para(str(len(paras) + 1), unit, unit.text)
            continue
        following = units[at + 1].text if at + 1 < len(units) else ""
        if (style is None or style.kind == "clause") and approving_decision(folded, following):
            # "يقرر المجلس الموافقة على التوصية الآتية: «...»": the decision and what it quotes.
            style = style or _Style("clause")
            current = open_para(str(len(paras) + 1), unit, unit.text)
            opened = quotation_open(unit.text) or following.lstrip()[:1] in '"“«„'
            quoting = _MAX_QUOTED if opened else 0
            if not opened:
                current = None
            continue
        current = None
        if folded.rstrip(" *").endswith(":") and OPERATIVE_INTRO_RE.search(folded):
            in_operative = True
            if narrative():  # "... decided as follows:": the list it opens starts anew
                style = None
    return paras, warnings


# --------------------------------------------------------------------------
# Entry point


def parse_report(text: str, renumber: bool = False) -> ParsedReport:
    """Parse the text of a report; raises ``ReportParseError`` and nothing else.

    ``renumber``: number the paragraphs by their position ("1", "2", ...)
    whatever they are numbered in the text, for a copy whose numbering was
    flattened; otherwise two paragraphs numbered alike raise
    ``DuplicateNumberError``."""
    if not isinstance(text, str):
        raise ReportParseError("the report must be text")
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise ReportParseError("the report is empty")
    text = html_as_text(text)  # a page copied with its markup: its paragraphs parted
    if not text.strip():
        raise ReportParseError(
            "the report holds only HTML markup, nothing a browser shows "
            "(a comment or a script left open hides the rest of the page)"
        )
    lines = read_lines(text)
    end = head_end(lines)
    meta = read_title_block(lines, end)
    head_intro = any(
        fold_text(ln.text).rstrip(" *").endswith(":")
        and OPERATIVE_INTRO_RE.search(fold_text(ln.text))
        for ln in lines[:end]
        if not ln.blank
    )
    paras, warnings = _collect(units_of(lines[end:]), head_intro, renumber)
    # A news page's headline printed again in its body: "L'OCI appelle à ..." (no stop,
    # one line), above a paragraph (the last one is a cut copy's end); its story is read
    # as a news page's, its lead before its first paragraph.
    # Several different such lines are a copy's sentences that lost their stops.
    heads = [p for p in paras[:-1] if p.provisional and len(p.parts) == 1 and headline(p.parts[0])]
    dropped = {id(p) for p in heads} if len({p.parts[0] for p in heads}) <= 1 else set()
    kept = [p for p in paras[:-1] if id(p) not in dropped] + paras[-1:]
    headlined, paras = len(kept) < len(paras), kept
    if any(p.provisional for p in paras):  # a news page's "The Council called on ..."
        for para, number in zip(paras, news_numbers(lines, paras), strict=True):
            para.number = number
    if not paras:  # "تثني على ...؛ / تطلب إلى ...؛": unnumbered, verb first, no capitals
        paras = [_Para(str(n), at, 0, [t]) for n, (at, t) in enumerate(verb_first(lines), 1)]
    prose: list[_Para] = []
    if not paras or all(p.provisional for p in paras):
        # No numbered part: the operative sentences of running prose; and a news
        # page read as "The Council called on ..." lines whose prose reading finds
        # more (its paragraphs one a line, with no blank line between them).
        prose = [_Para(str(n), at, 0, [t], True) for n, at, t in prose_blocks(lines)]
    if len(prose) > len(paras):
        paras = prose
    if not paras:
        raise ReportParseError(_NO_PARAGRAPH)
    first = paras[0]  # a news page's lead is added before it, and stays in the head
    if first.provisional or headlined:  # "CAIRO, 7 May (Agency) - ...", and all before the first
        paras[:0] = [
            _Para(n, at, 0, [t]) for n, at, t in lead_blocks(lines, first.number, first.line)
        ]

    if meta.date is None:
        meta.date, notes = preamble_date(lines, end, first.line, meta.month)
        meta.warnings.extend(notes)

    if renumber:
        warnings.append("paragraphs numbered by their position (renumber)")
    paragraphs = []
    for position, para in enumerate(paras, start=1):
        body = without_scraps(" ".join(" ".join(para.parts).split()))
        if not body:
            warnings.append(f"paragraph '{para.number}' on line {para.line} has no text")
        paragraphs.append(ParsedParagraph(para.number, position, body, para.line))
    return ParsedReport(
        symbol=meta.symbol,
        title=meta.title,
        meeting=meta.meeting,
        place=meta.place,
        date=meta.date,
        language=language_of(text),
        paragraphs=tuple(paragraphs),
        warnings=tuple(meta.warnings + warnings),
        head=head_text(lines, first.line),
    )
