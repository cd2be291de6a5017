"""Arabic: a call for a body's own effort, the body asked being the agent of a
verbal noun (folded, as in lang/ar.py).

Class of text: resolutions and the news reporting them that call for what the
parties are to do, worded as a noun in construct with them: "يدعو إلى سعي جميع
الأطراف إلى ..."، "دعا المجلس إلى التزام الحكومة بـ ...". The noun, without the
article, governs the body that acts (a quantifier, a word with the article or a
body's head noun follows it): that body is asked. With the article the noun is
the act only ("يدعو إلى الالتزام بالقرار" asks nobody), and so is a noun that
names no effort of a body ("قيام الدولة" is also a State's rise: left out).
Bounded: linear.
"""

from __future__ import annotations

from ._ar_calls import ASIDE as _ASIDE
from ._ar_calls import HEADS as _HEADS
from ._ar_speakers import SUBJECT as _SUBJECT
from ._ar_speakers import B as _B

__all__ = ["AGENT_CALL"]

_CALL = r"[وف]?(?:[يت]دعو|دعا|دعت|دعوا)"
# Only the nouns whose own preposition ends the body's name ("إلى"، "بـ" before the
# act): after "امتناع ... عن"، "انخراط ... في" the name would run on.
_EFFORT = r"(?:سعي|التزام)"
# Or the act with the article, then its agent after "من" and a quantifier: "دعا أعضاء
# المجلس إلى الاحترام الكامل من كل الدول الأعضاء لـ ..." (respect by all the States):
# only an act of compliance, whose agent is the body bound, and only States, parties
# or governments after it ("الانسحاب من كل الأراضي" is no agent: from where).
_COMPLIANCE = r"ال(?:احترام|التزام|تقيد|امتثال)(?:\s+ال(?:كامل|تام|صارم|دقيق)ه?)?\s+من"
_BOUND = r"(?=\s+(?:كل|جميع|كافه)\s+ال(?:دول|اطراف|حكومات)(?![^\W\d_]))"
AGENT_CALL = (
    rf"{_B}{_CALL}{_SUBJECT}{_ASIDE}\s+الي\s+(?:{_EFFORT}"
    rf"(?=\s+(?:جميع\s|كافه\s|ال|{_HEADS}\s))|{_COMPLIANCE}{_BOUND})"
)
