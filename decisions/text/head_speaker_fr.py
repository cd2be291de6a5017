"""The head of an organisation speaking for it, in a French news report.

Class of text: a news page or a statement retelling, in reported speech, what
an organisation's Secretary-General or the Chairperson of its Commission said
or asked: "Le Secrétaire général de l'OCI, M. X, a exhorté les parties à ...",
"Par ailleurs le président de la Commission de l'Union africaine, Y, appelle
la communauté internationale à ...", "Dans son allocution, le Secrétaire
général de l'OCI ... a condamné ..., appelant le Conseil de sécurité à ...".
His asks are the organisation's (fixtures/real/README.md scores them so).

Three subjects speak for it: the title with the organisation it heads named
after it (not the United Nations'), on its own; a pronoun ("il", "elle") or
the holder's name ("M. X", printed in the lead after the title) when the
report's lead names him (``head_speaker.head_leads``). Before the subject, a
short link ("Par ailleurs") or one opening phrase up to its comma ("Suite à la
crise au Soudan,"); after it, the verb, or a first verb phrase of his then
"et" ("exprime son inquiétude et appelle ..."). Folded text; every test reads
a bounded slice with anchored patterns: linear.
"""

from __future__ import annotations

import re

from .folding import fold_text

__all__ = ["Head", "holder_of", "lead_fr", "speaks_fr", "titled_asks", "titled_opens"]


class Head(str):
    """The organisation whose head the lead names (as ``head_leads`` gives
    it: its acronym, or "*"), with the holder's surname the lead prints after
    the title (folded), or ""; the title the lead names ("chair": an English
    lead's chairperson of the commission) and whether the text is the head's
    own message in the first person (``head_speaker``)."""

    holder: str = ""
    title: str = "secretary"
    first_person: bool = False

    @classmethod
    def of(
        cls, value: str, holder: str, title: str = "secretary", first_person: bool = False
    ) -> Head:
        head = cls(value)
        head.holder, head.title, head.first_person = holder, title, first_person
        return head


_MAX = 300  # the words before a verb read for the subject

# The title of an organisation's head: its Secretary-General, or the
# Chairperson of its Commission (the African Union's, ECOWAS's).
_TITLE = r"(?:secretaire[\s-]+generale?|presidente?\s+de\s+la\s+commission)"
# Another organisation's: the United Nations (its own head asks in its texts).
# (Read after "de l'" too: "de l'Organisation des Nations Unies".)
_OTHER = r"(?:l'onu|(?:l')?organisation\s+des\s+nations|nations\s+unies)(?![\w'])"
# The organisation after the title: "de l'OCI", "de l'Organisation de la
# coopération islamique (OCI)", "de l'Union africaine (UA)" (bounded words).
_OF_ORG = (
    rf"\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+)(?!{_OTHER}|onu(?![\w']))"
    r"[\w-]+(?:\s+(?:(?:de\s+la|de\s+l'|de|du|des|d')\s*)?[\w-]+){0,5}?(?:\s*\([\w-]{2,10}\))?"
)
# The holder's name between commas after the title: ", Prof Ekmeleddin Ihsanoglu,".
_NAME_ASIDE = r"\s*,\s*(?:(?:m|mme|mr|dr|prof|pr|s\.\s?e)\.?\s*)?[\w'-]+(?:\s+[\w'-]+){0,4}\s*,"
# A relative clause of his between commas: ", qui a adressé ses condoléances au ...,".
_RELATIVE_ASIDE = r"\s*,\s*qui\s+[^,;:.\"«»]{1,150},"
# His name with no commas right after the organisation's acronym in brackets:
# "le secrétaire général de l'Organisation ... (OCI) X Y a invité ...".
_NAME_AFTER = r"(?<=\))\s+[\w'-]+(?:\s+[\w'-]+){0,3}"
_TITLED = (
    rf"(?:le|la)\s+{_TITLE}(?P<org>{_OF_ORG})?(?:{_NAME_AFTER}|{_NAME_ASIDE})?"
    rf"(?:{_RELATIVE_ASIDE})?"
)
# A short link ("Par ailleurs", comma or none) or one opening phrase up to its
# comma ("Suite à la situation ... au Soudan,", "Dans son allocution à la réunion,").
_OPENING = (
    r"(?:(?:par\s+ailleurs|en\s+outre|de\s+plus|enfin|aussi|egalement)\s*,?\s*"
    r"|[a-z][^,;:.\"«»]{0,150},\s*)?"
)
_QUOTES = r"[\"'\u00ab\u00bb\u201c\u201d\s]*"
# A first verb phrase of the subject, then "et": "exprime son inquiétude et".
_FIRST_VERB = r"(?:\s+[a-z][^,;:.\"«»]{0,80}?\s+et)?"
_ADVERBS = r"(?:\s+(?:egalement|aussi|par\s+ailleurs|en\s+outre|enfin))?"
_TITLED_RE = re.compile(rf"{_QUOTES}{_OPENING}{_TITLED}{_ADVERBS}{_FIRST_VERB}\s*")
_TITLED_OPENS_RE = re.compile(rf"{_QUOTES}{_TITLED}{_ADVERBS}\s+(?=[a-z])")
_PRONOUN_RE = re.compile(rf"{_QUOTES}{_OPENING}(?:il|elle){_ADVERBS}{_FIRST_VERB}\s*")
_HOLDER_RE = re.compile(
    rf"{_QUOTES}{_OPENING}(?:(?:m|mme|prof|pr|dr)\.?\s*)?(?:[\w-]+\s+)?(?P<name>[\w-]+)"
    rf"{_ADVERBS}{_FIRST_VERB}\s*"
)
# The title and its holder in a lead: "le secrétaire général de l'OCI, X Y, a ...".
_LEAD_RE = re.compile(
    rf"(?<![\w'])(?:le|la)\s+{_TITLE}(?:{_OF_ORG})?\s*,\s*(?P<name>[^,;:.]{{3,60}}),"
)
_LEAD_TITLE_RE = re.compile(rf"(?<![\w'])(?:le|la)\s+{_TITLE}(?P<org>{_OF_ORG})?")


