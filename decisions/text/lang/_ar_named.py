"""Arabic: a speaker named in full between a request verb and "من" (folded,
as in lang/ar.py): "طلب مجلس السلم والأمن التابع للاتحاد الإفريقي من قوات
..."، "وطلبت منظمة التعاون الإسلامي من الدول ...". In "طلب X من Y" the body
asked is Y: X, a body's name opening with its head noun, is the one that asks,
however long (a few words, no punctuation, no "من" inside)."""

from __future__ import annotations

from ._ar_speakers import AL as _AL
from ._ar_speakers import E as _E

__all__ = ["CALLING_SPEAKER", "DATED_ASIDE", "MEETING_ASIDE", "NAMED_SPEAKER", "PERSON_SPEAKS"]

_HEADS = (
    r"(?:ال)?(?:مجلس|لجنه|هيئه|فريق|منظمه|جامعه|اتحاد|مفوضيه|جمعيه|موتمر|اجتماع|قمه|برلمان"
    r"|حكومه|وزاره|امانه)"
)
# "من" opening no addressee: "من جديد" (again), "من أجل", "من خلال", "من بين" ...
_NOT_ASKED = r"(?:جديد|اجل|خلال|بين|جهه|جانب|حيث|ناحيه|قبل|بعد|دون|ذلك)"
# Only after "طلب" (the one request verb whose body asked follows "من"): after
# "دعا المجلس الدول إلى الانسحاب من ..." the body asked is not after "من".
_AFTER_ASK = r"(?:(?<=طلب)|(?<=طلبت)|(?<=طلبوا))"
NAMED_SPEAKER = (
    rf"{_AFTER_ASK}\s+{_HEADS}{_E}(?:\s+(?!(?:من|الي){_E})[^\s,.;:]+){{1,12}}?"
    rf"(?=\s+من\s+(?!{_NOT_ASKED}{_E}))"
)

# The same after a call in the past, the speaker ending with a comma and the body
# asked after it, up to "إلى": "دعا مجلس السلم والأمن التابع لمفوضية الاتحاد
# الأفريقي، جميع الأطراف ... إلى ...". The speaker's head noun has no article (a
# name in full); what follows the comma opens no "و" (a list going on: "دعا لجنة
# المتابعة، والأمانة العامة إلى" asks both) and holds no other comma.
_AFTER_CALL = r"(?:(?<=دعا)|(?<=دعت)|(?<=حث)|(?<=حثت)|(?<=ناشد)|(?<=ناشدت)|(?<=طالب)|(?<=طالبت))"
CALLING_SPEAKER = (
    rf"{_AFTER_CALL}\s+(?:مجلس|لجنه|هيئه|منظمه|جامعه|اتحاد|مفوضيه|جمعيه|موتمر|برلمان){_E}"
    r"(?:\s+[^\s,.;:]+){1,12}?\s*,(?=\s*(?![\sوف])[^,.;:]{1,150}?\sالي\s)"
)

# Ministers or leaders who call in a meeting told between commas, the body asked
# after its last comma, before "إلى": "دعا وزراء الخارجية العرب في اجتماعهم
# التحضيري، أول أمس، للقمة ...، الثلاثاء المقبل، مجلس الأمن الدولي، إلى ...".
# (The aside is bounded; the body asked opens with a body's head noun and holds
# no comma: "في اجتماعهم، أمس، إلى ..." asks nobody.)
MEETING_ASIDE = (
    rf"{_AFTER_CALL}\s+(?:وزراء\s+(?:ال)?خارجيه|(?:ال)?(?:وزراء|قاده|زعماء))(?:\s+ال{_AL}+)?"
    r"\s+في\s+(?:اجتماع|ختام|دوره)(?:هم|ه|ها)?(?![^\W\d_])[^.;:]{0,250}?,"
    r"(?=\s*(?:جميع\s+|كافه\s+)?(?:ال)?(?:مجلس|لجنه|هيئه|منظمه|جامعه|اتحاد|مفوضيه|امانه|حكومه"
    r"|دول|مجتمع|اطراف)(?![^\W\d_])[^,.;:]{0,80}?\s*,?\s+الي\s)"
)

# Where and when the body spoke, between it and the body asked, with no commas:
# "وأوصى المجلس في بيان وزعته الأمانة العامة أمس في القاهرة المنظمات ..." (the
# aside ends at "أمس" or "اليوم", and the place after it), "ودعا المجلس في بيانه
# الختامي الدول ..." (or after the adjectives of relation that follow the noun).
DATED_ASIDE = (
    r"(?:\s+في\s+(?:ال)?(?:بيان|قرار|ختام|اجتماع)[^\s,.;]*(?:(?:\s+(?!من\s)[^\s,.;]+){0,12}?"
    r"\s+(?:امس|اليوم)(?:\s+في\s+[^\s,.;]+)?|(?:\s+ال[^\s,.;]*ي(?![^\W\d_]))*))?"
)

# A person who speaks right after a verb in the past, on a news page: "وطالب مندوب
# فلسطين المجتمع الدولي ..."، "وطلب رئيس الوفد من اللجنة ...": that person's
# call, not the meeting's (in the present, "يطلب إلى رئيس ..." asks the person).
PERSON_SPEAKS = (
    r"(?![وف]?(?:طلب|حث|ناشد|طالب|دعا|دعت|اهاب|شجع)(?:ت|وا)?\s+(?:رييس|وزير|وزيره|مندوب|مندوبه"
    r"|سفير|سفيره|المتحدث|الناطق|ممثل)\s)"
)
