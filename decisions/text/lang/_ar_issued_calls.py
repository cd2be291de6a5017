"""Arabic: a body issuing a text in which it asks (folded, as in lang/ar.py).

Class of text: a news report's lead telling that the body that met issued a
resolution or a statement, the request it holds told in a verb in the present
right after the noun, with or without the pronoun taking the text up: "أصدر
المجلس قرارا يدعو فيه اللجنة إلى ..."، "أصدرت القمة بيانا تطالب فيه الدول بـ ...".
The issuing body asks; the body asked follows the verb (and its "فيه"). Arabic
puts the verb first, so the issuer stands between "أصدر" and the noun of the
text: the body that met (lang/_ar_speakers.py) or an organisation by its usual
name (lang/_ar_named.py), never the Security Council, whose resolutions other
organisations' pages retell ("أصدر مجلس الأمن قرارا يطالب ..." is another's).
Bounded (at most two words between the noun and the verb): linear.
"""

from __future__ import annotations

from ._ar_named import SPEAKING_BODY as _SPEAKING_BODY
from ._ar_speakers import SUBJECT as _SUBJECT
from ._ar_speakers import B as _B
from ._ar_speakers import E as _E

__all__ = ["ISSUED_CALL"]

_ISSUER = rf"(?!\s+(?:اعضاء\s+)?مجلس\s+الامن)(?:{_SUBJECT}|\s+{_SPEAKING_BODY})"
_TEXT = r"\s+(?:قرارا|بيانا|اعلانا|بلاغا)(?:\s+(?!ال)[^\s,.;]+){0,2}?"
ISSUED_CALL = (
    rf"{_B}[وف]?(?:اصدر|اعتمد|تبني)(?:ت)?{_ISSUER}{_TEXT}"
    # (a call for an act asks nobody: "يدعو فيه إلى وقف ...")
    rf"\s+[يت](?:دعو|طالب|حث|ناشد){_E}(?:\s+في(?:ه|ها)(?=\s))?(?!\s+(?:فيه|فيها|الي|ب)\s)"
)
