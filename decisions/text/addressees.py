"""Paragraph -> the bodies one clause asks to act: the addressees after a verb
("requests the Secretary-General and the IsDB to ..."), the subject before a
passive ("Member States are requested to ..."), the subject of a that-clause
("demands that the parties ...") and the body named after a nominal object ("a
ceasefire respected by all parties"), matched against the registry; a body
outside it is kept when named.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .addressee_bounds import NAME_GOES_ON, after_aside, list_end, marker
from .bodies import (
    BodyRef,
    Index,
    Named,
    is_attached,
    lookup,
    mentions,
    names_one_body,
    opening_entry,
)
from .bracket_aside import before_aside
from .clauses import PRONOUN_AFTER_VERB_RE, Clause
from .generic_places import generic_place_end
from .inclusive_asides import INCLUSIVE_RE as _INCLUSIVE_RE
from .inclusive_asides import aside_end
from .indefinite import indefinite_body
from .initials_names import initials_named
from .islamic_world import addressee_ref
from .lang import either, every
from .limits import MAX_MARKS
from .names import (
    ADJECTIVE,
    OWNER_ACRONYM_RE,
    PLACES_RE,
    acronym_led,
    apposed,
    bracket_end,
    listed_before_a_body,
    longer_name,
    names_something,
    outside,
    place_end,
    without_place,
)
from .pronouns import resolve_pronoun
from .speaker_tail import after_speaker
from .state_adjective_lists import series_and_states
from .subjects import (
    agent_starts,
    is_singular,
    joined_cuts,
    no_body_opens,
    obligation_at,
    pronoun_at,
    qualifier_end,
    subject_end,
    subordinator_end,
)
from .time_phrases import is_session_time, is_time

__all__ = ["PARTNER_END_RE", "PARTNER_RE", "addressees", "chunks", "note"]

Span = tuple[int, int]

_JOINED = every("joined_joiners")
# "toutes les parties, mais en particulier les autorités syriennes", "all parties,
# but in particular the Government": a contrast singles out a body asked too,
# where "in particular" alone would only say which of the list's members.
_CONTRAST = r"(?:mais|but)\s+"
_SPLIT_RE = re.compile(
    rf"\s*[,;]\s*(?:(?:{_CONTRAST})?{either('list_joiners')}(?:\s+|(?<=')))?"
    rf"|\s+{either('list_joiners')}(?:\s+(?!{NAME_GOES_ON}|{ADJECTIVE})|(?<=')|$)"  # "et de la"
    rf"|^{either('inclusive_openers')}\s+"
    + (rf"|\s+(?={either('joined_joiners')})" if _JOINED else "")
)
_MORE_RE = re.compile(
    rf"\s*(?:[,;]\s*)?(?:{either('list_joiners')}\s"
    + (rf"|{either('joined_joiners')}" if _JOINED else "")
    + ")"
)
_JOINED_RE = re.compile(either("joined_joiners") if _JOINED else r"(?!)")
_JOINED_AFTER_RE = re.compile(either("joined_after") if every("joined_after") else r"(?!)")
_ARTICLE_RE = re.compile(rf"(?<![\w']){either('articles')}(?![\w])")
_QUANTIFIER_RE = re.compile(rf"{either('quantifiers')}(?=\s)")
_GENERIC_RE = re.compile(rf"(?:{either('generic_addressees')})$")
_LEADING_RE = re.compile(rf"(?:{either('leading_words')}(?:\s+|(?<=')))+")
_RELATIVE_RE = re.compile(rf"^{either('relatives')}\b")
PARTNER_RE = re.compile(rf"(?<![\w']){either('partner_phrases')}(?![\w])\s*")
_TOPIC_RE = re.compile(
    rf"\s*{either('topic_openers')}(?![\w'])" if every("topic_openers") else r"(?!)"
)
PARTNER_END_RE = re.compile(rf"[,;.:]|\s+{either('purpose_words')}\b")
_HEAD_RE = re.compile(either("body_heads") if every("body_heads") else r"(?!)")
_SELF_RE = re.compile(either("self_names") if every("self_names") else r"(?!)")
_OPENING = ' .,;:)("\u00ab\u201c'
_CLOSING = ' .,;:)("\u00bb\u201d\u00ab\u201c'  # (an opening mark: the quoted request)


def chunks(span: str, folded: str, index: Index, offset: int) -> list[tuple[int, int, int, bool]]:
    """Split an addressee span into (start, end, written, determined) pieces,
    never inside a registered name; ``written`` is where the name starts when
    written with a quantifier ("all parties"), else ``start``; ``determined``:
    an article or a quantifier stood before it ("les", "all")."""
    named = mentions(index, span, folded)
    protected = [(s, e) for s, e, _ in named]
    found = [(m.start(), m.end()) for m in _SPLIT_RE.finditer(folded)]
    # Places after a name are States only ("pour l'Inde et le Pakistan", not "et la BID").
    bodies = [s for s, _, entry in named if not entry.place]
    states = [(s, e) for s, e, entry in named if entry.place]
    places = [
        (m.start(), m.end())
        for m in PLACES_RE.finditer(span)
        if bisect_left(bodies, m.start()) == bisect_left(bodies, m.end())
    ]
    # "و" joined to a word without the article: a new addressee, the joiner dropped.
    found += joined_cuts(span, (m.end() for m in _JOINED_AFTER_RE.finditer(folded)))
    # (and a name holding "and" before its acronym: "Justice and Equality Movement (JEM)")
    cuts = outside(sorted(found), sorted(protected + places + initials_named(span, protected)))
    upper = span.isupper()  # a text in capitals: read once, not for each name
    # Two registered names side by side are two addressees, whatever joins
    # them (Arabic writes "و" joined to the second: "الدول الأعضاء ومؤسسات ..."),
    # unless the second is tied to the first by its particle ("الأمانة العامة
    # لمنظمة ...": the secretariat of the organisation, one body).
    for (begin, end), (start, stop) in zip(protected, protected[1:], strict=False):
        if folded[end:start].strip() or is_attached(index, folded[start:stop]):
            continue
        if not upper and OWNER_ACRONYM_RE.fullmatch(span, begin, start):
            continue  # "AU Member States": the members of that organisation, one body
        cuts.append((start, start))
    pieces: list[tuple[int, int]] = []
    pos = 0
    for cut_start, cut_end in sorted(cuts):
        if cut_start < pos:
            continue
        pieces.append((pos, cut_start))
        pos = cut_end
    pieces.append((pos, len(span)))
    name_starts = {s for s, _ in protected}
    name_list = [s for s, _ in protected]  # sorted
    pieces = series_and_states(pieces, span, _LEADING_RE, _GENERIC_RE, index)
    cleaned: list[tuple[int, int, int, bool]] = []
    for start, end in pieces:
        while start < end and folded[start] in _OPENING:  # also a quotation opening on it
            start += 1
        written = None
        lead = _LEADING_RE.match(folded, start, end)
        # (read on the piece alone: after "ainsi qu'", "aux" is an article too)
        determined = bool(lead) and bool(_ARTICLE_RE.search(folded[start : lead.end()]))
        if lead:
            quantifier = _QUANTIFIER_RE.search(folded, start, lead.end())
            written = quantifier.start() if quantifier else None
            # An acronym opening a registered name is no article of another
            # language: "the AU Commission" is not "Commission" ("au" in French).
            at = bisect_right(name_list, lead.end() - 1) - 1  # the name around the lead's end
            name = protected[at] if at >= 0 else (-1, -1)
            acronym = start <= name[0] and lead.end() < name[1]
            acronym = acronym and span[name[0] : lead.end()].strip().isupper()
            # A word in capitals among lower-case words is an acronym, never an
            # article: "requests AU Member States" keeps "AU" ("au" in French).
            caps = None if acronym or upper else _CAPS_RE.search(span, start, lead.end())
            start = name[0] if acronym else caps.start() if caps else lead.end()
        joined = _JOINED_RE.match(folded, start, end)
        if joined and start not in name_starts:
            start = joined.end()
        while end > start and folded[end - 1] in _CLOSING:
            if folded[end - 1] == ")" and (kept := bracket_end(span, folded, start, end)):
                end = kept  # "X (ECOMIB)" ends at X; "X (1999)" keeps its bracket
                break
            end -= 1
        end = without_place(span, folded, start, end, states)  # "les belligérants en Libye"
        if start < end and not is_time(folded[start:end]):  # ", اليوم الأربعاء،"
            name_start = start if written is None else written
            cleaned.append((start + offset, end + offset, name_start + offset, determined))
    return cleaned


def note(where: dict[BodyRef, dict[Span, None]] | None, ref: BodyRef, span: Span) -> None:
    if where is not None and len(spans := where.setdefault(ref, {})) < MAX_MARKS:
        spans.setdefault(span)


class _Reader:
    """One paragraph's text, folded text and registry, for reading addressees."""

    def __init__(self, text, folded, index, warnings, where, named: Named) -> None:
        self.text, self.folded, self.index = text, folded, index
        self.warnings, self.where, self.named = warnings, where, named

    def subject_end(self, start: int, end: int) -> int:
        """Where the name opening ``text[start:end]`` ends (``subjects.subject_end``)."""
        return subject_end(self.text, self.folded, start, end, self.named.spans())

    def names(
        self, start: int, stop: int, strict: bool, proper: bool = False, headed: bool = False
    ) -> list[BodyRef]:
        """The bodies a list of addressees ``text[start:stop]`` names. ``strict``:
        the list is known to end at ``stop`` (an infinitive follows), so a name
        outside the registry counts; ``proper``: only a registered body, a
        generic addressee or a name opening with a capital does; ``headed``: only
        a registered body or a name opening with a body's head noun ("اللجنة"),
        never the body that met naming itself ("مجلس الجامعة")."""
        text, folded, index = self.text, self.folded, self.index
        owners: dict[BodyRef, None] = {}  # in order, each once
        partner = PARTNER_RE.search(folded, start, stop)
        # "Member States, in particular those of the region": after such an
        # opener, a name outside the registry qualifies the list, it adds no body.
        inclusive = _INCLUSIVE_RE.search(folded, start, stop)
        pieces = chunks(text[start:stop], folded[start:stop], index, start)
        # After a qualifier ("the Doha process led by the Mediator and the
        # Government of Qatar"), the names joined to it without a comma are its own.
        qualified_end: int | None = None
        for number, (c_start, c_end, c_written, determined) in enumerate(pieces):
            if qualified_end is not None:
                if not _LIST_BREAK_RE.search(folded, qualified_end, c_start):
                    qualified_end = c_end
                    continue
                qualified_end = None
            chunk_folded = folded[c_start:c_end]
            if _RELATIVE_RE.match(chunk_folded) or PARTNER_RE.match(chunk_folded):
                continue
            if headed and _SELF_RE.fullmatch(chunk_folded):
                continue
            if partner and c_start >= partner.start():
                continue
            entry = lookup(index, text[c_start:c_end])
            if entry is None and (ref := acronym_led(index, text, c_start, c_end)):
                self.keep(owners, ref, c_start, c_end)  # "AU Member States", as written
                continue
            if entry is None:
                entry = opening_entry(index, text, folded, c_start, c_end)
                if (
                    entry is not None
                    and strict
                    and longer_name(index, text, folded, c_start, c_end)
                ):
                    entry = None  # "the Organisation of African Unity" is not "the Organisation"
                elif (
                    entry is not None
                    and strict
                    and names_one_body(index, text, folded, c_start, c_end)
                    and not _OWN_ORGANS_RE.search(chunk_folded)
                ):
                    # A registered name, then words naming no body: the list of
                    # addressees ends there, the action follows ("... مواصلة تقديم").
                    self.keep(owners, BodyRef.of(entry), c_start, c_end)
                    break
            if entry is not None:
                self.keep(owners, BodyRef.of(entry), c_start, c_end)
                continue
            if not any(c.isalpha() for c in chunk_folded) or apposed(text, folded, pieces, number):
                continue  # a stray mark; "the commander, Lt Gen X,": the same person
            if is_time(chunk_folded) or is_session_time(chunk_folded):
                continue  # "الدول الأعضاء، اليوم الأربعاء، على ...": when, not whom
            if (last := after_speaker(index, text, folded, c_start, c_end)) is not None:
                self.keep(owners, BodyRef.of(last[2]), last[0], last[1])
                continue
            if inclusive and inclusive.start() <= c_start < aside_end(folded, inclusive, stop):
                continue
            cut = c_start + qualifier_end(text[c_start:c_end])  # "established by ..."
            if cut < c_end:
                qualified_end = c_end
            c_end = place_end(index, text, folded, c_start, cut)
            c_end = generic_place_end(text, folded, c_start, c_end)  # "parties in X"
            chunk_folded = folded[c_start:c_end]
            generic = bool(_GENERIC_RE.match(chunk_folded))
            if strict and not generic and (at := indefinite_body(folded, c_start, c_end)):
                c_start, c_written, determined = at, at, True
            if headed and not _HEAD_RE.match(chunk_folded):
                continue
            if proper and not generic and not names_something(text[c_start:c_end], False):
                continue
            if generic or (
                (strict or listed_before_a_body(index, text, folded, pieces, number))
                and names_something(text[c_start:c_end], determined, text[c_written:c_start])
            ):
                ref = addressee_ref(index, text, (c_start, c_end, c_written), self.warnings)
                self.keep(owners, ref, c_start, c_end)
        return list(owners)

    def keep(self, owners: dict[BodyRef, None], ref: BodyRef, start: int, end: int) -> None:
        note(self.where, ref, (start, end))
        owners.setdefault(ref)

    def agents(self, start: int, end: int) -> list[BodyRef]:
        """The body a request names after its nominal object: "a ceasefire
        respected by all parties", "the cooperation of the Government"."""
        for at in agent_starts(self.folded, start, end):
            stop = self.subject_end(at, end)
            if _POSSESSIVE_RE.match(self.text, stop):
                continue  # "backed by Algeria's efforts": whose efforts, no agent
            found = self.names(at, stop, strict=True, proper=True)
            if found:
                return found
        return []


