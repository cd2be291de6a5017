"""Two nouns sharing the word before the first: "donor countries and
institutions", "their philanthropic institutions and bodies". The second noun
stands bare after "and" (no article, no word of its own), so the modifier
("donor", "philanthropic") qualifies both, and the text names one group of
addressees, kept as one name as written. Only bodies' nouns are read as the
second ("institutions", "bodies", "agencies"...); after a comma ("States,
and institutions") or with a word of its own ("and relief agencies") the
second is an addressee of its own, and so is it after a registered name
("member countries and organizations"). English; one anchored match and one
look-up per pair of pieces: linear."""

from __future__ import annotations

import re

from .bodies import Index, lookup

__all__ = ["shared_modifier"]

Span = tuple[int, int]

# The first piece: a lower-case modifier and a plural noun, as printed, after an
# article, a quantifier or a possessive ("their philanthropic institutions").
_FIRST_RE = re.compile(
    r"\s*(?:(?:the|all|their|its|our|other)\s+)?(?!(?:the|all|their|its|our|other)\s)"
    r"[a-z][a-z-]+\s+[a-z][a-z-]+s\s*"
)
_AND_RE = re.compile(r"\s+and\s+")
# The second: a bare plural noun naming bodies.
_SECOND_RE = re.compile(
    r"\s*(?:institutions|bodies|agencies|organi[sz]ations|entities|foundations|establishments"
    r"|organs)\s*"
)


def shared_modifier(pieces: list[Span], span: str, index: Index) -> list[Span]:
    """``pieces`` of an addressee span, each pair "<modifier> <noun>s and
    <noun>s" joined into one piece; never after a registered name ("member
    countries and organizations": the Member States, then organisations)."""
    out: list[Span] = []
    for start, end in pieces:
        if out:
            first = out[-1]
            if (
                _AND_RE.fullmatch(span, first[1], start)
                and _SECOND_RE.fullmatch(span, start, end)
                and _FIRST_RE.fullmatch(span, *first)
                and lookup(index, span[first[0] : first[1]]) is None
            ):
                out[-1] = (first[0], end)
                continue
        out.append((start, end))
    return out
