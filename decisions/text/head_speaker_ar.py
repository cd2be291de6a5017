"""The head of an organisation speaking for it in an Arabic news report, his
subject left unsaid or named by his family name.

Class of text: an Arabic news report whose lead opens with a verb and the
head of an organisation as its subject, named with his organisation and
mostly by his name: its Secretary-General ("افتتح الأمين العام لمنظمة ...، فلان
الفلاني، اجتماع ...") or the Director-General of an institution ("عقد المدير
العام لمنظمة ... الدكتور فلان الفلاني اليوم لقاء ..."). The sentences after it
go on with him as their subject, Arabic leaving it in the verb ("ونوه في
كلمته بـ ...، داعيا الدول الأعضاء إلى ...") or naming him by his family name
("أما الرسالة الثانية فأشار خلالها الفلاني إلى ...، داعيا السفراء إلى ..."); a
participle closing such a sentence carries his request, as one after "الأمين
العام" named there does (participle_speaker.head_participle).

Not another organisation's head ("الأمين العام للأمم المتحدة"), a deputy's or a
former one's; and not once the sentence before names another person as its
subject ("وقال وزير الخارجية ... . وأكد أن ...، داعيا ...": the minister's).
Folded text with marks stripped; every read is an anchored match over a
bounded slice: linear.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .folding import fold_text, strip_marks
from .head_speaker_fr import Head
from .lang._ar_honorifics import HONORIFIC
from .lang._ar_speakers import AL, OWN_HEAD, E

__all__ = ["after_ar", "head_speaks_ar", "lead_ar"]

_LEAD_CHARS = 400
# The title of the head, with the organisation he heads after it ("لمنظمة ...،
# -إيسيسكو-"): "الأمين العام" as lang/_ar_speakers.py reads it, or "المدير العام".
_OTHER = r"(?:للامم|لمنظمه\s+الامم|لهييه\s+الامم|المساعد|المساعده|السابق|الاسبق|بالنيابه)"
_TITLE = rf"(?:{OWN_HEAD}|المدير\s+العام)(?!\s+{_OTHER}{E})"
_ORG = rf"(?:\s+ل(?!{_OTHER}){AL}+(?:\s+(?:[وف]?ال|لل){AL}+){{0,7}})?(?:\s*-\s*{AL}+\s*-)?"
# The lead: a page's date tag or a short dateline or source label ending with a
# dash or a colon ("جدة -"، "المصدر -"), then a verb opening it, then the head.
_LEAD_RE = re.compile(
    r"\s*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?(?:[^.,;:\-]{1,40}?\s[-:]\s+)?"
    rf"[وف]?{AL}{{3,}}\s+{_TITLE}{_ORG}"
    rf"(?:\s*,\s*(?:{HONORIFIC}\s+)?|\s+{HONORIFIC}\s+)?(?P<name>[^,.;:]{{0,60}})"
)
# Words ending the name: when, where, the quantifier of a body asked.
_NOT_NAME = frozenset(
    {"اليوم", "امس", "في", "خلال", "علي", "عن", "الي", "من", "مع", "كل", "جميع", "كافه", "ان"}
)
# A sentence opening with a verb and no subject after it: a particle or a
# preposition follows it ("ونوه في كلمته"، "وشدد على"، "وأكد أن"، "ولفت إلى").
_UNSAID_RE = re.compile(
    rf"[وف](?!ال|(?:ذلك|هذا|هذه|هو|هي|هم|من|ما|قد|لا|لم|لن|كان|كانت|في|علي|عن|الي|بين)\s)"
    rf"{AL}{{2,}}\s+(?:في|علي|عن|الي|ان|انه|بان|خلال|ب{AL}{{2,}}|ل{AL}{{2,}})(?=\s)"
)
# Or one opening with a topic ("أما الرسالة الثانية ف..."), then a verb, an
# adverb ("خلالها"), and the head named by his title or his family name.
_NAMED = (
    rf"(?:اما\s+[^,.;:]{{1,60}}?\s+)?[وف]?{AL}{{2,}}(?:\s+{AL}+)?\s+"
    rf"(?:(?:الامين|المدير)\s+العام(?!\s+{_OTHER}{E})|{{name}}{E})"
)


# Name particles ("بن"، "عبد الله"): what follows the last of them is his family
# name; a given name ("سعيد" of "بن سعيد العمري", "احمد" of "احمد ناصر") or a
# compound's tail ("الله"، "الدين") names another as well.
_PARTICLES = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "عبد", "ال"})
_COMMON_TAILS = frozenset({"الله", "الدين", "الرحمن", "الرحيم"})


def _family_names(holder: str) -> list[str]:
    """The words of ``holder`` that name him alone: after its last particle,
    a word with the article or its last word; never a particle or a compound's tail."""
    words = holder.split()
    last = max((i for i, w in enumerate(words) if w in _PARTICLES), default=-1)
    tail = words[last + 1 :]
    return [
        w
        for i, w in enumerate(tail)
        if (w.startswith("ال") or i == len(tail) - 1) and w not in _COMMON_TAILS
    ]


