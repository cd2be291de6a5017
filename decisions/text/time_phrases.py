"""A phrase of time between the body that met and its verb, as news pages
write it: "The Council on Thursday called on ...", "The Summit yesterday
urged ...", "Le Conseil hier a exhorté ...". The body before the phrase is
the verb's subject; the phrase is read past. Only a phrase ending right
before the verb, read in a bounded window, so reading stays linear."""

from __future__ import annotations

import re

__all__ = ["before_time", "is_time", "is_session_time"]

_WINDOW = 40
_DAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
_PARTS = r"morning|afternoon|evening|night|matin|soir|apres-midi"
# A news report's "here" (the dateline's city) may open the phrase: "The
# Council here on Saturday called on ...", "Le Conseil ici hier a ...".
_TIME_RE = re.compile(
    rf"(?<![\w'])(?:(?:here|ici)\s+)?(?:on\s+(?:{_DAYS})(?:\s+(?:{_PARTS}))?|(?:{_DAYS})(?:\s+(?:{_PARTS}))?"
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


# The same phrases standing alone, as a news page sets them between commas
# after the addressee ("urged Member States, on Wednesday, to ...", "a
# exhorté les États membres, ce mercredi, à ...", "حثت ... الدول الأعضاء،
# اليوم الأربعاء، على ..."): a time, never a body. Folded text (Arabic alef
# and final yeh folded, "ة" read as "ه").
_AR_DAYS = "الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت"
_AR_PARTS = "صباح|مساء|ظهر|ليله|فجر"
_AR_TIME = (
    rf"(?:(?:{_AR_PARTS})\s+)?(?:(?:اليوم|يوم)\s+)?(?:{_AR_DAYS})(?:\s+(?:الماضي|المقبل|القادم))?"
    rf"|(?:(?:{_AR_PARTS})\s+)?(?:اليوم|امس|اول\s+امس|غدا|امس\s+الاول)"
)
_ALONE_RE = re.compile(
    rf"(?:on\s+|ce\s+|le\s+)?(?:{_DAYS})(?:\s+(?:{_PARTS}|last|next|dernier|prochain))?"
    rf"|yesterday|today|tomorrow|hier|aujourd'hui|demain|ce\s+(?:{_PARTS})"
    rf"|this\s+(?:{_PARTS}|week)|earlier\s+today|{_AR_TIME}"
)


def is_time(folded: str) -> bool:
    """Whether ``folded`` (one piece of a list, folded) is only a phrase of time:
    "اليوم الأربعاء", "on Wednesday", "ce mercredi", "hier"."""
    return _ALONE_RE.fullmatch(" ".join(folded.split()).strip(" ,.;:\u060c")) is not None


# When and how the body that met spoke, read where an addressee would open:
# "طالب المجلس اليوم الثلاثاء في ختام اجتماع طارئ، بوقف ...": the day, then a
# word of the session (an Arabic news dispatch), never a body.
_SESSION_RE = re.compile(rf"(?:{_AR_TIME})\s+(?:في\s+(?:ختام|اجتماع|دوره)|خلال|عقب)(?![^\W\d_])")


def is_session_time(folded: str) -> bool:
    """Whether ``folded`` (one piece of a list, folded) opens with a time and a
    word of the session the body held ("اليوم الثلاثاء في ختام اجتماع ...")."""
    return _SESSION_RE.match(folded.lstrip(" ,.;:\u060c")) is not None
