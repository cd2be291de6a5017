"""Which line of a title block names the meeting, and which only the subject.

A resolution's subject line ("بشأن دعم الأسر النازحة", "حول تطوير ...", "On
the support to ...", "Sur la coopération ...", "Concernant ...") says what the
text is about: it is never the meeting, even when it names a body ("بشأن دعم
مجلس السلم"). The meeting is the body that met or its session: a line
opening with a session's noun, within its first words ("الدورة العادية (159)
لمجلس الجامعة", "الاجتماع الوزاري الثالث", "Forty-Eighth Session of the
Council", "Réunion ministérielle"), cut before where and when it was held.

Matched on folded lines (``fold_text``: lower case, no accents, Arabic
hamza and taa marbuta folded), anchored at the start with bounded
repetitions: one try per line.
"""

from __future__ import annotations

import re

from .folding import fold_text

__all__ = ["session_meeting", "subject_line"]

_SUBJECT_OPENERS = (
    # Arabic: "بشأن", "في شأن", "حول", "بخصوص", "عن", "فيما يتعلق ب..."
    r"[وف]?بشان",
    r"في\s+شان",
    r"حول",
    r"بخصوص",
    r"فيما\s+يتعلق",
    # English
    r"on",
    r"concerning",
    r"regarding",
    r"relating\s+to",
    r"about",
    # French
    r"sur",
    r"concernant",
    r"relative?s?\s+(?:a|aux?)",
    r"portant\s+sur",
    r"au\s+sujet\s+d",
)
# ("On 12 May 2031 the Council met": a date, not a subject.)
_SUBJECT_RE = re.compile(rf"^(?:{'|'.join(_SUBJECT_OPENERS)})(?=[\s'’])\s*[^\s\d]")

# A session's or a meeting's noun, in its first four words.
_SESSION_NOUNS = (
    r"(?:[وفب]?ال|لل|ل)?(?:دوره|اجتماع|اجتماعات|جلسه|قمه|موتمر)",
    r"session|meeting|sitting|summit|conference",
    r"reunion|seance|sommet|conference",
)
_SESSION_RE = re.compile(rf"^(?:[^\s]+\s+){{0,3}}?(?:{'|'.join(_SESSION_NOUNS)})(?![^\W\d_])")
# A session's noun the sentence goes on from ("The Meeting adopted the following
# resolution:", "la Conférence a décidé"), or a room's name
# ("Conference room 2"): no meeting's line.
_SENTENCE_RE = re.compile(
    r"\s*(?:(?:has|have|a|ont)\s+)?(?:adopted|decided|approved|agreed|resolved|took|"
    r"adopte|decide|approuve|convenu|room|hall|centre|center|salle|palais|قاعه)(?![^\W\d_])"
)
# Where the meeting's name ends: where or when it was held.
_HELD_RE = re.compile(
    r"\s*[,;:\u060c\u061b]|\s+(?:held|tenue?s?|convened|reunie?s?|المنعقده?|المعقوده?|"
    r"التي\s+عقدت|الذي\s+عقد|بتاريخ)(?![^\W\d_])"
)
MAX_MEETING_LINE = 200
"""A meeting's line is short: a longer one is a sentence."""


def subject_line(text: str) -> bool:
    """Whether a title block's line is a subject: "بشأن ...", "On ...", "Sur ..."."""
    return bool(_SUBJECT_RE.match(fold_text(text[:MAX_MEETING_LINE]).strip()))


def session_meeting(text: str) -> str:
    """The meeting a title block's line names by its session ("الدورة
    العادية (159) لمجلس الجامعة"), cut before where and when it was held;
    "" when the line is no session's (a subject, a sentence, a place)."""
    line = " ".join(text.split())
    if not line or len(line) > MAX_MEETING_LINE:
        return ""
    folded = fold_text(line)
    session = _SESSION_RE.match(folded)
    if _SUBJECT_RE.match(folded) or not session or folded.rstrip().endswith(":"):
        return ""
    if _SENTENCE_RE.match(folded, session.end()):
        return ""
    stop = _HELD_RE.search(folded)
    return line[: stop.start()].strip(" .-") if stop else line.strip(" .-")
