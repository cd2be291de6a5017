"""A French typing slip that moves a space one letter left: "les États membre
sa noter le nom ..." for "les États membres à noter le nom ...". The plural's
last "s" is glued to the preposition "à" (its accent lost), which then reads as
the possessive "sa"; the list of addressees runs on past the infinitive into
what they are asked to write down. "sa" never stands before an infinitive (it
opens a noun, "sa mission", "sa mère"), so "<word> sa <infinitive in -er or
-ir>" is read as "<word>s a <infinitive>": the same number of characters, so
every span read on the text stays where it was."""

from __future__ import annotations

import re

from .lang._fr_nouns import NOT_INFINITIVES

__all__ = ["unglue"]

# A word not already plural, a space, "sa", then a word of five letters or more
# in -er or -ir, as written in lower case (a noun after "sa" is feminine: none
# of the common ones ends so but "mer" and "cuiller").
_GLUED_RE = re.compile(
    r"(?<=[^\W\d_sxzSXZ]) sa (?=(?P<verb>[a-z\u00e0-\u00ff]{3,}(?:er|ir))(?![\w'\u2019-]))"
)
_NOT_VERBS = NOT_INFINITIVES | {"cuiller"}


def _swap(m: re.Match[str]) -> str:
    return m.group() if m.group("verb") in _NOT_VERBS else "s a "


def unglue(text: str) -> str:
    """``text`` with each "<word> sa <infinitive>" read as "<word>s a
    <infinitive>" (same length)."""
    return _GLUED_RE.sub(_swap, text) if " sa " in text else text
