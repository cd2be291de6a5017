"""A paragraph's sentences and clauses, each opened by an operative verb
(a request or a statement), in every language of ``lang``."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .attribution import attributed_subject
from .body_speakers import ORIGIN, adopted_text_speaker, body_speaks
from .delegates import delegate_speaks
from .first_person import first_person_requests
from .head_speaker import head_subject
from .lang import LANGUAGES, either, every
from .link_phrases import joined_link, link_phrase_only
from .nested_requests import inside_an_asked_action
from .opening_participle import participle_opens
from .participle_speaker import MEETING_SUBJECT_RE as _MEETING_SUBJECT_RE
from .participle_speaker import participle_of_another, preambular_participle
from .quoted_adverbs import unquote_adverbs
from .quoted_verbs import unquote_participles
from .time_phrases import before_time

__all__ = ["TOPIC_RE", "Clause", "Verb", "clauses", "meeting_subject", "sentences"]

_KINDS = ("request", "statement")
# Requests before statements, each in the languages' order: where two forms
# match the same words, the first listed wins.
_VERB_PATTERNS = tuple(
    (
        re.compile(v.pattern),
        v.kind,
        v.needs_context,
        v.subject_before,
        v.that_clause,
        v.sentence_subject,
    )
    for kind in _KINDS
    for table in LANGUAGES
    for v in table.verbs
    if v.kind == kind
)
# "... a speech in which he invited ...": a request the meeting heard, not its own.
_REPORTED_RE = re.compile(rf"(?<![\w']){either('reported_leads')}\s*$")
# "... resolution 2391, by which the Security Council requests ...": the
# described text's request, its subject named (a pronoun after the lead is the
# speaker's own text: "a declaration by which it requests ..."). Read in a
# bounded window before the verb.
_DESCRIBED_RE = re.compile(
    rf"(?<![\w']){either('described_leads')},?\s+(?!{either('subject_pronouns')}(?![\w']))[a-z]"
    if every("described_leads")
    else r"(?!)"
)
_DESCRIBED_WINDOW = 250
_SUBJECT_WORDS = frozenset().union(*(t.subject_words for t in LANGUAGES))
_ABBREVIATIONS = frozenset().union(*(t.abbreviations for t in LANGUAGES))
# A sentence ends before a capital, or before a letter of a script without case.
# A page that lost the space after a full stop ("... inferno.The communique ...")
# ends a sentence after a lower-case word of three letters or more, before a
# capitalised word (never inside "U.N." or "S/RES/1.Rev").
_SENTENCE_END_RE = re.compile(
    r"[.!?](?=\s+[\"'«(]?(?:[A-Z\u00c0-\u00de]|[^\W\d_\u0000-\u024f]))"
    r"|(?<=[a-z]{3})\.(?=[A-Z][a-z])"
)
_CONNECTOR_RE = re.compile(rf";\s*|,?\s+{either('conjunctions')}\s+|,\s+")
_ASIDE_RE = re.compile(r",\s*[a-z][a-z' -]{0,60}")
# A verb form opening with a name's link ("d'inviter", "de demander"): an infinitive.
_LINKED_RE = re.compile(rf"(?:{either('name_links')})(?:\s+|(?<='))")
_BODY_NOUNS = frozenset(every("body_head_nouns")) | frozenset(
    w for t in LANGUAGES for w in t.title_head_nouns
)
# A short link before a sentence's subject: "Par ailleurs, ", "In addition, ".
_LINK_RE = re.compile(r"[^\W\d_][\w' -]{0,30}?,\s*")
_BULLETS = " -*\u2022\u2013\u2014"  # what opens a listed line before its verb
# Folded words: a run of a-z, or a run of letters of a non-Latin script.
_WORD_RE = re.compile(r"[a-z]+|[^\W\d_\u0000-\u024f]+")


@dataclass(frozen=True)
class Verb:
    start: int
    end: int
    kind: str  # "request" or "statement"
    pronoun: str  # an object pronoun before the verb ("leur a demandé"), or ""
    subject_before: bool = False  # the passive: the addressee is the subject before the verb
    that: str = ""  # the addressee is the subject of a that-clause ("any", "obligation")
    sentence_subject: bool = False  # the addressee opens the sentence ("X shall act")


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    sentence: tuple[int, int]
    verb: Verb


# An acronym, or an affiliated institution's in two parts: "ICYF-DC", "OIC-CERT"
# (never "COVID-19", nor "UN-Habitat": capitals only after the hyphen).
_ACRONYM = r"[A-Z][A-Z0-9]{1,7}(?:-[A-Z][A-Z0-9]{1,5}(?![\w-]))?"
# Its name, each word capitalised but the few joining them (bounded).
_FULL_NAME = (
    r"(?:[A-Z][\w'\u2019-]*\s+(?:(?:of|for|and|on|the|de|du|des|la|pour|et)\s+){0,2}){1,12}"
)
# A body named by its acronym alone opening the sentence: "The PSC demands ...",
# "Le CPS a exigé ...", "ECOWAS urged ..." (read on the text as printed: in
# capitals, with at most an article before it and an auxiliary or adverb after).
_ACRONYM_SPEAKER_RE = re.compile(
    r"(?:[^\n]{1,80}?\s[-\u2013\u2014]\s+|[A-Z][A-Z ]{1,30}:\s+)?"  # "PARIS, 3 May - ", "JEDDAH: "
    # (An epithet before it: "The Jeddah-based OIC", "The 35-member PSC".)
    r"(?:(?:[Tt]he|[Ll][ea]|[Ll]['\u2019])\s*)?(?:[A-Z][a-z]+-based\s+|\d{1,3}-member\s+)?"
    # An institution naming itself in full, its acronym in brackets: "Islamic Youth
    # Forum for Dialogue (IYF-D) calls", "The Org’s (OIC) Rights Commission (IPHRC)".
    rf"(?:(?:{_FULL_NAME}\({_ACRONYM}\)\s+)?{_FULL_NAME}\({_ACRONYM}\)|{_ACRONYM}{ORIGIN})"
    # speaking with another, named in capitals: "Le CPS et le Président de l'UA ont"
    r"(?:\s+(?:et|and)\s+(?:(?:[Tt]he|[Ll][ea]|[Ll]['\u2019])\s*)?[A-Z][\w'\u2019-]*"
    r"(?:\s+(?:(?:de|du|des|of|the|la|le)\s+|[Ll]['\u2019]){0,2}[A-Z][\w'\u2019-]*){0,3})?"
    r"(?:\s+(?:has|have|also|further|however|then|firstly|again|highly|a|ont))?\s*"
)


def acronym_speaker(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, the words before a verb, is a body's acronym
    alone ("The PSC", "Le CPS a"), the body that speaks, never the one asked."""
    return end - start <= 120 and bool(_ACRONYM_SPEAKER_RE.fullmatch(text, start, end))