# What the agent of a demand worded as a noun does ends it: "by the parties of the
# resolutions", "by all States with the embargo".
_AGENT_END_RE = re.compile(r"\s(?:of|with)\s")
_CAPS_RE = re.compile(r"(?<![\w'])[A-Z]{2,}(?![\w'])")
_LIST_BREAK_RE = re.compile(r"[,;\u060c\u061b]")
_POSSESSIVE_RE = re.compile(r"['\u2019]s(?![\w'])")
# A registered body's own governments in the possessive ("all Member States'
# Governments, ..."), its acronym between dashes ("منظمة ... - يونسكو -"), or its
# members "in the Organisation" ("الدول الأعضاء في المنظمة والمؤسسات ..."): that
# body, and the list of addressees goes on after it (folded text).
_OWN_ORGANS_RE = re.compile(
    r"'s?\s+(?:governments?|authorities)$|\s-\s*\w+\s*-$|\s(?:في\s+|ب)المنظمه$"
)


def _after_topic(folded: str, start: int, end: int) -> int:
    """Past a topic or an attribution opening the words before a verb, up to
    its comma ("S'agissant de ..., le Secrétariat est", "According to the
    statement, OIC shall"): the subject follows it."""
    comma = folded.find(",", start, end)
    return comma + 1 if comma >= 0 and _TOPIC_RE.match(folded, start, end) else start


