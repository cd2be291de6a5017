"""Arabic: where the addressees end, before the action asked (folded, as in
lang/ar.py): "إلى/أن/على + verb", a verbal noun right after the addressee
("مناشدة الجهات المانحة زيادة مساهماتها"), joined to "ل" or "ب"."""

from __future__ import annotations

from . import InfinitiveMarker
from ._ar_speakers import AL as _AL
from ._ar_speakers import B as _B
from ._ar_speakers import E as _E

__all__ = ["MARKERS"]

# A word qualifying a generic addressee ("المانحة"، "العربية"، "الأعضاء"، "ذوي الصلة"),
# matched one way only (the tests on its ending are lookaheads), so that a run of
# such words is read once: alternatives that could each match the same word would
# make a failed match try every combination of them.
_QUALIFYING_WORD = (
    rf"(?:(?:ذوي|ذوو|ذات)\s+ال{_AL}+"
    rf"|(?!(?:ذوي|ذوو|ذات){_E})(?=الم|{_AL}+?(?:يه|ي|يين|يون|ين){_E}|الاعضاء{_E}){_AL}+){_E}"
)

# Verbal nouns of acting, with the article ("العمل"، "الإسراع"، "الالتزام"، "التواصل").
_ACTING = (
    r"ال(?:عمل|اسراع|التزام|وفاء|مساهمه|مشاركه|استمرار|مضي|مبادره|تحرك|اضطلاع|امتناع"
    r"|انخراط|كف|سعي|حرص|تواصل|تنسيق|تشاور)"
)

