"""A generic addressee followed by the place it is in: "all stakeholders in
Cabo Delgado Province", "les parties en Libye", "the parties in the Sudan".
The place qualifies the addressee; the body asked is the generic one, named
without it ("stakeholders", "parties"), as a qualifier written after an
addressee is left out of its name. Only a place written with a capital
after the lead is cut: "partners in development" keeps its words; and
never after authorities or a government, whose place is who they are ("the
transitional authorities in Mali" are Mali's).
"""

from __future__ import annotations

import re

from .lang import either, every

__all__ = ["generic_place_end"]

_LEADS = r"(?:in|within|dans|a|en|au|aux)"
# The heads a place names: "the authorities in Mali", "les gouvernements en ...".
_PLACE_NAMED_RE = re.compile(r"authorit|autorit|govern|gouvern")
_GENERIC_PLACE_RE = re.compile(
    rf"(?:(?:{either('quantifiers')}|{either('articles')})\s+)?"
    rf"(?:{either('generic_addressees')})(?-i:\s+[a-z\u00e0-\u00ff-]+)?(?=\s+{_LEADS}\s+(?:(?:the|la|le|les)\s+|l')?(?-i:[A-Z]))",
    re.IGNORECASE,
)
if not every("generic_addressees"):
    _GENERIC_PLACE_RE = re.compile(r"(?!)")


def generic_place_end(text: str, folded: str, start: int, end: int) -> int:
    """Where a generic addressee in ``text[start:end]`` ends before the place
    written after it; ``end`` when none is."""
    # The lookahead reads the capital as written: the folded copy has none.
    m = _GENERIC_PLACE_RE.match(_caps(text, folded, start, end))
    if m is None or _PLACE_NAMED_RE.search(m.group()):
        return end
    return start + m.end()


def _caps(text: str, folded: str, start: int, end: int) -> str:
    """``folded[start:end]`` with the capitals of ``text`` put back (same length)."""
    pairs = zip(text[start:end], folded[start:end], strict=False)
    return "".join(t if t.isupper() else f for t, f in pairs)
