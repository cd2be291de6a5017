"""Arabic: a speaker named in full between a request verb and "من" (folded,
as in lang/ar.py): "طلب مجلس السلم والأمن التابع للاتحاد الإفريقي من قوات
..."، "وطلبت منظمة التعاون الإسلامي من الدول ...". In "طلب X من Y" the body
asked is Y: X, a body's name opening with its head noun, is the one that asks,
however long (a few words, no punctuation, no "من" inside)."""

from __future__ import annotations

from ._ar_honorifics import HONORIFIC as _HONORIFIC
from ._ar_short_names import SHORT_NAME as _SHORT_NAME
from ._ar_speakers import AL as _AL
from ._ar_speakers import LINK as _LINK
from ._ar_speakers import OWN_HEAD as _OWN_HEAD
from ._ar_speakers import E as _E
from ._ar_time_between import TIME_BETWEEN as _TIME

__all__ = [
    "CALLING_SPEAKER",
    "DATED_ASIDE",
    "HEAD_SPEAKER",
    "MEETING_ASIDE",
    "NAMED_SPEAKER",
    "PERSON_AFTER_NOUN",
    "PERSON_SPEAKS",
    "SEAT",
    "SPEAKING_BODY",
    "STATED_SPEAKER",
]

_HEADS = (
    r"(?:ال)?(?:مجلس|لجنه|هييه|فريق|منظمه|جامعه|اتحاد|مفوضيه|جمعيه|موتمر|اجتماع|قمه|برلمان"
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
    rf"{_AFTER_CALL}\s+(?:مجلس|لجنه|هييه|منظمه|جامعه|اتحاد|مفوضيه|جمعيه|موتمر|برلمان){_E}"
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
    r"(?=\s*(?:جميع\s+|كافه\s+)?(?:ال)?(?:مجلس|لجنه|هييه|منظمه|جامعه|اتحاد|مفوضيه|امانه|حكومه"
    r"|دول|مجتمع|اطراف)(?![^\W\d_])[^,.;:]{0,80}?\s*,?\s+الي\s)"
)

# A day of the week, folded: "الأحد" -> "الاحد".
_DAYS = r"(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)"
# Where and when the body spoke, between it and the body asked, with no commas:
# "وأوصى المجلس في بيان وزعته الأمانة العامة أمس في القاهرة المنظمات ..." (the
# aside ends at "أمس" or "اليوم", or a day of the week: "في بيان لها الأحد"،
# "في بيان صادر اليوم الاثنين", and the place after it), "ودعا المجلس في بيانه
# الختامي الدول ..." (or after the adjectives of relation that follow the noun).
DATED_ASIDE = (
    r"(?:\s+في\s+(?:ال)?(?:بيان|قرار|ختام|اجتماع)[^\s,.;]*(?:(?:\s+(?!من\s)[^\s,.;]+){0,12}?"
    rf"\s+(?:امس|اليوم|{_DAYS})(?:\s+{_DAYS})?(?:\s+في\s+[^\s,.;]+)?"
    r"|(?:\s+(?!ال)[^\s,.;]+ي(?![^\W\d_]))?(?:\s+ال[^\s,.;]*ي(?![^\W\d_]))*)"
    # or between commas: "وطالبت المنظمة، في بيان لها، المجتمع الدولي ..."; so the
    # letter or speech it spoke in: "ودعت الهيئة، في رسالة وجهتها أمس، الدول ..."
    r"|\s*,\s*في\s+(?:ال)?(?:بيان|قرار|ختام|اجتماع|رساله|كلمه|خطاب|تصريح|مذكره)[^,.;:]{0,80},)?"
)

