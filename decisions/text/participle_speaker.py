"""Whose request a participle after a comma carries.

A news page ends a sentence with a participle carrying a request ("...,
urging all parties to ...", "..., appelant les parties à ...", "...، داعيا
الأطراف إلى ..."): its subject is the subject of the sentence it closes. That is
the body that met ("The ministers restated their support, urging ...", "Le
Conseil a renouvelé son appui, appelant ...", "وأدان المجلس القصف، داعيا ...")
or another speaker the page quotes ("The minister spoke to reporters, urging
...", "Le ministre a condamné les attaques, appelant ...", "وقال الوزير
للصحفيين، داعيا ..."): the request is the body's only in the first case.

The subject is read where the sentence opens, or after one of its first commas
or dashes (a link, a dateline, a topic: "On Monday, the Council ...", "NEW
YORK, 3 May - The Council ..."), as the verbs' context reads the body that met:
its name, its members or its text as the language tables give them
(``meeting_subjects``) with no person's title inside and no article but one
of a complement ("the members of the Council", not "the minister told the
meeting"); its acronym ("The PSC", "L'UA"); a pronoun taking it up ("They
stressed ..., calling on ...", "Ils ont souligné ..."); in Arabic, the body
named after the sentence's opening verb (``SUBJECT_NAMED``, or a body's head
noun in a name: "خلصت جلسة مجلس السلم ..."). Every read is bounded: linear.
"""

from __future__ import annotations

import re

from .came_during import opens_with_the_occasion
from .head_participle import head_opens
from .head_speaker_ar import head_speaks_ar
from .head_speaker_fr import titled_opens
from .lang import either, every
from .lang._ar_speakers import OWN_HEAD, SUBJECT_NAMED
from .opening_participle import NOT_PARTICIPLES

__all__ = ["MEETING_SUBJECT_RE", "head_participle", "participle_of_another"]

# The body that met, and what may follow its name ("le Conseil de sécurité"); a
# quotation of its words may open before it ('"Le Comité X invite ...').
MEETING_SUBJECT_RE = re.compile(
    r"(?:[\"\u00ab\u201c\u201e]\s*)?"
    rf"(?:{either('meeting_subjects') or '(?!)'})(?:{either('meeting_complements') or '(?!)'})?"
)
# The participles of a request a news page puts after a comma (lang: en.py's
# "urging", fr's GERUND, ar's ASKING_PARTICIPLE).
_PARTICIPLE_RE = re.compile(
    r"(?:[a-z]{2,}(?:ing|ant)"
    r"|[وف]?(?:داعي(?:ا|ه|ين)|مطالب(?:ا|ين)|مناشد(?:ا|ه|ين)|حاث(?:ا|ه|ين)|مهيب(?:ا|ه|ين)))"
    r"(?![\w'])"
)
_WINDOW = 200  # the sentence's opening read for its subject
# What opens the participle: a comma, or "while" ("... while urging the parties").
_LEADS = (", ", " while ", " whilst ")  # (read in the 8 characters before)
_BREAKS = 3  # commas or dashes after which the subject may stand
_BREAK_RE = re.compile(r",\s*|\s[-\u2013\u2014]\s+")
# A person's title, or a party's noun, inside the words read as the body that met.
_PERSONS = frozenset(
    w for role in every("person_roles") for w in role.split("-")
) | frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "porte-parole", "ambassador", "envoy",
        "delegate", "official", "officials", "rebels", "government", "gouvernement",
        "rebelles", "ambassadeur", "delegue", "responsable",
    }
)  # fmt: skip
_ARTICLES = frozenset({"the", "le", "la", "les", "l'"})
_OF = frozenset({"of", "from", "de", "du", "des"})
_WORD_RE = re.compile(r"[a-z][\w-]*'?|[^\W\d_]+")
# A pronoun taking up the body named before ("They stressed ..., calling on ..."),
# as the verbs' context reads it (``subject_words``).
_PRONOUN_RE = re.compile(rf"{either('subject_pronouns')}(?=\s)")
# Arabic: the opening verb, then the body that met as its subject.
_AR_SUBJECT_RE = re.compile(
    r"[وف]?[^\W\d_\u0000-\u024f]+"
    rf"(?:{SUBJECT_NAMED}|\s+(?:جلسه\s+|اجتماع\s+|دوره\s+)?"
    r"(?:مجلس|منظمه|جامعه|قمه|موتمر|وزراء|قاده|زعماء)\s)"
)
# Arabic: the opening verb, then the organisation's own Secretary-General (bare,
# or named with his organisation: not the United Nations'), then a comma or his
# name: "وحمل الأمين العام للمنظمة، الدكتور ...، ...، داعياً ...": he speaks for it.
_AR_HEAD_RE = re.compile(
    rf"[وف]?[^\W\d_\u0000-\u024f]+\s+{OWN_HEAD}"
    r"(?=\s*,|\s+(?:الدكتور|السيد|الشيخ|معالي|السفير)\s)"
)
# A body's acronym opening the subject: "The PSC", "L'UA", "ECOWAS" (as printed).
_ACRONYM_RE = re.compile(r"(?:(?:[Tt]he|[Ll][ea]|[Ll]['\u2019])\s*)?[A-Z][A-Z0-9]{1,7}\s")


