"""A phrase of time between the body that met and its verb, as news pages
write it: "The Council on Thursday called on ...", "The Summit yesterday
urged ...", "Le Conseil hier a exhorté ...". The body before the phrase is
the verb's subject; the phrase is read past. Only a phrase ending right
before the verb, read in a bounded window, so reading stays linear."""

from __future__ import annotations

import re

__all__ = ["before_time"]

_WINDOW = 40
_DAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
_PARTS = r"morning|afternoon|evening|night|matin|soir|apres-midi"
_TIME_RE = re.compile(
    rf"(?<![\w'])(?:on\s+(?:{_DAYS})(?:\s+(?:{_PARTS}))?|(?:{_DAYS})(?:\s+(?:{_PARTS}))?"
    rf"|yesterday|today|this\s+(?:{_PARTS}|week)|earlier\s+today|hier|aujourd'hui|ce\s+(?:{_PARTS}))"
    r",?\s*$"
)


def before_time(folded: str, start: int, end: int) -> int:
    """Where the words ``folded[start:end]`` end before a phrase of time closing
    them, spaces taken off; ``end`` when none closes them."""
    m = _TIME_RE.search(folded, max(start, end - _WINDOW), end)
    if m is None or m.start() <= start:
        return end
    at = m.start()
    while at > start and folded[at - 1].isspace():
        at -= 1
    return at
