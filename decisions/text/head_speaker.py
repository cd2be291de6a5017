"""The head of an organisation speaking for it in a news report.

Class of text: a news page retelling a statement of an organisation's
Secretary-General, or a meeting he chaired, in the third person: "The Gulf
Cooperation Council (GCC) Secretary General Dr. X has said that ... He in a
statement called on the concerned parties to ... The Secretary General called
on the international community to ...", "... under the chairmanship of the OIC
Secretary-General Mr Y. ... At the same time, he called on Myanmar to ...". His
statement is the organisation's (fixtures/real/README.md scores it so).

When the report's lead names a Secretary-General who is not another
organisation's ("UN Secretary-General ..." in an OIC page is the United
Nations'), a sentence whose subject is that title ("The Secretary General",
"The GCC Secretary-General Dr. X") or a personal pronoun ("He", "She") speaks
for the organisation. Without such a lead, "he" is whoever the page quoted last
(a minister, a delegate) and asks nothing in the meeting's name. Folded text;
each test reads a bounded slice.

Two more persons speak for their organisation so. The chairperson of its
commission, in a statement retold in the third person ("The Chairperson of the
Commission of the African Union ... The Chairperson calls on the belligerents
to ..."), when the lead names him with his commission. And the head in a
message of his own, printed in the first person ("The Message of the OIC
Secretary General ... was, “... I would like to call on all Member States to
..."), when the lead names the text as his message, speech or statement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .director_head import director_lead, director_speaks
from .folding import fold_text
from .head_speaker_ar import after_ar, lead_ar
from .head_speaker_fr import Head, holder_of, lead_fr, speaks_fr
from .head_titled_en import titled_en
from .un_head import UN, UN_AFTER_FR, un_lead, un_speaks

__all__ = ["head_after", "head_leads", "head_subject", "opening_head"]

LEAD_CHARS = 400
"""How much of a report's lead (or head) is read for the Secretary-General."""

_TITLE = r"secretary[\s-]+general|secretaire[\s-]+general"
_TITLE_RE = re.compile(rf"(?<![\w'])(?:{_TITLE})(?![\w'])")
# The head of an organisation's commission, named in the lead with whose he is:
# "The Chairperson of the Commission of the African Union", "The AU Commission
# Chairperson". A bare "Chairperson" (a meeting's chair) never leads.
_CHAIR = r"chair(?:person|man|woman)"
_CHAIR_LEAD_RE = re.compile(
    rf"(?<![\w'])(?:{_CHAIR})\s+of\s+the\s+(?:(?:african\s+union|au|auc)\s+)?commission(?![\w'-])"
    rf"|(?<![\w'])(?:african\s+union|au|auc)\s+commission\s+(?:{_CHAIR})(?![\w'])"
)
# A text that is the head's own words: "The Message of the OIC Secretary General
# on ...", "Statement by the Secretary-General": "I" there is the head.
_OWN_WORDS_RE = re.compile(
    r"(?<![\w'])(?:message|speech|address|statement|remarks)\s+(?:of|by|from)\s+"
    r"(?:the\s+|h\.?\s?e\.?\s+)?(?:[a-z]{2,6}\s+)?$"
)