_ACRONYM_LEAD_RE = re.compile(r"(?:(?:The|Le|La|L['\u2019])\s*)?[A-Z][A-Z0-9]{1,7}\s+")


def acronym_verb(text: str, folded: str) -> bool:
    """Whether ``text`` opens with a body's acronym and its operative verb
    ("The PSC demands ...", "Le CPS a exigé ...", "ECOWAS has urged ...")."""
    lead = _ACRONYM_LEAD_RE.match(text)
    if lead is None or len(text) != len(folded):
        return False
    whole = _ACRONYM_SPEAKER_RE.match(text)
    ends = {lead.end(), whole.end() if whole else lead.end()}
    return any(verb_at(folded, end, len(folded)) is not None for end in ends)


def _context_ok(
    folded: str,
    start: int,
    sentence_start: int,
    text: str = "",
    linked: bool = False,
    head: bool | str = False,
) -> bool:
    end = start  # the sentence before the verb, without copying it: read its end only
    while end > sentence_start and folded[end - 1].isspace():
        end -= 1
    end = before_time(folded, sentence_start, end)  # "The Council on Thursday urged"
    if end == sentence_start or folded[end - 1] in ",;:(/":  # "/": a dateline's "/وام/"
        return True
    if end - sentence_start <= 4 and not folded[sentence_start:end].strip(_BULLETS):
        return True  # a dash-led line of a list: "- Recalls its communiqués ..."
    # The body that met, alone before its verb ("les membres du conseil de securite").
    if end - sentence_start <= 120 and _MEETING_SUBJECT_RE.fullmatch(folded, sentence_start, end):
        return True
    # The same, then an aside whose closing comma the page lost ("The meeting's
    # final communiqué, held in Islamabad called on ...").
    comma = folded.rfind(",", max(sentence_start, end - 70), end)
    if (
        0 <= comma - sentence_start <= 120
        and _ASIDE_RE.fullmatch(folded, comma, end)
        and (  # (or by its acronym: "The OIC, in a statement issued on Sunday, called")
            _MEETING_SUBJECT_RE.fullmatch(folded, sentence_start, comma)
            or (text and acronym_speaker(text, sentence_start, comma))
        )
    ):
        return True
    # The same after a short link of its own ("Par ailleurs, la déclaration finale").
    link = _LINK_RE.match(folded, sentence_start, end)
    if link and end - link.end() <= 120 and _MEETING_SUBJECT_RE.fullmatch(folded, link.end(), end):
        return True
    if text and acronym_speaker(text, sentence_start, end):
        return True
    if text and _topic_then_acronym(text, folded, sentence_start, end):
        return True
    if _topic_then_meeting(folded, sentence_start, end) or body_speaks(
        folded, sentence_start, end, meeting_subject
    ):
        return True  # (body_speakers: "As a first step, the leaders urged", "I call upon")
    if link_phrase_only(folded, sentence_start, end) or joined_link(folded, sentence_start, end):
        return True  # "وفي سياق متصل طالب المجلس ...": a link, its comma lost
    if end - sentence_start <= 300 and attributed_subject(
        folded[sentence_start:end].rstrip(), _MEETING_SUBJECT_RE
    ):
        return True  # "The declaration says the OIC countries reaffirmed ..."
    if head_subject(folded, sentence_start, end, head):
        return True  # "He called on ...": the organisation's head (head_speaker)
    words = _WORD_RE.findall(folded, max(sentence_start, end - 40), end)
    # An infinitive with its "de" ("la Commission d'inviter ..."), or after "to"
    # ("X to continue to act"): a body before it is asked, never the subject.
    if linked and words and words[-1] in _BODY_NOUNS:
        return False
    return bool(words) and words[-1] in _SUBJECT_WORDS and words[-2:-1] != ["to"]


