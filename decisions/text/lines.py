"""Report text -> lines: Markdown removed, page-break artefacts and running
headers blanked, each line marked as a list item, a bullet or an operative
clause."""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass

from .clauses import acronym_verb, verb_at
from .folding import fold_text, strip_marks
from .glued_numbers import unglued
from .lang import either, every
from .markup import TAG_HEAD, TAG_TAIL
from .numbering import BULLET_RE, ITEM_RE, label_of, punct_of, token_ok

__all__ = ["Line", "read_lines", "symbol_of"]

_TAG_BREAK_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
# A tag (markup.TAG_HEAD, TAG_TAIL): "<<Article 5>>", "<Annexe>" are text.
_TAG_RE = re.compile(rf"{TAG_HEAD}[A-Za-z][A-Za-z0-9]*{TAG_TAIL}")
# A link's text and address stop at the next "[": a try starts at each "[" and, were
# it allowed to read on, a line of "[" (or of "[a](") would be read once per "[".
_LINK_RE = re.compile(r"!?\[([^\[\]\n]*)\]\([^)\[\n]*\)")
_STRONG_RE = re.compile(r"\*\*|__")
_EM_STAR_RE = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?![\w*])")
_EM_UNDERSCORE_RE = re.compile(r"(?<![\w\\])_(?=\S)([^_\n]*?\S)_(?!\w)")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
HEADING_RE = re.compile(r"^#{1,6}(?:\s+|$)")
# "> > text": text; and a paragraph quoted with its number ("« 7. Les membres ...", "«b) ...",
# a note reprinted inside another): the number, the quotation mark dropped.
_QUOTES_RE = re.compile(r"(?:>\s*)*(?:[«\"“„]\s*(?=(?:\d{1,3}|[IVX]{1,5})\.\s|[a-z]\)\s))?")

_RULE_RE = re.compile(r"^(?:[-*_=]\s*){3,}$")
_PAGE_RE = re.compile(
    rf"^{either('page_words')}\s*\d+(?:\s*(?:{'|'.join((*every('page_of'), '/'))})\s*\d+)?\.?$"
    r"|^[-\u2013\u2014]\s*\d+\s*[-\u2013\u2014]$|^\d{1,4}$|^\d{1,4}\s*/\s*\d{1,4}$"
    r"|^<\s*\d{1,4}\s*>$",
    re.IGNORECASE,
)

_DIGITS_RE = re.compile(r"\d+")
_CONTINUED_RE = re.compile(rf"^\(\s*{either('continued_marks')}\s*\)")
"""The running header a printed volume repeats on each page after the first:
"(تابع) مؤتمر القمة ...", "(continued) ...", "(suite) ..."."""

_CLAUSE_RE = re.compile(
    rf"^(?:{either('clause_adverbs')},?\s+)*{either('clause_verbs')}(?=[\s,:;]|$)"
)
_ITALIC_VERB_RE = re.compile(r"^[*_]{1,2}([A-Z][a-z]+(?:\s+[a-z]+)?)[*_]{1,2}\s")
# Segments joined by "/", ending with a year or a session in brackets:
# "S/RES/2766 (2024)", "PSC/PR/COMM.(CCCLXXV)", "LAS/SUMMIT/32/RES.(32)".
_SYMBOL_RE = re.compile(r"^[A-Z][A-Z0-9.\-]*(?:/[A-Z0-9][A-Z0-9.\-]*)+(?:\s*\([A-Z0-9]{1,12}\))?$")


@dataclass
class Line:
    number: int
    raw: str
    text: str  # cleaned, stripped
    indent: int
    heading: bool
    blank: bool = False
    item: re.Match[str] | None = None
    bullet: re.Match[str] | None = None
    clause: bool = False
    subject_first: bool = False  # the clause opens with the body that met: "The Meeting urged"


def clean_inline(text: str) -> str:
    """The text of a Markdown line: tags, links, emphasis and escapes removed."""
    text = _TAG_BREAK_RE.sub(" ", text)
    text = _TAG_RE.sub("", text)
    text = _LINK_RE.sub(r"\1", text)
    text = html.unescape(text)
    text = _STRONG_RE.sub("", text)
    text = _EM_STAR_RE.sub(r"\1", text)
    text = _EM_UNDERSCORE_RE.sub(r"\1", text)
    text = _ESCAPE_RE.sub(r"\1", text)
    return text.rstrip("\\ \t")


_LONG_CLAUSE = 12
"""Words from which a clause ending with a colon is a paragraph whose sub-items
follow ("Affirms that ... both the following principles:"), not a line
announcing the list ("Decides as follows:")."""


