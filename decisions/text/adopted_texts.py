"""A press release listing the texts the session adopted, each by its request.

Class of text: a closing press release of a session ("Parmi les résolutions
adoptées, figure celle par laquelle le Conseil demande au Haut-Commissaire de
...", "Among the resolutions adopted was one by which the Council requested
the Secretary-General to ..."). The text described is the body's own, adopted
at the session reported: its request is the body's, where "resolution 2391, by
which the Security Council requests ..." describes an earlier text
(``clauses._DESCRIBED_RE``) and asks nothing now. Only the lead "among the
texts adopted, (is) the one by which", then the body that met alone before its
verb (``meeting``); folded text, a bounded slice.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["adopted_text_speaker"]

_MAX_SUBJECT = 120
# Words of the lead between "adopted" and its verb ("lors de la session", "at
# the session"), none dating the texts before the session reported ("la
# session précédente", "its previous session"): those are earlier texts.
_EARLIER = (
    r"(?<![\w'])(?:previous|earlier|prior|past|precedente?s?|anterieure?s?|passee?s?"
    r"|auparavant|anterieurement)(?![\w'])"
)
_WHEN = rf"(?:\s+(?:(?!{_EARLIER})[^,;:.]){{1,60}}?)?"
_ADOPTED_LEAD_RE = re.compile(
    r"(?:parmi\s+(?:les\s+)?(?:textes|resolutions|decisions)\s+(?:qu'il\s+a\s+)?adopte(?:e)?s"
    rf"{_WHEN},?\s+(?:figure(?:nt)?|il\s+y\s+a|on\s+trouve)\s+"
    r"(?:celles?|ceux|celui|une\s+resolution|une\s+decision)\s+"
    r"(?:par\s+(?:laquelle|lequel|lesquelles|lesquels)|aux\s+termes\s+de\s+laquelle)"
    rf"|among\s+the\s+(?:texts|resolutions|decisions)\s+(?:it\s+)?adopted{_WHEN},?"
    r"\s+(?:was|were|is|are)\s+(?:one|those|a\s+(?:resolution|decision))\s+(?:by|in|under)\s+which)"
    r"\s+"
)


def adopted_text_speaker(
    folded: str, start: int, end: int, meeting: Callable[[str, int, int], bool]
) -> bool:
    """Whether ``folded[start:end]``, the words of a sentence before its verb,
    are such a lead, then the body that met (``meeting``)."""
    if end - start > 200 + _MAX_SUBJECT:
        return False
    m = _ADOPTED_LEAD_RE.match(folded, start, end)
    return m is not None and end - m.end() <= _MAX_SUBJECT and meeting(folded, m.end(), end)
