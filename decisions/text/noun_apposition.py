"""A common noun after a determiner, then a comma and the same person named
with an article and a title: "le Président X et de son rival, le
Vice-président Y", "the Chair and her deputy, the Minister Z".

Class of text: a news report listing persons asked to act, one of them first
described by a possessive noun phrase ("son rival", "her deputy") and then
named in apposition. The noun is no adjective of a series ("its affiliated,
subsidiary and specialised organs" runs on without an article), so the list
is cut at its comma and the apposition is read as the addressee.
"""

from __future__ import annotations

import re

__all__ = ["named_after"]

# The next piece: a singular article, then a word in capitals (a title or a
# name). Anchored at the piece's start.
_TITLED_NEXT_RE = re.compile(r"\s*(?:(?:le|la|the)\s+|l['\u2019])[A-Z\u00c0-\u00dd]")
_COMMA_GAP_RE = re.compile(r"\s*,\s*")


def named_after(span: str, pieces: list[tuple[int, int]], at: int) -> bool:
    """Whether piece ``at`` of ``span`` is followed, after a comma alone, by a
    piece opening with an article and a word in capitals."""
    if at + 1 >= len(pieces):
        return False
    end, (start, _stop) = pieces[at][1], pieces[at + 1]
    return bool(_COMMA_GAP_RE.fullmatch(span, end, start) and _TITLED_NEXT_RE.match(span, start))