def titled_opens(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` (a sentence's words before a participle)
    opens with an organisation's head named by his title and that organisation,
    then his verb ("le secrétaire général de l'OCI, X, a insisté sur ...")."""
    m = _TITLED_OPENS_RE.match(folded, start, min(end, start + _MAX))
    return m is not None and bool(m.group("org"))


def speaks_fr(folded: str, start: int, end: int, own: str | bool = "") -> str:
    """Whether the words ``folded[start:end]`` before a verb are the
    organisation's head, and how named: "titled" (the title, and the
    organisation after it unless the lead names him: ``own``), "pronoun" or
    "holder" (his surname) when the lead names him; "" when not."""
    if end - start > _MAX:
        return ""
    m = _TITLED_RE.fullmatch(folded, start, end)
    if m is not None and (m.group("org") or own):
        return "titled"
    if not own:
        return ""
    if _PRONOUN_RE.fullmatch(folded, start, end):
        return "pronoun"
    holder = getattr(own, "holder", "")
    name = _HOLDER_RE.fullmatch(folded, start, end) if holder else None
    return "holder" if name is not None and name.group("name") == holder else ""


def holder_of(*leads: str) -> str:
    """The surname (folded) of the holder the first of ``leads`` naming him
    prints after the title, or ""."""
    for lead in leads:
        m = _LEAD_RE.search(fold_text(lead[:400]))
        words = m.group("name").split() if m else []
        if words and words[-1].isalpha():
            return words[-1]
    return ""


def lead_fr(*leads: str) -> str:
    """``head_leads`` for a French lead naming the Chairperson of an
    organisation's Commission with that organisation ("*" with the holder),
    or ""."""
    for lead in leads:
        folded = fold_text(lead[:400])
        m = _LEAD_TITLE_RE.search(folded)
        if m and m.group("org"):
            return Head.of("*", holder_of(*leads))
    return ""


# His name after a comma, with an article and no closing comma, the verb next:
# "Le Secrétaire général de l'OCI, le prof. X Y a lancé un appel à ...". Read
# for a request only (a statement of his opens no paragraph by this form).
_LOOSE_NAME = r"\s*,\s*(?:le|la)\s+(?:(?:m|mme|dr|prof|pr)\.?\s*)?[\w'-]+(?:\s+[\w'-]+){0,4}"
_LOOSE_RE = re.compile(rf"{_QUOTES}(?:le|la)\s+{_TITLE}(?P<org>{_OF_ORG}){_LOOSE_NAME}\s*")


def titled_asks(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]``, the words before a request verb, are the
    head's title and organisation, then his name after a comma left open."""
    return end - start <= _MAX and _LOOSE_RE.fullmatch(folded, start, end) is not None
