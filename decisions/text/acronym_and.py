"""A body named with its acronym, a first verb phrase of its own, then "and"
before its request: "The Islamic Water Fund (IWF) joins the world in marking
the day, and calls upon all donors to ...".

Class of text: a statement or news page whose opening sentence names the body
that speaks in full with its acronym in brackets (or by its acronym alone),
gives a first verb that asks nothing ("joins", "marks", "is following"), then
its request after "and". The request is the body's, as if its name stood
right before the verb (``clauses.acronym_speaker``). The first verb phrase
holds no sentence's end, no quotation, no relative pronoun and no second
"and": "The IWF hosted the ministers, who met and called on ..." stays the
ministers'; nor does a report verb open it ("The IWF said the ministers met and
called on ..."). Bounded reads: linear.
"""

from __future__ import annotations

import re

from .clauses import acronym_speaker

__all__ = ["acronym_then_and"]

_MAX_SUBJECT = 120  # as acronym_speaker reads it
_MAX_PHRASE = 160
# The first verb phrase, lower case, then "and" right before the verb.
_PHRASE_RE = re.compile(
    r"(?!(?:said|says|stated|states|added|adds|noted|notes|told|reported|announced)\s)"
    rf"[a-z][^;:.!?\"\u201c\u201d\u00ab\u00bb]{{0,{_MAX_PHRASE}}}?,?\s+and\s*"
)

# Another subject inside the phrase: a second "and", a relative pronoun.
_OTHER_SUBJECT_RE = re.compile(r"\s(?:and|who|which|whose|that)\s")


def acronym_then_and(text: str, start: int, verb: int) -> bool:
    """Whether ``text[start:verb]``, a sentence's words before its verb, are a
    body by its acronym (``acronym_speaker``), its first verb phrase, and "and"."""
    if verb - start > _MAX_SUBJECT + _MAX_PHRASE + 10:
        return False
    for at in range(start + 1, min(verb, start + _MAX_SUBJECT + 1)):
        if text[at - 1] != " " or not text[at].islower():
            continue
        phrase = _PHRASE_RE.fullmatch(text, at, verb)
        words = text[at : verb - 5]
        if phrase and not _OTHER_SUBJECT_RE.search(words) and acronym_speaker(text, start, at):
            return True
    return False
