"""Blocks of a report's text: what one says of the paragraph before it (it
goes on after a page break, it is a page's furniture) and of the list it
stands in (it announces the operative part, it is a sentence among the
clauses). Used by ``paragraphs``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .clauses import verb_at
from .folding import fold_text
from .lang import either
from .numbering import kind_of, value

__all__ = [
    "introduces_list",
    "OPERATIVE_INTRO_RE",
    "approving_decision",
    "body_sentence",
    "closing_line",
    "continues",
    "decision_line",
    "furniture",
    "is_intro",
    "quotation_open",
    "preamble_points",
    "unfinished",
]

OPERATIVE_INTRO_RE = re.compile(either("operative_intros"))
_DECISION_LINE_RE = re.compile(rf"(?:{either('decision_lines')})")


def decision_line(folded: str) -> bool:
    """A line holding only the verb that opens the operative part ("يقرر",
    "DÉCIDE :"), folded: what follows it is operative, numbered or not."""
    bare = folded.replace("\u0640", "").strip(" *:.,\u060c-\u2013")
    return len(bare) <= 40 and bool(_DECISION_LINE_RE.fullmatch(" ".join(bare.split())))


_APPROVING_RE = re.compile(rf"(?:{either('approving_decisions')})[^:\n]{{0,300}}:\s*")
_OPENING_QUOTES = '"“«„'
_CLOSING_QUOTES = '"”»'


def approving_decision(folded: str, following: str | None = "") -> bool:
    """A block opening with the decision verb and what it approves, the text
    approved after its colon, in the block or in the ``following`` one when
    that opens a quotation ("يقرر المجلس الموافقة على التوصية الآتية: «...»"),
    folded: a paragraph in itself. ``following`` None: the line alone, where a
    report's body may start."""
    found = _APPROVING_RE.match(folded)
    if found is None or following is None:
        return found is not None
    return found.end() < len(folded.rstrip()) or following.lstrip()[:1] in _OPENING_QUOTES


def quotation_open(text: str) -> bool:
    """Whether a quotation opened in ``text`` goes on after it: its quotation
    marks are not all closed and it does not end with a closing one."""
    marks = sum(text.count(c) for c in _OPENING_QUOTES + _CLOSING_QUOTES if c != '"')
    plain = text.count('"')
    closed = text.rstrip(" .,;:،؛")[-1:] in _CLOSING_QUOTES
    return not closed and (plain % 2 == 1 or marks % 2 == 1)


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


# What a closing line records: the meeting's number or the vote.
_RECORD_RE = re.compile(r"(?<![\w'])(?:seance|meeting|voix|votes?|unanim\w*|consensus)(?![\w'])")


def closing_line(folded: str) -> bool:
    """Whether a block is the line that closes a resolution in a printed volume:
    "Adoptée à la 396e séance par 8 voix ...", "Adopted unanimously at the 4321st
    meeting": a closing word, then the meeting or the vote, in a short block."""
    return (
        bool(_CLOSING_RE.match(folded))
        and len(folded.split()) <= 40
        and bool(_RECORD_RE.search(folded, 0, 120))
    )


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


_MAX_TITLE_WORDS = 12  # a title read as a clause, before the numbered paragraphs
_MAX_POINTS = 26  # a preamble's points are few; reading them stays cheap


class _Parts(Protocol):
    parts: list[str]


def preamble_points(kind: str, points: Sequence[_Parts], label: str) -> bool:
    """Whether the paragraphs read so far (``points``, each with its ``parts``,
    numbered in the style ``kind``) were the preamble's lettered points ("a) La
    procédure ..., et b) La mesure ...," then "1. Accepte ..."): letters or roman
    numbers none of which opens with an operative verb, the last ending with the
    comma that ends a preamble, and the item ``label`` a list of numbers
    starting at 1. Or the one "clause" read was the document's title ("Note du
    Président du Conseil de sécurité": "Note" reads as a verb), no sentence."""
    if kind_of(label) != "arabic" or value("arabic", label) != 1:
        return False
    if kind == "clause" and len(points) == 1:
        title = " ".join(points[0].parts).rstrip(" *")
        return len(title.split()) <= _MAX_TITLE_WORDS and title[-1:].isalnum()
    if kind not in ("letter", "roman") or not points or len(points) > _MAX_POINTS:
        return False
    if not " ".join(points[-1].parts).rstrip(" *").endswith(","):
        return False
    for point in points:
        folded = fold_text(" ".join(point.parts)[:200])
        if verb_at(folded, 0, len(folded)) is not None:
            return False
    return True


def introduces_list(text: str) -> bool:
    """Whether an unnumbered line introduces a list that holds no paragraphs
    ("The Council heard statements from:", then 1, 2, 3 printed again): it
    ends with a colon and is no operative intro ("... decided as follows:")."""
    folded = fold_text(text)
    return folded.rstrip(" *").endswith(":") and not OPERATIVE_INTRO_RE.search(folded)
