"""A news sentence that opens on the text the meeting issued, then lets a pronoun speak.

Class of text: a news retelling of a summit's or council's declaration whose
copy starts after the page's lead, so that the body that met is named only by
a pronoun, after a phrase naming its text and the occasion: "Dans une
déclaration faite à l'issue d'un sommet extraordinaire, ce vendredi, consacré
à la crise, ils ont demandé aux responsables de ...", "In a statement issued
at the end of their summit on Friday, they called on ...". A bare pronoun
before the verb is already read as the body that met (``prose``); this lets
the phrase of the text and the occasion stand before it, for a sentence's
first verb only. A phrase that names no text of the meeting ("Selon des
diplomates, ils ont demandé ...", "Hier, ils ont demandé ...") is not read so.
Languages that put the verb first ("وفي بيان صدر في ختام القمة، دعا القادة")
need no pronoun and are not concerned.
"""

from __future__ import annotations

import re

__all__ = ["outcome_then_pronoun", "outcome_then_subject"]

_TEXT_NOUNS = r"(?:declaration|communique|resolution|statement|decision)s?"
_OUTCOME_LEAD_RE = re.compile(
    # fr: "Dans une déclaration (finale) ...", "Dans leur communiqué ..."
    r"(?:dans|par)\s+(?:une|un|la|le|leur|sa|son|l')\s*(?:[\w-]+\s+)?"
    + _TEXT_NOUNS
    # en: "In a (joint / final) statement ...", "In their communique ..."
    + r"|in\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+)?"
    + _TEXT_NOUNS
)
_SUBJECT_PRONOUN_RE = re.compile(r"(?:ils|elles|il|elle|they|it)")
_MAX = 300  # the words before a verb the caller reads, no more


def outcome_then_pronoun(before: str) -> bool:
    """Whether ``before`` (the folded words of a sentence before its first verb)
    opens on a phrase naming the meeting's text and ends, after its last comma,
    on a subject pronoun alone."""
    if len(before) > _MAX or "," not in before:
        return False
    lead = _OUTCOME_LEAD_RE.match(before)
    if lead is None or any(mark in before for mark in ".;:!?"):
        return False
    tail = before[before.rfind(",") + 1 :].strip()
    return bool(_SUBJECT_PRONOUN_RE.fullmatch(tail))


# Class of text: a press release summing up a session's texts one sentence each,
# the text named first and its comma left out: "In a resolution on Sudan the
# Council requested ...", "Dans une résolution sur le Mali le Conseil a demandé
# ...". The body that met follows the lead at an article; nothing else may.
_ARTICLE_RE = re.compile(r"\s(?=(?:the|le|la|les|l')[\s\w])")
_MAX_LEAD_WORDS = 10  # "In a resolution on X": a few words naming the topic


def outcome_then_subject(before: str, subject: re.Pattern[str]) -> bool:
    """Whether ``before`` (the folded words of a sentence before its first verb)
    opens on a phrase naming the meeting's text, with no comma, then names the
    body that met (``subject``, fully matched) after an article."""
    if len(before) > _MAX or any(mark in before for mark in ",.;:!?"):
        return False
    lead = _OUTCOME_LEAD_RE.match(before)
    if lead is None:
        return False
    for article in _ARTICLE_RE.finditer(before, lead.end()):
        if len(before[: article.start()].split()) > _MAX_LEAD_WORDS:
            return False
        if subject.fullmatch(before, article.end()):
            return True
    return False
