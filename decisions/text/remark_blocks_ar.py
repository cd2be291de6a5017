"""A speaker's remarks told in an Arabic news report: paragraphs that state.

Class of text: a report of a speech or a statement going on from its lead with
verbs of remarking, "وأضاف فلان في كلمته أن ..."، "وأشار \"فلان\" إلى أن ..."،
"ولفت الأمين العام إلى الوضع ..."، "وأوضح أن ...": each such paragraph is one of
the text's, a statement asking nobody (prose.py reads a block only when an
operative verb of the body that met opens a sentence; these verbs are none).
Only a block whose first sentence opens with such a verb (past, joined to "و"
or "ف"), and only when no sentence of the block asks anything: a remark
holding a request ("وأوضح أن ...، مجددا دعوة الوزير إلى ...") is another's
call, whose block is left as before. Folded text; one anchored match, then
the block's clauses read once: linear.
"""

from __future__ import annotations

import re

from .clauses import clauses
from .folding import fold_text, strip_marks

__all__ = ["remark_block_ar"]

_REMARK_RE = re.compile(
    r"[\s\"'\u00ab\u201c*\-\u2022]*[وف](?:اضاف|اشار|لفت|اوضح)(?:ت)?(?![^\W\d_])"
)


# A word of asking anywhere in the block, whoever asks (a participle of another
# speaker's call is read as his statement, clauses.py): the block may hold a call.
_ASKING_RE = re.compile(
    r"(?<![^\W\d_])[وفبل]?(?:دعا|دعت|دعوا|[يتن]دعو|داعي|دعو[هت]|ال(?:دعوه|مطالبه|مناشده)"
    r"|[يت]?طالب|مطالب|[يت]?حث|حاث|[يت]?ناشد|مناشد|[يت]?طلب|اهاب|[يت]هيب|مهيب|[يت]?حض"
    r"|[يت]?شجع|[يت]?كلف|اوصي|اوصت|[يت]وصي|نداء)"
)


def remark_block_ar(text: str) -> bool:
    """Whether the block ``text`` opens with a remark and asks nothing."""
    text = strip_marks(text)
    folded = fold_text(text)
    if not _REMARK_RE.match(folded) or _ASKING_RE.search(folded):
        return False
    # (a present verb inside a sentence, read as "X shall act" only when it opens one)
    return not any(
        c.verb.kind == "request" and not c.verb.sentence_subject for c in clauses(text, folded)
    )
