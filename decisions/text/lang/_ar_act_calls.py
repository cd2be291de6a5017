"""Arabic: a call for an act, asking nobody (folded, as in lang/ar.py).

"يدعو إلى احترام ...": calls for an act, asks nobody (with a pronoun, "دعاها إلى
مواصلة ...", the body it stands for is asked); after "إلى", only a word with the
article, a quantifier or a body's head noun opens an addressee ("دعا إلى الدول
الأعضاء", "يدعو إلى جميع الأطراف", "دعت إلى حكومة ..."); not the idioms "تدعو إلى
الاعتقاد" (gives grounds to believe), "يدعو إلى القلق", nor a verbal noun of an act
("دعا إلى الاحترام الكامل من ..."، "إلى الاستمرار في ..."، "إلى السعي":
lang/_ar_act_nouns.py). The act may be quoted ("إلى «حشد الدعم ...»").

Between the verb and "إلى": the body that speaks, an organisation by its usual
name, or a person calling in his own name (lang/_ar_head_asks.py ``CALLER``).

Class of text: a news report of a Secretary-General or a council calling for an
act in the past ("دعا الأمين العام للمنظمة، فلان، إلى ضرورة ..."): a statement
(``PAST_ACT_CALL``), so that the paragraph is read, asking nobody. Bounded:
linear.
"""

from __future__ import annotations

from ._ar_act_nouns import ACT_NOUN as _ACT_NOUN
from ._ar_calls import ADV as _ADV
from ._ar_calls import ASIDE as _ASIDE
from ._ar_head_asks import CALLER as _CALLER
from ._ar_named import SPEAKING_BODY as _SPEAKING_BODY
from ._ar_speakers import AL as _AL
from ._ar_speakers import SUBJECT as _SUBJECT
from ._ar_speakers import B as _B
from ._ar_speakers import E as _E

__all__ = ["ACT_CALL", "PAST_ACT_CALL"]

_TAIL = (
    rf"(?:{_SUBJECT}|(?<=[ات])\s+{_SPEAKING_BODY}|{_CALLER})"
    rf"{_ADV}{_ASIDE}\s+الي\s+[«\"\u201c]?"
    rf"(?!ال(?!{_ACT_NOUN}(?![^\W\d_]))"
    r"|لل|جميع|كافه|كل|ساير"
    r"|(?:لجنه|مجلس|فريق|هييه|امانه|منظمه|حكومه|حكومات|وزاره|بعثه)"
    rf"{_E}){_AL}"
)
ACT_CALL = rf"[وف]?(?:دعا|دعت|دعوا|[يت]دعو){_TAIL}"
PAST_ACT_CALL = rf"{_B}[وف]?(?:دعا|دعت|دعوا){_TAIL}"