def participle_of_another(
    text: str, folded: str, start: int, at: int, head: bool | str = False
) -> bool:
    """Whether the request verb at ``at`` is a participle after a comma in a
    sentence (from ``start``) whose subject is not the body that met (nor the
    head an Arabic lead names: head_speaker_ar)."""
    lead = next((len(w) for w in _LEADS if folded.endswith(w, max(start, at - 8), at)), 0)
    if at - start < 2 or not lead or not _PARTICIPLE_RE.match(folded, at):
        return False
    if head_speaks_ar(folded, start, at - lead, head) or head_opens(folded, start, at, head):
        return False  # (the head opening the sentence: head_participle)
    if start == 0 and opens_with_the_occasion(folded):
        return False  # "جاء ذلك خلال ...، مطالبا ...": the speaker told before (came_during)
    limit = min(at - lead, start + _WINDOW)
    candidates = [start]
    for m in _BREAK_RE.finditer(folded, start, limit):
        candidates.append(m.end())
        if len(candidates) > _BREAKS:
            break
    return not any(_meeting_at(text, folded, c, at - lead, c == start) for c in candidates)


def head_participle(folded: str, start: int, at: int, head: bool | str = False) -> bool:
    """Whether the request verb at ``at`` is a participle after a comma in a
    sentence (from ``start``) opened by a verb and the organisation's own
    Secretary-General ("وحمل الأمين العام للمنظمة، ...، داعياً ..."), or whose
    subject is the head an Arabic lead names (``head``: head_speaker_ar): his
    request, the organisation's."""
    return (
        at - start >= 2
        and folded.endswith(", ", max(start, at - 8), at)
        and bool(_PARTICIPLE_RE.match(folded, at))
        and bool(
            _AR_HEAD_RE.match(folded, start, at)
            or head_speaks_ar(folded, start, at - 2, head)
            or head_opens(folded, start, at, head)  # "He praised ..., urging ...": head_participle
        )
    )


def _meeting_at(text: str, folded: str, at: int, end: int, opening: bool = False) -> bool:
    """Whether the body that met is the subject opening ``folded[at:end]``
    (``opening``: at the sentence's start, where its verb may open it)."""
    if _AR_SUBJECT_RE.match(folded, at, end) or _PRONOUN_RE.match(folded, at, end):
        return True
    if opening and _AR_HEAD_RE.match(folded, at, end):
        return True  # "وحمل الأمين العام للمنظمة، ...، داعياً ..." (the sentence's opening)
    if len(text) == len(folded) and _ACRONYM_RE.match(text, at, end):
        return True
    if titled_opens(folded, at, end):
        return True  # "le Secrétaire général de l'OCI, X, a ..." (head_speaker_fr)
    m = MEETING_SUBJECT_RE.match(folded, at, end)
    # "The Council, calling upon ...": the body that met, with nothing before
    # the participle's comma, is the subject too.
    if m is None or (m.end() < end and folded[m.end()] not in " ,"):
        return False
    words = _WORD_RE.findall(folded, at, m.end())
    for i, word in enumerate(words):
        if word in _PERSONS:
            return False
        if i and word in _ARTICLES and words[i - 1] not in _OF:
            return False  # a second noun phrase: "the minister told the meeting"
    return True


# A participle after a comma ("..., requesting the Council to ...") in a sentence
# opened by a participle ("Taking note of the letter from X, requesting ...",
# "Rappelant la lettre de X, invitant ..."): a preambular paragraph telling what
# another text asked, not the meeting's request. (Not a preposition or an
# adverb in -ing / -ant: "During the session, ...", "Cependant, ...".)
_PREAMBLE_PARTICIPLE_RE = re.compile(r"[a-z]{2,}(?:ing|ant)(?![\w'])")
_PARTICIPLE_OPENING_RE = re.compile(
    r"[\W\d_]{0,8}(?!(?:during|according|following|concerning|regarding|notwithstanding"
    rf"|{NOT_PARTICIPLES})(?![\w']))"
    r"[a-z]{2,}(?:ing|ant)(?![\w'])"
)


def preambular_participle(folded: str, start: int, at: int) -> bool:
    """Whether the request verb at ``at`` is a participle after a comma in a
    sentence (from ``start``) that a participle opens: two anchored matches."""
    return (
        at - start >= 2
        # (or closing a list: "Considering that ..., and encouraging the parties to")
        and (folded[at - 2 : at] == ", " or folded[max(start, at - 6) : at] == ", and ")
        and bool(_PREAMBLE_PARTICIPLE_RE.match(folded, at))
        and bool(_PARTICIPLE_OPENING_RE.match(folded, start))
    )
