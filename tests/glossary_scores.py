"""The renewal score two requests of one owner get from the concepts they
name alone (no wording in common, no cited symbol): what the glossary tests
compare with RENEWAL_THRESHOLD."""

from __future__ import annotations

from decisions.text.concepts import concept_overlap, concepts_of
from decisions.text.similarity import concept_signal, renewal_score


def same_owner_score(a: str, b: str, *, renewal_words: bool) -> float:
    overlap, _ = concept_overlap(concepts_of(a), concepts_of(b))
    return renewal_score(
        similarity=0.0,
        owner=1.0,
        renewal_words=renewal_words,
        cites=False,
        content=concept_signal(overlap),
    )