# fmt: off
MARKERS = (
    InfinitiveMarker(
        pattern=rf"{_B}(?:ان|الي|علي|لكي|كي|حتي|من\s+اجل|بهدف)\s+(?P<verb>{_AL}+)",
        verb=rf"{_AL}+",
    ),
    # The action right after the addressee, a word without the article after
    # one with it: "مناشدة الجهات المانحة زيادة مساهماتها", "... المعنية دعم ...".
    InfinitiveMarker(
        pattern=(
            rf"{_B}(?!(?:التي|الذي|الذين|اللتين|اللذين|اللواتي){_E})(?:[وفبك]?ال|لل){_AL}+\s+"
            rf"(?P<verb>(?!ال)(?![وفبلك]){_AL}{{3,}})"
        ),
        verb=rf"{_AL}+",
        not_verbs=frozenset(
            {
                "علي", "غير", "بين", "ذات", "ذوي", "ذوو", "دون", "حول", "نحو", "عبر", "ضمن",
                "خلال", "منذ",
                "حتي", "كافه", "جميع", "ساير", "تجاه", "لدي", "وفق", "طبقا", "وفقا", "اثناء",
                "قبل", "بعد", "عند", "تحت", "فوق", "امام", "مثل",
                "التي", "الذي", "الذين", "مما", "حيث", "اعضاء", "ممثلا", "ممثله",
                # words singling out one of a list: "المجتمع الدولي خصوصا مجلس الأمن"
                "خاصه", "خصوصا", "لاسيما",
                # and the wider one before it: "المجتمع الدولي عموما والعالم ..." (_ar_general)
                "عموما",
            }
        ),
        at_verb=True,
    ),
    # A verbal noun with the article right after a generic addressee and the
    # words qualifying it: "مناشدة الجهات المانحة الوفاء بـ ..."، "كافة الأطراف
    # المعنية الوقف الفوري ..." (a qualifier: a participle "الم..."، an adjective
    # of relation "...ية"، or "الأعضاء").
    InfinitiveMarker(
        pattern=(
            rf"{_B}[وف]?(?:الاطراف|الجهات|الدول|الحكومات|السلطات|الشركاء)"
            rf"(?:\s+{_QUALIFYING_WORD})*"
            rf"\s+(?P<verb>ال(?!م){_AL}{{2,}})"
        ),
        verb=rf"ال{_AL}+(?<!يه)(?<!ي)(?<!ين)(?<!ون)",
        not_verbs=frozenset({"الاعضاء"}),
        at_verb=True,
    ),
    # A verbal noun with the article joined to "ل" or "ب" right after a generic
    # addressee, the words qualifying it and the place it is in: "دعا الأطراف
    # المتحاربة في البلد للوقف الفوري ..."، "حث الجهات المعنية بالإسراع ..." (after
    # another noun, "لل" may open a name's last words: "المفوضية السامية للاجئين").
    InfinitiveMarker(
        pattern=(
            rf"{_B}[وف]?(?:الاطراف|الجهات|الدول|الحكومات|السلطات|الشركاء)"
            rf"(?:\s+{_QUALIFYING_WORD})*(?:\s+في\s+{_AL}+)?"
            rf"\s+(?P<verb>(?:لل|بال)(?!م){_AL}{{3,}})"
        ),
        verb=rf"(?:لل|بال){_AL}+(?<!يه)(?<!ي)(?<!ين)(?<!ون)",
        at_verb=True,
    ),
    # A verbal noun after a comma: "طلب من الدول الأعضاء، ولا سيما ...، تقديم ...".
    # (Not a word singling out one of the list: "المجتمع الدولي، خاصة مجلس الأمن، ...".)
    InfinitiveMarker(
        pattern=rf",\s*(?P<verb>(?!ال|[وف]){_AL}{{3,}})",
        verb=rf"{_AL}+",
        not_verbs=frozenset(
            {"خاصه", "بخاصه", "سيما", "لاسيما", "منها", "بما", "كذلك", "اضافه", "ممثلا", "ممثله"}
        ),
    ),
    # A verbal noun joined to "ل": "دعوته لفريق الاتصال لإقامة علاقة ...".
    InfinitiveMarker(
        pattern=rf"{_B}ل(?P<verb>(?!ال|ل){_AL}{{3,}})",
        verb=rf"{_AL}+",
        # Nouns joined to "ل" that name a body: "لمجلس التعاون", "لجامعة الدول".
        not_verbs=frozenset(
            {
                "جنه", "جان", "جنتها", "بنان", "يبيا", "دي", "دولها", "مجلس", "جامعه",
                "منظمه", "هييه", "امانه", "مفوضيه", "صندوق", "بنك", "وكاله", "حكومه",
                "اتحاد", "مكتب", "محكمه", "بعثه", "فريق", "دول", "جميع", "كافه", "ساير",
            }
        ),
    ),
    # A verbal noun with the article joined to "ب" right after a generic
    # addressee: "يطالب جميع الدول بالالتزام ..."، "يطالب الأطراف المعنية
    # بالانسحاب" (after other words it may be part of a name: "اللجنة المعنية
    # بالقدس", or follow the action: "الوفاء بالتعهدات").
    InfinitiveMarker(
        pattern=(
            "(?:"
            + "|".join(
                rf"(?<={w}\s)"
                for w in ("الدول", "الاطراف", "الحكومات", "السلطات", "الجهات", "المنظمات")
                + ("الاعضاء", "الاطراف المعنيه", "الدول المعنيه", "الجهات المعنيه")
                # "States of the world": "يطالب جميع دول العالم بالاعتراف ..."
                + ("دول العالم",)
            )
            + rf")ب(?P<verb>ال{_AL}{{3,}})"
        ),
        verb=rf"ال{_AL}+",
    ),
    # A verbal noun joined to "ب": "يكلف الأمين العام بمتابعة ..."; not a place
    # joined to it before the next addressee ("وبعثتها بنيويورك والأمانة العامة").
    InfinitiveMarker(
        pattern=rf"{_B}ب(?P<verb>(?!ال){_AL}{{3,}}){_E}(?!\s+[وف](?:ال|لل))",
        verb=rf"{_AL}+",
        # "بقوات", "بأفراد": what a contributing country gives, in its name.
        not_verbs=frozenset(
            {"لدان", "لد", "عض", "عثه", "عثات", "يان", "يت", "قيه", "قوات", "افراد", "جنود"}
        ),
    ),
    # A name in quotation marks after the addressee, in apposition: "الرئيس السوري
    # « ... » إلى ..." (a quoted name right after the verb is the addressee itself).
    InfinitiveMarker(pattern=rf"{_AL}\s*(?P<verb>[«\"\u201c])", verb=r"[«\"\u201c]", at_verb=True),
    # A verbal noun of acting with the article, then the preposition it takes,
    # after an addressee's word with the article: "من قوات ... المالية العمل على
    # تهيئة ..."، "... الإسراع في ..."، "... الالتزام بـ ..." (after a head noun
    # without it, the noun is part of a name: "فريق العمل"، "وزارة العمل"). Not
    # before troops or police: "البلدان المساهمة بقوات" is the addressee's name.
    InfinitiveMarker(
        pattern=(
            rf"{_B}(?:[وفب]?ال|لل){_AL}+\s+(?P<verb>{_ACTING}){_E}"
            rf"(?=\s+(?:علي|في|عن|مع|من\s+اجل|(?!ب(?:قوات|افراد|جنود|عناصر){_E})[بل]{_AL}))"
        ),
        verb=_ACTING,
        at_verb=True,
    ),
    # A news dispatch may put a comma between the addressee and the act asked,
    # the verbal noun of acting keeping its article and its preposition: "حث
    # المجلس المجتمع الدولي ، العمل على تنفيذ ..." (the act, never a second body).
    InfinitiveMarker(
        pattern=rf",\s*(?P<verb>{_ACTING}){_E}(?=\s+(?:علي|في|عن|مع|من\s+اجل)(?![^\W\d_]))",
        verb=_ACTING,
    ),
)
# fmt: on
