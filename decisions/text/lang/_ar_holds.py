"""Arabic: a body holding another responsible, in the past (folded, as in
lang/ar.py).

Class of text: a statement or a news report of one that opens a sentence
with "حمّل" and the body speaking, then the one it holds responsible and
"المسؤولية": "وحمّلت المنظمة، في بيان لها، الحكومة المسؤولية الكاملة عن ...".
It states (nobody is asked to act), and a call may follow it in the same
sentence ("..., داعيةً المجتمع الدولي إلى ..."), which makes the paragraph the
body's own. The verb is read only where a verb of the body opens (the pattern
needs its context): "إلى حمل الأطراف على ..." (compelling, a noun) is none,
and neither is "حمل X على تحمل المسؤولية" (no "على" before "المسؤولية").
Bounded: at most 25 words read ahead, no full stop; linear.
"""

from __future__ import annotations

from ._ar_speakers import B as _B
from ._ar_speakers import E as _E

__all__ = ["HELD_RESPONSIBLE"]

# "المسؤولية" / "المسئولية" (folded "المسووليه" / "المسيوليه"), with or without the article.
_RESPONSIBILITY = r"(?:ال)?مس(?:وو|يو)لي(?:ه|ات)"
HELD_RESPONSIBLE = (
    rf"{_B}[وف]?(?:قد\s+)?حمل(?:ت|وا)?{_E}"
    rf"(?=(?:\s+(?!علي{_E})[^\s.;!?]+){{1,25}}?\s+{_RESPONSIBILITY}{_E})"
)
