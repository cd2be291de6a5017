"""What two requests share, measured once per text: trigrams, concepts,
renewal words and citations (``Measures``), and across languages the
concepts, places, amounts and resolutions two requests name
(``across_languages``). No queries: reads probes only."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from decisions.models import ActionItem
from decisions.text.bodies import RegistryEntry, index_of, mentions
from decisions.text.concepts import (
    CLOSING_ASKS,
    concept_overlap,
    concepts_of,
    contained_overlap,
    differing,
    specific_asks,
)
from decisions.text.folding import fold_text
from decisions.text.similarity import (
    cited_symbols,
    concept_signal,
    cosine,
    has_renewal_words,
    trigrams,
    wording_signal,
)
from decisions.text.transliteration import proper_names


@dataclass(frozen=True)
class Probe:
    """A request as the matcher sees it: of a saved item, or only planned
    (a dry run, a draft under review)."""

    key: tuple[str, str]  # (paragraph number, owner slug)
    summary: str
    paragraph: str
    owner_id: int
    partner_ids: frozenset[int]
    date: datetime.date | None
    item: ActionItem | None = None
    symbol: str = ""  # its report's
    is_open: bool = True
    language: str = ""  # its report's
    versions: tuple[tuple[str, str], ...] = ()  # (language, paragraph) of other versions
    names: tuple[str, ...] = ()  # every spelling of its owner and partners
    position: int = 0  # its paragraph's place in its report (the order signal)
    kin_ids: frozenset[int] = frozenset()  # the body its owner heads (kin.kin_of)

    def version(self, language: str) -> str:
        """The paragraph in `language`: as imported, or another version."""
        if language == self.language:
            return self.paragraph
        return dict(self.versions).get(language, "")


class Measures:
    """Trigrams, concepts, renewal words and citations, each text measured once."""

    def __init__(self):
        self.grams: dict[str, object] = {}
        self.paragraphs: dict[str, tuple[bool, set[str]]] = {}
        self.concepts: dict[str, frozenset[str]] = {}
        self.names: dict[str, dict[str, str]] = {}
        self.masked: dict[tuple[str, tuple[str, ...]], str] = {}

    def names_of(self, text: str) -> dict[str, str]:
        """The proper names of `text`: their key -> as written."""
        if text not in self.names:
            self.names[text] = proper_names(text)
        return self.names[text]

    def concepts_of(self, text: str) -> frozenset[str]:
        if text not in self.concepts:
            self.concepts[text] = concepts_of(text)
        return self.concepts[text]

    def trigrams(self, text: str):
        if text not in self.grams:
            self.grams[text] = trigrams(text)
        return self.grams[text]

    def paragraph(self, text: str) -> tuple[bool, set[str]]:
        if text not in self.paragraphs:
            self.paragraphs[text] = (has_renewal_words(text), set(cited_symbols(text)))
        return self.paragraphs[text]

    def without_names(self, text: str, names: tuple[str, ...]) -> str:
        """`text` with its owner's and partners' names (`names`) blanked out.
        Two requests to one owner both name it, in words that say nothing
        of what is asked ("the Secretary-General of the United Nations", "the
        Islamic Organisation for Food Security"): left in, they make two
        different asks alike in wording and in concepts, and count the same
        owner twice (the owner signal already counts it)."""
        key = (text, names)
        if key not in self.masked:
            out = text
            if names and text:
                index = index_of([RegistryEntry(slug="owner", name=names[0], aliases=names)])
                chars = list(text)
                for start, end, _ in mentions(index, text, fold_text(text)):
                    chars[start:end] = " " * (end - start)
                out = "".join(chars)
            self.masked[key] = out
        return self.masked[key]


# The meeting that speaks, opening a request in its own words: "La Conférence
# instruit la Commission ...", "The Authority requests ...". Its name says
# nothing of what is asked ("conference" is also an ask: a conference to
# convene), and the other language may have the verb first with the speaker
# after it, or no speaker at all. Only at the start, before a word in small
# letters (its verb) and the article or preposition opening its object
# ("instruit la", "requests the", "calls upon"), or a verb in the past
# before a name ("urged SADC Member States"); the article may be left out
# (a communiqué's "Summit urged ...") and the verb be a past with its
# auxiliary ("Le Sommet a chargé le Secrétariat", "has directed the"):
# "The Conference of Supervisors shall ...", "La Conférence internationale
# sur la paix" keep their names.
_SPEAKER = re.compile(
    r"^\W*(?:(?i:la|le|l'|the)\s*)?"
    r"(?:Conférence|Conference|Sommet|Summit|Réunion|Meeting|Authority|Autorité)"
    r"(?=\s+(?:(?:a|ont|has|have)\s+)?(?:se\s+)?"
    r"(?:[a-zà-ÿ]+\s+(?:(?:la|le|les|aux|au|à|un|une|the|to|on|upon|all|its|their|an|a)"
    r"(?![\w'])|l')|[a-z]+ed\s+[A-Z]))"
)


# The same in Arabic, where the meeting follows its verb: "يطلب المؤتمر إلى ..."،
# "ويدعو الاجتماع ...". Only the meeting's noun right after the opening verb:
# one in the present, or one of the verbs of asking in the past, as a
# communiqué reports what the meeting did ("دعا المؤتمر"، "كلف المؤتمر"، "حث
# المؤتمر"): "عقد المؤتمر" (the conference was held) is none of them.
_PAST_ASKING = (
    r"(?:دعا|حث|حض|طالب|طلب|كلف|ناشد|[أا]هاب|[أا]كد|شجع|[أا]وصى|[أا]وصي|قرر|رحب|جدد|وجه"
    r"|[أا]شاد|[أا]عرب|ثمن|[أا]دان|دان|[أا]يد|[أا]قر|اعتمد)"
)
_SPEAKER_AFTER_VERB = re.compile(
    r"^\W*[\u0648\u0641]?(?:[\u064a\u062a]\w{2,}|" + _PAST_ASKING + r")"
    r"\s+(?:المؤتمر|الموتمر|القمة|القمه|الاجتماع)(?=\s)"
)


def without_speaker(text: str) -> str:
    """`text` without the name of the meeting that speaks at its start."""
    m = _SPEAKER.match(text) or _SPEAKER_AFTER_VERB.match(text)
    return " " * m.end() + text[m.end() :] if m else text


def _in_arabic(word: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in word)


# The one request of an owner in each of two reports: when the two share a
# specific ask, an amount, a resolution or a proper name, this is added to
# their concept overlap (the owner asked one thing each time, and a renewal
# keeps it). Not for a general ask alone (funding, a report: two different
# requests share one), and alone it proposes nothing.
ONLY_REQUEST_BONUS = 0.15


def _telling(shared: frozenset[str]) -> bool:
    """Whether `shared` says what was asked: a specific ask (a report due
    at a session alone does not: ``concepts.CLOSING_ASKS``), an amount or a
    resolution."""
    asks = specific_asks(shared) - CLOSING_ASKS
    return bool(asks) or any(k.startswith(("n:", "res:")) for k in shared)


# Two requests sharing nothing telling (a general ask alone: funding, a
# report) while each names its own specifics of one kind, none of the
# other's (Mogadishu / Berbera, 2 / 5 million, resolution 2701 / 2740): two
# different requests, their overlap times this factor.
_KINDS = (("place", "name"), ("n",), ("res",))
SPECIFICS_FACTOR = 0.4


def _specifics(keys: frozenset[str], names: dict[str, str], kinds: tuple[str, ...]) -> set[str]:
    """The keys of `kinds` among `keys`, with the proper names written in
    Latin letters when `kinds` holds names (every Arabic word is a name:
    one lacking in the other text says nothing)."""
    out = {k for k in keys if k.partition(":")[0] in kinds and k.partition(":")[2]}
    if "name" in kinds:
        out |= {k for k, written in names.items() if not _in_arabic(written)}
    return out


def differing_specifics(
    theirs: frozenset[str], mine: frozenset[str], their_names: dict, my_names: dict
) -> list[tuple[list[str], list[str]]]:
    """For each kind of specific (places and names, amounts, resolutions)
    that both requests name and none in common: (earlier's, later's), as
    labels take them (a name as written)."""
    out = []
    for kinds in _KINDS:
        a = _specifics(theirs, their_names, kinds)
        b = _specifics(mine, my_names, kinds)
        if a and b and not a & b:
            out.append(
                tuple(sorted(_shown(k, their_names | my_names) for k in keys) for keys in (a, b))
            )
    return out


def _shown(key: str, names: dict[str, str]) -> str:
    return names.get(key, key)


def across_languages(
    later: Probe, earlier: Probe, measures: Measures, signals: dict, only_request: bool = False
) -> tuple[float, float]:
    """(wording similarity, content signal) of two requests in different
    languages, noting in `signals` what was compared. Like with like where
    a version exists: the later paragraph against the earlier one's version
    in its language (or the reverse). Always the concepts, places and
    amounts the two requests share."""
    signals["languages"] = f"{earlier.language}→{later.language}"
    similarity = 0.0
    for language in (later.language, earlier.language):
        a, b = later.version(language), earlier.version(language)
        if a and b:
            a = measures.without_names(a, later.names)
            b = measures.without_names(b, earlier.names)
            similarity = cosine(measures.trigrams(a), measures.trigrams(b))
            signals["wording"] = round(similarity, 3)
            signals["compared_in"] = language
            break
    mine_text = without_speaker(measures.without_names(later.summary, later.names))
    theirs_text = without_speaker(measures.without_names(earlier.summary, earlier.names))
    # Proper names both name, in any script (a name one lacks costs nothing).
    my_names, their_names = measures.names_of(mine_text), measures.names_of(theirs_text)
    names = frozenset(my_names.keys() & their_names.keys())
    mine = measures.concepts_of(mine_text) | names
    theirs = measures.concepts_of(theirs_text) | names
    overlap, shared = concept_overlap(mine, theirs)
    dice = overlap
    # One of the two renewed whole inside a wider paragraph (a merge, a split):
    # proposed only if a sibling confirms it (merges.confirm_contained).
    contained, narrow = contained_overlap(mine, theirs)
    if contained > overlap:
        signals["contained"] = ("later", "earlier")[narrow]
        overlap = contained
    if names:
        # As written in Latin letters where one of the two is: "Moroni".
        signals["names"] = sorted({min(my_names[k], their_names[k], key=_in_arabic) for k in names})
    specifics = []
    if overlap > 0 and not names and not _telling(shared):
        specifics = differing_specifics(theirs, mine, their_names, my_names)
        if specifics:
            overlap = round(overlap * SPECIFICS_FACTOR, 3)
    if only_request and overlap > 0 and (names or _telling(shared)):
        signals["only_request"] = True
        overlap = min(1.0, overlap + ONLY_REQUEST_BONUS)
        dice = min(1.0, dice + ONLY_REQUEST_BONUS)
    signals["concept_overlap"] = overlap
    if differs := differing(theirs, mine) + specifics:
        # [[earlier's keys, later's keys], ...]: "differs: COVID-19 / polio",
        # "Mogadishu / Berbera"
        signals["differs"] = [list(pair) for pair in differs]
    signals["concepts"] = sorted(
        (k for k in shared if not k.startswith("name:")), key=lambda k: (":" in k, k)
    )
    wording = wording_signal(similarity) if "wording" in signals else 0.0
    if "contained" in signals:
        # The content without the containment, for a pair no sibling confirms.
        signals[UNCONFIRMED] = (max(wording, concept_signal(dice)), dice)
    return similarity, max(wording, concept_signal(overlap))


# Where across_languages leaves, for merges.confirm_contained, the content and
# the concept overlap a contained pair keeps if nothing confirms it (taken out
# of the signals then, whatever the outcome).
UNCONFIRMED = "_unconfirmed_content"
