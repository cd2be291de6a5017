"""Headings of the resolutions and decisions a page prints one after the
other, in the three languages, and the symbol each gives its part: the
pattern side of ``decisions.text.parts``.

Each pattern is anchored at the start of a folded line (lower case, no
accents, Arabic letter variants unified, every script's digits as ASCII) and
has no nested repetition: one try per line, in time linear in the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .folding import fold_text, strip_marks

__all__ = ["MAX_LINE_CHARS", "Heading", "clean", "headings", "reference"]

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
_AR_REFERENCE_IN = re.compile(r"\(\s*ق\s*\.?\s*\d{1,6}\s*[-/]\s*د\s*\.?\s*(?:ع\s*)?\(?\s*\d{1,4}")
"""The same reference in brackets inside running text (a head read as one line)."""
LEAGUE_NAME = "جامعة الدول العربية"
"""The organisation whose decisions carry such references."""
_REFERENCE_CHARS = 80
"""A reference line holds the reference and its date, nothing more."""
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
class Heading:
    line: int  # 1-based
    symbol: str
    title: str
    number: str  # the number the heading gives: "35", "598", "207", "3016"


def _heading(folded: str, cleaned: str, number: int) -> Heading | None:
    """The heading a line is, with the symbol it gives its part."""
    m = _UN_RES.match(folded) or _UN_VOLUME.match(folded)
    if m:
        own = str(int(m.group(1)))
        return Heading(number, f"S/RES/{own} ({m.group(2)})", cleaned, own)
    m = _AU_DEC.match(folded)
    if m:
        start = m.start(1)
        symbol = cleaned[start : m.end(1)].strip(" .")
        own = re.search(r"dec\.?\s*(\d+)", m.group(1))
        return Heading(number, symbol, cleaned, str(int(own.group(1))) if own else "")
    m = _COMMUNIQUE_EN.match(folded) or _COMMUNIQUE_FR.match(folded)
    if m:
        meeting = int(m.group(1))
        return Heading(number, f"PSC/COMM.({_roman(meeting)})", cleaned, str(meeting))
    m = _AR_DECISION.match(folded)
    if m:
        return Heading(number, f"ق {int(m.group(1))}", cleaned, str(int(m.group(1))))
    return None


def headings(lines: list[str]) -> list[Heading]:
    found: list[Heading] = []
    for number, raw in enumerate(lines, start=1):
        if not raw or len(raw) > MAX_HEADING_CHARS * 2:
            continue
        cleaned = clean(raw)
        if not cleaned or len(cleaned) > MAX_HEADING_CHARS:
            continue
        head = _heading(fold_text(cleaned), cleaned, number)
        if head is not None:
            found.append(head)
    return _with_references(found, lines)


def _with_references(found: list[Heading], lines: list[str]) -> list[Heading]:
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


def clean(raw: str) -> str:
    return " ".join(strip_marks(_CLEAN_RE.sub("", raw)).split())


def reference(raw: str) -> tuple[str, str] | None:
    """The symbol and number of a line that is only an Arab League decision's
    reference, "(ق 3063 / د 60 / جـ 1 - 11 / 9 / 1973)"."""
    if len(raw) > _REFERENCE_CHARS:
        return None
    bare = fold_text(strip_marks(raw.strip(" *#\t")))
    m = _AR_REFERENCE.match(bare.lstrip("( "))
    if m is None or not bare.rstrip(" .").endswith((")", *"0123456789")):
        return None
    return f"ق {int(m.group(1))} / د {int(m.group(2))}", str(int(m.group(1)))


def holds_reference(text: str) -> bool:
    """Whether ``text`` holds an Arab League decision's reference in brackets,
    "(ق 4170 - د 77/ج 2 - 26/3/1982)": a page of the League's decisions."""
    return bool(_AR_REFERENCE_IN.search(fold_text(strip_marks(text))))
