"""A news page's lead whose only request is a participle closing a sentence of
the body that met: "The foreign ministers of the Council said on Monday that a
solution must be found, urging Tehran to cooperate with the Agency", "Le
Conseil a renouvelé son appui, appelant les parties à ...". The reporting verb
("said") is no operative verb, so nothing before the participle tells the
block is the meeting's own; the participle's subject does: the body that met
(``participle_speaker``: not a minister, an envoy or another speaker the page
quotes). Such a block is a paragraph of the meeting. Folded text; bounded
reads (``participle_of_another``)."""

from __future__ import annotations

import re

from .participle_speaker import participle_of_another

__all__ = ["meeting_participle"]

# An English or French participle after a comma ("..., urging", "..., appelant").
_PARTICIPLE_RE = re.compile(r"[a-z]{2,}(?:ing|ant)(?![\w'])")


def meeting_participle(text: str, folded: str, start: int, at: int) -> bool:
    """Whether the request verb at ``folded[at:]`` is a participle after a
    comma in a sentence (from ``start``) whose subject is the body that met."""
    return (
        at - start > 2
        and folded.endswith(", ", start, at)
        and bool(_PARTICIPLE_RE.match(folded, at))
        and not participle_of_another(text, folded, start, at)
    )
