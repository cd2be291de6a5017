"""Arabic: the words the text core needs (see lang/__init__.py for each field).

Every fragment is written folded (``folding.fold_text`` after
``folding.strip_marks``): no vowel marks or shadda, bare alef for أ إ آ, ي
for ى, ه for ة, و for ؤ, ي for ئ. "يؤكد" is written "يوكد", "القمة" "القمه".
"""

from __future__ import annotations

from decisions.text.lang._ar_ordinals import ORDINALS

from . import LanguageTables, VerbPattern
from ._ar_acronym_speaker import ACRONYM_SPEAKER as _ACRONYM_SPEAKER
from ._ar_act_calls import ACT_CALL as _ACT_CALL
from ._ar_act_calls import PAST_ACT_CALL as _PAST_ACT_CALL
from ._ar_agent_calls import AGENT_CALL as _AGENT_CALL
from ._ar_appeals import HEAD_APPEAL as _HEAD_APPEAL
from ._ar_calls import ADV as _ADV
from ._ar_calls import ASIDE as _ASIDE
from ._ar_calls import ASK_NOUN as _ASK_NOUN
from ._ar_calls import ASKING_PARTICIPLE as _ASKING_PARTICIPLE
from ._ar_calls import ENTRUST as _ENTRUST
from ._ar_calls import HEADS as _HEADS
from ._ar_calls import IN_ASIDE as _IN_ASIDE
from ._ar_calls import MEETING_OF as _MEETING_OF
from ._ar_calls import REAFFIRM_CALL as _REAFFIRM_CALL
from ._ar_calls import RENEW as _RENEW
from ._ar_calls import WE as _WE
from ._ar_calls import WE_LEADS as _REQUEST_WE_LEADS
from ._ar_directs import REQUEST_DIRECT as _REQUEST_DIRECT  # "وجّه المجلس الأطراف للعمل"
from ._ar_elliptic_calls import ELLIPTIC_CALL as _ELLIPTIC_CALL
from ._ar_head_asks import HEAD_ASKS as _HEAD_ASKS
from ._ar_holds import HELD_RESPONSIBLE as _HELD_RESPONSIBLE
from ._ar_honorifics import MASCULINE_TITLE as _MAN
from ._ar_issued_calls import ISSUED_CALL as _ISSUED_CALL
from ._ar_leads import MEETING_VERB_FIRST as _MEETING_VERB_FIRST
from ._ar_leads import WENT_ON_ASK as _WENT_ON_ASK  # "ومضى المجلس إلى مطالبة ..."
from ._ar_markers import MARKERS as _MARKERS
from ._ar_named import CALLING_SPEAKER as _CALLING_SPEAKER
from ._ar_named import DATED_ASIDE as _DATED_ASIDE
from ._ar_named import HEAD_SPEAKER as _HEAD_SPEAKER
from ._ar_named import MEETING_ASIDE as _MEETING_ASIDE
from ._ar_named import NAMED_SPEAKER as _NAMED_SPEAKER
from ._ar_named import PERSON_SPEAKS as _PERSON_SPEAKS
from ._ar_named import SEAT as _SEAT
from ._ar_named import STATED_SPEAKER as _STATED_SPEAKER
from ._ar_qualifiers import QUALIFIERS as _QUALIFIERS
from ._ar_renewing_participle import RENEWING_PARTICIPLE as _RENEWING_PARTICIPLE
from ._ar_session_aside import SESSION_ASIDE as _SESSION_ASIDE
from ._ar_speakers import AL as _AL
from ._ar_speakers import SUBJECT as _SUBJECT
from ._ar_speakers import B as _B
from ._ar_speakers import E as _E

