"""What an object pronoun opening a paragraph may stand for when nothing in
its own sentence does ("Le Conseil de sécurité les encourage ..."): the owners
of the paragraph before, else the bodies it named, those that are no States
first; States listed with a capitalised name outside the registry ("le Maroc,
le Front X, l'Algérie et la Mauritanie") as the list is written."""

from __future__ import annotations

from collections.abc import Sequence

from .addressees import chunks
from .bodies import BodyRef, Index, lookup, mentions, unregistered
from .folding import fold_text, strip_marks

__all__ = ["pointed_at"]


def pointed_at(requests: Sequence, index: Index, text: str) -> list[BodyRef]:
    """What a pronoun opening the next paragraph may stand for: the owners of
    ``requests`` (the paragraph ``text``'s), else the bodies it named."""
    if requests:
        return [r.owner for r in requests]
    text = " ".join(strip_marks(str(text)).split())  # as ``requests.extract`` reads it
    folded = fold_text(text)
    found = mentions(index, text, folded)
    entries = list({e.slug: e for _, _, e in found}.values())
    bodies = [BodyRef.of(e) for e in entries if not e.place]
    if bodies or not found:
        return bodies
    # States listed with a name outside the registry ("le Maroc, le Front X,
    # l'Algérie et la Mauritanie"): the list as written, when each of its items
    # is a State or a name opening with a capital.
    start, end = found[0][0], found[-1][1]
    listed = []
    for c_start, c_end, _, _ in chunks(text[start:end], folded[start:end], index, start):
        entry = lookup(index, text[c_start:c_end])
        words = text[c_start:c_end].split()
        if entry is None and not (
            len(words) <= 5 and all(w[:1].isupper() or len(w) <= 3 for w in words)
        ):
            return [BodyRef.of(e) for e in entries]  # a name, capitals on its words
        listed.append(BodyRef.of(entry) if entry else unregistered(text[c_start:c_end]))
    return list(dict.fromkeys(listed))
