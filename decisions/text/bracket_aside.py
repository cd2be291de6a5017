"""An aside in brackets closing a list of addressees.

Class of text: a news report glossing an addressee in brackets before what it
is asked ("demandé au MNLA (mouvement ..., un groupe rebelle, Ndlr) de déposer
les armes", "called on the RSF (a paramilitary force, Ed.) to ..."): the words
in brackets say what the addressee is, they name no other. When a bracket ends
the list and holds a sentence's worth (a comma, or more words than an acronym
or a year), the list ends where it opens. A short bracket ("X (ECOMIB)",
"X (1999)") is left to the reading of names.
"""

from __future__ import annotations

__all__ = ["before_aside"]

_MIN_WORDS = 4  # fewer, with no comma: an acronym, a year, a short name


def before_aside(folded: str, start: int, end: int) -> int:
    """``end``, or where a bracketed aside closing ``folded[start:end]`` opens
    (spaces before it left out)."""
    tail = folded[start:end].rstrip(" ,;")
    if not tail.endswith(")"):
        return end
    opening = tail.rfind("(")
    if opening <= 0 or ")" in tail[opening:-1]:
        return end
    inside = tail[opening + 1 : -1]
    if "," not in inside and len(inside.split()) < _MIN_WORDS:
        return end
    head = tail[:opening].rstrip()
    return start + len(head) if head else end