_OPENING_QUOTE_RE = re.compile(r'\s*["\u00ab\u201c]\s*')


def addressees(
    text: str,
    folded: str,
    clause: Clause,
    index: Index,
    previous_owners: list[BodyRef],
    warnings: list[str],
    where: dict[BodyRef, dict[Span, None]] | None,
    named: Named,
) -> list[BodyRef]:
    reader = _Reader(text, folded, index, warnings, where, named)
    verb = clause.verb
    start, end = verb.end, clause.end
    if verb.that:  # the subject of a that-clause: "demands that the parties ..."
        start = after_aside(folded, start, end)  # "decides that, in addition to ..., X shall"
        pronoun = pronoun_at(folded, start, end)
        if pronoun:  # "demande qu'il ...": the body named before (the first, for "il")
            refs = resolve_pronoun(text, folded, clause, named, previous_owners, warnings, pronoun)
            return refs[:1] if is_singular(pronoun) else refs
        if verb.that == "obligation":  # "decides that the Mission shall verify ..."
            end = obligation_at(folded, start, end)
            if end is None:
                return []
        stop = reader.subject_end(start, end)
        if verb.that == "agent":  # "implementation by the parties of the resolutions"
            of = _AGENT_END_RE.search(folded, start, stop)
            stop = of.start() if of else stop
        return reader.names(start, stop, True, True)
    if verb.sentence_subject:  # "Le Secrétaire général fournira ...": a body opens it
        if clause.start != clause.sentence[0]:
            return []
        if verb.subject_before:
            if no_body_opens(folded, clause.start, verb.start):
                return []  # "Il s'agira d'une mission ...", "X a dit que Y fera ..."
            begin = _after_topic(folded, clause.start, verb.start)  # "According to ..., OIC"
            return reader.names(begin, verb.start, True, True)
        if folded[clause.start : verb.start].strip():
            return []  # "تعقد اللجنة ...": the verb opens the sentence, the body follows
        tail = folded[verb.end : end]
        names = [(s, e) for s, e, _ in mentions(index, text[verb.end : end], tail)]
        stop = marker(tail, names)
        return reader.names(start, end if stop is None else start + stop, True, headed=True)
    if verb.subject_before:  # the passive: the subject is the addressee
        start, end = subordinator_end(folded, clause.start, verb.start), verb.start
        start = _after_topic(folded, start, end)  # "S'agissant de ..., le Secrétariat est"
    owners: dict[BodyRef, None] = {}  # in order, each once
    pronoun = verb.pronoun
    after = PRONOUN_AFTER_VERB_RE.match(folded, start, end)
    if after:
        pronoun, start = after.group().strip(), after.end()
    if pronoun:
        refs = resolve_pronoun(text, folded, clause, named, previous_owners, warnings, pronoun)
        owners.update(dict.fromkeys(refs[:1] if is_singular(pronoun) else refs))
        # After "them", more addressees only after a joiner ("urges them and ...");
        # otherwise what follows is the action ("طلب منها الإسهام ...").
        if not _MORE_RE.match(folded, start, end):
            return list(owners)

    # A report quoting the call from its addressee on: 'calling on "all parties to ...'.
    quote = _OPENING_QUOTE_RE.match(text, start, end)
    start = quote.end() if quote and not verb.subject_before else start
    tail_folded = folded[start:end]
    names = [(s, e) for s, e, _ in mentions(index, text[start:end], tail_folded)]
    ends = [
        at for at in (marker(tail_folded, names), list_end(folded, start, end)) if at is not None
    ]
    strict = bool(ends) or verb.subject_before
    stop = start + min(ends, default=len(tail_folded))
    stop = before_aside(folded, start, stop)  # "X (a group ..., Ed.) to"
    owners.update(dict.fromkeys(reader.names(start, stop, strict)))
    if not owners and not verb.subject_before:
        owners.update(dict.fromkeys(reader.agents(verb.end, clause.end)))
    return list(owners)