# Another organisation's Secretary-General: its name or acronym right before the title.
_OTHER_RE = re.compile(
    r"(?<![\w'])(?:un|u\.n\.|united\s+nations|onu|l'onu|nations\s+unies)\s*['\u2019]?s?[\s-]*$"
)
# ... or right after it: "the Secretary-General of the United Nations".
_OTHER_AFTER_RE = re.compile(rf"\s+(?:of\s+the\s+(?:united\s+nations|un)|{UN_AFTER_FR})(?![\w'])")
# Not the head but another holder of a title: a deputy, an assistant, a former
# one ("The OIC Deputy Secretary-General", "Former OIC Secretary-General",
# "Under-Secretary-General", "Vice-Chairperson"), or "Secrétaire général adjoint".
_NOT_HEAD_BEFORE_RE = re.compile(
    r"(?<![\w'])(?:deputy|assistant|former|under|vice|late|ancien|sous)[\s-]+(?:[a-z]{2,6}\s+)?$"
)
_NOT_HEAD_AFTER_RE = re.compile(r"[\s-]+adjointe?(?![\w'])")
# The subject before the verb: a pronoun, or the title with the organisation's
# acronym before it (not a deputy's, a former holder's) and the holder's name
# after it (a courtesy title, then up to five words); then adverbs, an
# auxiliary, or where he said it ("in a statement").
_SUBJECT_RE = re.compile(
    rf"(?:he|she|the\s+(?!un\s|united\s|deputy\s|former\s|vice\s|late\s)"
    rf"(?:(?P<org>[a-z]{{2,6}})\s+)?(?:{_TITLE})"
    # (his organisation in full, its acronym in brackets, then a comma before his
    # name: "The Secretary General of the Organization of X (OIC), H.E. Y called")
    r"(?:\s+of\s+the\s+(?!united\s)(?:[a-z'-]+\s+){1,6}\((?P<of>[a-z]{2,6})\),)?"
    r"(?:\s+(?:dr|mr|mrs|ms|h\.?\s?e)\.?)?(?:\s+(?!(?:of|the|de|du|des)\s)[\w'-]+){0,5}?"
    # (a news report's epithet, his organisation's acronym before it: "The OIC chief")
    r"|the\s+(?P<chief>oic|oci|gcc|igad|sadc|ecowas|auc?)\s+(?:chief|head))"
    r"(?:\s+(?:also|further|then|again|has|had|in\s+(?:a|his|her)\s+(?:statement|speech|message)))*"
    # A first verb phrase, then "and": "added that the region should ... and" (no comma).
    r"(?:\s+[a-z][^,;:.\"]{0,120}?\s+and)?\s*"
)
# A short link before the subject: "At the same time, ", "In addition, ".
_LINK_RE = re.compile(r"[a-z][a-z' -]{0,30}?,\s*")
# A news agency's dateline, the place then the agency and date in brackets.
_DATELINE_RE = re.compile(r"[a-z][a-z' -]{0,30}?\s*\([^()]{1,80}\)\s*[-:]?\s*")
# The commission's head as a later sentence names him: "The Chairperson", "The AU
# Commission Chairperson", "The Chairperson of the Commission", then an adverb
# ("unequivocally"); only when the lead named him so (``Head.title``).
_CHAIR_SUBJECT_RE = re.compile(
    rf"the\s+(?:(?:african\s+union|au|auc)\s+)?(?:commission\s+)?(?:{_CHAIR})"
    r"(?:\s+of\s+the\s+(?:(?:african\s+union|au)\s+)?commission(?:\s+of\s+the\s+african\s+union)?)?"
    r"(?:,\s+[\w'-]+(?:\s+[\w'-]+){0,3},)?"
    r"(?:\s+(?:also|further|then|again|has|had|[a-z]{3,}ly|in\s+(?:a|his|her)\s+"
    r"(?:statement|speech|message)))*\s*"
)
# The head speaking in the first person in his own message: "I", "I would like
# to", "I therefore", "On this occasion, I would like to" (the verb follows).
_FIRST_PERSON_RE = re.compile(
    r"i(?:\s+(?:also|therefore|again|once\s+again|strongly|earnestly))?"
    r"(?:\s+(?:would|should)\s+(?:also\s+|therefore\s+)?(?:like|wish)"
    r"(?:\s+(?:therefore|also|once\s+again))?)?\s*"
)


# The organisation's acronym in capitals right before the title in the lead:
# "The OIC Secretary-General", "The Arab Maghreb Union (AMU) Secretary General".
# (A lead in capitals: "THE SECRETARY-GENERAL" prints an article, no acronym.)
_LEAD_ACRONYM_RE = re.compile(
    r"(?<![A-Za-z])\(?(?!(?:THE|LE|LA|LES|AND|ET|ITS|HIS|HER|SON|SA|SES)\b)([A-Z]{2,6})\)?\s*$"
)


