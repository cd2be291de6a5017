"""A phrase of time between the body that met and its verb, as news pages
write it: "The Council on Thursday called on ...", "The Summit yesterday
urged ...", "Le Conseil hier a exhorté ...". The body before the phrase is
the verb's subject; the phrase is read past. Only a phrase ending right
before the verb, read in a bounded window, so reading stays linear."""

from __future__ import annotations

import re

__all__ = ["before_time", "is_time"]

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


# A phrase of time alone, set off by commas among the bodies asked: "urged member
# States, on Wednesday, to ...", "حثت المنظمة الدول الأعضاء، اليوم الأربعاء، على ...":
# no body. (Arabic days folded: "الأربعاء" -> "الاربعاء".)
_AR_DAYS = r"(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)"
_TIME_ALONE_RE = re.compile(
    rf"(?:on\s+|ce\s+)?(?:{_DAYS})(?:\s+(?:{_PARTS}|dernier|prochain))?"
    r"|yesterday|today|hier|aujourd'hui"
    rf"|(?:(?:اليوم|امس|يوم|مساء|صباح)\s+)?{_AR_DAYS}|اليوم|امس"
)


def is_time(folded: str) -> bool:
    """Whether ``folded`` (a piece of a list of bodies) is a phrase of time alone."""
    return bool(_TIME_ALONE_RE.fullmatch(folded.strip(" ,\u060c")))
