"""The participle of a request after the head's own verb, in a news report.

Class of text: an English or French news report retelling an organisation's
Secretary-General in the third person, his request put in a participle after
a comma: "Al-Othaimeen commended the measures taken by the States, calling on
their citizens to ...", "He praised the relief work, urging the donors to ...".
The sentence opens with the head (his title, a pronoun after a lead naming
him, or his family name the lead printed: ``head_speaker.head_subject``), so
the participle is his request, the organisation's, not that of a person the
sentence names on the way. Read only when the report's lead names the head;
a bounded number of words is tried for his name: linear.
"""

from __future__ import annotations

import re

from .head_speaker import head_subject

__all__ = ["head_opens"]

_MAX_WORDS = 8  # the head's subject is short: a title, a name, a pronoun
_WORD_END_RE = re.compile(r"[\w'-]+\s+")


def head_opens(folded: str, start: int, end: int, head: bool | str = False) -> bool:
    """Whether the sentence ``folded[start:end]`` opens with the organisation's
    head (``head``: ``head_leads`` of the report) before its first verb."""
    if not head:
        return False
    at = start
    while at < end and folded[at] in " \"'\u201c\u00ab":
        at += 1
    for n, m in enumerate(_WORD_END_RE.finditer(folded, at, min(end, at + 160))):
        if n >= _MAX_WORDS:
            break
        if head_subject(folded, start, m.end(), head):
            return True
    return False
