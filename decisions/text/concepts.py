"""What a paragraph is about, whatever its language: the concepts of the
glossary (``lang/_glossary.py``: data, not a language), the places and proper names, the amounts and
years. Pure: standard library only.

- ``concepts_of(text)``: a frozenset of keys: "trust-fund" (an ask),
  "place:timbuktu" (a place or a name), "n:1000000" (an amount),
  "date:2017-09-20" (a full date, in any of the three languages' month
  names), "month:2018-02" (a month and its year), "year:2018", "res:1701" (a
  resolution cited by number); digits of any script read as ASCII ones
  ("٢٠١٨" is 2018); "mission" for a peace operation's acronym (UNMISS).
- ``concept_spans(text)``: where each key is named, as positions in `text`.
- ``concept_overlap(a, b)``: how much two sets of keys say the same thing.
- ``label(key, language)``: a key in words, for a page.

Matching is a token scan over folded text (``folding.fold_text`` after
``strip_marks``: no case, accents, vowel marks or letter variants): each
word is looked up in a table by its possible stems (a Latin plural ending;
an Arabic article, clitic or ending taken off), then the following words of
the candidate terms are compared. The cost is linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from decisions.text.concept_updates import CLOSING_ASKS, untimed, updated, with_session_report
from decisions.text.coordinated import coordinated_phrases
from decisions.text.folding import fold_text, strip_marks
from decisions.text.lang import _glossary_stabilisation as _stab
from decisions.text.lang._glossary import (
    ASKS,
    FAMILIES,
    GENERAL,
    PARENTS,
    PLACES,
    RESOLUTION_WORD,
)
from decisions.text.lang._glossary_advocacy import ADVOCACY_ASKS, ADVOCACY_PARENTS
from decisions.text.lang._glossary_common import COMMON_ASKS, COMMON_PARENTS, SANCTIONS_MEASURES
from decisions.text.lang._glossary_followup import (
    FOLLOWUP_ASKS,
    FOLLOWUP_GENERAL,
    FOLLOWUP_PARENTS,
    FOLLOWUP_PLACES,
)
from decisions.text.lang._glossary_integration import COOPERATION_ASKS, INTEGRATION_ASKS
from decisions.text.lang._glossary_missions import DURATIONS, MISSION_ASKS, MISSION_PLACES
from decisions.text.lang._glossary_outreach import OUTREACH_ASKS
from decisions.text.lang._glossary_sanctions import SANCTIONS_ASKS, SANCTIONS_PLACES
from decisions.text.lang._glossary_sessions import SESSION_ASKS
from decisions.text.lang._glossary_trade import TRADE_ASKS, TRADE_PARENTS, TRADE_PLACES
from decisions.text.named_operations import operation_spans
from decisions.text.named_sessions import session_spans
from decisions.text.quantities import scan_numbers
from decisions.text.stems import glossary_stems as _stems

ASKS = {
    **ASKS, **SANCTIONS_ASKS, **OUTREACH_ASKS, **COMMON_ASKS, **SANCTIONS_MEASURES,
    **MISSION_ASKS, **DURATIONS, **FOLLOWUP_ASKS, **FOLLOWUP_GENERAL, **INTEGRATION_ASKS,
    **COOPERATION_ASKS, **SESSION_ASKS, **ADVOCACY_ASKS, **TRADE_ASKS,
    **_stab.STABILISATION_ASKS, **_stab.STABILISATION_GENERAL,
}  # fmt: skip
PLACES = {**PLACES, **SANCTIONS_PLACES, **MISSION_PLACES, **FOLLOWUP_PLACES, **TRADE_PLACES}
# A mandate's term ("during its mandate", "avant la fin du mandat") places an
# ask in time: a general one, not the renewal of a mandate.
GENERAL = GENERAL | frozenset(DURATIONS) | frozenset(FOLLOWUP_GENERAL) | _stab.GENERAL_KEYS

# A travel ban, an asset freeze, an arms embargo: two different measures are
# two different asks (no "sanctions" parent: a paragraph naming two measures
# would count the word twice against a request renewing one of them).
PARENTS = {**PARENTS, **COMMON_PARENTS, **FOLLOWUP_PARENTS, **ADVOCACY_PARENTS, **TRADE_PARENTS}
PARENTS |= _stab.STABILISATION_PARENTS
FAMILIES = {
    **FAMILIES,
    "sanctions-measure": frozenset(SANCTIONS_MEASURES),
    "sector": FAMILIES["sector"] | {"culture", "sports"} | set(INTEGRATION_ASKS),
    "deliverable": FAMILIES["deliverable"] | {"assessment-mission"},
}

__all__ = [
    "CLOSING_ASKS",
    "concept_overlap",
    "concept_spans",
    "concepts_of",
    "asks_of",
    "contained_overlap",
    "differing",
    "is_ask",
    "label",
    "specific_asks",
    "terms_of",
]

_WORD = re.compile(r"[^\W_]+")
_JOINERS = frozenset(" -'")


def _is_arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def _fold(text: str) -> str:
    return fold_text(strip_marks(text))


@dataclass(frozen=True)
class _Term:
    key: str
    words: tuple[str, ...]  # folded; Arabic without the article
    exact: bool  # compared as written, no stems


def _term(key: str, written: str) -> _Term:
    exact = written.startswith("=")
    words = _WORD.findall(_fold(written.lstrip("=")))
    if not exact:
        words = [w[2:] if _is_arabic(w) and w.startswith("ال") and len(w) > 4 else w for w in words]
    return _Term(key, tuple(words), exact)


@lru_cache(maxsize=1)
def _table() -> dict[str, list[_Term]]:
    """First word -> the terms starting with it, longest first."""
    table: dict[str, list[_Term]] = {}
    for group, prefix in ((ASKS, ""), (PLACES, "place:")):
        for name, languages in group.items():
            for terms in languages.values():
                for written in terms:
                    term = _term(prefix + name, written)
                    table.setdefault(term.words[0], []).append(term)
    for terms in table.values():
        terms.sort(key=lambda t: -len(t.words))
    return table


def _prepared(text: str) -> tuple[str, list[int]]:
    """`text` folded without marks, and for each character its position in `text`."""
    kept: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if strip_marks(ch):
            kept.append(ch)
            origin.append(i)
    return fold_text("".join(kept)), origin


def _word_matches(term: _Term, index: int, token: str, stems: list[str]) -> bool:
    if term.exact:
        return token == term.words[index]
    return term.words[index] in stems


def _scan_words(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of every glossary term in `folded`, left to right,
    the longest term winning where two start at one word."""
    table = _table()
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]
    stems: list[list[str] | None] = [None] * len(tokens)

    def stems_at(i: int) -> list[str]:
        if stems[i] is None:
            stems[i] = _stems(tokens[i][2])
        return stems[i]

    def best_at(i: int) -> _Term | None:
        token = tokens[i][2]
        best = None
        for first in stems_at(i):
            for term in table.get(first, ()):
                n = len(term.words)
                if best is not None and n <= len(best.words):
                    break
                if i + n > len(tokens) or not _word_matches(term, 0, token, stems_at(i)):
                    continue
                if all(
                    set(folded[tokens[i + k - 1][1] : tokens[i + k][0]]) <= _JOINERS
                    and _word_matches(term, k, tokens[i + k][2], stems_at(i + k))
                    for k in range(1, n)
                ):
                    best = term
                    break
        return best

    found = []
    i = 0
    while i < len(tokens):
        best = best_at(i)
        if best is None:
            i += 1
            continue
        n = len(best.words)
        # A term that starts inside this one and reaches past it is read too,
        # from where it starts: "ولاية بعثة الاتحاد الأفريقي" names a mandate and
        # the mission. A general one it cuts into is a verb and its noun, left
        # out: "convoquer une conférence des donateurs" is a donors' conference,
        # not any conference. Terms are a few words long: linear.
        inner = next(
            (j for j in range(i + 1, i + n) if (t := best_at(j)) and j + len(t.words) > i + n),
            None,
        )
        if inner is None or best.key not in GENERAL:
            found.append((tokens[i][0], tokens[i + n - 1][1], best.key))
        i = i + n if inner is None else inner
    return found


