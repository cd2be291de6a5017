"""A United Nations document symbol in a report's head: "A/RES/57/337",
"S/RES/191 (1964)", "S/PRST/2004/12", "A/HRC/RES/49/1", "S/2003/123",
"E/CN.4/2005/L.10". Printed UN pages carry it as their running head and
often nothing else that names the organisation (a page of a resolution taken
from the middle of a volume or a PDF): the symbol then says the text is the
United Nations' own, as the title block would.

A symbol opens with the letter of a principal organ (A, S, E), then either a
series mark (RES, PRST, DEC, a subsidiary body's letters "HRC", "CN.4") and a
number, or two numbers (a session or year, and a document number). A letter
and one number alone ("A/5", "E/2") is no symbol: too like a reference in
prose. One bounded pattern searched once over the head: linear in its length.

The opening of a symbol alone ("A/RES", "S/PRST", "A/ES-10", "E/C.12", "S/2003/"),
after a space or at the start, is read too: the issuer (``issuer.py``) weighs
where a symbol opens against where an organisation is named, and a head cut
before its number still says whose it is. One home for both readings: one
pattern, searched once.
"""

from __future__ import annotations

import re

__all__ = ["UN_NAME", "holds_un_symbol", "un_symbol_at"]

UN_NAME = "United Nations"
"""The registry's name of the organisation a symbol points to."""

_SERIES = r"(?:RES|PRST|DEC|HRC|AC\.\d{1,4}|CN\.\d{1,2}|C\.\d{1,2}|CONF\.\d{1,4})"
_NUMBER = r"(?:ES-\d{1,2}/)?(?:L\.)?\d{1,5}"
_UN_SYMBOL_RE = re.compile(
    rf"(?<![\w/.])[ASE]/(?:"
    rf"(?:{_SERIES}/){{1,3}}{_NUMBER}(?:/{_NUMBER}){{0,2}}"
    rf"|\d{{1,4}}/{_NUMBER}(?:/{_NUMBER}){{0,1}}"
    rf")(?![\w/])"
    # the opening alone, never after a hyphen ("X-A/RES" is a reference's tail)
    r"|(?<![\w/.-])[ASE]/(?:RES|PRST|HRC|ES-\d|C\.\d|\d{2,4}/)"
)


def un_symbol_at(head: str) -> int | None:
    """Where the first United Nations document symbol (or its opening) in
    ``head`` starts, or None."""
    m = _UN_SYMBOL_RE.search(head)
    return m.start() if m else None


def holds_un_symbol(head: str) -> bool:
    """Whether ``head`` holds a United Nations document symbol."""
    return un_symbol_at(head) is not None