# A topic the sentence opens with, up to its comma ("Concernant l'Iran,", "As for
# Iran,", "In a statement delivered on behalf of ..., the OIC expressed ..."): the
# body after the comma speaks. (prose.py reads news leads with it too.)
TOPIC_RE = re.compile(
    rf"(?:{either('topic_openers')})(?![\w'])" if every("topic_openers") else r"(?!)"
)


def _topic_then_acronym(text: str, folded: str, start: int, end: int) -> bool:
    """Whether the words before a verb are a topic up to a comma, then a body's
    acronym alone (``acronym_speaker``); or an opening participle up to a comma
    ("Condamnant ..., l'OCI appelle ...": opening_participle)."""
    if not (TOPIC_RE.match(folded, start, end) or participle_opens(folded, start, end)):
        return False
    comma = text.rfind(",", max(start, end - 130), end)  # the speaker is short: a bounded read
    after = comma + 1
    while 0 < after < end and text[after] == " ":
        after += 1
    return comma > start and acronym_speaker(text, after, end)


def _topic_then_meeting(folded: str, start: int, end: int) -> bool:
    """Whether the words before a verb are a topic up to a comma, then the body
    that met ("En ce qui concerne le retrait des pays de l'AES, la conférence
    des chefs d'Etat les exhorte à ...", "As for the parties, the Council urges
    them ..."): that body speaks. The topic's comma: the last before the verb."""
    if not TOPIC_RE.match(folded, start, end):
        return False
    comma = folded.rfind(",", max(start, end - 130), end)
    after = comma + 1
    while 0 < after < end and folded[after] == " ":
        after += 1
    return comma > start and meeting_subject(folded, after, end)