# A French past participle and its agent opening a line: "Adopté par le Conseil
# ... lors de sa 996e réunion", "Approuvée lors de ...": the title block saying who
# adopted the text, not a clause ("Adopte le budget"; folded, the two are alike).
_PARTICIPLE_RE = re.compile(
    r"^[*_]*[A-ZÀ-Ý][a-zà-ÿ]+(?:é|ée|és|ées|É|ÉE|ÉS|ÉES)\s+(?:par|lors)\s", re.I
)


def is_clause_start(text: str, raw: str) -> bool:
    """A UN-style operative clause: "REQUESTS the Secretary-General ...",
    "*Requests* ...", or the verb capitalised only ("Prie le Secrétaire
    général de ...", "To request the Secretary-General to ..."); not a
    French participle and its agent ("Adopté par ...")."""
    if _PARTICIPLE_RE.match(text):
        return False
    folded = fold_text(text, keep_case=True)
    m = _CLAUSE_RE.match(folded)
    if m and any(c.islower() for c in folded[m.end() :]) and len(text.split()) >= 4:
        return True
    m = _CLAUSE_RE.match(folded.upper())
    if (
        m
        and folded[:1].isupper()
        and folded[1:2].islower()
        and len(text.split()) >= 4
        and (not text.rstrip(" *").endswith(":") or len(text.split()) >= _LONG_CLAUSE)
        and not folded[m.end() :].lstrip().startswith((":", "("))
    ):
        return True
    italic = _ITALIC_VERB_RE.match(raw.lstrip())
    if italic:
        verb = fold_text(italic.group(1), keep_case=True).upper()
        m = _CLAUSE_RE.match(verb)
        return bool(m and m.end() == len(verb))
    return False


def read_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    last = 0  # the number of the last paragraph numbered "N." so far
    bare: list[tuple[int, int]] = []  # (line, number) of a number alone: a page's or a list's
    for number, raw in enumerate(text.split("\n"), start=1):
        expanded = raw.replace("\f", " ").replace("\t", "    ")
        stripped = expanded.lstrip()
        indent = len(expanded) - len(stripped)
        stripped = stripped[_QUOTES_RE.match(stripped).end() :]  # "> > text": text
        heading = bool(HEADING_RE.match(stripped))
        if heading:
            stripped = HEADING_RE.sub("", stripped).rstrip("# ")
        cleaned = " ".join(strip_marks(clean_inline(stripped)).split())
        if not cleaned or _RULE_RE.match(stripped.strip()) or _PAGE_RE.match(cleaned):
            if cleaned.isdecimal() and len(cleaned) <= 3 and not heading:
                bare.append((len(lines), int(cleaned)))
            lines.append(Line(number, raw, "", indent, heading, blank=True))
            continue
        if heading:
            lines.append(Line(number, raw, cleaned, indent, heading))
            continue
        cleaned = unglued(cleaned, lambda rest: is_clause_start(rest, rest))  # "1.Condamne"
        item = ITEM_RE.match(cleaned)
        own = label_of(item) if item and punct_of(item) == "." else ""
        first = int(own) + 1 if own.isdigit() else last + 1
        pieces = [cleaned]
        for cut in reversed(_inline_numbers(cleaned, first) or _inline_numbers(cleaned, 1)):
            pieces[:1] = [pieces[0][:cut].rstrip(), pieces[0][cut:]]
        pieces = [part for piece in pieces for part in _inline_clauses(piece)]
        for at, piece in enumerate(p for p in pieces if p):
            line = _marked(Line(number, raw if at == 0 else piece, piece, indent, False))
            lines.append(line)
            if line.item and punct_of(line.item) == "." and label_of(line.item).isdigit():
                last = int(label_of(line.item))
    _number_alone(lines, bare)
    _number_between(lines, bare)
    _blank_repeated_headers(lines)
    _blank_continued_headers(lines)
    return lines


_MAX_LINES_PER_NUMBER = 4  # a list's number stands over a paragraph, not a page
_MIN_RUN_FROM_ELSEWHERE = 3


def _number_alone(lines: list[Line], bare: list[tuple[int, int]]) -> None:
    """Numbers alone on their lines, 1, 2, 3 ..., each over one short paragraph
    (a web copy that printed a list's numbers on their own lines): the list's
    numbers, not page numbers. Read as "1.", "2." (the paragraph follows). An
    extract of a longer text numbers from where it starts (41, 42, 43 ...):
    from any other number than 1, three at least, each paragraph ending a
    sentence (a page number may cut one). Never over numbered paragraphs."""
    run: list[int] = []
    start = 0
    for at, value in [*bare, (len(lines), 0)]:
        text = [ln for ln in lines[run[-1] + 1 : at] if not ln.blank] if run else []
        ends = bool(text) and text[-1].text.rstrip(" *")[-1:] in ".;:!?\u061b\u06d4"
        short = 1 <= len(text) <= _MAX_LINES_PER_NUMBER and not any(ln.item for ln in text)
        if run and value == start + len(run) and short and (start == 1 or ends):
            run.append(at)
            continue
        if len(run) >= (2 if start == 1 else _MIN_RUN_FROM_ELSEWHERE) and text:
            # the last one's paragraph, then the page goes on
            for index, where in enumerate(run, start=start):
                old = lines[where]
                lines[where] = _marked(Line(old.number, old.raw, f"{index}.", old.indent, False))
        run, start = ([at], value) if value >= 1 else ([], 0)


