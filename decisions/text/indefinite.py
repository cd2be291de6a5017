"""A body asked to act named with an indefinite article.

Class of text: news pages and communiqués that give a task to a committee the
meeting sets up or names for the first time, with "a"/"an"/"un"/"une" instead
of "the" ("The communiqué tasked a ministerial committee with continuing ...",
"requests an ad hoc committee to report ...", "charge un comité ministériel de
suivre ..."). Without the article, the lower-case words would name nothing
(``names.names_something`` wants an article or a capital); with it, a common
noun headed by a body's noun (``body_head_nouns``: committee, panel, comité)
is the addressee, written without the article. Only a whole chunk of a list
whose end is known (an infinitive or "with ...ing" follows) is read so: "a
committee" inside running words is not.
"""

from __future__ import annotations

import re

from .lang import every

__all__ = ["indefinite_body"]

_HEADS = "|".join(sorted(set(every("body_head_nouns")), key=len, reverse=True)) or "(?!)"
# At most three words before the head noun (English adjectives), at most two
# after it (French adjectives, "of experts"): a bounded, anchored read.
_BODY_RE = re.compile(rf"(?:[a-z-]+\s+){{0,3}}?(?:{_HEADS})(?:\s+[a-z-]+){{0,2}}")
_ARTICLE_RE = re.compile(r"(?:an?|une?)\s+")
_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w'])(?:an?|une?)\s+$")


def indefinite_body(folded: str, start: int, end: int) -> int | None:
    """Where the body's words start in ``folded[start:end]``, a chunk of a list
    of addressees, when it is a body named with an indefinite article (the
    article in the chunk, or just before it where the list's reading dropped
    it), else None."""
    article = _ARTICLE_RE.match(folded, start, end)
    begin = article.end() if article else start
    if not article and not _ARTICLE_BEFORE_RE.search(folded, max(0, start - 4), start):
        return None
    return begin if _BODY_RE.fullmatch(folded, begin, end) else None
