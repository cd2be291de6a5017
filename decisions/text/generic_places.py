"""A generic addressee followed by the place it is in: "all stakeholders in
Cabo Delgado Province", "les parties en Libye", "the parties in the Sudan".
The place qualifies the addressee; the body asked is the generic one, named
without it ("stakeholders", "parties"), as a qualifier written after an
addressee is left out of its name. Only a place written with a capital
after the lead is cut: "partners in development" keeps its words; and
never after authorities or a government, whose place is who they are ("the
transitional authorities in Mali" are Mali's). The whole world written as the
place ("relief organizations in the world") is cut too: it names everyone.
"""

from __future__ import annotations

import re

from .lang import either, every

__all__ = ["generic_place_end"]

_LEADS = r"(?:in|within|dans|a|en|au|aux)"
# The heads a place names: "the authorities in Mali", "les gouvernements en ...".
_PLACE_NAMED_RE = re.compile(r"authorit|autorit|govern|gouvern")
_GENERIC_PLACE_RE = re.compile(
    rf"(?:(?:{either('quantifiers')}|{either('articles')})\s+)?"
    rf"(?:{either('generic_addressees')})(?-i:\s+[a-z\u00e0-\u00ff-]+)?(?=\s+{_LEADS}\s+(?:(?:the|la|le|les)\s+|l')?(?-i:[A-Z]))",
    re.IGNORECASE,
)
# The whole world as the place ("all relief organizations in the world", "les
# organisations humanitaires à travers le monde"): it says everyone, no place
# naming whose the group is; it closes the chunk.
_WORLD = (
    r"(?:in|around|across|throughout|all\s+over)\s+the\s+(?:whole\s+)?world|worldwide"
    r"|(?:dans|a\s+travers|de\s+par)\s+le\s+monde(?:\s+entier)?|du\s+monde\s+entier"
)
# The world phrase closes the name: what follows is the list's or the request's
# ("... in the world to extend", "..., and"), never a word of a longer place ("dans
# le monde islamique" names the Islamic world: islamic_world).
_WORLD_END = r"(?=\s*[,;.)]|\s+(?:and|et|or|ou|to|a|de|pour)\s|\s+d')"
_WORLD_CHARS = 40  # the longest world phrase, read past a chunk's end
_GENERIC_WORLD_RE = re.compile(
    rf"(?:(?:{either('quantifiers')}|{either('articles')})\s+)?"
    rf"(?:{either('generic_addressees')})(?=\s+(?:{_WORLD}){_WORLD_END})"
)
if not every("generic_addressees"):
    _GENERIC_PLACE_RE = _GENERIC_WORLD_RE = re.compile(r"(?!)")


def generic_place_end(text: str, folded: str, start: int, end: int) -> int:
    """Where a generic addressee in ``text[start:end]`` ends before the place
    written after it; ``end`` when none is."""
    # (read past the chunk's end: "around the world" may lie across it)
    world = _GENERIC_WORLD_RE.match(folded, start, min(len(folded), end + _WORLD_CHARS))
    if world is not None and world.end() < end:
        return world.end()
    # The lookahead reads the capital as written: the folded copy has none.
    m = _GENERIC_PLACE_RE.match(_caps(text, folded, start, end))
    if m is None or _PLACE_NAMED_RE.search(m.group()):
        return end
    return start + m.end()


def _caps(text: str, folded: str, start: int, end: int) -> str:
    """``folded[start:end]`` with the capitals of ``text`` put back (same length)."""
    pairs = zip(text[start:end], folded[start:end], strict=False)
    return "".join(t if t.isupper() else f for t, f in pairs)
