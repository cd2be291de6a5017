"""An Arabic news page quoting the statement of the body that met.

Class of text: a report that lets the body's statement speak in quotation
marks after a verb of saying, "وقال مجلس الأمن في بيانه \"أعاد الأعضاء
التأكيد على ... وشجعوا جميع الأطراف على ...\""، "وأضافت القمة في إعلانها: «ندعو
...»": the verbs inside the quotation are the body's own, whoever they name as
their subject ("الأعضاء"، a first person), as if the page had no quotation marks.
Only the body that met (lang/_ar_speakers.py ``SUBJECT_NAMED``: "مجلس الأمن"،
"المجلس"، "القمة" after a feminine verb ...), never a person ("وقال الوزير
\"...\""), and only while the quotation is open: a request after its closing
mark is read as before. Folded text; one anchored match and one search for a
closing mark, over a bounded slice: linear.
"""

from __future__ import annotations

import re

from .lang._ar_speakers import SUBJECT_NAMED

__all__ = ["quoted_statement_ar"]

_MAX = 500  # the words of a sentence before its verb read at most
_OPENING_RE = re.compile(
    rf"[\"'\u00ab\u201c\s]*[وف]?(?:قال|اضاف|ذكر|اكد|اوضح|تابع)(?:ت)?{SUBJECT_NAMED}"
    # where it said so: "في بيانه"، "في البيان الصادر عنه"، "في إعلانها الختامي"
    r"(?:\s+في\s+(?:ال)?(?:بيان|اعلان|قرار)(?:ه|ها)?(?:\s+(?!ان\s)[^\s,.;:\"'\u00ab\u201c]+){0,4}?)?"
    r"\s*[:,]?\s*[\"\u00ab\u201c]"
)
_CLOSING = ('"', "\u00bb", "\u201d")


def quoted_statement_ar(folded: str, start: int, verb: int) -> bool:
    """Whether the verb at ``verb`` stands inside a quotation of the body's
    statement opening the sentence at ``start`` (see above)."""
    if verb - start > _MAX:
        return False
    m = _OPENING_RE.match(folded, start, verb)
    return m is not None and not any(folded.find(c, m.end(), verb) >= 0 for c in _CLOSING)