def head_leads(*leads: str, more: Sequence[str] = ()) -> str:
    """The organisation whose Secretary-General one of ``leads`` (folded or not:
    a report's head, its first paragraph) names, when he is not another
    organisation's: its acronym before the title in capitals ("oic"), "*" when
    the lead prints none (or is folded); "" when no lead names him. His surname
    (``Head.holder``) is read in ``more`` too: the paragraphs after the lead."""
    for lead in leads:
        printed = lead[:LEAD_CHARS]
        folded = fold_text(printed)  # "Secrétaire général": the title without its accents
        lead = folded if len(folded) == len(printed) else printed.lower()
        for m in _TITLE_RE.finditer(lead):
            if not _the_head(lead, m.start(), m.end()):
                continue  # a deputy's, a former holder's: perhaps the head's next
            before = _OTHER_RE.search(lead, max(0, m.start() - 30), m.start())
            if not before and not _OTHER_AFTER_RE.match(lead, m.end()):
                acronym = len(lead) == len(printed) and _LEAD_ACRONYM_RE.search(
                    printed, max(0, m.start() - 10), m.start()
                )
                own = _OWN_WORDS_RE.search(lead, max(0, m.start() - 40), m.start())
                acronym = acronym.group(1).lower() if acronym else "*"
                holder = holder_of(*leads, *more) or _holder_en(*leads, *more)
                return Head.of(acronym, holder, "secretary", bool(own))
        chair = next(
            (c for c in _CHAIR_LEAD_RE.finditer(lead) if _the_head(lead, c.start(), c.end())), None
        )
        if chair:
            own = _OWN_WORDS_RE.search(lead, max(0, chair.start() - 40), chair.start())
            return Head.of("*", "", "chair", bool(own))
    own = lead_fr(*leads) or lead_ar(*leads)  # "le Président de la Commission de l'UA, X"
    un = "" if own else un_lead(*leads)  # "le Secrétaire général des Nations Unies, X a ..."
    if un:
        return Head.of(UN, un, UN)
    # The head named in a French block after the lead with his organisation
    # ("L'auditoire a écouté l'allocution du Secrétaire général de l'OCI, M. X":
    # lead_fr; an English page's paragraph opening with him: opened_head), not
    # another's; or "Dr. X, Director General of the ... (ICESCO), conveyed ...":
    # director_head.
    return own or director_lead(*leads, *more) or (lead_fr(*more) if more else "")


# An English page names the holder after the title, his name capitalised:
# "said OIC Secretary-General Ekmeleddin Ihsanoglu", "Secretary General, Dr. X Y,",
# or after his organisation in full with its acronym: "The Secretary General of the
# Organization of X (OIC), Y bin Z Al-W," (a particle, an initial inside the name);
# not the United Nations' ("UN Secretary-General Antonio Guterres").
_HOLDER_EN_RE = re.compile(
    r"(?<![\w-])Secretary[\s-]+General"
    r"(?:\s+of\s+the\s+(?!United\s)(?:[A-Z][\w'-]*\s+|(?:of|for|and|the)\s+){1,8}"
    r"\([A-Z][A-Za-z]{1,6}\))?"
    r",?\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|H\.\s?E)\.?\s+)?"
    r"(?:(?:[A-Z][\w'-]+|[A-Z]\.|bin|ibn|bint|ben|al|el|abu)\s+){0,4}([A-Z][a-z][\w'-]*)(?![\w'-])"
)


# Another body named right before the title ("the Arab League Secretary-General"),
# or the United Nations after the name ("Antonio Guterres of the United Nations",
# "..., the UN chief"): another organisation's head.
_NAMED_BEFORE_RE = re.compile(r"(?<![\w'-])(?!The\s)[A-Z][a-z][\w'-]*\s+$")
_UN_AFTER_RE = re.compile(r"(?<![\w'])(?:united\s+nations|un|u\.n)(?![\w'])")


def _holder_en(*texts: str) -> str:
    """The surname (folded) the first of ``texts`` naming the head so prints, or ""."""
    for text in texts:
        for m in _HOLDER_EN_RE.finditer(text[: LEAD_CHARS * 3]):
            before = fold_text(text[max(0, m.start() - 30) : m.start()])
            after = fold_text(text[m.end() : m.end() + 50]).split(".")[0]
            if (
                not _OTHER_RE.search(before)
                and not _NOT_HEAD_BEFORE_RE.search(before)
                and not _NAMED_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
                and not _UN_AFTER_RE.search(after)
            ):
                return fold_text(m.group(1))
    return ""


def _the_head(lead: str, start: int, end: int) -> bool:
    """Whether the title at ``lead[start:end]`` is no deputy's, assistant's
    or former holder's."""
    return not (
        _NOT_HEAD_BEFORE_RE.search(lead, max(0, start - 20), start)
        or _NOT_HEAD_AFTER_RE.match(lead, end)
    )


