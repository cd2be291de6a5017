"""Arabic: when the body spoke, told between it and the body it asks
(folded, as in lang/ar.py).

Class of text: a news dispatch that puts the day after the speaker, with no
commas: "وطالبت القمة اليوم الدول الأعضاء بـ ..."، "ودعا المجلس أمس الأطراف
إلى ..."، "دعت المنظمة اليوم /الاثنين/ ..." (a news agency sets the day between
slashes), "صباح اليوم"، "مساء أمس". The time is no part of the body asked,
which opens after it. Only "اليوم" or "أمس" (a day's name may follow), or a
day's name between slashes: a day's name alone ("الاثنين", also "the two")
is left as it is; and so is a time before where the body met ("اليوم في ختام
اجتماع ..."), a session aside. Bounded: a few words; linear.
"""

from __future__ import annotations

from ._ar_speakers import E as _E

__all__ = ["DAYS", "TIME_BETWEEN"]

DAYS = r"(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)"
_SLASHED_DAY = rf"/\s*{DAYS}\s*/"
# Not before where it met ("اليوم الأحد في ختام اجتماع ...، بـ ..."): that is a
# session told after the speaker (lang/_ar_session_aside.py), read as before.
_NO_SESSION = r"(?!\s*,?\s*(?:في|خلال|عقب|اثناء)(?![^\W\d_]))"
TIME_BETWEEN = (
    rf"(?:(?:(?:صباح|مساء|ظهر)\s+)?(?:اليوم|امس){_E}(?:\s*(?:{_SLASHED_DAY}|{DAYS}{_E}))?"
    rf"|{_SLASHED_DAY}){_NO_SESSION}"
)