_PRON = r"(?P<pron>ها|هم|هما)?"
# A news dispatch's speaker, read first after a calling verb in the past: an
# organisation named with its acronym (lang/_ar_acronym_speaker.py), a council
# and its session told between commas (lang/_ar_session_aside.py).
_STATED_SPEAKER = rf"(?:{_ACRONYM_SPEAKER}|{_SESSION_ASIDE}|{_STATED_SPEAKER})"
# Past forms, third person masculine and feminine; present forms, يـ and تـ.
# A recommendation in the present asks too: "يوصي المجلس الأمانة العامة بـ ..." (the League's
# decisions approve a committee's recommendations in these words).
# A news page may speak of the members in the plural: "وناشدوا/ودعوا المجتمع الدولي ...".
_ASK_PAST = r"(?:طلب|حث|حض|كلف|ناشد|طالب|دعا|دعت|دعوا|اهاب|شجع|اوصي|اوصت|اوصوا|امهل)(?:ت|وا)?"
_ASK_PRESENT = r"[يت](?:طلب|حث|حض|كلف|ناشد|طالب|دعو|هيب|رجو|شجع|وصي|مهل)"
# After the verb: its object pronoun, the body that speaks, adverbs, then "من"
# or "إلى" before the addressee, or "بـ" joined to it ("تهيب بالمنظمات ...").
# "بـ" joined to a definite body ("بالمنظمات"), to a quantifier ("بجميع الدول") or
# to a body's head noun named by what follows ("بحكومة لبنان"), not to an act
# ("طالب بفتح المعابر").
_ASK_OBJECT = (
    rf"{_PRON}(?:{_STATED_SPEAKER}|{_HEAD_SPEAKER}|{_HEAD_ASKS}|{_NAMED_SPEAKER}|{_CALLING_SPEAKER}"
    rf"|{_MEETING_ASIDE}|{_SUBJECT}){_ADV}(?:{_ASIDE}{_IN_ASIDE}\s+(?:من|الي)(?=\s)"
    rf"|\s+ب(?=ال|(?:جميع|كافه|ساير)\s|{_HEADS}\s)|{_DATED_ASIDE}{_E})"
)
# After a verb in the past, a news page's leaders speak ("ودعا زعماء الخليج الرئيس
# ..."، "وحث القادة العرب ..."); after one in the present, a resolution calls on
# them ("يدعو القادة السياسيين إلى الحوار").
_LEADERS = r"\s+(?:(?:القاده|الزعماء)(?:\s+العرب)?|(?:قاده|زعماء)\s+[^\s,.;]+)"
_CALL_FOR = rf"(?!{_ACT_CALL})"  # "يدعو إلى احترام ...": asks nobody (lang/_ar_act_calls.py)
_REQUEST_JOINED = rf"{_B}{_CALL_FOR}{_PERSON_SPEAKS}[وف](?:{_ASK_PAST}|{_ASK_PRESENT}){_ASK_OBJECT}"
_REQUEST_PRESENT = rf"{_B}{_CALL_FOR}{_ASK_PRESENT}{_ASK_OBJECT}"
_REQUEST_RENEW = rf"{_B}[وف]?{_RENEW}"
_REQUEST_PAST = rf"{_B}{_CALL_FOR}{_PERSON_SPEAKS}{_ASK_PAST}{_ASK_OBJECT}"
_REQUEST_LEADERS = rf"{_B}{_CALL_FOR}[وف]?{_ASK_PAST}{_LEADERS}{_ASK_OBJECT}"
_REQUEST_WE = _WE  # "قال البيان الختامي: ندعو ..." (lang/_ar_calls.py)
_REQUEST_NOUN = rf"{_B}{_ASK_NOUN}"
# Joined to "و" after another head, it needs no other sign of a clause: "حث الدول ...
# والطلب إلى الأمانة العامة ..."، "التأكيد على ... ودعوة الدول العربية ...".
_REQUEST_NOUN_JOINED = rf"{_B}(?=[وف]){_ASK_NOUN}"
# Approving a recommendation to ask a body asks it: "يوافق على توصيات الاجتماع
# بشأن دعوة الأمانة العامة إلى ...".
_APPROVED_ASK = (
    rf"{_B}[وف]?(?:[يت]?وافق|[يت]عتمد|اعتمد|[يت]قر|اقر)(?:ت)?{_SUBJECT}\s+(?:علي\s+)?"
    rf"(?:ال)?توصي(?:ه|ات){_E}(?:\s+\S+){{0,15}}?\s+بشان\s+{_ASK_NOUN}"
)
# "تطلب أن يقدم الأمين العام ...": the subject after the verb of the that-clause.
_REQUEST_THAT = (
    rf"{_B}[وف]?(?:{_ASK_PAST}|{_ASK_PRESENT}){_SUBJECT}{_ADV}\s+(?:ب)?ان\s+[يت]{_AL}{{2,}}{_E}"
)
# "تقرر أن تقدم البعثة تقريرها": decides that a body act, the body after the
# verb of the that-clause; only a body's head noun there ("يقرر أن يكون موعد
# الدورة ..." asks nobody).
_DECIDE_THAT = (
    rf"{_B}[وف]?(?:[يت]قرر|قرر(?:ت)?){_SUBJECT}\s+ان\s+[يت]{_AL}{{2,}}{_E}"
    r"(?=\s+(?:ال)?(?:لجنه|مجلس|فريق|هييه|امانه|امين|مفوضيه|وكاله|بعثه|حكومه|حكومات|دول)"
    rf"{_E})"
)
# A decision in the present opening with its verb, the body asked after it:
# "تعقد اللجنة دورة ..." (not "يؤكد المجلس ...", nor joining an event: "تنضم الهيئة إلى").
_SAY_STEMS = (
    r"(?:وكد|رحب|شيد|دين|قرر|شدد|نوه|ثمن|لاحظ|عتمد|شكر|ستعرض|جدد|علن|ويد|دعم|قر|عرب|بدي|حيط"
    r"|عيد|ثني|عرب|عتبر|ري|امل|رفض|ستنكر|دعو|طلب|حث|كلف|ناشد|طالب|هيب|رجو|شجع|وصي|نضم|شارك|حتفل|حتفي)"
)
# The stating verbal nouns: "التأكيد على ..."، "الترحيب بـ ..."، "الإشادة بـ ...".
_STATING_NOUNS = (
    r"(?:تاكيد|ترحيب|اشاده|اعراب\s+عن|ادانه|تنديد|استنكار|تقدير|تثمين"
    r"|تنويه|احاطه\s+علما|موافقه|اعتماد|شكر|دعم|تاييد|مسانده|رفض|مطالبه\s+ب)"
)
_STATEMENT_NOUN = rf"{_B}[وف]?(?:ال)?{_STATING_NOUNS}(?=\s|(?<=ب))"
# One of them that opens with ت is no verb in the present: "تأكيد التضامن مع
# ..." states, whatever bodies follow.
# Nor is a body's attitude, which states: "تتابع الأمانة العامة بقلق التطورات ..."
# (a statement's "follows with concern"; "تتابع الأمانة العامة تنفيذ ..." asks).
_ATTITUDE = r"(?=(?:\s+[^\s,.;]+){1,6}?\s+(?:بقلق|باهتمام|ببالغ|بارتياح)(?![^\W\d_]))"
_PRESENT_DECISION = (
    rf"{_B}(?!{_STATING_NOUNS}{_E})[يت](?!{_SAY_STEMS}{_E}){_AL}{{3,5}}{_E}(?!{_ATTITUDE}|{_MAN})"
)
_PRESENT_ATTITUDE = rf"{_B}[وف]?[يت]{_AL}{{3,5}}{_E}{_ATTITUDE}"
_REQUEST_REAFFIRM = rf"{_B}{_REAFFIRM_CALL}"
# A date or place left to a body to set, with no relative pronoun: "في موعد
# يحدده الأمين العام"، "في مكان وزمان تحددهما الأمانة العامة": that body sets it
# (the council setting its own, "يحدده مجلس الجامعة", asks nobody).
_LEFT_TO = (
    rf"{_B}[يت]حدد(?:ه|ها|هما)(?=\s+(?:ال)?(?:امين|امانه|لجنه|رييس|رياسه|مكتب|هييه)"
    rf"{_E})"
)
# "يقرر المجلس الموافقة على توصية اللجنة الآتية:"، "يقرر اعتماد القرار التالي:".
_APPROVING = rf"[وف]?(?:يقرر|قرر|تقرر){_SUBJECT}\s+(?:ال)?(?:موافقه\s+علي|اعتماد|مصادقه\s+علي)\s"

