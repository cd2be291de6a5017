"""An addressee "in the Member States": the member States are where it is,
not a second body.

Class of text: a call on bodies found in every member State, "جمعيات الهلال
الأحمر في الدول الأعضاء في المنظمة"، "اللجان الوطنية في الدول الأعضاء"، "les
commissions nationales dans les États membres", "the national Red Crescent
societies in the Member States". The member States qualify the addressee as a
place does (README of fixtures/real: a qualifier after the addressee is not
part of it): the body asked is named without them. Only an unregistered
addressee, only before "في"/"dans"/"in", and only when the words after it are
the registry's member States (any organisation's, "the OIC", "في المنظمة"
after them or not); never a State's organ ("the authorities in the Member
States" are theirs). Folded text; one anchored match, then one lookup of the
rest: linear.
"""

from __future__ import annotations

import re

from .bodies import Index, lookup

__all__ = ["member_place_end"]

# The first "in" of the chunk, after its head noun at least.
_IN_RE = re.compile(r"\S.*?\s(?:في|dans|in)\s+", re.DOTALL)
# The organisation named after the member States ("في المنظمة", "of the OIC").
_OWNER_RE = re.compile(r"\s+(?:(?:في|ب)\s*(?:ال)?منظمه|(?:de\s+l'|of\s+the\s+)(?:oci|oic)).*$")
_ORGANS_RE = re.compile(
    r"(?:ال)?(?:حكومات|سلطات|حكومه|سلطه)(?!\S)|governments?\b|authorities\b|gouvernements?\b"
    r"|autorites\b"
)


def _members(slug: str) -> bool:
    return slug == "member-states" or slug.endswith("-member-states")


def member_place_end(index: Index, text: str, folded: str, start: int, end: int) -> int:
    """Where an unregistered addressee ``text[start:end]`` ends before the
    member States it is in; ``end`` when it is not so written."""
    m = _IN_RE.match(folded, start, end)
    if m is None or _ORGANS_RE.match(folded, start, end):
        return end
    rest = text[m.end() : end]
    owner = _OWNER_RE.search(folded, m.end(), end)
    entry = lookup(index, rest) or (lookup(index, text[m.end() : owner.start()]) if owner else None)
    if entry is None or not _members(entry.slug):
        return end
    cut = m.end() - 1
    while cut > start and folded[cut - 1] != " ":
        cut -= 1  # back over "في"
    while cut > start and folded[cut - 1] == " ":
        cut -= 1
    return cut
