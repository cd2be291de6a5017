"""A report quoting a lone adverb of the communiqué between a verb and its
addressee.

Class of text: a news report that quotes a communiqué's words piece by piece
around its verb, the adverb alone in marks: "l'Organisation appelle
« fermement » les Nations unies « à ... »", "demande “instamment” aux parties
de ...". The marks are the reporter's care to quote, not a quotation of a
speaker: on the folded copy that verbs are read on, the two marks around one
word in -ment become spaces, the word moved to end where the closing mark
stood, so the verb takes its adverb as in plain prose and the addressee after
it opens on no mark. Lengths never change; one pass over the text: linear.
"""

from __future__ import annotations

import re

__all__ = ["unquote_adverbs"]

_OPEN = '\u201c\u00ab"'
_CLOSE = '\u201d\u00bb"'
# An opening mark, one adverb in -ment (folded), a closing mark.
_ADVERB_RE = re.compile(rf"(?<![\w'])[{_OPEN}]\s*(?P<word>[a-z]{{2,20}}ment)\s*[{_CLOSE}](?![\w'])")


def unquote_adverbs(folded: str) -> str:
    """``folded`` with a lone quoted adverb's marks made spaces, the word
    ending where its closing mark stood (same length); unchanged when there
    are none."""
    if not any(q in folded for q in _OPEN):
        return folded
    chars = list(folded)
    changed = False
    for m in _ADVERB_RE.finditer(folded):
        word = m.group("word")
        chars[m.start() : m.end()] = " " * (m.end() - m.start() - len(word)) + word
        changed = True
    for m in _APPEAL_RE.finditer(folded):  # the words kept, ending on the closing mark
        words = m.group("words")
        chars[m.start() : m.end()] = " " * (m.end() - m.start() - len(words)) + words
        changed = True
    return "".join(chars) if changed else folded


# The same care for the appeal itself, quoted as a noun between the verb and its
# addressee: "Il a lancé “un appel urgent” à la communauté internationale ...",
# "issued “an urgent appeal” to ...": the marks, not the words, are dropped.
_APPEAL_RE = re.compile(
    rf"(?<![\w'])[{_OPEN}]\s?(?P<words>(?:un|une|an|a)\s(?:[a-z]{{2,20}}\s)?(?:appel|call|appeal)"
    rf"(?:\s[a-z]{{2,20}})?)\s?[{_CLOSE}](?=\s)"
)
