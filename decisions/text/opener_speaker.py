"""The body that met after an adverbial opener of the sentence, up to its comma.

Class of text: a news report linking a decision to the story before it with a
phrase of purpose or circumstance, then the body that met and its verb ("As
one of several steps towards that goal, the heads of state urged ...", "Pour
atteindre cet objectif, les chefs d'Etat ont exhorté ...", "Against this
background, the leaders called on ..."). The phrase is no subject: the body
after its comma speaks, as it does after a short link ("In addition, ").
Only one phrase, with no comma, quotation mark or bracket inside, of at most
``_MAX`` characters, and only when the words after the comma are the body that
met alone (``clauses.meeting_subject``): "In a speech to the Council, the
minister urged ..." leaves the minister's request his own.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["opener_then_meeting"]

_MAX = 120  # an opener is a phrase: each verb reads a bounded slice
_NOT_IN_OPENER = ',;:"()\u00ab\u00bb\u201c\u201d'


def opener_then_meeting(
    folded: str, start: int, end: int, meeting: Callable[[str, int, int], bool]
) -> bool:
    """Whether ``folded[start:end]``, the words of a sentence before its verb,
    are an opener up to its comma, then the body that met (``meeting``)."""
    comma = folded.find(",", start, min(end, start + _MAX + 1))
    if comma <= start or not folded[start].isalpha():
        return False
    if any(mark in folded[start:comma] for mark in _NOT_IN_OPENER):
        return False
    after = comma + 1
    while after < end and folded[after] == " ":
        after += 1
    if any(mark in folded[after:end] for mark in _NOT_IN_OPENER):
        return False  # one opener only, the body right after it
    return after < end and meeting(folded, after, end)
