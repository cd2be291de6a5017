"""Arabic: a call renewed in a circumstantial participle, the call as a noun
(folded, as in lang/ar.py).

Class of text: a news dispatch that tells what a speaker said and ends with his
renewed appeal, after a comma: "...، مجددا دعوة المنظمة إلى المجتمع الدولي
لمواصلة ..."، "...، مجددة مطالبتها مجلس الأمن بـ ..."، "...، مؤكدا دعوته الدول
الأعضاء إلى ...". The body asked follows "إلى" or "لـ" (after the noun and,
bare, the one whose call it is), or is the object of a noun with its pronoun;
the noun alone before "إلى" and an act ("مجددا دعوته إلى وقف القتال") asks
nobody (lang/ar.py's reading of the body after "إلى"). Bounded: linear.
"""

from __future__ import annotations

from ._ar_calls import HEADS as _HEADS
from ._ar_speakers import B as _B

__all__ = ["RENEWING_PARTICIPLE"]

_PARTICIPLE = r"(?:مجدد|مكرر|موكد)(?:ا|ه|ين)(?:\s+علي)?"
_OWN_NOUN = r"(?:دعوت|نداء|مطالبت|مناشدت)(?:ه|ها|هم)"
_BARE_NOUN = r"(?:دعوه|نداء|مطالبه|مناشده)"
# After "إلى", a body's word (a quantifier first, or not): never an act,
# whose verbal noun also takes the article ("إلى الوقف الفوري").
_BODY = (
    r"(?:جميع\s+|كافه\s+)?(?:ال)?(?:اطراف|دول|حكومات|حكومه|سلطات|جهات|مجتمع|اسره|منظمات|هييات"
    r"|امم|مجلس|لجنه|امين|امانه|مفوضيه|وكالات|شركاء|قوي)(?![^\W\d_])"
)
_TO = rf"\s+الي(?=\s+{_BODY})"
RENEWING_PARTICIPLE = (
    rf"{_B}[وف]?{_PARTICIPLE}\s+(?:{_OWN_NOUN}(?:{_TO}|(?=\s+(?:{_BODY}|{_HEADS}\s)))"
    rf"|{_BARE_NOUN}(?:\s+[^\s,.;]+)?{_TO})"
)