def _number_between(lines: list[Line], bare: list[tuple[int, int]]) -> None:
    """A number alone on its line between the list's paragraphs numbered one
    less and one more ("2 - ...", then "3" alone, its paragraph on the next
    line, then "4 - ..."): the missing paragraph's number, printed the way its
    neighbours are ("3 -"). Only over one short paragraph (1 to 4 lines, no
    heading) opening on a new sentence (the one above ended: a page number
    cutting a paragraph in two stays furniture), and before the next number.
    One pass over the lines: linear (counts of the lines before each line
    read once, not a slice of the lines per number: many numbers alone
    between two far paragraphs would make that quadratic)."""
    if not bare:
        return
    numbered: list[tuple[int, int, str]] = []  # (line index, number, punct)
    # Before line i: how many lines hold text, how many of those are headings
    # or items, and the last line holding text (-1: none).
    filled, marked_in, last_filled = [0], [0], [-1]
    for at, ln in enumerate(lines):
        if ln.item and label_of(ln.item).isdecimal() and len(label_of(ln.item)) <= 3:
            numbered.append((at, int(label_of(ln.item)), punct_of(ln.item)))
        filled.append(filled[-1] + (not ln.blank))
        marked_in.append(marked_in[-1] + (not ln.blank and bool(ln.heading or ln.item)))
        last_filled.append(last_filled[-1] if ln.blank else at)
    k = 0
    last_marked = -1  # a number alone marked below holds text from then on
    for at, value in bare:
        while k < len(numbered) and numbered[k][0] < at:
            k += 1
        if not 0 < k < len(numbered) or lines[at].item:
            continue
        (before_at, before, punct), (after_at, after, _) = numbered[k - 1], numbered[k]
        count = filled[after_at] - filled[at + 1]
        above = max(last_filled[at], last_marked)  # the last line with text above
        if (
            before == value - 1
            and after == value + 1
            and 1 <= count <= _MAX_LINES_PER_NUMBER
            and marked_in[after_at] == marked_in[at + 1]
            and above >= before_at
            and lines[above].text.rstrip(" *")[-1:] in ".;:!?\u061b\u06d4"
        ):
            old = lines[at]
            mark = f"{old.raw.strip()} -" if punct == "-" else f"{old.raw.strip()}{punct or '.'}"
            lines[at] = _marked(Line(old.number, old.raw, mark, old.indent, False))
            last_marked = at


def _marked(line: Line) -> Line:
    """The line marked as a list item, a bullet or the start of a clause."""
    item = ITEM_RE.match(line.text)
    if item and token_ok(label_of(item)):
        line.item = item
    else:
        line.bullet = BULLET_RE.match(line.text)
        line.clause = line.bullet is None and is_clause_start(line.text, line.raw.strip())
        if line.bullet is None and not line.clause and _opens_with_the_meeting(line.text):
            line.clause = line.subject_first = True
    return line


_MEETING_SUBJECT_RE = re.compile(either("meeting_subjects") or r"(?!)")
_MEETING_VERB_FIRST_RE = re.compile(
    either("meeting_verb_first") if every("meeting_verb_first") else r"(?!)"
)


_OPENING_QUOTES = " \"'\u00ab\u201c\u201e\u2018"


def _opens_with_the_meeting(text: str) -> bool:
    """A communiqué's paragraph: the body that met, then an operative verb
    ("The Meeting urged Member States ...", "La Réunion a demandé ..."), or in
    a language that puts the verb first, a verb in the past and the body that
    met ("وأثنى المؤتمر على ...")."""
    if text.rstrip(" *").endswith(":"):
        return False
    text = text.lstrip(
        _OPENING_QUOTES
    )  # a news page quoting the communiqué: "“The Authority urges"
    folded = fold_text(text)
    if not text[:1].isupper():
        return bool(_MEETING_VERB_FIRST_RE.match(folded))
    subject = _MEETING_SUBJECT_RE.match(folded)
    if subject and verb_at(folded, subject.end(), len(folded)) is not None:
        return True
    return acronym_verb(text, folded)  # "The PSC demands ...": the body by its acronym


# "2. Decides ...": a number, a full stop and a capital (or a letter of a script
# without case), after a space.
_INLINE_NUMBER_RE = re.compile(r"(?<= )(\d{1,3})\. (?=[A-Z\u00c0-\u00de]|[^\W\d_\u0000-\u024f])")
_SENTENCE_ENDS = ".;:!?"


