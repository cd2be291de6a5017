"""A document -> its parts: the resolutions or decisions printed one after
the other on one page.

A yearly volume of the Security Council ("35 (1947). Résolution du 3 octobre
1947 ... 1. ... 2. ... 36 (1947). Résolution ... 1. ..."), a list of the Arab
League Council's decisions ("القرار رقم 3016 ... ويقرر: ... القرار رقم 3017"),
two AU communiqués printed together: each part is a heading that carries its
own number or symbol, followed by its own paragraphs numbered from 1.

The rule, in one place:

- a *heading* is a short line that opens with one of the forms below, in
  any of the three languages ("Résolution 35 (1947)", "Resolution 1234
  (1999)", "Decision Assembly/AU/Dec.598(XXVI)", "القرار رقم ٣٠١٦",
  "Communiqué of the 207th meeting");
- the text is cut before each heading; a piece whose own paragraphs start at
  1 is a part; a piece that does not (a heading quoted as a title, a heading
  with no paragraph under it) stays with the piece before it;
- the text before the first heading is a part of its own, untitled, only if
  it holds paragraphs (the end of a resolution begun on the page before);
  otherwise it goes with the first part (a volume's page header);
- fewer than two parts: the document is one report and is read as before,
  so a numbering that restarts with no heading stays an error.

Finding the parts looks at each line once, without parsing: linear in the
length of the text, whatever the number of headings. ``counted`` then reads
each part once, as the import would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .blocks import decision_line
from .folding import fold_text, strip_marks
from .lines import is_clause_start
from .numbering import ITEM_RE, kind_of, label_of, token_ok, value
from .paragraphs import ParsedReport, ReportParseError, parse_report

__all__ = [
    "Part",
    "PartChoiceError",
    "counted",
    "find_parts",
    "listing",
    "parse_part",
    "select_part",
]

MAX_HEADING_CHARS = 240
"""A heading is a line; a longer line is a paragraph that quotes one."""
MAX_LINE_CHARS = 2000
"""What of a line is looked at to tell whether it opens a paragraph."""

_NUM = r"(\d{1,5})"
_YEAR = r"\(\s*(\d{4})\s*\)"
_ORDINAL = r"(\d{1,4})\s*(?:st|nd|rd|th|e|eme|ere|er)?"

# Each pattern is anchored at the start of a folded line (lower case, no
# accents, Arabic letter variants unified, every script's digits as ASCII)
# and has no nested repetition: one try per line, in time linear in the line.
_UN_RES = re.compile(
    rf"^(?:security council |conseil de securite,? )?resolution\s+{_NUM}\s*{_YEAR}"
)
""""Résolution 35 (1947)", "Resolution 1234 (1999)"."""
_UN_VOLUME = re.compile(rf"^{_NUM}\s*{_YEAR}\s*\.?\s*resolution\b")
""""35 (1947). Résolution du 3 octobre 1947": how the yearly volumes print it."""
_AU_DEC = re.compile(r"^decision\s+((?:assembly|ex\.?\s?cl|psc)/[a-z0-9./() -]{3,60})")
""""Decision Assembly/AU/Dec.598(XXVI)", "Décision EX.CL/Dec.1(I)"."""
_COMMUNIQUE_EN = re.compile(
    rf"^(?:press\s+)?communique\s+of\s+the\s+{_ORDINAL}\s+(?:\w+\s+){{0,3}}?meeting\b"
)
""""Communiqué of the 207th meeting (of the Peace and Security Council)"."""
_COMMUNIQUE_FR = re.compile(
    rf"^communique\s+(?:de\s+la\s+)?{_ORDINAL}\s+(?:\w+\s+){{0,2}}?reunion\b"
)
""""Communiqué de la 207e réunion"."""
_AR_DECISION = re.compile(r"^(?:ال)?قرار\s*(?:رقم|ر\s*\.)\s*[:(]?\s*(\d{1,6})")
""""القرار رقم ٣٠١٦", "قرار رقم (3016)", "قرار ر. 3016"."""
_AR_REFERENCE = re.compile(r"^ق\s*\.?\s*(\d{1,6})\s*[-/]\s*د\s*\.?\s*(?:ع\s*)?\(?\s*(\d{1,4})")
"""The reference line an Arab League decision carries: "ق 3063 / د 60"."""
_REFERENCE_LOOKAHEAD = 6
"""Lines after an Arabic heading where its reference line is looked for."""

_CLEAN_RE = re.compile(r"^[#>*_\s]+|[*_\s]+$")

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def _roman(number: int) -> str:
    out = []
    for size, letters in _ROMAN:
        while number >= size:
            out.append(letters)
            number -= size
    return "".join(out)


@dataclass(frozen=True)
class _Heading:
    line: int  # 1-based
    symbol: str
    title: str
    number: str  # the number the heading gives: "35", "598", "207", "3016"


@dataclass(frozen=True)
class Part:
    """One resolution or decision of a document that holds several."""

    index: int  # 1-based, in the order printed
    symbol: str  # "S/RES/35 (1947)", "Assembly/AU/Dec.598(XXVI)", "ق 3063 / د 60"; "" untitled
    title: str  # the heading line as printed; "" for the text before the first heading
    number: str  # the heading's own number ("35", "598", "207", "3016"); "" untitled
    line: int  # first line of the part in the document (1-based)
    end: int  # last line of the part
    text: str  # the part's own lines
    paragraphs: int | None = None  # how many operative paragraphs (``counted``)

    def as_json(self) -> dict:
        return {
            "index": self.index,
            "symbol": self.symbol,
            "title": self.title,
            "number": self.number,
            "line": self.line,
            "end": self.end,
            "paragraphs": self.paragraphs if self.paragraphs is not None else 0,
        }


class PartChoiceError(ReportParseError):
    """A document with several parts read as one report, or a part asked
    for that the document does not have; the message lists the parts."""

    def __init__(self, message: str, parts: tuple[Part, ...]) -> None:
        super().__init__(message)
        self.parts = parts


def _heading(folded: str, cleaned: str, number: int) -> _Heading | None:
    """The heading a line is, with the symbol it gives its part."""
    m = _UN_RES.match(folded) or _UN_VOLUME.match(folded)
    if m:
        own = str(int(m.group(1)))
        return _Heading(number, f"S/RES/{own} ({m.group(2)})", cleaned, own)
    m = _AU_DEC.match(folded)
    if m:
        start = m.start(1)
        symbol = cleaned[start : m.end(1)].strip(" .")
        own = re.search(r"dec\.?\s*(\d+)", m.group(1))
        return _Heading(number, symbol, cleaned, str(int(own.group(1))) if own else "")
    m = _COMMUNIQUE_EN.match(folded) or _COMMUNIQUE_FR.match(folded)
    if m:
        meeting = int(m.group(1))
        return _Heading(number, f"PSC/COMM.({_roman(meeting)})", cleaned, str(meeting))
    m = _AR_DECISION.match(folded)
    if m:
        return _Heading(number, f"ق {int(m.group(1))}", cleaned, str(int(m.group(1))))
    return None


def _headings(lines: list[str]) -> list[_Heading]:
    found: list[_Heading] = []
    for number, raw in enumerate(lines, start=1):
        if not raw or len(raw) > MAX_HEADING_CHARS * 2:
            continue
        cleaned = _clean(raw)
        if not cleaned or len(cleaned) > MAX_HEADING_CHARS:
            continue
        head = _heading(fold_text(cleaned), cleaned, number)
        if head is not None:
            found.append(head)
    return _with_references(found, lines)


def _with_references(found: list[_Heading], lines: list[str]) -> list[_Heading]:
    """An Arabic heading takes the reference line printed under it ("ق 3063 /
    د 60") as its symbol: the one the League files the decision under."""
    out = []
    for head in found:
        if head.symbol.startswith("ق "):
            stop = min(len(lines), head.line + _REFERENCE_LOOKAHEAD)
            for raw in lines[head.line : stop]:
                m = _AR_REFERENCE.match(fold_text(strip_marks(raw.strip(" *#"))))
                if m:
                    head = replace(head, symbol=f"ق {int(m.group(1))} / د {int(m.group(2))}")
                    break
        out.append(head)
    return out


def _clean(raw: str) -> str:
    return " ".join(strip_marks(_CLEAN_RE.sub("", raw)).split())


def _opens_own_list(lines: list[str], start: int, stop: int) -> bool:
    """Whether the lines ``start:stop`` (0-based) hold paragraphs of their own
    from the start: the first numbered one is 1 (or a, i, أولاً), or a line
    of the operative part comes first ("ويقرر:", a clause "Invite ...", whose
    unnumbered paragraphs count from 1). A look at each line, no parsing:
    the lines are seen once whatever the number of headings."""
    for raw in lines[start:stop]:
        if len(raw) > MAX_LINE_CHARS:
            raw = raw[:MAX_LINE_CHARS]
        cleaned = _clean(raw)
        if not cleaned:
            continue
        item = ITEM_RE.match(cleaned)
        if item and token_ok(label_of(item)):
            label = label_of(item)
            return value(kind_of(label), label) == 1
        if decision_line(fold_text(cleaned)) or is_clause_start(cleaned, raw.strip()):
            return True
    return False


def _holds_paragraphs(lines: list[str], start: int, stop: int) -> bool:
    """Whether the text before the first heading holds paragraphs (the end
    of a resolution begun on the page before), not only a page's header."""
    for raw in lines[start:stop]:
        cleaned = _clean(raw[:MAX_LINE_CHARS])
        item = ITEM_RE.match(cleaned) if cleaned else None
        if item and token_ok(label_of(item)) and item.group("rest").strip():
            return True
    return False


def find_parts(text: str) -> tuple[Part, ...]:
    """The parts of a document that holds several resolutions or decisions;
    ``()`` when it is one report (fewer than two parts). Their paragraphs
    are not counted here (``counted`` does, by reading each part)."""
    if not isinstance(text, str):
        return ()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    heads = _headings(lines)
    if not heads:
        return ()
    # The first line of each part, with its heading (None: untitled).
    starts: list[tuple[int, _Heading | None]] = []
    if _holds_paragraphs(lines, 0, heads[0].line - 1):
        starts.append((1, None))
    for at, head in enumerate(heads):
        stop = heads[at + 1].line - 1 if at + 1 < len(heads) else len(lines)
        if _opens_own_list(lines, head.line, stop):
            starts.append((head.line, head))
    if len(starts) < 2:
        return ()
    # Lines above the first part (a page's header) belong to it.
    starts[0] = (1, starts[0][1])
    parts: list[Part] = []
    for at, (start, head) in enumerate(starts):
        end = starts[at + 1][0] - 1 if at + 1 < len(starts) else len(lines)
        parts.append(
            Part(
                index=at + 1,
                symbol=head.symbol if head else "",
                title=head.title if head else "",
                number=head.number if head else "",
                line=start,
                end=end,
                text="\n".join(lines[start - 1 : end]),
            )
        )
    return tuple(parts)


def counted(parts: tuple[Part, ...]) -> tuple[Part, ...]:
    """The parts with the number of paragraphs each holds, as the import reads
    it (0 for a part that cannot be read: its import would say why)."""
    out = []
    for part in parts:
        try:
            n = len(parse_report(part.text).paragraphs)
        except ReportParseError:
            n = 0
        out.append(replace(part, paragraphs=n))
    return tuple(out)


def _key(text: str) -> str:
    return "".join(fold_text(strip_marks(text)).split())


def select_part(parts: tuple[Part, ...], which: str) -> Part:
    """The part ``which`` names: its symbol ("S/RES/36 (1947)", spaces and case
    aside), its number in the heading ("36", "3016"), or its place ("2")."""
    wanted = _key(str(which))
    if not wanted:
        raise PartChoiceError("no part named: give a part's symbol or its place", parts)
    for part in parts:
        if part.symbol and _key(part.symbol) == wanted:
            return part
    if wanted.isdigit() and 1 <= int(wanted) <= len(parts):
        return parts[int(wanted) - 1]
    for part in parts:
        if part.number and part.number == wanted.lstrip("0"):
            return part
    raise PartChoiceError(f"the document has no part {which!r}; {listing(parts)}", parts)


def listing(parts: tuple[Part, ...]) -> str:
    """The parts in a sentence, for a message: where they are and what they are."""
    shown = "; ".join(
        f"{p.index}: {p.symbol or '(untitled)'} on line {p.line}"
        + (f", {p.paragraphs} paragraphs" if p.paragraphs is not None else "")
        for p in parts
    )
    return f"its {len(parts)} parts are {shown}"


def parse_part(text: str, part: Part, renumber: bool = False) -> ParsedReport:
    """One part read as a report of its own: its paragraphs (their lines
    counted in the whole document), and the symbol and title its heading
    gives; an untitled part keeps what its own lines say."""
    shift = part.line - 1
    try:
        report = parse_report(part.text, renumber=renumber)
    except ReportParseError as e:
        line = e.line + shift if e.line is not None else part.line
        raise type(e)(e.message, line) from e
    symbol = part.symbol or report.symbol
    title = part.title or report.title
    paragraphs = tuple(replace(p, line=p.line + shift) for p in report.paragraphs)
    return replace(report, symbol=symbol, title=title, paragraphs=paragraphs)
