"""Arabic: calls made again and calls as verbal nouns (folded, as in lang/ar.py):
"يجدد دعوته الدول الأعضاء إلى ..."، "تكليف الأمانة العامة بـ ..."، "يؤكد مجددا
دعوته لفريق الاتصال ..."."""

from __future__ import annotations

from ._ar_named import PERSON_AFTER_NOUN as _PERSON_AFTER_NOUN
from ._ar_named import SPEAKING_BODY as _SPEAKING_BODY
from ._ar_speakers import LINK as _LINK
from ._ar_speakers import OWN_HEAD as _OWN_HEAD
from ._ar_speakers import SUBJECT as _SUBJECT
from ._ar_speakers import B as _B
from ._ar_speakers import E as _E
from ._ar_time_between import TIME_BETWEEN as _TIME
from ._between import AR as _BETWEEN

__all__ = [
    "ADV",
    "ASIDE",
    "ASKING_PARTICIPLE",
    "ASK_NOUN",
    "ENTRUST",
    "HEADS",
    "IN_ASIDE",
    "MEETING_OF",
    "REAFFIRM_CALL",
    "RENEW",
    "WE",
    "WE_LEADS",
]

# A body's head noun without the article ("حكومة لبنان", "لجنة الاتصال"): read as
# the body asked before any "لـ" ("حكومة لبنان" is not "حكومة" then "لـ" + "بنان").
HEADS = r"(?:مجلس|لجنه|فريق|هييه|امانه|منظمه|حكومه|حكومات|وزاره|بعثه|مفوضيه|صندوق|وكاله)"
_HEAD_FIRST = rf"(?=\s+{HEADS}\s)"
# (and a link to what came before: "في السياق ذاته", "في هذا الصدد", "من جهة أخرى"; the
# pronoun taking up the text that asks: "قرارا يدعو فيه ...", never a body asked)
_ADV = (
    r"(?:\s+(?:ايضا|كذلك|مجددا|من\s+جديد|مره\s+اخري|ثانيه|بشده|بقوه|بالحاح|مرارا|فيه|فيها"
    # (and when it spoke: "وطالبت القمة اليوم الدول ...", lang/_ar_time_between.py)
    rf"|{_LINK}|{_TIME}))*"
) + _BETWEEN
_RENEW = (
    r"(?:جدد(?:ت)?|[يت]جدد|كرر(?:ت)?|[يت]كرر|وجه(?:ت)?|[يت]وجه|اطلق(?:ت)?|[يت]طلق)"
    # (the speaker may be an organisation by its usual name: "وجهت منظمة التعاون
    # الإسلامي الدعوة إلى الدول ...": the noun of the call follows it, so it speaks)
    # (or the organisation's own Secretary-General: "وجدد الأمين العام الدعوة لـ ...")
    rf"(?:{_SUBJECT}|\s+{_SPEAKING_BODY}|\s+{_OWN_HEAD})"
    r"\s+(?:نداءه|نداءها|دعوته|دعوتها|مطالبته|مطالبتها|طلبه|طلبها|(?:ال)?نداء|(?:ال)?دعوه"
    r"|مناشدته|مناشدتها)"
    # The body asked after "إلى" or "لـ", or as the noun's object: "يجدد دعوته الدول
    # الأعضاء إلى ..."، "تجدد مطالبتها الأمين العام بـ ...".
    # Or a body's head noun without the article: "تجدد مطالبتها مجلس الأمن بـ ...".
    # "لـ" before the article is written "لل" ("نداء للدول الأعضاء"): the body asked
    # opens with it, read as "الدول".
    rf"(?:{_HEAD_FIRST}|(?:\s+\S+)?(?:\s+(?:الي|ل(?=[^\sل]))|\s+(?=لل\S))"
    r"|(?=\s+(?:ال|جميع\s|كافه\s)))"
)
# Verbal nouns heading a paragraph after "يقرر" ("decides:"), or joined by "و"
# after another head: "دعوة الدول الأعضاء إلى ..."، "تكليف الأمانة العامة بـ ..."،
# "توجيه نداء إلى ..."، "قيام الدول العربية بـ ..." (that the Arab states do ...).
# A call renewed, kept up or stressed, as a noun: "تجديد مطالبته مجلس الأمن بـ ..."،
# "تجديد الطلب إلى الأمين العام ..."، "مواصلة مطالبة مجلس الأمن بـ ..."، "التأكيد مجددا
# على دعوة الدول الأعضاء إلى ...": the body asked after "إلى", "لـ" or "من", or as
# the noun's object (with the article or a body's head noun).
_RENEWED_NOUN = (
    r"(?:تجديد|مواصله|(?:تجديد\s+)?(?:ال)?تاكيد(?:\s+مجددا|\s+من\s+جديد)?\s+علي)"
    r"\s+(?:(?:نداء|دعوت|مطالبت|مناشدت|طلب)(?:ه|ها|هم)|(?:ال)?(?:نداء|دعوه|طلب|مطالبه"
    r"|مناشده))"
    rf"(?:{_HEAD_FIRST}|(?:\s+\S+)?\s+(?:الي|ل(?=\S)|من(?=\s))|(?=\s+(?:ال|جميع\s|كافه\s)))"
)
# "اختتم المجلس دورته بدعوة الدول إلى ...": closing by a call asks; "بدعوة من
# الحكومة", "بدعوة كريمة" (at the invitation of) asks nobody.
_ASK_NOUN = (
    rf"{_PERSON_AFTER_NOUN}(?:[وف]|ب(?=(?:دعوه|مطالبه|مناشده)\s+(?!من\s|كريمه)))?(?:الطلب\s+(?:من|الي)|"
    + _RENEWED_NOUN
    + r"|دعوه|حث|تكليف|مناشده|مطالبه|الطلب"
    # "قيام الدول العربية بـ ...": only with its "بـ" before a comma; "وقيام الدولة
    # المستقلة وعاصمتها القدس، وبما أن ..." (the State's rise) asks nobody.
    r"|قيام(?=(?:\s+[^\s,.;]+){1,8}?\s+[وف]?ب(?!ما(?![^\W\d_]))[^\W\d_]{2,})"
    # Referring a matter to a body asks it to take it up: "إحالة الموضوع إلى اجتماع
    # ..."; to a session, "إلى الدورة القادمة", it only defers it.
    r"|احاله(?:\s+(?!الي\s)[^\s,.;]+){1,4}?\s+الي(?!\s+(?:ال)?دور)"
    r"|(?:توجيه|اطلاق|تجديد)\s+(?:ال)?(?:نداء|دعوه)(?:\s+\S+)?\s+(?:الي|ل(?=\S)))(?=\s|(?<=ل))"
)
# "يؤكد مجددا دعوته لفريق الاتصال ...": a call made again is a request.
# "يعيد تأكيد دعوته الدول الأعضاء إلى ...": the body asked as the noun's object too.
_REAFFIRM_CALL = (
    r"(?:[وف]?(?:(?:اعاد|[يت]عيد)(?:ت)?\s+تاكيد|(?:اكد|[يت]وكد)(?:ت)?))"
    rf"{_SUBJECT}{_ADV}(?:\s+من\s+جديد)?(?:\s+علي)?"
    r"\s+(?:دعوته|دعوتها|نداءه|نداءها|مطالبته|مطالبتها|مناشدته|مناشدتها|طلبه|طلبها)"
    rf"(?:{_HEAD_FIRST}|(?:\s+\S+)?\s+(?:الي|ل(?=\S))|(?=\s+(?:ال|جميع\s|كافه\s)))"
)

