"""Arabic: a person named right after a verb of calling, his office after a
comma (folded, as in lang/ar.py).

Class of text: a news report whose lead puts the speaker's name first and his
office in apposition, between commas: "طالب فلان الفلاني، أمين عام منظمة
...، بضرورة ..."، "ودعا فلان الفلاني، وزير خارجية ...، المجتمع الدولي إلى
...". Two objects cannot follow "دعا"/"طالب": the name so described is the
verb's subject, the speaker, never a body asked; the body asked, if any,
follows the second comma. Only after a verb in the past, a name of one to
four words with no article that opens no body ("مجلس"، "الدول" ...), and an
office that names a person ("أمين عام"، "رئيس"، "وزير"، "مندوب" ...).

``OWN_TITLED_HEAD``: the same lead when the office is the organisation's own
Secretary-General ("أمين عام منظمة التعاون الإسلامي"، "الأمين العام لمنظمة
..."): he speaks for it, and a participle closing his sentence ("...، مطالبا
المجتمع الدولي بـ ...") carries the organisation's request
(participle_speaker.py). Every part is bounded: linear.
"""

from __future__ import annotations

from ._ar_speakers import OWN_HEAD as _OWN_HEAD
from ._ar_speakers import E as _E

__all__ = ["OWN_TITLED_HEAD", "TITLED_PERSON"]

_AFTER_PAST = (
    r"(?:(?<=دعا)|(?<=دعت)|(?<=طالب)|(?<=طالبت)|(?<=حث)|(?<=حثت)|(?<=ناشد)|(?<=ناشدت)"
    r"|(?<=طلب)|(?<=طلبت)|(?<=اهاب)|(?<=اهابت))"
)
# A proper name: no body's head noun, no quantifier, no particle; its first word
# without the article ("فلان الفلاني": a family name may have it).
_NOT_WORD = (
    r"(?!(?:ال|[وفبل])?(?:مجلس|لجنه|هييه|منظمه|جامعه|اتحاد|مفوضيه|حكومه|حكومات|دول|اطراف"
    r"|جميع|كافه|كل|من|الي|علي|في|عن|مع|امين|رييس|وزير|مجتمع|امم|موتمر|قمه)(?![^\W\d_]))"
)
_NAME = rf"\s+(?!ال|لل){_NOT_WORD}[^\s,.;:]{{2,}}(?:\s+{_NOT_WORD}[^\s,.;:]{{2,}}){{0,3}}"
_OFFICE = (
    r"(?:ال)?(?:امين|مدير|رييس|وزير|وزيره|نايب|مندوب|مندوبه|سفير|سفيره|ممثل|مبعوث|متحدث"
    rf"|ناطق|مساعد|مستشار){_E}"
)
TITLED_PERSON = rf"{_AFTER_PAST}{_NAME}\s*,\s*{_OFFICE}[^,.;:]{{0,100}}?,"

# The organisation's own Secretary-General, in construct ("أمين عام ...") or
# with the article (lang/_ar_speakers.py's OWN_HEAD).
_OWN_TITLE = (
    rf"(?:{_OWN_HEAD}|امين\s+عام\s+(?:منظمه\s+(?:التعاون|الموتمر)\s+الاسلامي"
    r"|جامعه\s+الدول\s+العربيه|الجامعه(?:\s+العربيه)?"
    r"|مجلس\s+التعاون(?:\s+لدول\s+الخليج(?:\s+العربيه)?)?))"
)
OWN_TITLED_HEAD = rf"[وف]?[^\W\d_\u0000-\u024f]+{_NAME}\s*,\s*{_OWN_TITLE}\s*,"
