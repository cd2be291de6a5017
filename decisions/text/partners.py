"""Paragraph -> the partners of a request: the bodies named after "in
cooperation with", "avec l'appui de", "بالتعاون مع" (addressees.PARTNER_RE),
each clause part read once."""

from __future__ import annotations

from .addressees import PARTNER_END_RE, PARTNER_RE, chunks, note
from .bodies import BodyRef, Index, lookup, unregistered
from .clauses import Clause

__all__ = ["partners_of"]

Span = tuple[int, int]


def partners_of(
    text: str,
    folded: str,
    clause: Clause,
    index: Index,
    warnings: list[str],
    where: dict[BodyRef, dict[Span, None]] | None = None,
) -> list[BodyRef]:
    """The bodies a clause names as working with its owners ("in cooperation
    with UNESCO", "avec l'appui de la BID"), registered or kept as written with
    a warning; each once, in order."""
    partners: dict[BodyRef, None] = {}  # in order, each once
    phrases = list(PARTNER_RE.finditer(folded, clause.start, clause.end))
    for i, m in enumerate(phrases):
        # The partners named after a phrase end at the next phrase: each part of
        # the clause is read once ("with the support of A, in cooperation with B").
        limit = phrases[i + 1].start() if i + 1 < len(phrases) else clause.end
        stop = PARTNER_END_RE.search(folded, m.end(), limit)
        end = stop.start() if stop else limit
        pieces = chunks(text[m.end() : end], folded[m.end() : end], index, m.end())
        for c_start, c_end, c_written, _ in pieces:
            entry = lookup(index, text[c_start:c_end])
            if entry is not None:
                ref = BodyRef.of(entry)
            else:
                ref = unregistered(text[c_start:c_end], text[c_written:c_end])
                warnings.append(
                    f"paragraph text mentions a partner not in the registry: '{ref.name}'"
                )
            note(where, ref, (c_start, c_end))
            partners.setdefault(ref)
    return list(partners)
