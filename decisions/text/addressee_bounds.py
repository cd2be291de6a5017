"""Where the addressees of a clause start and end: before "de/à/pour +
infinitive" or "to + verb" (``marker``), before words that are no addressee
("pour que", a colon opening sub-items: ``list_end``), after an aside between
commas opening a that-clause (``after_aside``). Folded text in, offsets out."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .lang import LANGUAGES, either, every

__all__ = ["NAME_GOES_ON", "after_aside", "list_end", "marker"]

# After "et"/"and", "de " runs a name on ("pour l'éducation et de la culture"),
# except before a possessive determiner: "le Président X et de son rival, le
# Vice-président Y" joins a second addressee (see noun_apposition).
NAME_GOES_ON = r"de\s(?!(?:son|sa|ses|leur|leurs)\s)"

_MARKERS = tuple(
    (re.compile(m.pattern), re.compile(m.verb), m.not_verbs, m.at_verb)
    for table in LANGUAGES
    for m in table.infinitive_markers
)
_END_RE = re.compile(
    rf"(?<![\w'])(?:{either('addressee_ends')})" if every("addressee_ends") else r"(?!)"
)


def marker(tail: str, names: list[tuple[int, int]] = ()) -> int | None:
    """Where the addressee span ends: before "de/à/pour + infinitive" or "to + verb",
    never inside one of the registered ``names`` (start, end) of the tail."""
    best: int | None = None
    starts = [s for s, _ in names]  # sorted, and the names do not overlap
    for pattern, verb, not_verbs, at_verb in _MARKERS:
        for m in pattern.finditer(tail):
            word = m.group("verb")
            at = bisect_right(starts, m.start("verb")) - 1
            if at >= 0 and m.start("verb") < names[at][1]:
                continue
            if word in _QUOTES and _opens_name(tail, m.end("verb"), starts):
                continue
            if word not in not_verbs and verb.fullmatch(word):
                end = m.start("verb") if at_verb else m.start()
                best = end if best is None else min(best, end)
                break
    return best


# A quotation mark after an addressee's word opens an apposition that ends
# the addressees ("الرئيس السوري «...» إلى ..."), unless what it quotes is a
# registered name: then the word before is the head noun of that name, written
# with it in quotes as Arabic communiqués and the press write acronyms
# ('مجموعة "سادك"', 'منظمة «إيكواس»'), and the name is the addressee.
_QUOTES = frozenset('«"\u201c')


def _opens_name(tail: str, at: int, starts: list[int]) -> bool:
    """Whether a registered name (its `starts` in `tail`, sorted) starts at
    `at`, past spaces: the quotation mark before `at` opens it."""
    while at < len(tail) and tail[at] == " ":
        at += 1
    i = bisect_left(starts, at)
    return i < len(starts) and starts[i] == at


# An adverb closing the list, the infinitive after it: "les donateurs et les ONG
# en particulier, à ...", "and NGOs in particular, to ...".
_TRAILING_ADVERB_RE = re.compile(
    r"\s+(?:en\s+particulier|notamment|in\s+particular|especially)\s*,\s*(?=(?:a|de|d'|to)\s)"
)


def list_end(folded: str, start: int, end: int) -> int | None:
    """Where a list of addressees ends before words that are not one: "pour
    que", "un appel", or a colon opening sub-items ("Invite les gouvernements
    concernés : i) ...") once an addressee stands before it."""
    found = _END_RE.search(folded, start, end)
    stop = found.start() if found else None
    if stop is None and (trail := _TRAILING_ADVERB_RE.search(folded, start, end)):
        stop = trail.start()  # "..., les ONG en particulier, à accorder": no addressee's word
    colon = folded.find(":", start, end if stop is None else stop)
    if colon > start and any(c.isalpha() for c in folded[start:colon]):
        stop = colon
    return None if stop is None else stop - start


def after_aside(folded: str, start: int, end: int) -> int:
    """After an aside between commas opening a that-clause ("that, in addition
    to its mandate, the Mission shall ..."), or ``start`` when none does."""
    at = start
    while at < end and folded[at] == " ":
        at += 1
    if at < end and folded[at] == ",":
        close = folded.find(",", at + 1, min(end, at + 300))
        if close > 0 and ";" not in folded[at:close]:
            return close + 1
    return start
