"""Section headings numbered in words or roman numerals over one list of
paragraphs numbered in figures.

A council's decision list groups its paragraphs under topics: "أولا: في مجال
العمل الاقتصادي" over "1 -", "2 -", then "ثانيا: في مجال الأمن" over "3 -",
"4 -"; "I. Political matters" over "1.", "2.", then "II. Economic matters"
over "3.". The figures run on from one topic to the next: they number the
paragraphs, and the topics are headings, not paragraphs holding sub-items.

The rule, in one place: every item numbered otherwise than in figures is a
short title (a few words, no sentence end), the items in figures run 1, 2,
3 ... with no restart, and at least one title stands between two of them
(the count goes on across a topic), or each title is a topic named by a noun
and a colon ("أولاً: القضية الفلسطينية:"). A list whose figures restart under each
title ("أولا" over 1, 2; "ثانيا" over 1, 2) is left as it was read: its titles
may be paragraphs whose sub-items those are. One look at each unit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .numbering import kind_of, label_of, value

__all__ = ["section_titles"]

_MAX_TITLE_WORDS = 12
_SENTENCE_END = ".;!?\u061b\u061f\u06d4"


class _Unit(Protocol):
    text: str
    item: re.Match[str] | None
    heading: bool


def _title(item: re.Match[str]) -> bool:
    """An item whose own text is a topic's title: a few words, no sentence."""
    rest = item.group("rest").strip(" *")
    words = rest.split()
    return 0 < len(words) <= _MAX_TITLE_WORDS and rest[-1:] not in _SENTENCE_END


# A topic's heading that says so itself: a noun with the article (or "في مجال",
# "بشأن") ending with a colon, "أولاً: القضية الفلسطينية:" over "1.", "2.": an
# operative verb never opens with the article, so "أولاً: يطلب ما يلي:" (a
# paragraph over its sub-items) is not one.
_NOUN_TOPIC_RE = re.compile(r"(?:ال[^\W\d_]{2,}|في\s+مجال|بشأن|بشان|حول)(?:\s+[^\s:]+){0,5}\s*:$")


def _noun_topic(item: re.Match[str]) -> bool:
    return bool(_NOUN_TOPIC_RE.fullmatch(item.group("rest").strip(" *")))


def section_titles(units: Sequence[_Unit]) -> list[int]:
    """The indexes of the units that are section titles over one list in
    figures (see the module's doc); ``[]`` when the list is not laid out so."""
    titles: list[int] = []
    last = 0  # the last figure read
    last_at = -1  # where it stood
    across = False  # a title stood between two figures
    topics = True  # every title is a noun topic with its colon (``_noun_topic``)
    for at, unit in enumerate(units):
        if unit.item is None or unit.heading:
            continue
        label = label_of(unit.item)
        kind = kind_of(label)
        if kind == "arabic":
            number = value(kind, label)
            if number != last + 1:
                return []
            across = across or bool(titles and last and titles[-1] > last_at)
            last, last_at = number, at
            continue
        if not _title(unit.item):
            return []
        topics = topics and _noun_topic(unit.item)
        titles.append(at)
    # One topic over the whole list (a copy cut after its first topic) is a
    # heading too when it says so by its form.
    return titles if titles and (across or topics) and last >= 2 else []