def head_subject(folded: str, start: int, end: int, own: str | bool = "*") -> bool:
    """Whether ``folded[start:end]``, the words of a sentence before its verb,
    are the organisation's head (after a short link of at most four words);
    ``own``: the organisation's acronym (``head_leads``), "*" when unknown: "The
    LAS Secretary-General" of a page whose lead names the OIC's is another's."""
    if getattr(own, "title", "") == UN:  # the UN's, his lead naming no other head
        return un_speaks(folded, start, end, own.holder)
    french = speaks_fr(folded, start, end, own)  # "Le Secrétaire général de l'OCI a ..."
    if french:  # (a pronoun after a sentence naming another person is that person)
        return french != "pronoun" or not _another_person_before(folded, start)
    if titled_en(folded, start, end, own):
        return True  # "Bringing ..., OIC Secretary-General, Prof. X called on ..."
    if end - start > 160 + _MAX_OPENER:
        return False
    if appositive_head(folded, start, end, own):
        return True  # "X, Secrétaire général de l'OCI, a exhorté ..."
    if not own or end - start > 160:
        return False
    while start < end and folded[start] in _QUOTES:  # a quotation of his words opens
        start += 1
    link = _LINK_RE.match(folded, start, end)
    after_link = link.end() if link and len(folded[start : link.end()].split()) <= 4 else -1
    if after_link < 0 and (dateline := _DATELINE_RE.match(folded, start, end)):
        after_link = dateline.end()  # "Ankara (Agency - 31 Oct, 2022) The Secretary General"
    if getattr(own, "first_person", False) and any(
        _FIRST_PERSON_RE.fullmatch(folded, at, end) for at in (start, after_link) if at >= 0
    ):
        return True  # "I would like to call on ...": the head's own message
    if director_speaks(folded, start, end, own):
        return True  # "ICESCO Director-General highlighted ...", "The third message called"
    if getattr(own, "title", "") == "chair":
        return any(
            _CHAIR_SUBJECT_RE.fullmatch(folded, at, end) for at in (start, after_link) if at >= 0
        )
    at = start
    m = _SUBJECT_RE.fullmatch(folded, start, end)
    if m is None:
        if after_link < 0:
            return False
        m = _SUBJECT_RE.fullmatch(folded, after_link, end)
        if m is None:
            return False
        at = after_link
    org = m.group("org") or m.group("of") or m.group("chief")
    if org in _OTHER_ORGS:
        return False
    if org and isinstance(own, str) and own != "*" and org != own:
        return False
    return not (_PRONOUN_RE.match(folded, at, end) and _another_person_before(folded, start))


_QUOTES = "\"'\u201c\u201d\u00ab "
# The head named, then his title between commas: "Hissein Brahim Taha,
# Secrétaire général de l'OCI, a exhorté ...", "Mr X, the OIC Secretary-General,
# called on ..." (a news report's first mention of him); a few words of name,
# the title with at most the organisation's acronym (or its name) after it, and
# after an opener up to its comma ("À l'occasion de ..., X, ..."). Another
# organisation's ("..., Secrétaire général de l'ONU,") is not the head.
_MAX_OPENER = 120
_APPOSED_RE = re.compile(
    r"(?:[a-z'-]+\s+){0,4}[a-z'-]+,\s+(?:the\s+|le\s+)?"
    r"(?!(?:former|deputy|vice|late|acting|ancien|assistant)\s)(?:(?P<org>[a-z]{2,6})\s+)?"
    rf"(?:{_TITLE})(?!\s+adjoint)"
    r"(?:\s+(?:of\s+the|de\s+l'|de\s+la)\s*(?:(?P<after>[a-z]{2,6})"
    r"|organi[sz]ation(?:\s+[a-z'-]+){0,4}))?,\s*"
)
_OPENER_RE = re.compile(rf"[a-z][^,;:\"\u00ab\u00bb\u201c\u201d]{{0,{_MAX_OPENER}}}?,\s*")


def appositive_head(folded: str, start: int, end: int, own: str | bool = "*") -> bool:
    """Whether the words before a verb are the head by his name and title
    (``_APPOSED_RE``), after an opener or none; his title is his organisation's."""
    for at in (start, _opener_end(folded, start, end)):
        m = _APPOSED_RE.fullmatch(folded, at, end) if at is not None else None
        if m is not None:
            org = m.group("org") or m.group("after")
            if org in _OTHER_ORGS:
                return False
            return not (org and isinstance(own, str) and own != "*" and org != own)
    return False


