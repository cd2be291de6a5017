"""The bodies a report named before a paragraph, for reading it: a short second
mention takes the fuller name the text gave the body ("the Panel" after "the
Panel of Experts"), and words pointing back ("the said Governments", "desdits
Gouvernements") stand for the bodies named before them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .bodies import BodyRef, unregistered
from .folding import fold_key, fold_text
from .lang import either, every
from .limits import MAX_REQUESTS
from .subjects import GENERIC_RE, qualifier_end

__all__ = ["Earlier", "established", "with_context"]

_LEADING_RE = re.compile(rf"(?:{either('leading_words')}(?:\s+|(?<=')))+")
_ANAPHORA_RE = re.compile(
    rf"(?:{either('anaphora')})\s+(?P<head>\S+)" if every("anaphora") else r"(?!)"
)


_ESTABLISH_RE = re.compile(
    rf"(?<![\w'])(?:{either('establishing')})(?:\s+|(?<='))" if every("establishing") else r"(?!)"
)
_NAME_END_RE = re.compile(r"[,;.:()\[]")
_LONGEST = 200  # characters a body's full name may take


def established(text: str) -> list[BodyRef]:
    """The bodies a paragraph establishes, by their full name: "Établit une
    Commission de trêve pour la Palestine composée de ..." -> "Commission de
    trêve pour la Palestine"."""
    folded = fold_text(text)
    found = []
    for m in _ESTABLISH_RE.finditer(folded):
        stop = _NAME_END_RE.search(text, m.end(), m.end() + _LONGEST)
        name = text[m.end() : stop.start() if stop else min(len(text), m.end() + _LONGEST)]
        name = name[: qualifier_end(name)].strip()
        if name[:1].isupper() and " " in name:
            found.append(unregistered(name))
    return found


def _key(name: str) -> str:
    """A body's name folded, without its article or quantifier ("the Panel" -> "panel")."""
    key = fold_key(name)
    lead = _LEADING_RE.match(key)
    return key[lead.end() :] if lead else key


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


class Earlier:
    """The bodies outside the registry a report named before a paragraph,
    indexed by the words that open and close their names; each added once."""

    def __init__(self, refs: Sequence[BodyRef] = ()) -> None:
        self.seen: set[BodyRef] = set()
        self.heads: dict[str, dict[BodyRef, None]] = {}  # first word, as a stem
        self.ends: dict[str, dict[BodyRef, None]] = {}  # first or last word of a longer name
        self.add(refs)

    def add(self, refs: Sequence[BodyRef]) -> None:
        for ref in refs:
            if ref.registered or ref in self.seen:
                continue
            self.seen.add(ref)
            words = _key(ref.name).split()
            if not words:
                continue
            self._put(self.heads, _stem(words[0]), ref, MAX_REQUESTS)
            if len(words) > 1:  # two are enough to tell that a short mention is ambiguous
                for word in dict.fromkeys((words[0], words[-1])):
                    self._put(self.ends, word, ref, 2)

    @staticmethod
    def _put(table: dict[str, dict[BodyRef, None]], word: str, ref: BodyRef, cap: int) -> None:
        refs = table.setdefault(word, {})
        if len(refs) < cap:
            refs.setdefault(ref)

    def __bool__(self) -> bool:
        return bool(self.seen)


def with_context(
    owners: list[BodyRef], earlier: Sequence[BodyRef] | Earlier
) -> dict[BodyRef, BodyRef]:
    """``owners`` with each short mention or pointing-back name outside the
    registry replaced by the bodies named before (``earlier``) it stands for,
    each mapped to the owner as written; a short mention two earlier bodies
    could fill stays as written."""
    if not isinstance(earlier, Earlier):
        earlier = Earlier(earlier)
    out: dict[BodyRef, BodyRef] = {}
    for owner in owners:
        found: list[BodyRef] = []
        if earlier and not owner.registered:
            key = _key(owner.name)
            written = fold_key(owner.name)  # with the words pointing back, if any
            back = _ANAPHORA_RE.search(written)
            back = back if back and back.start() <= len(written) - len(key) else None
            if back:  # "chacun desdits Gouvernements": every government named before
                found = list(earlier.heads.get(_stem(back.group("head")), ()))
            elif key and " " not in key and not GENERIC_RE.fullmatch(key):
                # "the Panel": the one fuller name it heads ("parties" is kept as written)
                found = list(earlier.ends.get(key, ()))
                found = found if len(found) == 1 else []
        for ref in found or [owner]:
            out.setdefault(ref, owner)
    return out
