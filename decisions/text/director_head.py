"""The Director-General of an organisation speaking for it in a news report or
a press release of its own: "Dr. X, Director General of the Islamic World
Educational, Scientific and Cultural Organization (ICESCO), conveyed three
messages to ... In his second message, ICESCO Director-General highlighted
..., calling upon the ambassadors to ... The third message called on donor
countries to ...". Institutions headed by a Director-General (ICESCO, the
OIC's other subsidiary organs) speak through him as the OIC through its
Secretary-General (``head_speaker``): his asks are the institution's.

When one of the report's first blocks names a Director-General with the
organisation he heads (its acronym before the title, or its name after it),
a sentence whose subject is that title ("ICESCO Director-General", "The
Director General, Dr. X"), or his message or speech ("The third message",
"His address"), speaks for the organisation. Folded text for the subject,
the text as printed for the lead; bounded reads, anchored patterns: linear."""

from __future__ import annotations

import re

from .folding import fold_text
from .head_speaker_fr import Head

__all__ = ["director_lead", "director_speaks"]

LEAD_CHARS = 400  # how much of each lead is read for the title
_TITLE = r"director[\s-]+general|directeur[\s-]+general"
# The title with his organisation: its acronym in capitals before it ("ICESCO
# Director-General"), or its name after it, closed by its acronym in brackets
# ("Director General of the Islamic World ... Organization (ICESCO)", "Directeur
# général de l'ICESCO"). Never a deputy's, an assistant's or a former holder's.
_LEAD_RE = re.compile(
    r"(?<![\w-])(?P<before>[A-Z]{2,8}\s+)?(?:Director|DIRECTOR|Directeur)[\s-]+(?:General|GENERAL|général|general)"
    r"(?P<after>\s+(?:of\s+the\s+[^()\n]{3,150}?\((?P<acr>[A-Z]{2,8})\)|de\s+l['\u2019][A-Z]{2,8}))?"
)
# The United Nations system's agencies a Director-General heads: another
# organisation's head in the texts of the OIC and its partners.
_UN_SYSTEM = frozenset(
    {"who", "unesco", "fao", "iaea", "ilo", "wipo", "iom", "unido", "wto", "unog", "unov"}
)
_NOT_HEAD_RE = re.compile(r"(?:deputy|assistant|former|acting|adjoint|ancien)[\s-]+$")
_LINK = r"(?:[a-z][\w' -]{0,40}?,\s*)?"  # "In his second message, "
_SUBJECT_RE = re.compile(
    _LINK
    + r"(?:(?:the|le|l')\s*)?(?:[a-z]{2,8}\s+)?"
    + rf"(?:{_TITLE})(?:\s+(?:of|de)\s+(?:the\s+)?l?'?[a-z]{{2,8}})?"
    # his name, a courtesy title first, between commas or not
    + r"(?:\s*,?\s*(?:(?:dr|mr|prof|h\.?\s?e)\.?\s+)?(?:[a-z][\w'.-]*\s+){0,3}[a-z][\w'.-]*\s*,)?"
    + r"(?:\s+(?:also|further|then|again|has|had))*\s*"
    # his text: "The third message", "His address", "Dans son message"
    + r"|"
    + _LINK
    + r"(?:the|his|her)\s+(?:(?:first|second|third|fourth|fifth|last|final|opening|closing)\s+)?"
    + r"(?:message|speech|address)(?:\s+(?:also|further|then))*\s*"
)


def director_lead(*leads: str) -> Head | str:
    """``head_speaker.head_leads`` for a report whose first blocks (``leads``)
    name a Director-General with his organisation: a ``Head`` titled
    "director", its acronym or "*"; "" when none does."""
    for lead in leads:
        printed = lead[:LEAD_CHARS]
        for m in _LEAD_RE.finditer(printed):
            if not (m.group("before") or m.group("after")):
                continue  # a bare title: whose, the page does not say
            if _NOT_HEAD_RE.search(fold_text(printed[max(0, m.start() - 12) : m.start()])):
                continue
            acronym = (m.group("before") or m.group("acr") or "").strip().lower()
            if acronym in _UN_SYSTEM:
                continue  # "WHO Director-General X": a United Nations agency's head
            return Head.of(acronym or "*", "", "director")
    return ""


def director_speaks(folded: str, start: int, end: int, own: str | bool) -> bool:
    """Whether ``folded[start:end]``, the words of a sentence before its
    verb, are the Director-General the lead names (``own``), or his text."""
    if getattr(own, "title", "") != "director" or end - start > 200:
        return False
    return _SUBJECT_RE.fullmatch(folded, start, end) is not None
