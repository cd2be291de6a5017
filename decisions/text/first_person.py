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
verb of the body that met. Every look is a bounded window around the verb.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lang._first_person import PERSONS, TEXTS, VERBS

__all__ = ["first_person_requests"]

_OPEN = '\u201c\u00ab\u201e"'
_CLOSE = '\u201d\u00bb"'
_QUOTES = _OPEN + _CLOSE + "\u2019'"
_WINDOW = 600  # a quotation's length read around the verb
_ATTRIBUTION = 80  # the words naming the speaker next to a quotation
_WE_RE = re.compile(rf"(?<![\w'])(?:{'|'.join(PERSONS)})\s+(?P<verb>{'|'.join(VERBS)})(?![\w'])")
_TEXTS = "|".join(TEXTS)
# The text named just after the quotation closes, or just before it opens
# ("The statement added: “We ...", "Le communiqué ajoute : « Nous ...").
_TEXT_AFTER_RE = re.compile(rf"[\s,.\u2013\u2014-]*(?:[\w'-]+\s+){{0,3}}?(?:{_TEXTS})(?![\w'])")
_TEXT_BEFORE_RE = re.compile(rf"(?<![\w'])(?:{_TEXTS})(?:\s+[\w'-]+){{0,3}}\s*[:,]?\s*$")
# A person taking the words before the quotation opens: "the minister said:".
_SAID_RE = re.compile(r"[:,]\s*$")


def first_person_requests(
    folded: str, start: int, end: int, spoken: Callable[[int, int], bool]
) -> list[tuple[int, int]]:
    """(start, end) of each first-person request verb in ``folded[start:end]``
    (a sentence) spoken by the body that met. ``spoken(begin, quote)``: whether
    ``folded[begin:quote]`` ends with an operative verb of the body that met
    (the quotation opening at ``quote`` goes on its words)."""
    found = []
    for m in _WE_RE.finditer(folded, start, end):
        quote = _opening_quote(folded, m.start())
        if quote is None:
            continue
        closing = _closing_quote(folded, m.end())
        after = folded[closing + 1 : closing + 1 + _ATTRIBUTION] if closing is not None else ""
        before = folded[max(0, quote - _ATTRIBUTION) : quote]
        if (
            _attributed_after(after)
            or _TEXT_BEFORE_RE.search(before)
            or (not _SAID_RE.search(before) and spoken(max(0, quote - _ATTRIBUTION), quote))
        ):
            found.append((m.start(), m.end()))
    return found


def _attributed_after(after: str) -> bool:
    """Whether the words after a quotation closes name the text as its speaker,
    within a few words: "..., the final statement read", "... », a indiqué le
    communiqué", "..., read the statement" (not "..., the minister said in the
    statement")."""
    return bool(_TEXT_AFTER_RE.match(after))


def _opening_quote(folded: str, at: int) -> int | None:
    """Where the quotation holding ``at`` opens (read back over a bounded
    window), or None when ``at`` stands outside any quotation."""
    low = max(0, at - _WINDOW)
    for i in range(at - 1, low - 1, -1):
        ch = folded[i]
        if ch in "\u201c\u00ab\u201e":
            return i
        if ch in "\u201d\u00bb":
            return None
        if ch == '"':  # a straight quote opens when an even number come before it
            return i if folded.count('"', low, i) % 2 == 0 else None
    return None


def _closing_quote(folded: str, at: int) -> int | None:
    for i in range(at, min(len(folded), at + _WINDOW)):
        if folded[i] in _CLOSE:
            return i
        if folded[i] in "\u201c\u00ab":
            return None
    return None
