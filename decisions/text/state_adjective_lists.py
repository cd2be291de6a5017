"""Two States' governments under one plural head, each State by its adjective.

Class of text: a French statement asking the governments of two States with
one plural noun and the States' adjectives after it, in lower case ("engagent
les Gouvernements soudanais et tchadien à ...", "les autorités malienne et
nigérienne"). The list reader cuts at "et" and the lone lower-case adjective
names nothing; here the adjective is put back on the piece before it when that
piece is a plural State organ and an adjective, and every adjective of the
joined piece is a registered State's (``states.state_organs_of`` then reads
each State). Anything else ("les gouvernements africains et arabes") is left
as the reader cut it."""

from __future__ import annotations

import re

from .bodies import Index
from .folding import fold_text
from .names import adjective_series
from .shared_modifier import shared_modifier
from .states import state_organs_of

__all__ = ["joined_state_adjectives", "series_and_states"]

Span = tuple[int, int]

# The piece before: an article, a plural organ, one word; the joiner; one word.
_HEAD_RE = re.compile(r"\s*(?:les\s+)?(?:gouvernements|autorites)\s+[a-z]+\s*")
_JOIN_RE = re.compile(r"\s*(?:,|et)\s*")
_ADJECTIVE_RE = re.compile(r"\s*[a-z]+\s*")
_REGISTRIES: dict[int, tuple[Index, tuple]] = {}


def _registry(index: Index) -> tuple:
    held = _REGISTRIES.get(id(index))
    if held is None or held[0] is not index:
        entries = {e.slug: e for e in (*index.plain.values(), *index.acronyms.values())}
        held = (index, tuple(entries[k] for k in sorted(entries)))
        if len(_REGISTRIES) > 16:
            _REGISTRIES.clear()
        _REGISTRIES[id(index)] = held
    return held[1]


def joined_state_adjectives(pieces: list[Span], span: str, index: Index) -> list[Span]:
    """``pieces`` of ``span`` with a lone State adjective joined to the plural
    organ piece before it (one pass, each piece read once)."""
    merged: list[Span] = []
    for start, end in pieces:
        if merged and span[start:end] == span[start:end].lower():
            before = merged[-1]
            if (
                _HEAD_RE.fullmatch(fold_text(span[before[0] : before[1]]))
                and _JOIN_RE.fullmatch(fold_text(span[before[1] : start]))
                and _ADJECTIVE_RE.fullmatch(fold_text(span[start:end]))
            ):
                name = fold_text(span[before[0] : end]).strip()
                name = name[4:] if name.startswith("les ") else name
                if len(state_organs_of(name, _registry(index))) == 2:
                    merged[-1] = (before[0], end)
                    continue
        merged.append((start, end))
    return merged


def series_and_states(
    pieces: list[Span],
    span: str,
    leading: re.Pattern[str],
    generic: re.Pattern[str] | None,
    index: Index,
) -> list[Span]:
    """``names.adjective_series`` (adjectives before a noun), then the States'
    adjectives after a plural organ (``joined_state_adjectives``), then two
    nouns sharing one modifier (``shared_modifier``: "donor countries and
    institutions")."""
    series = adjective_series(pieces, span, leading, generic)
    return shared_modifier(joined_state_adjectives(series, span, index), span, index)
