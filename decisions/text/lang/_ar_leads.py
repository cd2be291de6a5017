"""Arabic: the opening words of a news page's or a press release's paragraph
that make it the body's own (folded, as in lang/ar.py): a verb in the past and
the body that met ("وأثنى المؤتمر على ..."), the text holding what follows
("وجاء في القرار دعوة ..."), or a body telling in the present what it does,
then asking in a verb joined by "و" ("تنضم الهيئة إلى ... وتدعو جميع الأطراف ...")."""

from __future__ import annotations

from ._ar_calls import ASK_NOUN as _ASK_NOUN
from ._ar_issued_calls import ISSUED_CALL as _ISSUED_CALL
from ._ar_speakers import E as _E

__all__ = ["MEETING_VERB_FIRST", "WENT_ON_ASK"]

# A communiqué's paragraph opens with a verb in the past and the body that met:
# "وأثنى المؤتمر على ..."، "ودعا المؤتمر الدول الأعضاء ..."، "وأعرب المؤتمر عن ...".
_PAST_STEMS = (
    r"(?:اكد|رحب|اشاد|ادان|قرر|شدد|نوه|ثمن|لاحظ|اعتمد|شكر|استعرض|جدد|اعلن|ايد|دعم|اقر|اعرب"
    r"|ابدي|احاط|اعاد|اثني|ندد|حذر|استنكر|اعتبر|رفض|وافق|ناشد|طالب|طلب|حث|حض|كلف|امهل|دعا|اهاب|شجع|عبر"
    r"|اوصي|ناقش|بحث|استمع|اطلع|اشار|سجل|حيا|هنا|تابع|قدر|دعت|اختتم|اتفق)(?:ت)?"
)
# A news page's attribution before it: "وبحسب البيان الختامي للقمة فقد اتفق الزعماء ...".
_ACCORDING = (
    r"(?:[وف]?ب?حسب\s+(?:ال)?(?:بيان|قرار|اعلان)[^\s,.;]*(?:\s+[^\s,.;]+){0,4}?,?\s+"
    r"(?:ف(?:قد\s+|ان\s+)?)?)?"
)
# Or the text itself holds or says what follows: "وتضمن البيان أيضا تكليف الأمانة
# العامة ..."، "وجاء في القرار دعوة ..."، "وأضاف البيان الختامي: ندعم ...".
_TEXT_HOLDS = (
    r"[وف]?(?:كما\s+)?(?:تضمن(?:ت)?|جاء\s+في|قال|اضاف)\s+(?:البيان|القرار|الاعلان|البلاغ)"
    rf"(?:\s+الختامي)?{_E}"
)
# A press release of a body speaking of itself in the present ("تنضم الهيئة ...",
# "يعرب المجلس ..."), then asking in a verb joined by "و" in the same sentence
# ("... وتدعو جميع الأطراف ...", "... ويطالب المجتمع الدولي ..."): the body asks.
# (The sentence read ahead is bounded: no full stop, at most 400 characters.)
_BODIES = r"(?:الهييه|المجلس|المنظمه|اللجنه|الجامعه|الموتمر|الاجتماع|القمه|المجموعه)"
_PRESENT_THEN_ASKS = (
    rf"[يت][^\W\d_]{{3,6}}\s+{_BODIES}{_E}"
    r"(?=[^.?!]{0,400}?\s[وف][يت](?:دعو|طالب|حث|ناشد|طلب|هيب|رجو)\s)"
)
# A summary telling the body went on to ask, a verbal noun of request after "إلى"
# (or "في"): "ومضى المجلس إلى مطالبة الأطراف بـ ..."، "ثم مضت اللجنة في دعوة ...".
_WENT_ON = (
    rf"[وف]?(?:ثم\s+)?مض(?:ي|ت)\s+(?:{_BODIES}|مجلس\s+الامن)\s+(?:الي|في)\s+"
    rf"(?:ال)?(?:مطالبه|دعوه|حث|طلب|مناشده|تكليف){_E}"
)
# Read as a request, the body asked being the verbal noun's object: "مطالبة الطرفين".
_WENT_ON_LEAD = r"[وف]?(?:ثم\s+)?مض(?:ي|ت)\s+(?:" + _BODIES + r"|مجلس\s+الامن)\s+(?:الي|في)\s+"
_ASKS_NEXT = rf"(?=(?:ال)?(?:مطالبه|دعوه|حث|مناشده|تكليف){_E})"
WENT_ON_ASK = rf"(?<![^\W\d_]){_WENT_ON_LEAD}{_ASKS_NEXT}{_ASK_NOUN}"
# A news page's lead: "اختتم مجلس ... دورته ... بدعوة ..."، "هذا ودعا زعماء ... إلى ..."
# ("هذا و" links it to the paragraph before; the leaders who met speak); "أصدر المجلس
# قرارا يدعو فيه ..." (lang/_ar_issued_calls.py).
MEETING_VERB_FIRST = (
    rf"{_TEXT_HOLDS}|{_PRESENT_THEN_ASKS}|{_ISSUED_CALL}|{_WENT_ON}"
    rf"|(?:هذا\s+(?=[وف]))?{_ACCORDING}[وف]?(?:قد\s+)?{_PAST_STEMS}\s+(?:الموتمر|الاجتماع"
    r"|القمه|المجلس|المشاركون|الموتمرون|المجتمعون|(?:فريق|مجموعه)\s+الاتصال|المجموعه"
    r"|(?:البيان|الاعلان)\s+الختامي|مجلس(?=\s)|القاده|الزعماء|(?:قاده|زعماء)(?=\s)"
    r"|(?:مندوبو|ممثلو)\s+الدول\s+الاعضاء)"
    rf"{_E}"
)