def _coordinated(folded: str) -> list[tuple[int, int, str]]:
    """The glossary's terms of two words or more that a coordinated list
    spells in part ("humanitarian, economic and technical assistance" is
    technical assistance): each phrase of ``coordinated_phrases`` read as a
    whole by one term, with the list's span."""
    out = []
    for start, end, phrase in coordinated_phrases(folded):
        found = _scan_words(phrase)
        if len(found) == 1 and found[0][:2] == (0, len(phrase)) and is_ask(found[0][2]):
            out.append((start, end, found[0][2]))
    return out


def concept_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of every concept, place, amount and year named in
    `text`; positions are in `text` as given, in order."""
    folded, origin = _prepared(text or "")
    spans = [
        (origin[a], origin[b - 1] + 1, key)
        for a, b, key in _scan_words(folded)
        + scan_numbers(folded)
        + session_spans(folded)
        + _coordinated(folded)
    ]
    # An operation the glossary names (AMISOM, MINUSMA) is that place only, as
    # its name written out is: one key whatever the spelling.
    named = {(a, b) for a, b, key in spans if key.startswith("place:")}
    return sorted(spans + [s for s in operation_spans(text or "") if s[:2] not in named])


@lru_cache(maxsize=4096)
def concepts_of(text: str) -> frozenset[str]:
    """The keys of the concepts, places, amounts and years `text` names, and
    the general asks its specific ones are (``_glossary.PARENTS``)."""
    keys = {key for _, _, key in concept_spans(text)}
    keys.update(*[PARENTS.get(key, ()) for key in keys])
    return frozenset(with_session_report(keys))


def is_ask(key: str) -> bool:
    """A concept of what is asked (not a place, an amount or a year)."""
    return ":" not in key


def specific_asks(keys) -> frozenset[str]:
    """The asks of `keys` that are not general ones (a report, funding,
    follow-up): what tells one request from another of the same owner."""
    return frozenset(k for k in keys if is_ask(k) and k not in GENERAL)


# What a shared key weighs: a specific ask most, then an amount or a full
# date (the same sum or day named twice is telling), a general ask (a report,
# funding: many requests name one) and a place or name, a year (two meetings
# name many).
_WEIGHTS = {
    "": 1.0, "general": 0.5, "n": 0.75, "res": 0.75, "date": 0.75, "month": 0.5,
    "place": 0.5, "name": 0.5, "year": 0.25,
}  # fmt: skip

# Two requests naming different asks of one kind (``differing``) share this
# part of what their overlap would otherwise be.
DIFFERING_FACTOR = 0.5


def _weight(key: str) -> float:
    if ":" not in key:
        if key in CLOSING_ASKS:
            # Its report and session are counted already (its parents).
            return _WEIGHTS["year"]
        return _WEIGHTS["general" if key in GENERAL else ""]
    return _WEIGHTS.get(key.partition(":")[0], 0.25)


def differing(a: frozenset[str], b: frozenset[str]) -> list[tuple[list[str], list[str]]]:
    """The kinds of ask (``_glossary.FAMILIES``) of which each set names one
    or more and both none the same, as (`a`'s keys, `b`'s keys), each sorted:
    two requests asking different things of one kind ("study" / "conference")."""
    out = []
    for members in FAMILIES.values():
        mine, theirs = a & members, b & members
        if mine and theirs and not mine & theirs:
            out.append((sorted(mine), sorted(theirs)))
    return out


def concept_overlap(a: frozenset[str], b: frozenset[str]) -> tuple[float, frozenset[str]]:
    """(0..1, the keys shared): the weighted Dice coefficient of the two
    sets, 0 unless they share at least one ask or amount (two requests
    about Mali that ask different things share nothing that counts; the
    same sum, "19,626 personnel" or "2 350 tonnes", is asked again even when
    the glossary has no word for what it buys), times
    DIFFERING_FACTOR when they name different asks of one kind
    (``differing``: a study and a conference, polio and COVID-19)."""
    a, b = untimed(a, b), untimed(b, a)
    shared = a & b
    if not any(is_ask(k) or k.startswith(("n:", "res:")) for k in shared):
        return 0.0, frozenset(shared)
    if specific_asks(shared) or len([k for k in shared if is_ask(k)]) > 1:
        a, b = updated(a, b), updated(b, a)
    total = sum(map(_weight, a)) + sum(map(_weight, b))
    overlap = 2 * sum(map(_weight, shared)) / total
    if differing(a, b):
        overlap *= DIFFERING_FACTOR
    return round(overlap, 3), frozenset(shared)


# A merge or a split: one meeting asks in one paragraph what the other asked
# in two (reports every 90 days, and what they are to cover; a reconstruction
# plan and a reintegration programme). The wide paragraph names about twice
# what each narrow one does, so their Dice overlap stays low although the
# narrow one is renewed whole. When every ask of the narrow one is shared, a
# specific one among them, and no ask of one kind differs, what the two share
# is weighed against the narrow one alone, times this factor: a narrow
# request fully renewed counts 0.6 (score 0.58 with the same owner), a narrow
# one whose place or amount is not shared less (two thirds of it: 0.4).
CONTAINED_FACTOR = 0.6


def contained_overlap(a: frozenset[str], b: frozenset[str]) -> tuple[float, int]:
    """(0..CONTAINED_FACTOR, 0 when `a` is the narrow one, 1 when `b` is):
    how much of the narrower of the two they share, when all its asks are
    shared (see CONTAINED_FACTOR); (0.0, -1) otherwise."""
    a, b = untimed(a, b), untimed(b, a)
    shared = a & b
    if not specific_asks(shared) or differing(a, b):
        return 0.0, -1
    narrow = [(sum(map(_weight, s)), i) for i, s in enumerate((a, b)) if asks_of(s) <= shared]
    if not narrow:
        return 0.0, -1
    total, which = min(narrow)
    return round(CONTAINED_FACTOR * sum(map(_weight, shared)) / total, 3), which


def asks_of(keys) -> frozenset[str]:
    """The asks among `keys` (no places, amounts or dates)."""
    return frozenset(k for k in keys if is_ask(k))


def label(key: str, language: str = "") -> str:
    """A key in words, in `language` when the glossary has it (else in the
    glossary's first language): "trust fund", "Tombouctou", "1,000,000", "2018"."""
    kind, _, name = key.rpartition(":")
    if kind == "n":
        return f"{int(name):,}"
    if kind in ("year", "date", "month"):
        return name
    if kind == "res":
        word = RESOLUTION_WORD.get(language) or next(iter(RESOLUTION_WORD.values()))
        return f"{word} {name}"
    group = PLACES if kind == "place" else ASKS
    terms = group.get(name, {})
    written = (terms.get(language) or next(iter(terms.values()), (name,)))[0]
    return written.lstrip("=")


def terms_of(key: str) -> tuple[str, ...]:
    """Every term of `key` in every language, as written (for a database's
    own search to find candidates; ``concepts_of`` then confirms them)."""
    kind, _, name = key.rpartition(":")
    group = PLACES if kind == "place" else ASKS if not kind else {}
    return tuple(t.lstrip("=") for terms in group.get(name, {}).values() for t in terms)
