"""A request spoken by another speaker than the body that met.

A news page or a press release retells the meeting's requests, then what
delegates said: "Speaking after the vote, the representative of X called on
the Panel ...", "X's delegate, while supporting the text, urged ...", "...,
tandis que le représentant de Y a exhorté les donateurs ...". The verb is a
request, but the speaker's own, not the meeting's: it is read as a statement.
The speaker is the subject opening the sentence, or opening a part of it
after a comma or a word such as "while", "tandis que"; no body that met is
named between the speaker and the verb. Each verb reads a bounded window
before it, so reading stays linear.
"""

from __future__ import annotations

import re

from .lang._delegates import (
    MEETING_NOUNS,
    SPEAKER_ARTICLES,
    SPEAKER_TITLES,
    SUBJECT_BREAKS,
)

__all__ = ["delegate_speaks"]

_WINDOW = 220  # characters read before a verb
_TITLES = "|".join(SPEAKER_TITLES)
_ARTICLES = "|".join(re.escape(a) for a in SPEAKER_ARTICLES)
# "the representative of X", "the Russian Federation's delegate", "la déléguée du Y".
_SPEAKER_RE = re.compile(
    rf"\s*(?:(?:{_ARTICLES})\s*)?(?:(?:[\w-]+\s+){{0,4}}[\w-]+'s\s+)?(?:{_TITLES})(?![\w'])"
)
_BREAK_RE = re.compile(
    "|".join(
        rf"(?<![\w']){re.escape(b)}(?![\w'])" if b[0].isalpha() else re.escape(b)
        for b in SUBJECT_BREAKS
    )
)
_MEETING_RE = re.compile(rf"(?<![\w'])(?:{'|'.join(MEETING_NOUNS)})(?![\w'])")


def delegate_speaks(folded: str, sentence_start: int, verb: int) -> bool:
    """Whether the verb at ``verb`` (in ``folded``, its sentence opening at
    ``sentence_start``) is spoken by a delegate, not by the body that met."""
    begin = max(sentence_start, verb - _WINDOW)
    starts = [sentence_start] if begin == sentence_start else []
    starts += [m.end() for m in _BREAK_RE.finditer(folded, begin, verb)]
    for at in starts:
        speaker = _SPEAKER_RE.match(folded, at, verb)
        if speaker and not _MEETING_RE.search(folded, speaker.end(), verb):
            return True
    return False