def _inline_numbers(text: str, first: int) -> list[int]:
    """Where paragraphs numbered ``first``, ``first + 1``... start inside a line
    whose paragraphs run together ("...; 10. Confirms ...; 11. Decides ...").
    Each number follows a sentence end; only "1" may follow a word (a title
    run into the text: "Djeddah 1. Le Comité ..."), and then a "2" must follow."""
    cuts: list[int] = []
    loose = False
    expected = first
    for m in _INLINE_NUMBER_RE.finditer(text):
        if int(m.group(1)) != expected:
            continue
        after_end = m.start() >= 2 and text[m.start() - 2] in _SENTENCE_ENDS
        if not after_end and not (expected == 1 and not cuts):
            continue
        loose = loose or not after_end
        cuts.append(m.start())
        expected += 1
    return [] if loose and len(cuts) < 2 else cuts


_CLAUSE_AT_RE = re.compile(
    rf"(?:{either('clause_adverbs')},?\s+)*{either('clause_verbs')}(?=[\s,:;]|$)"
)
_QUOTE_OPENERS = '"\u201c\u00ab'
_BREAK_RE = re.compile(r"[;.:,] (?=[A-Z\u00c0-\u00de][a-z\u00df-\u00ff])")


def _inline_clauses(text: str) -> list[str]:
    """The clauses of a resolution held on one line, cut where an operative
    verb opens a sentence ("...; Invite les gouvernements ...; Décide ...").
    The first clause may follow the comma ending the preamble ("Le Conseil,
    Ayant examiné ..., Invite ..."), once a clause follows a semicolon or a
    full stop."""
    folded = fold_text(text, keep_case=True).upper()
    cuts: list[int] = []
    comma: int | None = None
    for m in _BREAK_RE.finditer(text):
        start = m.end()
        verb = _CLAUSE_AT_RE.match(folded, start)
        if not verb or not any(c.islower() for c in text[verb.end() : verb.end() + 30]):
            continue
        if m.group()[0] == ":" and text[:1] in _QUOTE_OPENERS:
            continue  # a news line quoting a communiqué: '"It decides: To adopt ...'
        if m.group()[0] != ",":
            cuts.append(start)
        elif not cuts and comma is None:
            comma = start
    if cuts and comma is not None and comma < cuts[0]:
        cuts.insert(0, comma)
    pieces, pos = [], 0
    for cut in cuts:
        pieces.append(text[pos:cut].rstrip())
        pos = cut
    pieces.append(text[pos:])
    return pieces


def _blank_continued_headers(lines: list[Line]) -> None:
    """A "(continued) ..." header once a paragraph has started: the first one,
    above every paragraph, may be the only title an extract of a volume has."""
    started = False
    for ln in lines:
        if ln.blank:
            continue
        if started and _CONTINUED_RE.match(fold_text(ln.text)):
            ln.blank = True
            ln.text = ""
            ln.item = ln.bullet = None
            ln.clause = False
        started = started or bool(ln.item or ln.clause)


def _page_key(text: str) -> str:
    """A line with its numbers masked: two pages' headers share it ("..., page 14")."""
    return _DIGITS_RE.sub("0", text)


def _running(text: str) -> bool:
    """Words a page header may hold: a few, and no sentence ending in them."""
    return len(text.split()) >= 3 and text.rstrip()[-1:] not in ".;:,!?"


def _blank_repeated_headers(lines: list[Line]) -> None:
    """Running page headers: a short line seen 3+ times, or the symbol seen
    again, or, once the paragraphs have started, a line of a few words with no
    sentence end seen twice, its numbers aside (a printed volume's "Recueil
    ..., page 14", "page 15")."""
    short = [ln.text for ln in lines if not ln.blank and not ln.heading and len(ln.text) <= 100]
    counts = Counter(short)
    pages = Counter(_page_key(t) for t in short if _running(t))
    symbol_seen = started = False
    for ln in lines:
        started = started or bool(ln.item or ln.clause)
        if ln.blank or ln.item or ln.clause:
            continue
        is_symbol = symbol_of(ln.text) is not None
        # (a title printed twice above the paragraphs is no page header)
        paged = started and not ln.heading and pages[_page_key(ln.text)] >= 2 and _running(ln.text)
        if counts[ln.text] >= 3 or paged or (is_symbol and symbol_seen):
            ln.blank = True
            ln.text = ""
            ln.bullet = None
        symbol_seen = symbol_seen or is_symbol


def symbol_of(text: str) -> str | None:
    """The document symbol a line holds (OIC/ACM-2017/MALI-REP), if that is all it holds."""
    candidate = text.strip().strip("*_").strip()
    if len(candidate) >= 5 and _SYMBOL_RE.match(candidate):
        return candidate
    return None
