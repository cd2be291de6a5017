"""Unnumbered operative paragraphs that open with their verb, after a
preamble, in a script without capitals.

A resolution may print its operative part without numbers, each paragraph
opening with its verb: "إن الجمعية العامة، / إذ تشير إلى ...، / وإذ تلاحظ
...، / تثني على ...؛ / تطلب إلى الأمين العام ...؛ / تقرر أن ....". In
English and French the capital of the verb marks such a clause (``lines``
reads "Requests the Secretary-General ..." as one); Arabic has no capitals,
so its clauses are found here, by their place: after the preamble, whose
last block ends with a comma ("،"), every block that opens with an
operative verb (``clauses.verb_at``) is a paragraph, numbered by its order
among them; a block that goes on the one before (a page break) joins it;
any other block (the meeting's line, the date) is none.

Used by ``paragraphs.parse_report`` only when no numbered paragraph nor
clause was found. Each block is read once: linear in the text.
"""

from __future__ import annotations

from .blocks import continues
from .clauses import verb_at
from .folding import fold_text
from .lines import Line

__all__ = ["verb_first_paragraphs"]

_MIN_PARAGRAPHS = 2  # one verb-first block after a comma is no list of clauses
_COMMAS = ",\u060c"
_MAX_BLOCK_CHARS = 20_000  # a paragraph is shorter; a longer block is read no further


def _blocks(lines: list[Line]) -> list[tuple[int, str]]:
    """(first line, text) of each run of lines between blank lines or headings."""
    blocks: list[tuple[int, list[str]]] = []
    open_ = False
    for ln in lines:
        if ln.blank or ln.heading:
            open_ = False
            continue
        if open_:
            blocks[-1][1].append(ln.text)
        else:
            blocks.append((ln.number, [ln.text]))
            open_ = True
    return [(number, " ".join(" ".join(parts).split())) for number, parts in blocks]


def _opens_with_verb(text: str) -> bool:
    folded = fold_text(text[:_MAX_BLOCK_CHARS])
    verb = verb_at(folded, 0, len(folded))
    # Not a word merely shaped like a verb ("تقرير الأمانة ...": a report's title).
    return verb is not None and not verb.sentence_subject


def verb_first_paragraphs(lines: list[Line]) -> list[tuple[int, str]]:
    """(first line, text) of each operative paragraph opening with its verb
    after a preamble ending with a comma; ``[]`` when fewer than two are."""
    found: list[tuple[int, list[str]]] = []
    before = ""  # the block before, while the operative part has not started
    for number, text in _blocks(lines):
        if not found:
            if before.rstrip(" *")[-1:] in _COMMAS and _opens_with_verb(text):
                found.append((number, [text]))
            before = text
            continue
        if _opens_with_verb(text):
            found.append((number, [text]))
        elif continues(text, found[-1][1][-1]):
            found[-1][1].append(text)  # the paragraph goes on after a page break
    if len(found) < _MIN_PARAGRAPHS:
        return []
    return [(number, " ".join(parts)) for number, parts in found]