# "دان" is how some press writes "أدان" (condemned); a warning ("حذر") states.
_SAY_PAST = (
    r"(?:اكد|رحب|اشاد|ادان|دان|قرر|شدد|نوه|ثمن|لاحظ|اعتمد|شكر|استعرض|جدد|اعلن|ايد|دعم|اقر|حذر"
    r"|اعرب\s+عن|ابدي|احاط\s+علما|اعاد\s+تاكيد|اثني)(?:ت)?"
)
_SAY_PRESENT = (
    r"[يت](?:وكد|رحب|شيد|دين|قرر|شدد|نوه|ثمن|لاحظ|عتمد|شكر|ستعرض|جدد|علن|ويد|دعم|قر|حذر"
    r"|عرب\s+عن|بدي|حيط\s+علما|عيد\s+تاكيد|ثني)"
)
_STATEMENT_JOINED = rf"{_B}[وف](?:{_SAY_PAST}|{_SAY_PRESENT}){_E}"
_STATEMENT_PRESENT = rf"{_B}{_SAY_PRESENT}{_E}"
_STATEMENT_PAST = rf"{_B}{_SAY_PAST}{_E}"

# A field's noun with the article, in bodies' names, never a body: "الأمن"، "السلم"، "التنمية".
_FIELDS = (
    r"ال(?:امن|سلم|سلام|دفاع|تنميه|تعاون|زراعه|ثقافه|علوم|تربيه|اعلام|تجاره|صناعه|استثمار"
    r"|اغاثه|تشغيل|مصالحه|اقتصاد|تخطيط|حكامه|عداله)"
)
# An adjective of relation with the article, agreeing with the one before ("-ية", "-ي", "-ين":
# "المؤسسات المالية والإنسانية والخيرين" names two). (Not "القوى", the powers, whose folded
# "القوي" ends like one: "المجتمع الدولي والقوى الفاعلة" names two addressees.)
_NISBA = rf"(?!القوي\s+ال)ال{_AL}*?"

