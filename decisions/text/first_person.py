"""A communiqué quoted in the first person plural by a news report: its
requests are the body's own.

A report retelling a communiqué quotes it ("“We urge the international
community to ...,” the final statement read", "Le communiqué ajoute : « Nous
appelons les parties à ... »") or goes on inside a quotation opened after the
body's own verb ("The leaders condemned “the attacks. We call upon the
Council to ...”"). "We" is then the body that met. A person quoted ("“We urge
...,” the minister said") is not: the quotation counts only when the text
(statement, communiqué, declaration) is named as its speaker right after it
closes or right before it opens, or when it opens right after an operative
verb of the body that met.

The same page quotes other parties' texts too ("..., the rebels' statement
read", "the statement issued by the movement", "le communiqué des rebelles"):
a text whose author is named (a possessive, a complement after its noun, a
party's noun among its words) is the body's own only when that author is the
body that met (``MEETING_OWNERS``: "the summit's final statement", "le
communiqué final du sommet") or a date.

The quotation marks of the text are found once (``_Quotes``, a sorted list per
folded text), so each verb's look is a bisection and a bounded window: many
quotations cost linear work.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from .lang._first_person import (
    AUTHOR_LEADS,
    MEETING_OWNERS,
    OTHER_SPEAKERS,
    PERSONS,
    TEXTS,
    VERBS,
)

__all__ = ["first_person_requests"]

_OPENING = "\u201c\u00ab\u201e"
_CLOSING = "\u201d\u00bb"
_WINDOW = 600  # a quotation's length read around the verb
_ATTRIBUTION = 80  # the words naming the speaker next to a quotation
_WE_RE = re.compile(rf"(?<![\w'])(?:{'|'.join(PERSONS)})\s+(?P<verb>{'|'.join(VERBS)})(?![\w'])")
_TEXTS = "|".join(TEXTS)
# The text named just after the quotation closes, or just before it opens
# ("The statement added: “We ...", "Le communiqué ajoute : « Nous ...").
_TEXT_AFTER_RE = re.compile(
    rf"[\s,.\u2013\u2014-]*(?P<lead>(?:[\w'-]+\s+){{0,3}}?)(?P<text>{_TEXTS})(?![\w'])"
)
_TEXT_BEFORE_RE = re.compile(
    rf"(?<![\w'])(?P<text>{_TEXTS})(?![\w'])(?:\s+[\w'-]+){{0,3}}\s*[:,]?\s*$"
)
# A person taking the words before the quotation opens: "the minister said:".
_SAID_RE = re.compile(r"[:,]\s*$")
_OWNERS = "|".join(MEETING_OWNERS)
# The author after the text's noun: the body that met, or a date.
_AUTHOR_RE = re.compile(rf"\s*(?:{'|'.join(AUTHOR_LEADS)})(?P<who>[\w'-]+(?:\s+[\w'-]+)?)")
_OWN_AUTHOR_RE = re.compile(rf"(?:\d|(?:{_OWNERS})(?![\w-]))")
_POSSESSOR_RE = re.compile(rf"(?:^|\s)(?:{_OWNERS})$")
_OTHER_RE = re.compile(rf"(?:{'|'.join(OTHER_SPEAKERS)})")
# A speaker named before the text, among the words after the quotation closes
# ("..., the rebels said in their statement"): an article or a party's noun.
_NAMED_BEFORE = frozenset({"the", "an", "les", "un", "une", "des"})


def first_person_requests(
    folded: str, start: int, end: int, spoken: Callable[[int], bool]
) -> list[tuple[int, int]]:
    """(start, end) of each first-person request verb in ``folded[start:end]``
    (a sentence) spoken by the body that met. ``spoken(quote)``: whether an
    operative verb of the body that met ends right before ``quote`` (spaces
    aside): the quotation opening there goes on its words."""
    found = []
    quotes = _quotes(folded)
    for m in _WE_RE.finditer(folded, start, end):
        quote = quotes.opening(m.start())
        if quote is None:
            continue
        closing = quotes.closing(m.end())
        after = folded[closing + 1 : closing + 1 + _ATTRIBUTION] if closing is not None else ""
        before = folded[max(0, quote - _ATTRIBUTION) : quote]
        if (
            _attributed_after(after)
            or _attributed_before(before)
            or (not _SAID_RE.search(before) and spoken(quote))
        ):
            found.append((m.start(), m.end()))
    return found


def _attributed_after(after: str) -> bool:
    """Whether the words after a quotation closes name the body's own text as
    its speaker, within a few words: "..., the final statement read", "... », a
    indiqué le communiqué", "..., read the statement" (not "..., the minister
    said in the statement", nor "..., the rebels' statement read")."""
    m = _TEXT_AFTER_RE.match(after)
    if m is None:
        return False
    lead = m.group("lead").split()
    if any(w in _NAMED_BEFORE or _OTHER_RE.fullmatch(w) for w in lead):
        return False
    return _own_text(after, m.start("text"), m.end("text"))


