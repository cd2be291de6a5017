"""A registered name that is a series of adjectives over an institutional noun
("OIC subsidiary, specialised and affiliated institutions", "organes
subsidiaires, spécialisés et affiliés de l'OCI"), told by its words whatever
their order, spelling or the noun chosen: a report's "its affiliated,
specialized and subsidiary organs" is the same body. Pure: folded keys in,
keys out; used by ``bodies`` to index such names and to look them up."""

from __future__ import annotations

import re

__all__ = ["series_key"]

_WORD_RE = re.compile(r"[a-z]+")
# The joiners, determiners and links of such a series, in every language the
# core reads with Latin letters; an acronym of three or four letters ("OIC")
# names the organisation, not the series.
_STOP = frozenset(
    {"and", "et", "of", "the", "its", "their", "de", "des", "du", "la", "le", "les", "l", "ses"}
)
# The institutional nouns a series qualifies, one class: "organs", "organes",
# "institutions", "bodies", "organismes".
_NOUN_RE = re.compile(r"(?:organ|institution|bod(?:y|ie)|organisme)s?")
_PREFIX = 5  # "specialized"/"specialised"/"spécialisés" -> "speci"
_MAX_WORDS = 12


def series_key(key: str) -> frozenset[str] | None:
    """The words of a series name ``key`` (folded), as a set of prefixes with
    its noun's class; None when ``key`` is no series (no comma, no
    institutional noun, fewer than two qualifiers, or too long)."""
    if "," not in key:
        return None
    words = _WORD_RE.findall(key)
    if len(words) > _MAX_WORDS:
        return None
    kept: set[str] = set()
    nouns = 0
    for word in words:
        if word in _STOP or len(word) <= 4:
            continue
        if _NOUN_RE.fullmatch(word):
            nouns += 1
            kept.add("<noun>")
        else:
            kept.add(word[:_PREFIX])
    if nouns != 1 or len(kept) < 3:
        return None
    return frozenset(kept)
