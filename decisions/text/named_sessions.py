"""A session named by its ordinal, read as the glossary's "next-session".

Class of text: the closing request of a resolution or a communiqué, asking a
report "to the next session" in one meeting's text and "to the forty-sixth
session", "à sa 157e session", "إلى الدورة الرابعة والأربعين" in the next
one's. A request names the session its report is due at, which is the
next one (or a later one): for what is asked, the same session. Read in
folded text (no case, accents or hamza; ``concepts._prepared``), an ordinal
in words or in digits right before (English, French) or after (Arabic) the
word for a session or an annual meeting (a meeting alone is left out: "its
996th meeting" is where a council adopted a text); "the ninth ordinary session",
"la quarante-neuvième réunion annuelle", "الاجتماع السنوي الثامن والأربعين".
A session named by its number alone ("session 46"), a year ("the 2024
session") or no ordinal ("its session") is left out.

``session_spans(folded)``: (start, end, "next-session") of each, linear
(one regex pass, each alternative a bounded run of words).
"""

from __future__ import annotations

import re

__all__ = ["session_spans"]

_EN_UNITS = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
    r"|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth"
    r"|hundredth"
)
_EN_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_EN = (
    rf"(?:\d+(?:st|nd|rd|th)|(?:(?:{_EN_TENS})[- ])?(?:{_EN_UNITS}))"
    r" (?:(?:ordinary|regular|extraordinary|special) )?(?:session|annual meeting)(?!\w)"
)
# French ordinals end in "-ième" ("quarante-sixième", "cinquante et unième"),
# folded "ieme"; or digits and "e", "ème", "re" ("157e", "1re").
_FR = (
    r"(?:\d+(?:e|eme|ieme|re|er)|(?:[a-z]+(?:-| et |-et-)){0,3}[a-z]+ieme|premiere?)"
    r" (?:session(?: (?:ordinaire|extraordinaire))?|reunion annuelle)(?!\w)"
)
# Arabic: the session (its article or its attached pronoun: "في دورته"), an
# optional "ordinary" (or "annual" after a meeting), then the ordinal with its article, folded
# (ta marbuta as ه, alif maqsura as ي): "الدوره الرابعه والاربعين"; or its
# number in brackets, as the League of Arab States writes it: "الدوره العاديه
# (148)".
_AR_ORDINAL = (
    r"ال(?:اولي|اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي)ه?"
    r"|ال(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)ين|الماي?ه"
)
_AR = (
    r"(?:(?:الدوره|دورته|دورتها)(?: (?:العاديه|الاستثنائيه))?|(?:الاجتماع|اجتماعه) السنوي)"
    rf" (?:{_AR_ORDINAL}|\(\d+\))(?!\w)"
)
_SESSION = re.compile(rf"(?<!\w)(?:{_EN}|{_FR}|{_AR})")


def session_spans(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, "next-session") of each session named by its ordinal in
    `folded` (text folded as ``concepts`` folds it)."""
    return [(m.start(), m.end(), "next-session") for m in _SESSION.finditer(folded)]
