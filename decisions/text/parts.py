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

A list of the Arab League Council's decisions may print no heading at all,
but close each decision with its reference line ("(ق 3063 / د 60 / جـ 1 -
11/9/1973)"), under a topic ("الموقف العربي والدولي:"): with no heading in the
text, two such lines or more cut it into parts the same way, each named by
its reference.

Finding the parts looks at each line once, without parsing: linear in the
length of the text, whatever the number of headings. ``counted`` then reads
each part once, as the import would.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .blocks import decision_line
from .folding import fold_text, strip_marks
from .headings import MAX_LINE_CHARS, Heading, clean, headings, holds_reference, reference
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


def _opens_own_list(lines: list[str], start: int, stop: int) -> bool:
    """Whether the lines ``start:stop`` (0-based) hold paragraphs of their own
    from the start: the first numbered one is 1 (or a, i, أولاً), or a line
    of the operative part comes first ("ويقرر:", a clause "Invite ...", whose
    unnumbered paragraphs count from 1). A look at each line, no parsing:
    the lines are seen once whatever the number of headings."""
    for raw in lines[start:stop]:
        if len(raw) > MAX_LINE_CHARS:
            raw = raw[:MAX_LINE_CHARS]
        cleaned = clean(raw)
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
        cleaned = clean(raw[:MAX_LINE_CHARS])
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
    heads = headings(lines)
    if not heads:
        return _closed_by_references(lines)
    # The first line of each part, with its heading (None: untitled).
    starts: list[tuple[int, Heading | None]] = []
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


def _topic(lines: list[str]) -> str:
    """The topic a decision is printed under: its first short line ending with ":"."""
    for raw in lines:
        cleaned = clean(raw[:MAX_LINE_CHARS])
        folded = fold_text(cleaned)
        if cleaned.endswith(":") and len(cleaned) <= 120 and not decision_line(folded):
            return cleaned.rstrip(": ")
    return ""


def _has_text(lines: list[str]) -> bool:
    """A paragraph's worth of words, beyond a topic line and a reference."""
    return any(len(raw.split()) >= 5 and not raw.rstrip().endswith(":") for raw in lines)


def _closed_by_references(lines: list[str]) -> tuple[Part, ...]:
    """The decisions of a list that closes each with its reference line and
    gives no heading: a topic, the decision's text, "(ق 3063 / د 60 / ...)".
    Each reference ends a part; text after the last one (a decision the
    copy cuts before its reference) is a part with no symbol."""
    pieces: list[tuple[int, int, str, str]] = []  # first line, last line, symbol, number
    start = 1
    for number, raw in enumerate(lines, start=1):
        found = reference(raw) if raw else None
        if found is None:
            continue
        if _has_text(lines[start - 1 : number - 1]):
            pieces.append((start, number, *found))
            start = number + 1
    if len(pieces) < 2:
        return ()
    if start <= len(lines) and _has_text(lines[start - 1 :]):
        pieces.append((start, len(lines), "", ""))
    else:
        last = pieces[-1]
        pieces[-1] = (last[0], len(lines), last[2], last[3])
    return tuple(
        Part(
            index=at,
            symbol=symbol,
            title=_topic(lines[first - 1 : last]),
            number=own,
            line=first,
            end=last,
            text="\n".join(lines[first - 1 : last]),
        )
        for at, (first, last, symbol, own) in enumerate(pieces, start=1)
    )


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
    head = report.head
    if part.symbol and holds_reference(f"({part.symbol})"):
        # Filed under an Arab League reference: the League's, whatever its head names.
        head = f"{head} ({part.symbol})"
    return replace(report, symbol=symbol, title=title, paragraphs=paragraphs, head=head)
