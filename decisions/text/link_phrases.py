"""A news report's transition phrase before a verb-first sentence, printed
without its comma.

Class of text: Arabic press copy that chains a council's decisions with a
transition phrase and no comma after it ("وفي سياق متصل طالب المجلس ...",
"ومن جهة أخرى دعا المجلس ...", "وفي هذا الصدد حث المجلس ..."). With the comma
the verb is already read as opening the sentence; without it, the phrase alone
before the verb leaves the verb to the body that met as well. Only the
phrase alone: "وفي سياق متصل قال المندوب" has no operative verb of the body,
and words after the phrase ("وفي سياق متصل فإن الوزير طالب") are not read so.
"""

from __future__ import annotations

import re

from .came_during import occasion_where

__all__ = ["joined_link", "link_phrase_only"]

# Folded (lang/ar.py folding: "ى" -> "ي", "ة" -> "ه", hamzas dropped).
_LINK_PHRASE_RE = re.compile(
    r"[وف]?(?:في\s+(?:سياق\s+(?:متصل|اخر|ذي\s+صله)|هذا\s+(?:الصدد|السياق|الاطار)"
    r"|غضون\s+ذلك|الوقت\s+نفسه|الوقت\s+ذاته)|من\s+جهه\s+(?:اخري|ثانيه)|علي\s+صعيد\s+اخر"
    r"|الي\s+ذلك|كذلك"
    # An attribution to the body's own text, "According to the statement": "وبحسب
    # البيان دان المجلس ..."، "ووفقا للبيان الختامي طالب المجلس ..." (its text, so its verb).
    r"|(?:ب)?حسب\s+(?:ال)?(?:بيان|اعلان)(?:\s+الختامي)?|وفقا\s+لل(?:بيان|اعلان)(?:\s+الختامي)?)\s*"
)
_MAX = 40  # a phrase is short: each verb reads a bounded slice


def link_phrase_only(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]``, the words before a verb, is such a phrase alone."""
    return end - start <= _MAX and bool(_LINK_PHRASE_RE.fullmatch(folded, start, end))


# English and French copy joining a second verb of the same subject with "and"
# and a transition phrase whose commas it lost: "The Summit reiterated its
# commitment ... and in this regard called upon X to ...", "et à cet égard a
# exhorté ...". The phrase stands where "and" alone would: the verb after it
# goes on the sentence's subject. Only right before the verb.
_JOINED_LINK_RE = re.compile(
    r"(?<![\w'])(?:and|et)\s+(?:in\s+th(?:is|at)\s+(?:regard|respect|context)|to\s+this\s+end"
    r"|a\s+cet\s+(?:egard|effet)|dans\s+ce\s+(?:cadre|sens|contexte))\s*$"
)


def joined_link(folded: str, start: int, end: int) -> bool:
    """Whether the words before a verb (``folded[start:end]``) end with "and"
    and such a phrase (a bounded read); or, in Arabic, are the occasion of the
    words told before, then "، حيث" (came_during: "وجاء ذلك في قرار ...، حيث طلبت")."""
    return bool(_JOINED_LINK_RE.search(folded, max(start, end - _MAX), end)) or occasion_where(
        folded, start, end
    )
