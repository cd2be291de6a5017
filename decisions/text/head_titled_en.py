"""The head of an organisation speaking for it in an English news report, named
by his title with no article and his name after it, perhaps after an opening
phrase of the sentence: "OIC Secretary-General, Prof. X Y addressed a plea to
...", "Bringing into play the role of the Organization ..., OIC Secretary
General X Y called on ...", "At the opening session, Secretary-General Dr. X
urged ...". His asks are the organisation's, as when a lead names him with
"the" (``head_speaker``), and only when the report's lead names him
(``head_leads``): another organisation's head ("UN Secretary-General X") never
speaks so. Folded text; one anchored match on a bounded slice: linear."""

from __future__ import annotations

import re

__all__ = ["titled_en"]

_MAX = 300  # the words before the verb read for the subject
_TITLE = r"secretary[\s-]+general"
# Words that never stand in a person's name: the name has ended, another body
# follows ("X and the Minister of Y called").
_NOT_NAME = r"(?:and|or|of|the|with|to|in|on|at|for|by|from|who|which|that|has|have|had|also)"
_SUBJECT_RE = re.compile(
    # One opening phrase of the sentence up to its comma, or none.
    r"(?:[a-z][^,;:.\"\u201c\u201d]{0,250}?,\s*)?"
    r"(?:the\s+)?(?:(?P<org>[a-z]{2,6})\s+)?"
    rf"(?<!deputy\s)(?<!assistant\s)(?<!former\s)(?<!under\s){_TITLE}"
    # his name, a courtesy title first, between commas or not
    r"\s*,?\s*(?:(?:dr|mr|mrs|ms|prof|h\.?\s?e)\.?\s+)?"
    rf"(?:(?!{_NOT_NAME}\s)[a-z][\w'-]*\s+){{0,4}}(?!{_NOT_NAME}\s)[a-z][\w'-]*\s*,?"
    r"(?:\s+(?:also|further|then|again|has|had))*\s*"
)
_OTHER_ORGS = frozenset({"un", "the"})


def titled_en(folded: str, start: int, end: int, own: str | bool) -> bool:
    """Whether ``folded[start:end]``, the words of a sentence before its verb,
    are the head of the organisation ``own`` (``head_leads``: its acronym, or
    "*") named by his title and name, after an opening phrase or none."""
    if not own or end - start > _MAX:
        return False
    m = _SUBJECT_RE.fullmatch(folded, start, end)
    if m is None:
        return False
    org = m.group("org")
    if org in _OTHER_ORGS:
        return False
    return not (org and isinstance(own, str) and own != "*" and org != own)