_OTHER_ORGS = frozenset({"un", "onu"})


def _opener_end(folded: str, start: int, end: int) -> int | None:
    m = _OPENER_RE.match(folded, start, end)
    return m.end() if m is not None else None


# A pronoun stands for the person the sentence before it named: a minister, an
# envoy ("The Foreign Minister of Pakistan also spoke. He called on ..."), who
# asks nothing in the organisation's name.
_PRONOUN_RE = re.compile(r"(?:he|she)(?![\w'])")
_PERSON_RE = re.compile(
    r"(?<![\w'])(?:minister|ministre|president|ambassador|ambassadeur|envoy|envoye"
    r"|spokes(?:man|woman|person)|porte-parole|delegate|delegue|representative|representant"
    r"|king|roi|prince|emir|sultan|chairman|chairperson|premier|chief|chef|secretary|secretaire"
    r"|commissioner|commissaire|governor|gouverneur|director|directeur)s?(?![\w'])"
)
# Another holder of the title: the United Nations', a deputy, an assistant.
_OTHER_TITLE_RE = re.compile(
    rf"(?<![\w'])(?:un|u\.n\.|united\s+nations|onu|deputy|assistant|former|under|ancien|sous)"
    rf"['\u2019]?s?[\s-]+(?:[a-z]{{2,6}}\s+)?(?:{_TITLE})"
    rf"|(?:{_TITLE})(?:{_OTHER_AFTER_RE.pattern}|{_NOT_HEAD_AFTER_RE.pattern})"
)
# The sentence before opens with the head's title (another's was refused above):
# the pronoun after it is he, whoever else that sentence names after him.
_HEAD_OPENS_RE = re.compile(rf"\s*(?:the\s+)?(?:[a-z]{{2,6}}\s+)?(?:{_TITLE})(?![\w'])")
# (Not the full stop of a courtesy title or an initial: "Dr. Yousef", "A. Taha".)
_SENTENCE_END_RE = re.compile(
    r"(?<!\bdr)(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bprof)(?<!\bmme)(?<!\bst)(?<!\b[a-z])"
    r"[.!?](?=\s|$)"
)
_BACK = 300  # the sentence before a pronoun is read within this many characters


def _another_person_before(folded: str, start: int) -> bool:
    """Whether the sentence before ``start`` (in this paragraph) names a person
    by a title other than the Secretary-General's."""
    window = folded[max(0, start - _BACK) : start]
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(window.rstrip())]
    if not ends:
        return False
    before = window[ends[-2] if len(ends) > 1 else 0 : ends[-1]]
    if _OTHER_TITLE_RE.search(before):
        return True  # "The UN Secretary-General addressed the session."
    if _HEAD_OPENS_RE.match(before):
        return False  # he is the subject: "The OIC Secretary General praised the director. He ..."
    return bool(_PERSON_RE.search(_TITLE_RE.sub(" ", before)))


def head_after(head: str | bool, before: str, text: str) -> str | bool:
    """``head`` (``head_leads``) for a paragraph ``text`` after ``before``: none
    when ``text`` opens on a pronoun and the last sentence of ``before`` names
    another person ("Pakistan's Foreign Minister also addressed the meeting." /
    "He called on ..."): the pronoun is that person."""
    if not head or not before:
        return head
    if not after_ar(before, text):
        return ""  # "وقال الوزير ... / وأكد أن ...": the minister's unsaid subject
    opening = fold_text(text[:40]).lstrip()
    link = _LINK_RE.match(opening)
    if not _PRONOUN_RE.match(opening, link.end() if link else 0):
        return head
    folded = fold_text(before[-_BACK:]).rstrip() + " "
    return "" if _another_person_before(folded, len(folded)) else head


# A paragraph opening with a Secretary-General's title after his organisation's
# acronym in capitals ("OIC Secretary General"; a bare title is anybody's).
_TITLE_OPENS_RE = re.compile(r"(?:[Tt]he\s+)?[A-Z]{2,6}\s+Secretary[\s-]+General\s")


def opening_head(text: str) -> str:
    """``head_leads`` of a paragraph that opens naming the head, for a report
    whose lead names none: a wire report whose lead is another organ's news
    ("The Fund announced ..." / "OIC Secretary General X praised ... He also
    called on ..."): "He" there is that head. "" otherwise."""
    return head_leads(text) if _TITLE_OPENS_RE.match(text) else ""
