"""Arabic: the council that met, then when and how it met, between the verb
and the body asked (folded, as in lang/ar.py).

Class of text: a news agency's dispatch on a council's session, which opens
with the verb and the council, then the day and a long account of the session
between commas, the body asked only after the last of them: "طالب مجلس
الجامعة اليوم الأحد في ختام اجتماع طارئ على مستوى المندوبين، بناءً على طلب
دولة ما، وترأسه مندوب بلد ما، المجتمع الدولي بالتحرك ...". All of it up to that
comma is the speaker and its aside; the body asked opens after it. The aside
must open with the day ("اليوم"، "أمس"، a weekday) and a word of the session
("في ختام"، "خلال"، "في اجتماع"), and the body asked must open with a body's head
noun and reach "بـ" joined to a word, or "إلى", before any other comma:
otherwise nothing is read across the commas. Bounded: linear.
"""

from __future__ import annotations

from ._ar_named import SPEAKING_BODY as _SPEAKING_BODY
from ._ar_speakers import E as _E

__all__ = ["SESSION_ASIDE"]

_AFTER_PAST = (
    r"(?:(?<=دعا)|(?<=دعت)|(?<=طالب)|(?<=طالبت)|(?<=حث)|(?<=حثت)|(?<=ناشد)|(?<=ناشدت)"
    r"|(?<=اهاب)|(?<=اهابت))"
)
_DAYS = r"(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)"
_WHEN = rf"(?:اليوم|امس)(?:\s+{_DAYS})?\s+(?:في\s+(?:ختام|اجتماع|دوره)|خلال|عقب){_E}"
_ASKED = (
    r"(?:جميع\s+|كافه\s+)?(?:ال)?(?:مجتمع|دول|اطراف|حكومات|سلطات|منظمات|مجلس|امين|امانه|هييه"
    rf"|وكالات|جهات){_E}[^,.;:]{{0,80}}?\s+(?:ب(?=[^\W\d_])|الي\s)"
)
SESSION_ASIDE = (
    rf"{_AFTER_PAST}\s+(?:{_SPEAKING_BODY}|المجلس){_E}\s+{_WHEN}[^.;:]{{0,300}}?\s*,"
    rf"(?=\s*{_ASKED})"
)
