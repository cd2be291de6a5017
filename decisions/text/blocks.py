"""Blocks of a report's text: what one says of the paragraph before it (it
goes on after a page break, it is a page's furniture) and of the list it
stands in (it announces the operative part, it is a sentence among the
clauses). Used by ``paragraphs``."""

from __future__ import annotations

import re

from .folding import fold_text
from .lang import either

__all__ = [
    "OPERATIVE_INTRO_RE",
    "body_sentence",
    "continues",
    "decision_line",
    "furniture",
    "is_intro",
    "unfinished",
]

OPERATIVE_INTRO_RE = re.compile(either("operative_intros"))
_DECISION_LINE_RE = re.compile(rf"(?:{either('decision_lines')})")


def decision_line(folded: str) -> bool:
    """A line holding only the verb that opens the operative part ("يقرر",
    "DÉCIDE :"), folded: what follows it is operative, numbered or not."""
    bare = folded.replace("\u0640", "").strip(" *:.,\u060c-\u2013")
    return len(bare) <= 40 and bool(_DECISION_LINE_RE.fullmatch(" ".join(bare.split())))


def is_intro(text: str) -> bool:
    """A line announcing the operative part: "The Meeting decided as follows:"."""
    folded = fold_text(text)
    return folded.rstrip(" *").endswith(":") and bool(OPERATIVE_INTRO_RE.search(folded))


def continues(text: str, before: str = "") -> bool:
    """Whether a block goes on the paragraph above: it opens in lower case, with
    a digit or a sign; or, in a script without case (Arabic), the paragraph
    above stopped mid-sentence (a page break)."""
    first = text[:1]
    if not first:
        return False
    if first.islower() or first.isdigit() or not first.isalnum():
        return True
    caseless = not first.isupper()
    return caseless and bool(before) and before.rstrip(" *")[-1:] not in ".!?:;\u061b\u06d4"


_CLOSING_RE = re.compile(rf"{either('closing_words')}\b")


def unfinished(parts: list[str]) -> bool:
    """Whether a paragraph stops mid-sentence (cut by a page break)."""
    return bool(parts) and parts[-1].rstrip(" *|")[-1:] not in ".;:!?"


def furniture(text: str) -> bool:
    """A block of a page's furniture: a few words, no sentence ("Sommaire")."""
    return len(text.split()) <= 3 and text.rstrip()[-1:] not in ".;:!?,"


def body_sentence(text: str, folded: str) -> bool:
    """A block among a resolution's clauses that is a whole sentence opening
    with a capital ("La Commission et son personnel auront le droit ..."), not
    the line closing them ("Adoptée à la 287e séance")."""
    return (
        text[:1].isupper()
        and text.rstrip(" *")[-1:] in ".;"
        and len(text.split()) >= 4
        and not _CLOSING_RE.match(folded)
    )