def meeting_subject(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` is the body that met alone ("Le Conseil
    de sécurité", "The Summit"), spaces around it aside."""
    while end > start and folded[end - 1] == " ":
        end -= 1
    return end - start <= 120 and bool(_MEETING_SUBJECT_RE.fullmatch(folded, start, end))


def _named(text: str, start: int, end: int) -> bool:
    """Whether the words ``text[start:end]`` open with a capital in running text
    ("the 4th Extra-ordinary Summit", "the Diaspora Forum"): a name's word, not
    a verb that follows its subject ("Le Comité se réunira"); a text in
    capitals throughout is not told apart."""
    word = text[start:end]
    return word[:1].isupper() and not word.isupper()


def _find_verbs(
    folded: str,
    start: int,
    end: int,
    text: str = "",
    quoted: bool = True,
    after_verb: set[int] | None = None,
    head: bool | str = False,
) -> list[Verb]:
    """The operative verbs of ``folded[start:end]`` (a sentence), in order.
    ``after_verb``: where the verbs of the sentences before it end (spaces
    after them skipped), grown with this one's."""
    found = _pattern_verbs(folded, start, end, text, head)
    kept = _kept(folded, found)
    if quoted:  # "“We urge ...,” the statement read": the body's own words
        # A quotation opening right after a verb of the body that met goes on
        # its words ("The leaders condemned “the attacks. We call upon ..."),
        # even past a full stop inside it: the verbs, read once per sentence,
        # say where such a quotation may open.
        after_verb = set() if after_verb is None else after_verb
        for verb in kept:
            at = verb.end
            while at < end and folded[at] == " ":
                at += 1
            after_verb.add(at)
        spans = first_person_requests(folded, start, end, after_verb.__contains__)
        if spans:
            kept = _kept(folded, [Verb(a, b, "request", "") for a, b in spans] + found)
    return kept


def _pattern_verbs(
    folded: str, start: int, end: int, text: str, head: bool | str = False
) -> list[Verb]:
    """Every operative verb the languages' patterns find in ``folded[start:end]``
    (a sentence), each read with its context."""
    found: list[Verb] = []
    for pattern, kind, needs_context, before, that, opening in _VERB_PATTERNS:
        for m in pattern.finditer(folded, start, end):
            if before and text and m.start() > start and _named(text, m.start(), m.end()):
                continue
            if needs_context and not _context_ok(
                folded, m.start(), start, text, bool(_LINKED_RE.match(folded, m.start())), head
            ):
                continue
            if kind == "request" and (
                (not before and delegate_speaks(folded, start, m.start()))
                or _REPORTED_RE.search(folded, max(start, m.start() - 40), m.start())
                or (
                    _DESCRIBED_RE.search(
                        folded, max(start, m.start() - _DESCRIBED_WINDOW), m.start()
                    )
                    and not adopted_text_speaker(folded, start, m.start(), meeting_subject)
                )
                or preambular_participle(folded, start, m.start())
                # "The minister spoke to reporters, urging ...": another's request
                or participle_of_another(text, folded, start, m.start(), head)
            ):
                kind_found = "statement"
            else:
                kind_found = kind
            pronoun = m.groupdict().get("pron") or ""
            found.append(Verb(m.start(), m.end(), kind_found, pronoun, before, that, opening))
    return found


def _kept(folded: str, found: list[Verb]) -> list[Verb]:
    """The verbs in order, the longest first at one place; one overlapping
    another kept before it is left out, and "X shall act" counts only as the
    sentence's first verb."""
    found = sorted(found, key=lambda v: (v.start, -(v.end - v.start)))
    kept: list[Verb] = []
    kinds: set[str] = set()  # the kinds kept so far, kept as they come: no rescan per verb
    for verb in found:
        if kept and verb.start < kept[-1].end:
            continue
        if kept and verb.sentence_subject:
            continue  # "X shall act" only as the sentence's first verb
        if verb.kind == "request" and inside_an_asked_action(folded, kinds, verb.start):
            verb = replace(verb, kind="statement")  # "... to urge X to ...": not the body's
        kept.append(verb)
        kinds.add(verb.kind)
    return kept


def verb_at(folded: str, start: int, end: int) -> Verb | None:
    """The operative verb opening ``folded[start:end]`` (after spaces), if one does."""
    while start < end and folded[start] == " ":
        start += 1
    verbs = _find_verbs(folded, start, end)
    return verbs[0] if verbs and verbs[0].start == start else None


def _word_before(text: str, start: int, end: int) -> str:
    """The run of word characters and dots ending at ``end`` (not before ``start``),
    read backwards from there: a sentence end does not re-read its sentence."""
    begin = end
    while begin > start and (text[begin - 1] in "._" or text[begin - 1].isalnum()):
        begin -= 1
    return text[begin:end]


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a full stop after an abbreviation or an
    initial does not end one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        word = _word_before(text, start, m.start())
        if word and (len(word) == 1 or word.lower() in _ABBREVIATIONS):
            continue
        spans.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start] == " ":
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def clauses(text: str, folded: str, head: bool | str = False) -> list[Clause]:
    """Every clause opened by an operative verb, sentence by sentence. ``head``:
    the report's lead names the organisation's Secretary-General, whose words
    ("He called on ...") are the organisation's (``head_speaker``)."""
    found: list[Clause] = []
    after_verb: set[int] = set()  # where a quotation may open on a verb of the body
    folded = unquote_participles(folded)  # "ont “réaffirmé ...”, “demandé ...”"
    folded = unquote_adverbs(folded)  # "appelle « fermement » les ..."
    for s_start, s_end in sentences(text):
        verbs = _find_verbs(
            folded, s_start, s_end, text if len(text) == len(folded) else "", True, after_verb, head
        )
        starts: list[int] = [s_start]  # where each clause begins
        ends: list[int] = []  # where the clause before it stops (before the connector)
        for idx in range(1, len(verbs)):
            gap = (verbs[idx - 1].end, verbs[idx].start)
            connectors = list(_CONNECTOR_RE.finditer(folded, *gap))
            last = connectors[-1] if connectors else None
            starts.append(last.end() if last else verbs[idx].start)
            ends.append(last.start() if last else verbs[idx].start)
        ends.append(s_end)
        for idx, verb in enumerate(verbs):
            found.append(Clause(starts[idx], ends[idx], (s_start, s_end), verb))
    return found


PRONOUN_AFTER_VERB_RE = re.compile("|".join(every("pronouns_after_verb")) or r"(?!)")
"""An object pronoun right after the verb ("urges them")."""