@lru_cache(maxsize=64)
def _named_re(holder: str) -> re.Pattern[str]:
    names = "|".join(re.escape(w) for w in _family_names(holder))
    return re.compile(_NAMED.replace("{name}", f"(?:{names})" if names else "(?!)"))


# A person's title as the subject of a sentence: "وقال وزير الخارجية ..."، "وأكد
# مدير المكتب ..." (not the head's own: "الأمين العام"، "المدير العام").
_PERSON_RE = re.compile(
    rf"[وف]?{AL}{{2,}}\s+(?:(?:ال)?(?:وزير|رييس|مندوب|سفير|ممثل|متحدث|ناطق|مبعوث)ه?"
    r"|نايب|مدير)(?![^\W\d_])"
)
_BACK = 300
_SENTENCE_END_RE = re.compile(r"[.!?\u061f](?=\s|$)")


def lead_ar(*leads: str) -> Head | str:
    """The head (``head_speaker_fr.Head``, his names after the first as its holder) when
    one of ``leads`` opens with a verb and an organisation's head as its
    subject; "" otherwise."""
    for lead in leads:
        folded = fold_text(strip_marks(lead[:_LEAD_CHARS]))
        m = _LEAD_RE.match(folded)
        if m is None:
            continue
        words = []
        for word in m.group("name").split()[:5]:
            if word in _NOT_NAME or not word.isalpha():
                break
            words.append(word)
        # His names but the first, any of which may name him later ("بن محمد
        # الفلاني": "الفلاني"); where a name with no comma after it ends is not
        # known ("الدكتور فلان الفلاني لقاء ..."): a word more is harmless.
        return Head.of("*", " ".join(words[1:]))
    return ""


def head_speaks_ar(folded: str, start: int, at: int, head: object) -> bool:
    """Whether the sentence from ``start`` whose words before ``at`` (a
    participle after a comma) are the head's: it opens with a verb and no
    subject, or names him by his title or family name; never when the
    sentence before it in the paragraph names another person as subject."""
    if not head or at - start < 2:
        return False
    end = min(at, start + _BACK)
    if _named_re(getattr(head, "holder", "")).match(folded, start, end):
        return True
    return bool(_UNSAID_RE.match(folded, start, end)) and not _another_before(folded, start)


def _another_before(folded: str, start: int) -> bool:
    """Whether the sentence before ``start`` (within the paragraph) opens with a
    verb and a person's title as its subject."""
    window = folded[max(0, start - _BACK) : start].rstrip()
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(window)]
    if ends and ends[-1] == len(window):
        ends.pop()  # the stop closing that sentence
    return bool(_PERSON_RE.match(window[ends[-1] if ends else 0 :].lstrip()))


def after_ar(before: str, text: str) -> bool:
    """Whether the head still speaks in the paragraph ``text`` after ``before``:
    not when ``text`` opens with a verb whose subject is unsaid and the last
    sentence of ``before`` names another person as its subject."""
    opening = fold_text(strip_marks(text[:80])).lstrip()
    if not _UNSAID_RE.match(opening):
        return True
    folded = fold_text(strip_marks(before[-_BACK:]))
    return not _another_before(folded, len(folded))
