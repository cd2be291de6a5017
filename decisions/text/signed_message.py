"""A message an organisation's officer signs, asking in the first person.

Class of text: a message or an address published by an institution under its
head's signature, in his own words and unquoted ("I call upon all Member States
and donors to ...", "Je lance un appel aux États membres ..."): the request is
the institution's, as a Secretary-General's statement is his organisation's
(``head_speaker``). The first person singular only: an unquoted "We urge ..." of a
news page is the journalist's or a speaker's words (tests/text/
test_news_quoted_communique.py), and a communiqué's "we" is read where it is quoted
(``first_person``).

A person quoted by a news report says "I" too ("“I urge the parties to ...,”
the minister said"): the first person counts only where no quotation mark is
near (``_WINDOW`` characters on either side of the verb) and no verb of
saying follows the sentence's request ("..., he said", "a-t-il déclaré").
Only the pronoun (with an adverb or two) before the verb: "I believe that the
Council should ..." is no request of the writer's.
"""

from __future__ import annotations

import re

__all__ = ["first_person_speaker"]

_WINDOW = 400  # a verb reads a bounded slice on either side
# Folded: "i", "je", "j'", then at most two adverbs.
_SUBJECT_RE = re.compile(
    r"(?:i|je)(?:\s+(?:also|further|therefore|hereby|again|once\s+again|strongly|urgently"
    r"|earnestly|aussi|egalement|donc|ici|vivement|instamment|a\s+nouveau)){0,2}\s*|j'\s*"
)
_QUOTE_MARKS = re.compile(r"[\"\u00ab\u00bb\u201c\u201d\u201e]")
# A verb of saying after the request: the words are a quoted person's.
_SAID_RE = re.compile(
    r"(?<![\w'])(?:(?:he|she|they)\s+(?:said|added|stated|told)|said\s+(?:the|mr|mrs|ms|dr)"
    r"|a-t-(?:il|elle)\s+(?:dit|declare|ajoute|affirme|souligne)|(?:a|ont)\s+(?:dit|declare))"
    r"(?![\w'])"
)


def first_person_speaker(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]``, the words of a sentence before its verb,
    are the writer in the first person, outside any quotation (see above)."""
    if end - start > 40 or not _SUBJECT_RE.fullmatch(folded, start, end):
        return False
    around = folded[max(0, start - _WINDOW) : end + _WINDOW]
    return not _QUOTE_MARKS.search(around) and not _SAID_RE.search(folded, end, end + _WINDOW)
