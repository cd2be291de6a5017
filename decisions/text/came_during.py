"""The occasion of the words told before, and a call carried by a participle.

Class of text: an Arabic news report that tells a speaker's words, then opens
the next paragraph with the formula giving their occasion, "جاء ذلك خلال
مشاركته في اجتماع ..." or "وجاء ذلك في بيان ..." ("this came during ..."),
and goes on in the same sentence with a participle of request: "...،
مطالبا المجتمع الدولي بأخذ خطوات جادة". The formula has no subject of its
own: the participle is the speaker's before it. It is read so only where the
formula opens the paragraph (``participle_speaker``), and the paragraph is
taken only after one read as the body's or its head's (``prose``): after a
minister's words, the call stays his. So, in the same sentence, a verb
after "حيث" with no subject of its own: "وجاءت هذه الإدانة في قرار أصدرته
الجامعة، حيث طلبت من الأمين العام ..." (the text told of asks). Bounded: one
anchored match and a bounded read before the verb; linear.
"""

from __future__ import annotations

import re

from .folding import fold_text

__all__ = ["came_during", "occasion_where", "opens_with_the_occasion"]

# "جاء ذلك"، "وجاء هذا"، "وجاءت هذه الدعوة"، "وجاء هذه الإدانة" (a slip of gender),
# then "خلال"، "في"، "عقب"، "أثناء" or "على هامش" (the occasion).
_OCCASION_RE = re.compile(
    r"[\W\d_]{0,3}[وف]?جاء(?:ت)?\s+(?:ذلك|هذا|هذه\s+[^\W\d_]+|هذا\s+[^\W\d_]+)"
    r"\s*,?\s+(?:خلال|في|عقب|اثناء|لدي|علي\s+هامش)(?![^\W\d_])"
)


def opens_with_the_occasion(folded: str, start: int = 0) -> bool:
    """Whether the folded text opens at ``start`` with "جاء ذلك خلال/في ..."."""
    return bool(_OCCASION_RE.match(folded, start))


def came_during(text: str) -> bool:
    """Whether a block of prose opens with the occasion formula."""
    return opens_with_the_occasion(fold_text(text))


_WHERE_RE = re.compile(r",\s*حيث\s*$")
_MAX_BEFORE = 300  # the formula and its occasion are a short clause


# The verb, then "من" or "إلى" at once: no subject of its own after it ("حيث طلب
# الوزير من ..." is the minister's request, his name standing between).
_NO_SUBJECT_RE = re.compile(r"\s*[^\W\d_]+\s+(?:من|الي)\s")


def occasion_where(folded: str, start: int, end: int) -> bool:
    """Whether the words before a verb (``folded[start:end]``) are the occasion
    formula and its occasion, then a comma and "حيث", the verb at ``end``
    taking no subject of its own."""
    return (
        end - start <= _MAX_BEFORE
        and bool(_WHERE_RE.search(folded, max(start, end - 12), end))
        and bool(_NO_SUBJECT_RE.match(folded, end))
        and opens_with_the_occasion(folded, start)
    )
