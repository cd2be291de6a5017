"""A plural object pronoun standing for a State's organ named by its adjective.

Class of text: a press release or a news report that names a State's
authorities by the State's adjective, then asks them by a pronoun, with the
body that speaks named before ("The Assembly adopted a text condemning
violations by Syrian authorities and calling on them to end such abuse", "Le
Conseil a condamné les exactions des autorités syriennes et les a appelées à
..."). The pronoun is those authorities (read as the State they belong to,
``states``), not the body speaking nor another body named further back: only
when the organ is the last body named before the pronoun, and the adjective is
a registered State's (``adjective_states``). A singular pronoun ("it", "il")
is left to the bodies named. Folded text, a bounded window, one anchored
pattern: linear.
"""

from __future__ import annotations

import re

from .adjective_states import state_of_adjective
from .bodies import Index

__all__ = ["plural_state_organ"]

_WINDOW = 200  # the words before the pronoun read for the organ
# "Syrian authorities", "the Syrian Government", "autorités syriennes",
# "gouvernement malien": the adjective and the organ, in either order.
_ORGAN_RE = re.compile(
    r"(?<![\w'-])(?:(?P<before>[a-z]{4,})\s+(?:authorities|government)"
    r"|(?:autorites|gouvernement)\s+(?P<after>[a-z]{4,}))(?![\w'-])"
)


def plural_state_organ(
    index: Index, folded: str, start: int, end: int, last_body: int
) -> tuple[int, int] | None:
    """(start, end) of the last State organ named by its adjective in
    ``folded[start:end]`` (a sentence up to its plural pronoun), when it comes
    after ``last_body`` (where the last registered body named before ends) and
    its adjective is a registered State's; else None."""
    found = None
    for m in _ORGAN_RE.finditer(folded, max(start, end - _WINDOW, last_body), end):
        found = m
    if found is None:
        return None
    adjective = found.group("before") or found.group("after")
    if state_of_adjective(index, adjective) is None:
        return None
    return found.start(), found.end()


# "called on that country to ...": a demonstrative standing for a State.
_COUNTRY_RE = re.compile(r"(?:that|this)\s+country")


def demonstrative_state(pronoun: str, places: list) -> list | None:
    """For a demonstrative naming a country ("that country"), the one State
    ``places`` holds (the registered States named before it in the paragraph),
    or none when they are not exactly one; None for any other pronoun."""
    if not _COUNTRY_RE.fullmatch(pronoun):
        return None
    return places if len(places) == 1 else []
