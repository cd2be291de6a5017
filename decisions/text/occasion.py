"""A body named as the occasion of a meeting, not its speaker: "En marge de la
36e session de l'Assemblée de l'Union africaine, la Conférence des chefs d'État
de la CEDEAO s'est réunie ...", "On the sidelines of the UN General Assembly,
the OIC Contact Group met ...", "على هامش القمة ...". A news lead opening so
names the gathering it was held beside first; the organisation issuing the text
is the one named after it, so the occasion's body never says whose text it is
(``issuer``). Folded text; a bounded read before the name."""

from __future__ import annotations

import re

__all__ = ["occasion_at"]

_WINDOW = 90  # the occasion's words before the body's name: a bounded read
# The words opening the occasion, then no comma, semicolon or full stop up to
# the name: the name is inside the phrase ("en marge de la 36e session de ...").
_OCCASION_RE = re.compile(
    r"(?<![\w'])(?:en\s+marge|on\s+the\s+sidelines?|in\s+the\s+margins?|on\s+the\s+margins?"
    r"|(?:على|علي)\s+هامش)(?![\w'])[^,;.:\u060c\u061b]*$"
)


def occasion_at(folded: str, start: int) -> bool:
    """Whether the body named at ``folded[start:]`` stands inside a phrase
    naming the occasion a meeting was held on the margins of."""
    return bool(_OCCASION_RE.search(folded, max(0, start - _WINDOW), start))
