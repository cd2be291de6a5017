"""Arabic: the titles of address that open a person's name (folded, as in
lang/ar.py): "الدكتور"، "البروفسور"، "السيد"، "معالي"، "سعادة"، "د." ... A
name so opened is a person's, the speaker's or another's, never a body asked:
"دعا الأمين العام للمنظمة، البروفسور فلان الفلاني كل الأطراف إلى ...". Used by
lang/_ar_named.py (the speaker's name, its closing comma lost) and names.py
(such a name is no addressee)."""

from __future__ import annotations

import re

__all__ = ["HONORIFIC", "MASCULINE_TITLE", "titled_person"]

HONORIFIC = (
    r"(?:(?:ال)?(?:دكتور|بروفسور|بروفيسور|بروفيسير|بروف|استاذ|سيد|شيخ|سفير|مهندس)ه?"
    r"|معالي|سعاده|فخامه|سمو|د\s?\.)(?![^\W\d_])"
)
# Then the name itself, with no article ("الدكتور سالم"), or nothing: an office
# after it is a body ("معالي الأمين العام"، "السيد المبعوث الخاص" are asked).
# A man's title right after a verb opening with "ت": "ترأس الأمين العام ..."، "تولى
# وزير الخارجية ...". A present in "ت" is feminine and cannot take him as its
# subject: the verb is a past one (Form V or VI), and the title the speaker, never
# a body asked (lang/ar.py reads such a present as "تعقد اللجنة دورة ...").
MASCULINE_TITLE = r"\s+(?:ال)?(?:امين\s+(?:ال)?عام|مدير\s+(?:ال)?عام|رييس|وزير)(?![^\W\d_])"
_TITLED_RE = re.compile(rf"\s*{HONORIFIC}(?:\s+(?!ال)[^\W\d_]|\s*$)")


def titled_person(folded: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``folded[start:end]`` (a piece of a list of addressees) opens
    with a title of address and a proper name, or is that title alone: a
    person named, no body."""
    return _TITLED_RE.match(folded, start, len(folded) if end is None else end) is not None
