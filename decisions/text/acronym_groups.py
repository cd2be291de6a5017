"""An organisation's acronym used as a modifier before a plural noun of people
or bodies: "the AU partners", "all OIC partners", "UN agencies".

Class of text: a communiqué asking an organisation's partners, agencies or
staff ("Council calls on all the AU partners to continue to support ..."),
where the acronym says whose they are. They are not the organisation itself:
the addressee is the group, kept as written ("AU partners"), never the
registered body the acronym names. Only a registered acronym in capitals,
then one or two lower-case words ending with such a noun, is read so; a
registered name after the acronym ("AU Member States") is ``names.acronym_led``'s.
Anchored patterns on the chunk: linear.
"""

from __future__ import annotations

import re

from .bodies import BodyRef, Index, lookup, unregistered

__all__ = ["acronym_group"]

# The plural nouns of a group belonging to an organisation (English, lower case).
_GROUP_NOUNS = (
    "partners",
    "agencies",
    "staff",
    "officials",
    "peacekeepers",
    "troops",
    "forces",
    "observers",
    "envoys",
    "mediators",
    "institutions",
    "entities",
    "donors",
)
_GROUP_RE = re.compile(
    r"([A-Z]{2,8})\s+(?:[a-z][a-z-]+\s+)?(?:" + "|".join(_GROUP_NOUNS) + r")(?![\w'-])"
)


def acronym_group(index: Index, text: str, start: int, end: int) -> BodyRef | None:
    """The group ``text[start:end]`` names ("AU partners") as written, when it is
    a registered organisation's acronym then a plural noun of its people or
    bodies; None otherwise."""
    m = _GROUP_RE.fullmatch(text, start, end)
    if m is None:
        return None
    entry = lookup(index, m.group(1))
    if entry is None or entry.place:
        return None
    return unregistered(text[start:end])
