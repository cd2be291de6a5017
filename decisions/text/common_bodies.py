"""A body a text establishes under a common noun, in lower case: "Décide de
créer un comité d'experts, composé de ...", "Decides to establish a committee
of experts", "establishes a working group of the whole". Official texts,
printed ones above all, often write a new body so, then call it "le comité",
"the committee" in the paragraphs after: the name kept is the head noun
(``body_head_nouns``: comité, committee, groupe, panel ...) with at most one
complement of a few words ("d'experts", "of experts", "de travail"), never
what it is to do ("to study", "chargé de", "qui devra"). Proper names (a
capital) are read by ``context.established`` itself.

One anchored match on a name at most 200 characters long: bounded."""

from __future__ import annotations

import re

from .folding import fold_text
from .lang import every

__all__ = ["common_body"]

_HEADS = sorted(set(every("body_head_nouns")), key=len, reverse=True)
_COMMON_RE = re.compile(
    r"(?:(?:working|technical|ad\s+hoc|special|joint)\s+)?"
    rf"(?:{'|'.join(_HEADS)})s?"
    r"(?:\s+(?:ad\s+hoc|special|speciale|technique|technical|mixte|conjoint|conjointe))?"
    r"(?:\s+(?:d'|de\s+|des\s+|of\s+(?:the\s+)?)(?:experts?|travail|the\s+whole|contact"
    r"|surveillance|suivi|verification|haut\s+niveau|high\s+level|enquete|inquiry"
    r"|observateurs|observers|mediation|mediators|mediateurs|conciliation))?"
    r"(?![\w'-])"
)


def common_body(name: str) -> str:
    """The body's name in ``name`` (the words after "un", "a"), when it opens
    with a lower-case body noun: "comité d'experts, composé de ..." ->
    "comité d'experts"; "" otherwise (an act: "a study of", "une étude")."""
    if not name[:1].islower():
        return ""
    m = _COMMON_RE.match(fold_text(name))  # fold_text keeps the length
    return name[: m.end()].strip() if m else ""
