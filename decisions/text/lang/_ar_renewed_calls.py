"""Arabic: a call renewed with its addressee as the noun's object, after a
phrase of time or in construct (folded, as in lang/ar.py).

Class of text: a news report of a body renewing its call, the time of the
report between the body and its call, "جدد مجلس الأمن قبل قليل دعوته الأطراف
إلى ..."، "وكررت القمة اليوم مطالبتها المجتمع الدولي بـ ..."; or the body asked
named in construct, with no article, as the noun's direct object: "يجدد
المجلس دعوته أطراف النزاع إلى ..."، "جددت الجامعة مناشدتها دول العالم ..."
(lang/_ar_calls.py's RENEW reads "إلى"/"لـ" after the noun, a body with the
article, or a body's head noun such as "مجلس" or "حكومة"). Only a call
("دعوة"، "مطالبة"، "مناشدة"، "نداء") with its possessive pronoun, and only
before a plural head noun of those asked (sides, States, leaders, factions,
forces). Every part is a bounded alternation: linear.
"""

from __future__ import annotations

from ._ar_named import SPEAKING_BODY as _SPEAKING_BODY
from ._ar_speakers import OWN_HEAD as _OWN_HEAD
from ._ar_speakers import SUBJECT as _SUBJECT
from ._ar_speakers import B as _B
from ._ar_speakers import E as _E

__all__ = ["RENEWED_CALL"]

_RENEWING = r"(?:جدد(?:ت)?|[يت]جدد|كرر(?:ت)?|[يت]كرر)"
# When the report was written: "قبل قليل"، "اليوم"، "أمس"، "مساء اليوم"، "الليلة".
_WHEN = (
    r"(?:\s+(?:قبل\s+قليل|(?:مساء|صباح|ظهر|عصر)\s+(?:اليوم|امس)|اليوم|امس|الليله"
    r"|(?:في\s+)?وقت\s+سابق(?:\s+اليوم)?)(?:\s+(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت))?)"
)
_CALL = r"(?:دعوت|مطالبت|مناشدت|نداء)(?:ه|ها|هم)"
# Those asked in construct, or (after the time) with the article or a quantifier.
_CONSTRUCT = r"(?:اطراف|دول|حكومات|قاده|زعماء|فصايل|قوي|سلطات|جهات|شعوب)"
_OBJECT = rf"(?=\s+{_CONSTRUCT}\s+(?!الي{_E}|علي{_E}|ب)\S)"
_DEFINITE = r"(?=\s+(?:ال|جميع\s|كافه\s|كل\s))"

RENEWED_CALL = (
    rf"{_B}[وف]?{_RENEWING}(?:{_SUBJECT}|\s+{_SPEAKING_BODY}|\s+{_OWN_HEAD})"
    rf"(?:{_WHEN}\s+{_CALL}(?:{_OBJECT}|{_DEFINITE})|\s+{_CALL}{_OBJECT})"
)
