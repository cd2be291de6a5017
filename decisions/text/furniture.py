"""A news page's furniture: blocks of text a reader does not count as
paragraphs of the story though they read as sentences.

A photo caption ("Delegates arrive at the venue. (Photo: AFP)", "Photo de
famille des chefs d'État. © X", "صورة: جانب من الاجتماع") and a link to
another story ("Read also: ...", "Lire aussi : ...", "اقرأ أيضا: ...") sit
between a page's paragraphs; counted, they would shift the number of every
paragraph after them. Each test reads a bounded slice of the block (its
first or last few dozen characters), so reading stays linear.
"""

from __future__ import annotations

import re

from .folding import fold_text
from .lang._furniture import CAPTION_WORDS, LINK_OPENERS

__all__ = ["is_furniture"]

_EDGE = 100  # characters read at each end of a block

_OPENERS = "|".join(re.escape(fold_text(w)) for w in LINK_OPENERS)
_LINK_RE = re.compile(rf"(?:{_OPENERS})\s*:")
_TAG = "|".join(re.escape(fold_text(w)) for w in CAPTION_WORDS)
# The caption's tag opening it: "Photo: ...", "(Photo) ...", "(صورة) ...".
_CAPTION_OPEN_RE = re.compile(rf"\(?(?:{_TAG})(?:\)|\s*:)")
# Its credit closing it: "... (Photo: AFP)", "... (Photo d'archives)", "... © X".
_CAPTION_CLOSE_RE = re.compile(rf"(?:\((?:{_TAG})[^()]{{0,60}}\)|©[^.!?©]{{0,60}})\s*\.?\s*$")


def is_furniture(text: str) -> bool:
    """Whether a block of a page is a photo caption, a copyright line or a
    link to another story, not a paragraph of the story."""
    head = fold_text(text[:_EDGE]).lstrip(" *-_\u2022")
    if head.startswith("©") or _LINK_RE.match(head) or _CAPTION_OPEN_RE.match(head):
        return True
    return bool(_CAPTION_CLOSE_RE.search(fold_text(text[-_EDGE:])))
