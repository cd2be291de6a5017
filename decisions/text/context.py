"""The bodies a report named before a paragraph, for reading it: a short second
mention takes the fuller name the text gave the body ("the Panel" after "the
Panel of Experts"), and words pointing back ("the said Governments", "desdits
Gouvernements") stand for the bodies named before them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .bodies import BodyRef
from .folding import fold_key
from .lang import either, every

__all__ = ["with_context"]

_LEADING_RE = re.compile(rf"(?:{either('leading_words')}(?:\s+|(?<=')))+")
_ANAPHORA_RE = re.compile(
    rf"(?:{either('anaphora')})\s+(?P<head>\S+)" if every("anaphora") else r"(?!)"
)


def _key(name: str) -> str:
    """A body's name folded, without its article or quantifier ("the Panel" -> "panel")."""
    key = fold_key(name)
    lead = _LEADING_RE.match(key)
    return key[lead.end() :] if lead else key


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def with_context(owners: list[BodyRef], earlier: Sequence[BodyRef]) -> dict[BodyRef, BodyRef]:
    """``owners`` with each short mention or pointing-back name outside the
    registry replaced by the bodies named before (``earlier``) it stands for,
    each mapped to the owner as written; a short mention two earlier bodies
    could fill stays as written."""
    if not earlier:
        return {owner: owner for owner in owners}
    named = [(ref, _key(ref.name)) for ref in dict.fromkeys(earlier) if not ref.registered]
    out: dict[BodyRef, BodyRef] = {}
    for owner in owners:
        found: list[BodyRef] = []
        if not owner.registered:
            key = _key(owner.name)
            written = fold_key(owner.name)  # with the words pointing back, if any
            back = _ANAPHORA_RE.search(written)
            back = back if back and back.start() <= len(written) - len(key) else None
            if back:  # "chacun desdits Gouvernements": every government named before
                head = _stem(back.group("head"))
                found = [ref for ref, k in named if _stem(k.split(" ", 1)[0]) == head]
            elif key and " " not in key:  # "the Panel": the one fuller name it opens
                found = [ref for ref, k in named if k.startswith(key + " ")]
                found = found if len(found) == 1 else []
        for ref in found or [owner]:
            out.setdefault(ref, owner)
    return out