# A news page's asking participle after a comma: "وأدان المجلس ...، داعيا الدول التي ...
# إلى ..."، "...، مطالبا المجتمع الدولي بتقديم ..." (feminine after a feminine speaker:
# "أعربت المجموعة عن قلقها، مطالبة الأمم المتحدة بـ ..."): the body asked right after it
# (with the article, a quantifier or a body's head noun); "داعيا إلى وقف ..." (a call
# for an act) asks nobody.
ASKING_PARTICIPLE = (
    rf"{_B}[وف]?(?:داعي(?:ا|ه|ين)|مطالب(?:ا|ه|ين)|مناشد(?:ا|ه|ين)|حاث(?:ا|ه|ين)|مهيب(?:ا|ه|ين))"
    r"(?:\s+(?:ايضا|كذلك|مجددا))?(?=\s+(?:ال|لل|جميع\s|كافه\s|كل\s|ساير\s"
    r"|(?:مجلس|لجنه|فريق|هييه|امانه|منظمه|حكومه|حكومات|وزاره|بعثه|مفوضيه|صندوق|وكاله)\s))"
)

# Entrusting a body with a task: "يعهد إلى اللجنة بمتابعة ..."، "تسمى: ...، يعهد إليها
# بـ ..." (the body just set up, by the pronoun); "تعهد" (pledges) is no such verb.
ENTRUST = rf"{_B}[وف]?(?:يعهد|عهد)(?=\s+(?:الي|اليه|اليها|اليهم)(?![^\W\d_]))"


ADV, ASK_NOUN, REAFFIRM_CALL, RENEW = _ADV, _ASK_NOUN, _REAFFIRM_CALL, _RENEW

