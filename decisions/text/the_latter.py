""" "The latter" as an addressee: the body named last before it.

Class of text: a communiqué that names a body, then asks it by "the latter"
("welcomes the help of donors, among them the European Union. Council calls on
the latter to ...", "welcomed the help of the Fund and called on the latter to ...").
The addressee is the registered body named last before those words in the
paragraph (the sentence's own subject, the body speaking, aside), never a body
called "Latter". When no registered body is named before them, the words ask
nobody the import can name: they are left out (a wrong owner is worse than a
missing one). English only: the French "cette dernière" is read as no
addressee at all. One bounded read of the words before each such addressee: linear.
"""

from __future__ import annotations

import re

from .bodies import BodyRef, Index, mentions
from .folding import fold_text

__all__ = ["is_latter", "the_latter"]

_LATTER_RE = re.compile(r"(?:the\s+)?latter")  # folded, the article included
_BACK = 400  # how far back the body named last is looked for
# The sentence's own subject: a body opening it, an article at most before it.
_SUBJECT_LEAD_RE = re.compile(r"\s*(?:the\s+)?")


def is_latter(folded: str) -> bool:
    """Whether ``folded`` (an addressee's words) is "the latter"."""
    return _LATTER_RE.fullmatch(folded.strip()) is not None


def the_latter(owners: list[BodyRef], text: str, clause, index: Index, where: dict) -> list:
    """``owners`` of a request ``clause`` of ``text`` with "the latter" read as the
    registered body named last before it (``where``: the spans of each owner,
    noted for the body read too), or left out when none is."""
    out: list[BodyRef] = []
    for owner in owners:
        if owner.registered or not is_latter(fold_text(owner.name)):
            out.append(owner)
            continue
        spans = list(where.get(owner, ()))
        at = spans[0][0] if spans else clause.start
        body = _named_last(text, max(0, at - _BACK), at, clause.sentence[0], index)
        if body is not None:
            where.setdefault(body, {}).update(dict.fromkeys(spans))
            out.append(body)
    return list(dict.fromkeys(out))


def _named_last(text: str, start: int, end: int, sentence: int, index: Index) -> BodyRef | None:
    """The registered body named last in ``text[start:end]``, but the subject
    opening the sentence at ``sentence``."""
    window = text[start:end]
    found = sorted(mentions(index, window, fold_text(window)), key=lambda m: m[0])
    for s, _, entry in reversed(found):
        lead = _SUBJECT_LEAD_RE.fullmatch(fold_text(text[sentence : start + s]))
        if start + s >= sentence and lead is not None:
            continue  # "Council calls on the latter": the body speaking
        return BodyRef.of(entry)
    return None
