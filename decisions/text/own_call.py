"""A renewed call that says whose call it is: "...، مجددا دعوة المنظمة إلى
المجتمع الدولي ...".

Class of text: an Arabic news dispatch telling an official's words about the
organisation (its Secretary-General taken up as "معاليه"، "وأوضح"), closing with
the renewal of the organisation's own call. The call is the organisation's
whoever renews it, so the block holding it is read as the body's (prose.py), as
when the body that met speaks; the call of another ("دعوة المنظمة الدولية"، "دعوة
الوزير") is not. One anchored match: linear.
"""

from __future__ import annotations

import re

__all__ = ["renews_own_call"]

_OWN_CALL_RE = re.compile(
    r"[وف]?(?:مجدد|مكرر|موكد)(?:ا|ه|ين)(?:\s+علي)?\s+(?:دعوه|نداء|مطالبه|مناشده)\s+"
    r"(?:المنظمه|منظمه\s+التعاون\s+الاسلامي|الجامعه(?:\s+العربيه)?|جامعه\s+الدول\s+العربيه)"
    r"\s+الي\s"
)


def renews_own_call(folded: str, at: int) -> bool:
    """Whether the request verb at ``at`` of ``folded`` renews the organisation's
    own call."""
    return bool(_OWN_CALL_RE.match(folded, at))