# The organisation a body belongs to, after "التابع لـ": "مجلس السلم والأمن
# التابع للاتحاد الأفريقي"، "... التابعة لمنظمة التعاون الإسلامي".
_ORGANISATION = (
    r"ل(?:لاتحاد\s+(?:الافريقي|الاوروبي)|لامم\s+المتحده|منظمه\s+(?:التعاون|الموتمر)\s+الاسلامي"
    r"|جامعه\s+الدول\s+العربيه|لجامعه(?:\s+العربيه)?"
    r"|مجلس\s+التعاون(?:\s+لدول\s+الخليج(?:\s+العربيه)?)?)"
)
# Right after a verb in the past, a news page names the body that speaks in full,
# in quotation marks or not, then says whose it is or where it spoke: 'طالبت
# "منظمة ..." في بيان لها الأحد المجتمع الدولي ...'، "دعا مجلس السلم والأمن
# الأفريقي التابع للاتحاد الأفريقي الأطراف ...": that body speaks; the body asked
# follows (the aside "في بيان ..." is read after it, as after "المجلس").
_AFTER_PAST = (
    r"(?:(?<=دعا)|(?<=دعت)|(?<=طالب)|(?<=طالبت)|(?<=حث)|(?<=حثت)|(?<=ناشد)|(?<=ناشدت)"
    r"|(?<=طلب)|(?<=طلبت)|(?<=اهاب)|(?<=اهابت)|(?<=وجه)|(?<=وجهت)|(?<=اوصي)|(?<=اوصت))"
)
_NAMED_IN_FULL = (
    rf"[\"«\u201c]?{_HEADS}{_E}"
    r"(?:\s+(?!(?:من|الي|في|التابع|التابعه)(?![^\W\d_]))[^\s,.;:\"«»\u201c\u201d]+){0,8}?"
    r"[\"»\u201d]?"
    rf"(?:\s+التابع(?:ه)?\s+{_ORGANISATION}{_E}|(?=\s*,?\s+في\s+(?:ال)?بيان))"
)
# Or an organisation (its organ, its ministers) by its usual name, right before
# the body asked, no "و" between (Arabic puts the subject after the verb): "وحثت
# الجامعة العربية الأطراف الليبية على ..."، "دعت منظمة التعاون الإسلامي المجتمع
# الدولي ..."، "وطالب وزراء الخارجية العرب مجلس الأمن ..."; or before "إلى" ("ودعت
# الجامعة العربية إلى الحوار": it calls for an act).
_SPEAKING_BODY = (
    r"(?:منظمه\s+(?:التعاون|الموتمر)\s+الاسلامي|(?:مجلس\s+)?جامعه\s+الدول\s+العربيه"
    r"|(?:مجلس\s+)?الجامعه(?:\s+العربيه)?"
    r"|الاتحاد\s+(?:الافريقي|الاوروبي)|الامم\s+المتحده|مجلس\s+السلم\s+والامن(?:\s+الافريقي)?"
    r"|مجلس\s+التعاون(?:\s+الخليجي|\s+لدول\s+الخليج(?:\s+العربيه)?)?"
    r"|(?:القمه|المنظمه|الجمعيه\s+العامه)(?:\s+ال[^\s,.;]+يه(?![^\W\d_])){0,2}"
    r"|وزراء\s+(?:الخارجيه(?:\s+العرب)?|خارجيه\s+(?:الدول\s+)?ال[^\s,.;]+)"
    r"|الهييه\s+الحكوميه\s+للتنميه"
    rf"|{_SHORT_NAME})(?:\s*\([^()]{{1,20}}\))?"
)
_ADDRESSEE_START = (
    r"(?:جميع\s+|كافه\s+|كل\s+)?(?:ال)?(?:اطراف|دول|حكومات|حكومه|سلطات|جهات|مجتمع|منظمات|منظمه|هييات|مجلس"
    r"|لجنه|امين|امانه|مفوضيه|قوات|جماعات|فصايل|قاده|زعماء|وكالات"
    # those who give or work beside: "ودعا الأمين العام المانحين والشركاء إلى ..."
    r"|مانحين|شركاء|موسسات)(?![^\W\d_])"
)
# Only after a verb in the past ("يطالب الاتحاد الأفريقي ..." in a resolution asks it).
_AFTER_PAST_ONLY = rf"(?<![يت]طالب)(?<![يت]طلب)(?<![يت]حث)(?<![يت]ناشد)(?<![يت]وجه){_AFTER_PAST}"
STATED_SPEAKER = (
    rf"(?:{_AFTER_PAST}\s+{_NAMED_IN_FULL}"
    rf"|{_AFTER_PAST_ONLY}\s+{_SPEAKING_BODY}(?![^\W\d_])(?:\s+علي\s+المستوي\s+ال[^\s,.;]+)?"
    # (or the aside "في بيان" with no comma before it: 'وناشدت "الإيسيسكو" في بيان ، الدول';
    # or another organisation by its acronym: 'دعت "الإيسيسكو" اليونسكو إلى ...')
    # (or when it spoke: "ودعت منظمة ... اليوم الدول ...", lang/_ar_time_between.py)
    rf"(?=(?:\s+(?:{_LINK}|{_TIME}))?\s+(?:{_ADDRESSEE_START}|{_SHORT_NAME}|الي\s|ب(?=[^\W\d_]))"
    r"|\s*,\s*في\s|\s+في\s+(?:ال)?بيان)"
    # (or a comma a news agency sets after it, then the body asked: "طالبت منظمة التعاون
    # الإسلامي، المجتمع الدولي بـ ..."; not "و" after the comma, a list going on)
    rf"|{_AFTER_PAST_ONLY}\s+{_SPEAKING_BODY}(?![^\W\d_])\s*,(?=\s*{_ADDRESSEE_START}))"
)

