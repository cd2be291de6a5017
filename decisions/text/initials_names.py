"""A name joining its words with "and", its acronym in brackets after it:
"the Justice and Equality Movement (JEM)", "the Joint Monitoring and Evaluation
Commission (JMEC)".

Class of text: a communiqué naming a movement, a commission or a fund the
registry does not hold, in full with its acronym. Its "and" is part of the
name, not a joiner of two addressees ("Justice" and "Equality Movement"): the
name is one when the acronym's letters are, in order, the initials of its
capitalised words (the small words "and", "of", "for", "the", "on", "in" left
out), counting back from the bracket. A list "A and B (C)" whose acronym is not
their initials stays a list, as does a name holding a registered one ("Chad and
...": the reading of Chad stands). Mostly English: a French name ("Mouvement
pour la justice et l'égalité (MJE)") writes its words in lower case. Each
bracket reads a bounded number of words back: linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left

__all__ = ["initials_named"]

_ACRONYM_RE = re.compile(r"\s*\(([A-Z][A-Z/&-]{1,11})\)")
_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019-]*")
_SMALL = frozenset({"and", "of", "for", "the", "on", "in", "et", "de", "du", "des", "la", "pour"})
_MAX_WORDS = 14  # words read back from a bracket


def initials_named(span: str, registered: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The (start, end) in ``span`` of each name holding " and " or " et " whose
    acronym in brackets right after it gives the initials of its capitalised words;
    none that holds a ``registered`` name (its spans: "Chad and Niger Alliance
    (CNA)" is left to the reading of Chad)."""
    found: list[tuple[int, int]] = []
    registered = sorted(registered)
    for m in _ACRONYM_RE.finditer(span):
        letters = [c for c in m.group(1) if c.isalpha()]
        words = list(_WORD_RE.finditer(span, max(0, m.start() - 160), m.start()))[-_MAX_WORDS:]
        start = _name_start(words, letters)
        if start is None or not re.search(r"\s(?:and|et)\s", span[start : m.start()]):
            continue
        at = bisect_left(registered, (start, start))
        if at < len(registered) and registered[at][0] < m.start():
            continue  # a registered name inside it
        found.append((start, m.start()))
    return found


def _name_start(words: list[re.Match], letters: list[str]) -> int | None:
    """Where the name whose initials are ``letters`` starts, its last word the
    last of ``words``; None when the words before the bracket do not spell it."""
    need = len(letters)
    for word in reversed(words):
        text = word.group()
        if text.lower() in _SMALL and need < len(letters):
            continue
        if not text[:1].isupper() or need == 0 or text[0].upper() != letters[need - 1]:
            return None
        need -= 1
        if need == 0:
            return word.start()
    return None
