"""Arabic: the body that speaks, between a verb and its object, and the
letter classes the Arabic tables share (folded, as in lang/ar.py)."""

from __future__ import annotations

from ._ar_text_speakers import TEXT_BY as _TEXT_BY
from ._ar_text_speakers import TEXT_OF as _TEXT_OF

__all__ = ["AL", "B", "E", "L", "LINK", "OWN_HEAD", "SUBJECT", "SUBJECT_NAMED"]

# A letter, and "not a letter" on either side of a word (Arabic letters are \w).
L = _L = r"[^\W\d_]"
_AL = r"[^\W\d_\u0000-\u024f]"  # a letter of a script other than Latin
_B = rf"(?<!{_L})"
_E = rf"(?!{_L})"
# The body that speaks, between a verb and its object (Arabic puts the verb first):
# "طلب الاجتماع من الأمين العام", "دعت القمة الدول الأعضاء".
# A feminine one ("القمة", "اللجنة") only after a verb in the feminine, ending
# with "ت" (past) or opening with it (present): after "يكلف" (masculine),
# "اللجنة الفرعية" is the body asked, not the one speaking.
_FEMININE_VERB = rf"(?:(?<=ت)|(?<=ت{_L}{{2}})|(?<=ت{_L}{{3}})|(?<=ت{_L}{{4}}))"
# "الفريق العامل" (a working group) after the verb is the body asked, not the speaker;
# "مجلس الأمن (الدولي)" speaks in its own statement ("يدعو مجلس الأمن جميع الدول ..."),
# its members in a press statement ("ودعا أعضاء مجلس الأمن الدول ...").
# A news page names the speaker in full ("المجلس الوزاري الخليجي", "فريق الاتصال
# الوزاري", "مجلس وزراء خارجية الدول الأعضاء في منظمة التعاون الإسلامي") or
# speaks through its text ("البيان الختامي", or "البيان" alone: "وحث البيان
# الأعضاء ...", a resolution: "ويدعو القرار جميع الدول ..."); the League's
# council by its short name ("يوصي مجلس الجامعة حكومات الدول الأعضاء ..."),
# and may say when it met, with no
# commas ("عقب اجتماعه الاستثنائي أمس"): all of it is the speaker, never the body asked.
# Those who met, in the plural: "المشاركون"، "المؤتمرون"، "المجتمعون". A summit's
# Authority speaks as "الهيئة" after a feminine verb ("تطلب الهيئة إلى ..."); the
# IPHRC ("الهيئة الدائمة المستقلة") is a body asked. A contact group speaks as
# "المجموعة" or "مجموعة الاتصال" ("وحثت المجموعة الأمين العام على ...").
_NISBA1 = rf"(?:\s+ال{_AL}{{2,}}ي{_E})"
_NISBA = rf"{_NISBA1}{{0,2}}"
# "المجلس الوزاري لمجلس التعاون لدول الخليج العربية": whose council it is (after an
# adjective only: "دعا المجلس لمجلس التعاون ..." may call on that council).
_OF = (
    r"(?:\s+(?:لمجلس\s+التعاون(?:\s+لدول\s+الخليج(?:\s+العربيه)?)?|لمنظمه\s+التعاون"
    r"(?:\s+الاسلامي)?|لجامعه\s+الدول\s+العربيه|للجامعه(?:\s+العربيه)?))?"
)
# The session's number after it, in figures or words, is part of when it met
# (a news report: "ودعا المجلس في ختام دورته ال135 إلى ...", "دورته الخامسة").
_SESSION_NUMBER = (
    r"\s+(?:ال)?(?:\d+|(?:اولي|ثانيه|ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|تاسعه|عاشره|حاديه)"
    r"(?:\s+عشره)?(?:\s+و(?:ال)?(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين))?)(?!\w)"
)
# Its level, after "في اجتماعه": "طالب مجلس الجامعة في اجتماعه اليوم على مستوى
# وزراء الخارجية مجلس الأمن بـ ..." (a news report of a council's session).
_LEVEL = r"(?:\s+علي\s+مستوي\s+(?:وزراء\s+(?:ال)?خارجيه|المندوبين(?:\s+الدايمين)?|القمه))?"
_WHEN = (
    r"(?:\s+(?:(?:عقب|خلال|في\s+ختام)\s+(?:اجتماع(?:ه|ها)?|الاجتماع|دورت(?:ه|ها)|اعمال(?:ه|ها))"
    rf"(?:{_SESSION_NUMBER}|\s+ال{_AL}{{2,}}يه?{_E}){{0,3}}(?:\s+(?:امس|اليوم))?"
    rf"|في\s+اجتماع(?:ه|ها)(?:\s+(?:امس|اليوم))?{_LEVEL}))?"
)
# "فريق الاتصال المنبثق عن منظمة التعاون الإسلامي بشأن فلسطين": whose it is and
# what it is about, up to the "إلى" that opens the call.
_FROM = (
    r"(?:\s+المنبثق(?:ه)?\s+عن\s+(?:منظمه\s+التعاون(?:\s+الاسلامي)?|الجامعه(?:\s+العربيه)?"
    r"|مجلس\s+الجامعه))?(?:\s+بشان(?:\s+(?!الي\s)[^\s,.;]+){1,6}?(?=\s+الي\s))?"
)
# The member States' delegates, all of them, are the council meeting at their level:
# "دعا مندوبو الدول الأعضاء في مجلس الجامعة العربية المجتمع الدولي إلى ..." (one
# delegate, "مندوب فلسطين", speaks for his State: lang/_ar_named.py). Only the subject's
# form: "يدعو ممثلي الدول الأعضاء إلى ..." asks them.
_DELEGATES = (
    r"(?:مندوبو|ممثلو)\s+الدول\s+الاعضاء(?:\s+(?:في|ب)\s*(?:(?:ال)?مجلس(?:\s+الجامعه"
    r"(?:\s+العربيه)?|\s+جامعه\s+الدول\s+العربيه)?|منظمه\s+التعاون\s+الاسلامي|الجامعه(?:\s+العربيه)?))?"
)
# Not the Council asked to do its own duty: "يدعو مجلس الأمن إلى الاضطلاع بمسؤولياته"،
# "... إلى تحمل مسؤولياته" (the pronoun is the Council's: it is the body asked).
_NOT_ITS_DUTY = (
    r"(?!(?:\s+الدولي)?\s+الي\s+(?:تحمل\s+|(?:ال)?(?:اضطلاع|قيام|نهوض)\s+ب)"
    rf"(?:ال)?(?:مسووليات|مسووليت|واجبات|دور)(?:ه|ها){_E})"
)
# Nor the Council right after "حث"/"حض" and before "على": "وحث مجلس الأمن الدولي على
# تقديم الدعم" urges it (its own call would name the body it urges before "على").
_NOT_URGED = (
    r"(?:(?<!حث\s)(?<!حض\s)(?<!حثت\s)(?<!حضت\s)"
    r"|(?!(?:اعضاء\s+)?مجلس\s+الامن(?:\s+الدولي)?\s+علي\s))"
)
_PAST_CALL = r"(?:(?<=دعت)|(?<=طالبت)|(?<=حثت)|(?<=ناشدت)|(?<=اهابت))"
_BODY_NEXT = (
    r"(?=\s+(?:ال)?(?:مجلس|مجتمع|دول|اطراف|حكومات|منظمات|هييات|جهات|امم|اتحاد)(?![^\W\d_]))"
)
# An organisation named by what it is for is the body asked, not the one
# speaking: "تدعو المنظمة الإسلامية للأمن الغذائي إلى ..." asks that organisation
# (its adjectives of relation, then a "لل" complement: "العربية للتنمية ...").
_NOT_NAMED_FOR = rf"(?!(?:\s+ال{_AL}{{2,}}يه{_E}){{0,2}}\s+لل{_AL})"
_SUBJECT_NAMED = (
    r"(?:\s+(?:(?:الاجتماع|الموتمر|المجلس|فريق\s+الاتصال|الفريق(?!\s+العامل))"
    rf"(?:{_NISBA1}{{1,2}}{_OF})?|مجلس\s+وزراء\s+(?:ال)?خارجيه(?:\s+الدول\s+الاعضاء|\s+العرب)?"
    r"(?:\s+(?:في|ب)\s*منظمه\s+التعاون(?:\s+الاسلامي)?)?"
    rf"|(?:البيان|الاعلان)(?:\s+الختامي)?(?:{_TEXT_OF})?|القرار|{_TEXT_BY}"
    rf"|{_NOT_URGED}(?:اعضاء\s+)?مجلس\s+الامن{_NOT_ITS_DUTY}(?:\s+الدولي)?|مجلس\s+(?:الجامعه(?:\s+العربيه)?|جامعه\s+الدول\s+العربيه)|الوزراء|المشاركون"
    rf"|الموتمرون|المجتمعون|{_DELEGATES})"
    rf"{_FROM}{_WHEN}|{_FEMININE_VERB}\s+(?:القمه|اللجنه|الجمعيه|الدوره|المنظمه{_NOT_NAMED_FOR}|الهييه(?!\s+الدايمه)"
    r"|المجموعه|مجموعه\s+الاتصال"
    # The General Secretariat's own statement, before the body it asks by a quantifier:
    # "وتدعو الأمانة العامة جميع الأطراف ..." (otherwise it is the body asked).
    r"|الامانه\s+العامه(?:\s+لمنظمه\s+التعاون\s+الاسلامي)?(?=\s+(?:جميع|كافه|كل)\s))"
    # with its adjectives of relation: "دعت القمة العربية ..."
    rf"(?:\s+ال{_AL}{{2,}}يه{_E}){{0,2}}"
    # Or after a call in the past, before a body named (two objects cannot follow
    # "دعا"): "ودعت الأمانة العامة مجلس الأمن ..."، "وحثت الأمانة العامة المجتمع
    # الدولي على ..." (before "إلى", or in a resolution's present, it is asked).
    rf"|{_PAST_CALL}\s+الامانه\s+العامه(?:\s+لمنظمه\s+التعاون\s+الاسلامي)?{_BODY_NEXT})"
)
_SUBJECT = rf"{_SUBJECT_NAMED}?"
# A link to what came before, between the body that speaks and the body asked (a
# news page's): "ودعا المجلس في السياق ذاته الأمين العام ..."، "في هذا الصدد"،
# "بهذه المناسبة"، "من جهة أخرى" (not a place: "في الإطار الأفريقي").
LINK = (
    r"في\s+(?:(?:هذا|ذات|نفس)\s+(?:السياق|الصدد|الاطار)|(?:السياق|الصدد|الاطار)\s+(?:ذاته|نفسه))"
    r"|بهذه\s+المناسبه|من\s+(?:جهه|ناحيه)\s+اخري"
)
# The organisation's own Secretary-General, bare or named with his organisation
# ("الأمين العام للمنظمة"، "... لمنظمة التعاون الإسلامي"، "... لمجلس التعاون"), never
# the United Nations' (read by lang/_ar_named.py and participle_speaker.py).
OWN_HEAD = (
    r"الامين\s+العام"
    r"(?:\s+(?:للمنظمه|للمجلس|للجامعه(?:\s+العربيه)?|لمنظمه\s+(?:التعاون|الموتمر)\s+الاسلامي"
    r"|لمجلس\s+التعاون(?:\s+لدول\s+الخليج(?:\s+العربيه)?)?|لجامعه\s+الدول\s+العربيه))?"
)
AL, B, E, SUBJECT, SUBJECT_NAMED = _AL, _B, _E, _SUBJECT, _SUBJECT_NAMED