# fmt: off
TABLES = LanguageTables(
    code="ar",
    common_words=frozenset({
        "في", "من", "علي", "الي", "عن", "مع", "ان", "التي", "الذي", "هذا", "هذه", "ذلك",
        "كما", "الدول", "قد", "بين", "او", "لا", "ما", "كل", "حول", "بشان", "الاعضاء",
    }),
    months={
        "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
        "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11,
        "ديسمبر": 12, "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5,
        "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9, "تشرين الاول": 10,
        "تشرين الثاني": 11, "كانون الاول": 12,
    },
    ordinal_suffixes=(),
    day_month_joiners=(),
    month_first=False,
    month_year_leads=(
        r"بحلول(?:\s+نهايه)?", r"قبل(?:\s+نهايه)?", r"(?:في\s+)?نهايه", r"حتي",
        r"في\s+موعد\s+(?:لا\s+يتجاوز|اقصاه)(?:\s+نهايه)?",
    ),
    month_of=(r"\s+(?:من\s+)?شهر\s+",),
    deadline_phrases=(
        r"في\s+(?:اقرب|اسرع)\s+وقت\s+ممكن", r"(?:ب)?دون\s+(?:اي\s+)?تاخير", r"فورا",
        r"علي\s+وجه\s+السرعه", r"علي\s+نحو\s+عاجل", r"في\s+اقرب\s+الاجال",
        r"(?:قبل|في|الي)\s+(?:دورته|دورتها|اجتماعه|اجتماعها|الدوره|الاجتماع)\s+(?:القادم|المقبل)ه?",
    ),
    date_leads=(
        "قبل", "بحلول", r"في\s+موعد\s+(?:لا\s+يتجاوز|اقصاه)", "حتي", r"قبل\s+نهايه",
        r"بحلول\s+نهايه", r"(?:في\s+)?نهايه", r"بتاريخ",
    ),
    page_words=("صفحه", "الصفحه"),
    page_of=("من",),
    continued_marks=("تابع",),
    clause_verbs=(),
    clause_adverbs=(),
    decision_lines=(r"[وف]?(?:يقرر|قرر|تقرر)(?:\s+ما\s+يلي)?",),
    approving_decisions=(_APPROVING,),
    operative_intros=(
        "قرر", "يقرر", r"ما\s+يلي", "اعتمد", "اتفق", "القرارات", "التوصيات", "المنطوق", "بنود",
    ),
    meta_labels=("الاصل", "التوزيع", "اللغه", "المرجع", "الرقم"),
    meta_words=("عربي", "انجليزي", "فرنسي", "العربيه", "الانجليزيه", "الفرنسيه", "عام", "محدود"),
    venue_words=("مقر", "قاعه", "فندق", "مركز", "قصر", "مبني"),
    date_articles=("في", "بتاريخ"),
    place_particles=frozenset(),
    title_head_nouns=frozenset(),
    meeting_heads=(r"(?:ال)?(?:فريق|لجنه|مجلس|موتمر|القمه|جمعيه|منتدي|مكتب)",),
    meeting_stops=(
        r"علي\s+هامش", "المنعقد", "المعقود", "الذي", "التي", r"في\s+دورته", "بتاريخ",
        r"في\s+\d", "خلال", r"علي\s+مستوي",
    ),
    meeting_modifier_stops=frozenset(),
    meeting_suffixes=(r"\s+التابع\s+ل(?:منظمة|منظمه)\s+التعاون\s+ال[إا]سلامي",),
    verbs=(
        VerbPattern("request", _MEETING_OF[0], needs_context=False),  # "تطلب عقد اجتماع لمجلس"
        VerbPattern("request", _MEETING_OF[1], needs_context=True),
        VerbPattern("request", _REQUEST_LEADERS, needs_context=False),
        VerbPattern("request", _ISSUED_CALL, needs_context=True),  # "أصدر المجلس قرارا يدعو فيه"
        VerbPattern("request", _REQUEST_JOINED, needs_context=False),
        VerbPattern("request", _REQUEST_RENEW, needs_context=False),
        VerbPattern("request", _REQUEST_PRESENT, needs_context=False),
        VerbPattern("request", _REQUEST_PAST, needs_context=True),
        VerbPattern("request", _REQUEST_DIRECT, needs_context=True),
        VerbPattern("request", _HEAD_APPEAL, needs_context=True),
        VerbPattern("request", _REQUEST_WE, needs_context=False),
        VerbPattern("request", _REQUEST_WE_LEADS, needs_context=True),
        VerbPattern("request", _REQUEST_NOUN_JOINED, needs_context=False),
        VerbPattern("request", _WENT_ON_ASK, needs_context=False),
        VerbPattern("request", _REQUEST_NOUN, needs_context=True),
        VerbPattern("request", _REQUEST_REAFFIRM, needs_context=False),
        VerbPattern("request", _REQUEST_THAT, needs_context=False, that_clause="any"),
        VerbPattern("request", _DECIDE_THAT, needs_context=False, that_clause="any"),
        VerbPattern("request", _APPROVED_ASK, needs_context=False),
        VerbPattern("request", _PRESENT_DECISION, needs_context=False, sentence_subject=True),
        VerbPattern("request", _LEFT_TO, needs_context=False),
        VerbPattern("request", _ASKING_PARTICIPLE, needs_context=True),
        VerbPattern("request", _RENEWING_PARTICIPLE, needs_context=True),
        VerbPattern("request", _AGENT_CALL, needs_context=True),
        VerbPattern("request", _ENTRUST, needs_context=True),
        VerbPattern("request", _ELLIPTIC_CALL, needs_context=True),
        VerbPattern("statement", _STATEMENT_JOINED, needs_context=False),
        VerbPattern("statement", _STATEMENT_PRESENT, needs_context=False),
        VerbPattern("statement", _PRESENT_ATTITUDE, needs_context=True),
        VerbPattern("statement", _STATEMENT_PAST, needs_context=True),
        VerbPattern("statement", _HELD_RESPONSIBLE, needs_context=True),  # "وحمّلت المنظمة ..."
        VerbPattern("statement", _PAST_ACT_CALL, needs_context=True),  # "دعا ... إلى حشد ..."
        VerbPattern("statement", _STATEMENT_NOUN, needs_context=True),
    ),
    pronouns_after_verb=(rf"\s*(?:منها|منهم|منهما|اليها|اليهم|اياها|اياهم){_E}",),
    subject_words=frozenset(
        {
            "كما", "قد", "وقد", "ثم", "كذلك", "ايضا", "الاجتماع", "الموتمر", "القمه",
            "تم", "وتم", "يتم", "سيتم", "جري", "وجري",
            "المجلس", "الفريق", "اللجنه", "الوزراء", "قرر", "وقرر", "قررت", "يقرر", "ويقرر",
            "تقرر", "وتقرر",
            # A news agency's tag closing a dispatch's dateline: "الرياض ... واس طلب ...".
            "واس", "وام", "قنا", "كونا", "بنا", "وفا", "سانا", "بترا", "واع", "سبا", "ونا",
        }
    ),
    abbreviations=frozenset({"د", "م"}),
    conjunctions=("و", "ثم"),
    list_joiners=(
        "و", r"بالاضافه\s+الي", r"اضافه\s+الي", r"فضلا\s+عن", r"و?كذلك", r"و?لا\s*سيما",
        r"بما\s+في\s+ذلك", r"و?خاصه", r"وبخاصه", r"ومنها", r"و?خصوصا", r"و?بالاخص",
        # "المجتمع الدولي ممثلا في مجلس الأمن": the body and the one that acts for it.
        r"ممثلا\s+(?:في|ب)", r"ممثله\s+(?:في|ب)", r"و?في\s+مقدمتها", r"و?علي\s+راسها",
    ),
    # "المنظمات الإقليمية وفي مقدمتها منظمة ...": first among them, another addressee.
    inclusive_openers=(
        r"و?لا\s*سيما", r"بما\s+في\s+ذلك", r"و?خاصه", r"وبخاصه", r"و?في\s+مقدمتها",
        r"و?علي\s+راسها", r"و?خصوصا", r"و?بالاخص",
    ),
    leading_words=(
        "جميع", "كافه", "كل", "كلا", "ساير", "مختلف", "بقيه", "باقي", "من", "الي", "ايضا", "كذلك",
        "مجددا",
        "اخيرا",  # "وطلب البيان أخيرا من الأمين العام": an adverb, no name
        "بشده", r"و?لا\s*سيما", r"بما\s+في\s+ذلك", r"و?خاصه", r"و?خصوصا", r"و?بالاخص",
    ),
    relatives=("الذي", "التي", "الذين", "اللواتي", "اللتين", "اللذين", "حيث", "مما"),
    partner_phrases=(
        r"بالتعاون(?:\s+الوثيق)?\s+مع", r"بالتنسيق(?:\s+الوثيق)?(?:\s+والتشاور)?\s+مع",
        r"بالتشاور(?:\s+والتنسيق)?\s+مع",
        r"بالشراكه\s+مع", r"بدعم\s+من", r"بمساعده", r"بالاشتراك\s+مع",
    ),
    purpose_words=(r"من\s+اجل", "بهدف", "لغرض", "بغيه", "علي", "الي", "في"),
    infinitive_markers=_MARKERS,
    generic_addressees=(
        r"(?:جميع\s+|كافه\s+)?الاطراف(?:\s+المعنيه|\s+\S+)?", r"الحكومات(?:\s+المعنيه)?",
        r"السلطات(?:\s+\S+)?", r"الدول(?:\s+المعنيه)?", r"الجهات(?:\s+المانحه|\s+المعنيه)?",
        r"الشركاء(?:\s+ذوي\s+الصله|\s+المعنيين)?",
        # The powers asked beside the international community: "القوى الفاعلة".
        r"القوي\s+(?:الفاعله|الدوليه|الكبري|الاقليميه|المعنيه)",
    ),
    body_heads=(
        r"(?:ال)?(?:لجنه|مجلس|فريق|هييه|امانه|منظمه|صندوق|بنك|مكتب|مفوضيه|وكاله|جهاز|مركز|معهد"
        r"|اتحاد|حكومه|وزاره|محكمه|بعثه)",
    ),
    self_names=(
        r"المجلس", r"مجلس\s+الجامعه", r"الموتمر", r"القمه", r"الاجتماع", r"الجمعيه(?:\s+العامه)?",
        r"اللجنه", r"الفريق",
    ),
    articles=(),
    place_leads=(),
    # "تمهل الهيئة السلطات الانتقالية في غينيا حتى 25 نيسان/أبريل": the deadline
    # given after the addressee is no part of its name.
    addressee_ends=(r"حتي(?=\s)",),
    # "الرئيس السوري": the head of a registered State, that State.
    state_organs=("الحكومه", "حكومه", "حكومات", "السلطات", "سلطات", "الرئيس"),
    state_organ_links=("في",),
    state_titles=("جمهوريه", "الجمهوريه", "مملكه", "المملكه", "دوله", "سلطنه"),
    state_group_heads=("الدول",),
    state_organ_qualifiers=("الانتقاليه", "العسكريه", "المؤقته", "الانتقالي", "العسكري"),
    # "الأمين العام لمجلس التعاون": a registered name, then "لـ" joined to a word
    # other than the article ("للمنظمة": of the Organisation it serves).
    name_links=(r"ل(?!ل)",),
    shared_organ_names=("الجمعيه العامه",),
    # "تقرر تشكيل بعثة تقصي الحقائق، ...": a body's full name follows (an
    # indefinite head noun); later "البعثة" is that body.
    establishing=(
        r"[وف]?(?:تشكيل|انشاء|تاسيس|[يت]شكل|[يت]نشي|[يت]نشئ)(?=\s+(?:لجنه|بعثه|فريق|هييه|مجلس"
        r"|صندوق|مكتب|مركز|اليه|قوه)\s)",
    ),
    naming=(r"(?<![^\W\d_])(?:[يت]سمي|باسم)",),
    # "كل من X و Y" (both X and Y) names each body alone: "كل" is no quantifier there.
    quantifiers=("جميع", "كافه", r"كل(?!\s+من(?![^\W\d_]))", "ساير", "بقيه", "باقي"),
    ordinal_words=ORDINALS,
    proclitics=("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"),
    contractions=(("لال", "لل"),),
    # "و" before the article opens a new addressee, except between two adjectives
    # of relation: "مؤسسات التمويل الإقليمية والوطنية" is one body.
    # Nor before a field's noun, which names no body: "قوات الدفاع والأمن"، "مجلس السلم
    # والأمن"، "منظمة الأغذية والزراعة" are one body each.
    joined_joiners=(
        rf"(?!(?<=يه\s)[وف]{_NISBA}يه{_E})(?!(?<=ي\s)[وف]{_NISBA}ي{_E})"
        rf"(?!(?<=ين\s)[وف]{_NISBA}(?:ين|يون){_E})"
        rf"(?![وف]{_FIELDS}{_E})[وف](?=ال|لل)",
    ),
    joined_after=(
        # The word may carry "و" itself: "الشركات والأفراد ورجال الأعمال".
        rf"{_B}[وف]?(?!(?:التي|الذي|الذين|اللذين|اللتين|اللواتي|الي){_E})ال{_AL}+\s+"
        rf"(?=[وف](?!ال|لل|غير\s){_AL}{{2}})",  # "الحكومية وغير الحكومية": one name
    ),
    coordinating_proclitics=("و", "ف"),
    # A request in a relative clause describes another text: "قرار مجلس الأمن ...
    # الذي يدعو الدول الأعضاء ..." (the resolution calls, not this one), also when
    # the press joins it with "و": "لخطة السلام ... والتي تدعو الطرفين إلى ...".
    # So does one a person is quoted making: "وقال فلان إنه يدعو ..." (not the body
    # that met: "وقال المجلس إنه يدعو ..." asks).
    reported_leads=(
        r"[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)",
        r"[وف]?(?:قال|اضاف|اوضح)(?:ت)?\s+(?!(?:المجلس|الموتمر|الاجتماع|القمه|البيان|القرار|اللجنه"
        r"|الوزراء)\s)[^\s,.;]+(?:\s+[^\s,.;]+)?\s+ان(?:ه|ها|هم)?",
    ),
    qualifiers=_QUALIFIERS,  # lang/_ar_qualifiers.py
    meeting_verb_first=(_MEETING_VERB_FIRST,),
    place_suffixes=(_SEAT,),
    # A reporter telling what the text says: "وقال المراسل إن القرار -الذي ...-
    # يطالب ...": the text speaks (a person's own call, "قال فلان إنه يدعو", does not).
    meeting_subjects=(
        r"[وف]?(?:قال|ذكر|افاد|اوضح|اضاف)(?:ت)?(?:\s+[^\s,.;]+){1,4}?\s+ان\s+"
        r"(?:القرار|(?:البيان|الاعلان)(?:\s+الختامي)?)(?:\s+-[^-]{1,150}-)?",
    ),
    # "بوقف إطلاق النار من قبل جميع الأطراف": the body that is to act, after the
    # act asked (not after a wrong done: "الجرائم المرتكبة من قبل ...").
    agent_leads=(r"من\s+(?:قبل|جانب)",),
    perpetrated=(r"(?:ال)?مرتكب(?:ه|ين)?", r"(?:التي|الذي)\s+ارتكب(?:ها|ته|تها)"),
    # "جدد/يجدد/وجددت ... نداءه", "مجددا", "مرة أخرى", "أعاد/يعيد/يكرر ... طلبه"
    renewal_words=(
        rf"{_B}[وف]?[يت]?جدد(?:ت|وا)?{_E}", rf"{_B}مجددا{_E}", r"مره\s+اخري",
        rf"{_B}[وف]?(?:اعاد|[يت]عيد|كرر|[يت]كرر)(?:ت)?\s+(?:\S+\s+)?(?:طلب|دعو|نداء|مطالب)",
        rf"{_B}[وف]?(?:تجديد|مواصله)\s+(?:ال)?(?:طلب|دعو|نداء|مطالب|مناشد)",
        rf"{_B}[وف]?تجديد\s+(?:ال)?تاكيد{_E}",
        rf"{_B}[وف]?(?:اكد|[يت]وكد|تاكيد)(?:ت)?{_SUBJECT}\s+من\s+جديد{_E}",
    ),
    regime_names=(r"(?:ال)?نظام\s+ال(?P<adj>[^\W\d_]+)",),
    demonym_ends=("ي",),
    topic_openers=(r"[وف]?بخصوص", r"[وف]?فيما\s+يتعلق"),
    # (and a statement's own States after "فإن": "بالنظر إلى ...، فإن دول المجلس تطلب")
    resumptive_pronouns=("فانه", "فانها", "وانه", "وانها", "فان دول المجلس"),
    act_nouns=("القرار", "قرار"),
    number_marks=("رقم", r"ر ?\."),
    act_shorthands=(r"ق ?\. ?ق",),
    session_marks=(r"د ?\. ?(?:غ ?\. ?)?ع ?\.?",),
)
# fmt: on
