"""A paragraph number glued to its first word: "1.Condamne ...", "12.Prie ...",
as the text extracted from a UN resolution in French prints each operative
paragraph (no space after the full stop). The number is read as "1. " when the
word after it opens an operative clause (a verb: "Condamne", "Exhorte",
"Demande"); a number glued to anything else is left alone ("1.5 million",
"2.Annexe", "3.UN", a version "4.Rev").

The pattern is anchored at the line's start and reads at most three digits,
a full stop and a capital: linear in the line."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["unglued"]

_GLUED_RE = re.compile(r"^(\d{1,3})\.(?=[A-Z\u00c0-\u00de][a-z\u00df-\u00ff])")
# A communiqué's paragraph opening with the meeting's one-word name and its
# verb in the past: "3.Summit elected ...", "8.Council also urged ...".
_REPORTED_RE = re.compile(r"[A-Z][a-z]{2,20} (?:also |further )?[a-z]{2,20}ed ")


def unglued(text: str, clause: Callable[[str], bool]) -> str:
    """``text`` with a space after its glued paragraph number, when what
    follows the number is an operative clause (``clause``); else ``text``."""
    m = _GLUED_RE.match(text)
    if m is None or not (clause(text[m.end() :]) or _REPORTED_RE.match(text, m.end())):
        return text
    return f"{m.group(1)}. {text[m.end() :]}"