# An aside between commas may come before "من": "وطلبت، خلال اجتماعها ...، من الأمين العام".
ASIDE = r"(?:\s*,[^,.;]{1,150},)?"  # (folded: "،" is ",")
# Or where the body speaks before "من": "وطلب المجلس في قراره الخاص بـ ... من الأمين العام",
# "وطلب المجلس في القرار الذي ... من الأمين العام".
IN_ASIDE = (
    r"(?:\s+في\s+(?:ال)?(?:قرار|بيان|ختام|اجتماع)[^\s,.;]*"
    r"(?:\s+(?!من\s)[^\s,.;]+){0,30}?(?=\s+من\s))?"
)

# The text quoted speaking in the first person plural: "قال البيان الختامي
# لاجتماع ... اليوم: ندعو مجلس الأمن لعقد جلسة ..." (a person quoted, "قال
# الوزير: ندعو ...", is not the text). Another party's text, its author named
# before the colon ("البيان الصادر عن المتمردين"، "البيان الذي أصدرته الحركة"،
# "البيان الختامي للمتمردين"), is not the body's either: only the meeting's
# ("الصادر عن القمة"، "للاجتماع").
_OWN = r"(?:اجتماع|قمه|مجلس|موتمر|دوره|جلسه|لجنه|وزراء|قاده|مشاركين|مجتمعين)"
_OTHER_AUTHOR = rf"(?:\s(?:عن|(?:الذي|التي)\s+اصدر\S*|اصدر\S*)\s+(?!(?:ال)?{_OWN})|\sلل(?!{_OWN}))"
WE = (
    rf"{_B}[وف]?(?:قال|اضاف|تابع|جاء\s+في)(?:ت)?\s+(?:البيان|الاعلان|القرار|البلاغ)"
    rf"(?:\s+الختامي)?(?:(?![^:.;\n]{{0,100}}?{_OTHER_AUTHOR})[^:.;\n]{{0,100}}:\s*[«\"\u201c]?"
    r"|\s*[«\"\u201c])[وف]?ن(?:دعو|طالب|حث|حض|ناشد|طلب|هيب)"
    r"(?![^\W\d_])"
)

_PRON = r"(?P<pron>ها|هم|هما)?"  # an object pronoun joined to the verb (as lang/ar.py)
# A declaration of leaders in the first person plural, its "نحن" said once in the
# preamble, each paragraph opening with its verb: "نطلب إلى الأمين العام ..."، "نحث
# الدول الأعضاء على ...". Where a clause opens only, never after a colon or a
# quotation mark (a person quoted: "قال الوزير: ندعو ...", read by WE).
WE_LEADS = (
    r"(?<![:\u00ab\u201c\"]\s)(?<![:\u00ab\u201c\"])"
    + _B
    # "ندعو إلى وقف ...": a call for an act, asking nobody (as lang/ar.py _CALL_FOR).
    + rf"(?![وف]?ندعو{_ADV}\s+الي\s+(?!ال|لل|جميع\s|كافه\s|كل\s|ساير\s|{HEADS}\s))"
    # No speaker after the verb: "ندعو مجلس الأمن إلى ..." asks the Council.
    + rf"[وف]?ن(?:طلب|حث|حض|كلف|ناشد|طالب|دعو|هيب|رجو|شجع|مهل){_PRON}{_ADV}"
    + rf"(?:{ASIDE}\s+(?:من|الي)(?=\s)|\s+ب(?=ال|(?:جميع|كافه|ساير)\s|{HEADS}\s)|{_E})"
)


# A request that a body meet names that body as the one asked: "فإن دول المجلس
# تطلب عقد اجتماع فوري لمجلس جامعة الدول العربية ... لمناقشة ..."، "وطالب المجلس
# بعقد اجتماع طارئ لمجلس الأمن" (the verb, the meeting's adjectives, then "لـ"
# joined to the council's head noun: the addressee opens right after it).
# (In the past, read with its context: "وكانت الدول قد طلبت عقد اجتماع ..." is another's.)
_MEETING = (
    r"(?:\s+(?:دول\s+المجلس|المجلس))?\s+(?:الي\s+|ب)?عقد\s+(?:(?:ال)?اجتماع|(?:ال)?دوره|(?:ال)?جلسه)"
    r"(?:\s+(?:(?:ال)?(?:فوري|طاري|عاجل|استثنايي)|غير\s+عاديه?)){0,2}\s+ل(?=(?:مجلس|جامعه)\s)"
)
MEETING_OF = (
    r"(?<![^\W\d_])[وف]?[يت](?:طلب|طالب|دعو)" + _MEETING,
    r"(?<![^\W\d_])[وف]?(?:طلب|طالب|دعا|دعت|دعوا)(?:ت|وا)?" + _MEETING,
)