def _attributed_before(before: str) -> bool:
    """Whether the words before a quotation opens name the body's own text:
    "The declaration went on:", "Le communiqué final précise :" (not "Le
    communiqué des rebelles précise :")."""
    m = _TEXT_BEFORE_RE.search(before)
    return m is not None and _own_text(before, m.start("text"), m.end("text"))


def _own_text(words: str, start: int, end: int) -> bool:
    """Whether the text named by ``words[start:end]`` ("the summit's final
    statement", "le communiqué") is the body's own: no other author named in
    it (a possessive, a party's noun) or by the complement after it."""
    names = words[start:end].split()[1:-1]  # between the article and the noun
    for at, word in enumerate(names):
        if word.endswith("'s") or word.endswith("'"):
            owner = " ".join([*names[:at], word.removesuffix("'s").removesuffix("'")])
            if not _POSSESSOR_RE.search(owner):
                return False
        elif _OTHER_RE.fullmatch(word):
            return False
    author = _AUTHOR_RE.match(words, end)
    return author is None or bool(_OWN_AUTHOR_RE.match(author.group("who")))


class _Quotes:
    """The quotation marks of a folded text, found once: where each verb's
    quotation opens and closes is then a bisection."""

    def __init__(self, folded: str) -> None:
        marks = _OPENING + _CLOSING + '"'
        self.at = [i for i, ch in enumerate(folded) if ch in marks]
        self.chars = [folded[i] for i in self.at]
        self.straight = [i for i in self.at if folded[i] == '"']

    def opening(self, at: int) -> int | None:
        """Where the quotation holding ``at`` opens (within a bounded window
        before it), or None when ``at`` stands outside any quotation."""
        idx = bisect_left(self.at, at) - 1
        if idx < 0 or self.at[idx] < at - _WINDOW:
            return None
        i, ch = self.at[idx], self.chars[idx]
        if ch in _OPENING:
            return i
        if ch in _CLOSING:
            return None
        # A straight quote opens when an even number come before it in the window.
        low = max(0, at - _WINDOW)
        before = bisect_left(self.straight, i) - bisect_left(self.straight, low)
        return i if before % 2 == 0 else None

    def closing(self, at: int) -> int | None:
        """Where the quotation holding ``at`` closes (within a bounded window
        after it), or None when another opens first ("„" aside)."""
        idx = bisect_left(self.at, at)
        while idx < len(self.at) and self.chars[idx] == "\u201e":
            idx += 1
        if idx == len(self.at) or self.at[idx] >= at + _WINDOW:
            return None
        return self.at[idx] if self.chars[idx] not in "\u201c\u00ab" else None


@lru_cache(maxsize=4)
def _quotes(folded: str) -> _Quotes:
    return _Quotes(folded)