# The organisation's own Secretary-General speaking for it, right after a verb in
# the past on a news page, then the body he asks: "ودعا الأمين العام للمنظمة المجتمع
# الدولي إلى ..."، "وطالب الأمين العام، الدكتور فلان، الدول الأعضاء بـ ..." (two
# objects cannot follow "دعا": the first is its subject). Not the United Nations'
# ("الأمين العام للأمم المتحدة"), nor before "إلى" (a resolution asks him so).
# His name after a comma may lose its closing comma, a title of address opening
# it: "دعا الأمين العام للمنظمة، البروفسور فلان الفلاني كل الأطراف إلى ..." (a few
# words, then the body asked).
HEAD_SPEAKER = (
    rf"{_AFTER_PAST_ONLY}\s+{_OWN_HEAD}"
    r"(?:\s*,[^,.;:]{3,80},"
    # (his name right after his title, its opening comma lost: "... البديوي، الدول")
    r"|\s+(?!ال|ل)[^\s,.;:]{2,}(?:\s+[^\s,.;:]+){1,4}?\s*,"
    rf"|\s*,\s*{_HONORIFIC}(?:\s+[^\s,.;:]+){{1,5}}?(?=\s+{_ADDRESSEE_START}))?"
    rf"(?=\s+(?!امين|الامين){_ADDRESSEE_START})"
)

# A person who speaks right after a verb in the past, on a news page: "وطالب مندوب
# فلسطين المجتمع الدولي ..."، "وطلب رئيس الوفد من اللجنة ...": that person's
# call, not the meeting's (in the present, "يطلب إلى رئيس ..." asks the person).
# So does a secretary-general named with the person holding the office: "ودعا
# الأمين العام للأمم المتحدة فلان ..." (a word without the article after the office;
# "ودعا الأمين العام الدول ..." or "... إلى" is read as before).
# An office in construct ("أمين عام مجلس التعاون ...", no article) or a title of
# address ("الدكتور"، "معالي") right after the verb names a person too; and so
# does a lone word with the article that is no body, right before the body asked
# named in construct ("وحث الحجرف دول المجلس على ...": the family name of the
# person named in full before; Arabic puts the subject first).
_TITLES = r"(?:امين\s+عام|الدكتور|السيد|السيده|الشيخ|معالي|سعاده|فخامه)\s"
_NO_BODY = (
    r"(?!(?:الاجتماع|الموتمر|المجلس|القمه|اللجنه|الجمعيه|الهييه|المنظمه|الجامعه|الاتحاد"
    r"|البيان|القرار|الاعلان|الوزراء|المشاركون|الموتمرون|المجتمعون|الفريق|المجموعه|البرلمان"
    r"|الحكومه|الامانه|المفوضيه|القاده|الزعماء)\s)"
)
# (An organisation by its acronym is no family name: "وحثت الإيسيسكو دول ...".)
_LONE_NAME = (
    rf"{_NO_BODY}(?!{_SHORT_NAME}\s)ال[^\W\d_]{{3,}}\s+(?:دول|حكومات|حكومه|سلطات|جميع|كافه)\s"
)
PERSON_SPEAKS = (
    r"(?![وف]?(?:طلب|حث|ناشد|طالب|دعا|دعت|اهاب|شجع)(?:ت|وا)?\s+(?:(?:رييس|وزير|وزيره|مندوب|مندوبه"
    rf"|سفير|سفيره|المتحدث|الناطق|ممثل)\s|{_TITLES}|{_LONE_NAME}"
    # (the words of whose he is end before "إلى": "... إلى فتح" is no name)
    # (not his own organisation's, his name closed by a comma before the body asked:
    # "دعا الأمين العام لمجلس التعاون فلان الفلاني، الدول ..." is read by HEAD_SPEAKER)
    rf"|(?!{_OWN_HEAD}\s+(?!ال|ل)[^\s,.;:]{{2,}}(?:\s+[^\s,.;:]+){{1,4}}?\s*,\s*{_ADDRESSEE_START})"
    r"الامين\s+العام(?:\s+ل[^\s,.;]+(?:\s+(?!الي\s)ال[^\s,.;]+){0,3})?"
    r"\s+(?!ال|الي\s|من\s|ب|ل)[^\s,.;]{3,}\s))"
)

# "حث" is a verb in the past and a verbal noun alike: read as a noun ("حث الدول
# على ..."), it is no request when a person named so follows it.
PERSON_AFTER_NOUN = rf"(?![وف]?حث\s+(?:{_TITLES}|{_LONE_NAME}))"

# A city joined to "ب" last in a body's name, where it sits: "بعثة الجامعة
# بنيويورك"، "مكتب المنظمة بجنيف" (not what a committee deals with: "اللجنة
# المعنية بفلسطين"، "الخاصة بـ ..."; nor a word with the article that says which
# bodies: "بعثات الهيئة بالخارج"; an act: the addressees end before it; nor what
# bodies contribute: "البلدان المساهمة بقوات").
# Or the capitals where bodies sit: "مجالس السفراء العرب في العواصم المعنية".
SEAT = (
    r"(?<!معني)(?<!معنيه)(?<!خاص)(?<!خاصه)(?<!مكلف)(?<!مكلفه)(?<!مساهمه)(?<!مساهمين)"
    r"\sب(?!ال)[^\W\d_]{3,}$"
    r"|\sفي\s+(?:ال)?(?:عواصم|عاصمه|مدن)(?:\s+[^\s,.;]+){0,3}$"
)

SPEAKING_BODY = _SPEAKING_BODY
