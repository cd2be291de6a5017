"""Paragraph numbering: list markers and their values (roman, decimal, letters)."""

from __future__ import annotations

import re

from .folding import fold_key, loose_pattern
from .lang import LANGUAGES

__all__ = [
    "BULLET_RE",
    "ITEM_RE",
    "MAX_NEAR_JUMP",
    "far_opening",
    "kind_of",
    "label_of",
    "punct_of",
    "token_ok",
    "value",
]

ORDINAL_WORDS: dict[str, int] = {}
for _table in LANGUAGES:
    for _word, _number in _table.ordinal_words.items():
        ORDINAL_WORDS.setdefault(_word, _number)
_WORDS = "|".join(loose_pattern(w) for w in sorted(ORDINAL_WORDS, key=len, reverse=True))

_ABJAD = "ابجدهوزحطيكلمنسعفصقرشتثخذضظغ"
"""Arabic letters numbering sub-items, in the order they count in ("أ، ب، ج، د")."""
_LETTER = r"[a-z]|[\u0621-\u064a](?![^\W\d_])"

ITEM_RE = re.compile(
    r"^(?:(?P<bullet>[-*+\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2013\u2014])\s+)?"
    rf"(?:(?P<tok>\d{{1,4}}|[ivxlcdm]+|{_LETTER})(?P<punct>[.)]|-(?=\s|$)|\s[-\u2013](?=\s|$)(?!\s*\d)"
    r"|(?<=\d)\ufe0f?\u20e3)"
    rf"|\(\s?(?P<ptok>\d{{1,4}}|[ivxlcdm]+|{_LETTER})\s?\)"
    + (rf"|(?P<wtok>{_WORDS})(?:\s*(?P<wpunct>[:.)/\-\u2013\u060c])|(?=\s|$))" if _WORDS else "")
    + r")(?:\s+|$)(?P<rest>.*)$"
)
"""A numbered list item: "1.", "12)", "(iv)", "a)", "- xiv.", "1000-", "١-", "1 -",
"(أ )", a web page's keycap digit ("1\ufe0f\u20e3", read as "1."), the number alone on
its line ("2 -", "35-", the paragraph on the next line),
and the ordinal words of a language: "أولاً:", "الحادي عشر -", "ثانياً/", "ثالثاً،",
or with no mark at all, alone on its line or before the paragraph ("رابعاً يدعو ...")."""


def label_of(item: re.Match[str]) -> str:
    """The number of a list item as printed: "xiv", "12", "أولاً"."""
    groups = item.groupdict()
    return groups.get("tok") or groups.get("ptok") or groups.get("wtok") or ""


def punct_of(item: re.Match[str]) -> str:
    """How a list item's number is punctuated: ".", ")", "()", ":"."""
    groups = item.groupdict()
    if groups.get("ptok"):
        return "()"
    punct = (groups.get("punct") or groups.get("wpunct") or "").strip().replace("\u2013", "-")
    return "." if punct.endswith("\u20e3") else punct


BULLET_RE = re.compile(
    r"^(?P<bullet>[-*+\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2013\u2014])\s+(?P<rest>\S.*)$"
)
"""An unnumbered list item."""

_ROMAN_RE = re.compile(r"^m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}

MAX_NEAR_JUMP = 5
"""How far a number may jump ahead and still be the next paragraph, rather
than a number that happens to open a wrapped line (a letter, a roman
numeral, or a decimal of four digits such as a year)."""


def token_ok(token: str) -> bool:
    """Whether a marker token can number a paragraph at all."""
    if fold_key(token) in ORDINAL_WORDS:
        return True
    return token.isdigit() or len(token) == 1 or bool(_ROMAN_RE.match(token))


def kind_of(label: str) -> str:
    """The numbering style a list opening with ``label`` uses."""
    if label.isdigit():
        return "arabic"
    if fold_key(label) in ORDINAL_WORDS:
        return "ordinal"
    if label == "i" or len(label) > 1:
        return "roman"
    return "letter"


def value(kind: str, token: str) -> int | None:
    """The value of ``token`` in numbering style ``kind``; None if it is not one."""
    if kind == "arabic":
        return int(token) if token.isdigit() else None
    if kind == "roman":
        if not token or token.isdigit() or not _ROMAN_RE.match(token):
            return None
        total = 0
        for ch, nxt in zip(token, token[1:] + " ", strict=True):
            v = _ROMAN_VALUES[ch]
            total += -v if nxt != " " and _ROMAN_VALUES[nxt] > v else v
        return total
    if kind == "ordinal":
        return ORDINAL_WORDS.get(fold_key(token))
    if kind == "letter":
        if len(token) != 1 or not token.isalpha():
            return None
        if token.isascii():
            return ord(token) - 96
        letter = fold_key(token)
        return _ABJAD.index(letter) + 1 if letter in _ABJAD else None
    return None


def far_opening(item: re.Match[str]) -> bool:
    """Whether a lettered marker is too far into the alphabet to open a list:
    "ق. ٨٤٢٩ - د.ع (١٥٢)" is a resolution's symbol (ق, the 19th letter of the
    abjad), not its first paragraph; a list opens at أ / a, or a few letters on."""
    label = label_of(item)
    if kind_of(label) != "letter":
        return False
    number = value("letter", label)
    return number is not None and number > MAX_NEAR_JUMP + 1
