"""Arabic: a person speaking right after a verb in the past, on a news page,
before the preposition his verb takes (folded, as in lang/ar.py).

Class of text: a news report of an organisation's Secretary-General asking
in his own name. Arabic puts the verb first and its subject after it, so the
words between the verb and its preposition are the one who asks, never the
one asked:

- "وطلب الأمين العام من الإدارة ... إعداد ..." (asks of: the body asked after "من");
- "وأهاب الأمين العام بالدول الأعضاء ..." (appeals to: the bodies after "بـ");
- "وحث معاليه الدول ... على ..." (an honorific with his pronoun, "His
  Excellency", "His Highness": a person, never a body asked);
- "دعا الأمين العام للمنظمة، فلان الفلاني، إلى ..." and "دعا في بداية الاجتماع
  إلى ...": a call for an act, asking nobody (``CALLER``, read by lang/ar.py's
  ``_CALL_FOR``): the office named with its holder between commas speaks; a
  time of the meeting ("في بداية/ختام/مستهل الاجتماع") names no one.

Only after a verb in the past: "يطلب الأمين العام من ..." or "يهيب بالأمين العام"
in a resolution are read as before. Each piece is bounded: linear.
"""

from __future__ import annotations

from ._ar_speakers import OWN_HEAD as _OWN_HEAD
from ._ar_speakers import E as _E

__all__ = ["CALLER", "HEAD_ASKS"]

# His name between commas after his office: "، إياد مدني،" (bounded).
_NAME = r"\s*,[^,.;:]{3,80},"
_HEAD = rf"\s+{_OWN_HEAD}(?:{_NAME})?"
# "معاليه"، "سموه"، "فخامته"، "سعادته": an honorific joined to his pronoun.
_HIS = rf"\s+(?:معاليه|سموه|فخامته|سعادته|سيادته){_E}"
_PAST = r"(?<![يت]طلب)(?<![يت]هيب)"
HEAD_ASKS = (
    rf"(?:{_PAST}(?:(?<=طلب)|(?<=طلبت)){_HEAD}(?=\s+من\s)"
    rf"|{_PAST}(?:(?<=اهاب)|(?<=اهابت)){_HEAD}(?=\s+ب(?:ال|لل|جميع\s|كافه\s))"
    rf"|(?:(?<=طلب)|(?<=طلبت)|(?<=اهاب)|(?<=اهابت)|(?<=حث)|(?<=حثت)|(?<=ناشد)|(?<=ناشدت)"
    rf"|(?<=دعا)|(?<=دعت)|(?<=طالب)|(?<=طالبت)|(?<=شجع)|(?<=شجعت)){_PAST}{_HIS})"
)
# Before "إلى" of a call for an act: the office with its holder between commas,
# the honorific with his pronoun, or the time of the meeting it was said at.
_WHEN = (
    r"\s+في\s+(?:بدايه|مستهل|ختام|نهايه|افتتاح|مطلع)\s+(?:ال)?(?:اجتماع|جلسه|دوره|موتمر|لقاء)"
    r"(?:ه|ها)?(?:\s+ال[^\s,.;]+){0,2}"
)
CALLER = rf"(?:(?<=[ات])\s+{_OWN_HEAD}{_NAME}|(?<=[ات]){_HIS}|(?<=[ات]){_WHEN})"
