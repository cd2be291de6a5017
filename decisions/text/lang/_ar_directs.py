"""Arabic: a body directed to act with "وجّه" (folded, as in lang/ar.py).

Class of text: a decision or a news report where the one who speaks directs a
body, named right after it, to do something: "وجّه المجلس الأطراف للعمل على ..."
(the body that met), or the organisation's own Secretary-General, named by his
title and then his name closed by a comma, directing one of its organs to an act
told by a verbal noun after "لـ" or "بـ": "وجّهت الأمينة العامة للمنظمة، فلانة
الفلانية، الصندوقَ التابع لها، بتوفير ..."، "وجّه الأمين العام للمنظمة فلان
الفلاني، المكتب الإقليمي، لتنسيق ...". The verb also addresses a thing ("وجّه
رسالة إلى ..."، "وجّه المجلس الشكر إلى ..."، "وجّه الأمين العام، فلان، نداءً ...")
and then directs nobody: only a body's head noun may follow. Every part is
bounded and each letter class fixed: linear.
"""

from __future__ import annotations

from ._ar_acronym_speaker import ACRONYM_SPEAKER as _ACRONYM_SPEAKER
from ._ar_named import DATED_ASIDE as _DATED_ASIDE
from ._ar_named import STATED_SPEAKER as _NAMED_STATED
from ._ar_session_aside import SESSION_ASIDE as _SESSION_ASIDE
from ._ar_speakers import OWN_HEAD as _OWN_HEAD
from ._ar_speakers import SUBJECT_NAMED as _SUBJECT_NAMED
from ._ar_speakers import B as _B
from ._ar_speakers import E as _E

__all__ = ["REQUEST_DIRECT"]

_STATED_SPEAKER = rf"(?:{_ACRONYM_SPEAKER}|{_SESSION_ASIDE}|{_NAMED_STATED})"
# The body that met directs a body named after it, no act needed.
_BY_THE_MEETING = (
    rf"(?:{_STATED_SPEAKER}|{_SUBJECT_NAMED}){_DATED_ASIDE}"
    r"(?=\s+(?:جميع\s+|كافه\s+)?(?:الاطراف|الدول|الحكومات|السلطات|الجهات|الامانه|اللجنه"
    rf"|المفوضيه|الامين){_E})"
)
# The Secretary-General, his name closed by a comma (one opening it may be lost).
_HEAD_NAMED = rf"\s+{_OWN_HEAD}\s*,?(?:\s+[^\s,.;:]+){{1,6}}?\s*,"
# An organ's head noun, then within a few words the act: "لـ" or "بـ" before a
# verbal noun of Form II ("لتقديم"، "بتوفير") or "للعمل".
_ORGAN_TO_ACT = (
    r"(?=\s+(?:جميع\s+|كافه\s+)?(?:ال)?(?:صندوق|بنك|مكتب|مركز|معهد|جهاز|وكاله|لجنه|امانه"
    r"|مفوضيه|هييه|اداره|ادارات|اجهزه|اجهزت|مكاتب)"
    rf"{_E}[^.;:]{{0,120}}?(?:,\s*|\s+)(?:[لب]ت[^\W\d_]{{3,}}|للعمل{_E}))"
)
REQUEST_DIRECT = rf"{_B}[وف]?وجه(?:ت)?(?:{_BY_THE_MEETING}|{_HEAD_NAMED}{_ORGAN_TO_ACT})"
