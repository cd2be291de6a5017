"""Paragraph -> requests.

Reads one operative paragraph and says who is asked to do what: the clauses
opened by a request verb ("a demandé aux États membres de ...", "REQUESTS the
Secretary-General to ..."), the bodies they address (matched against the body
registry), the partners they must work with, and a due date or deadline
phrase. Every language of ``lang`` is always active. Never raises on text.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from .bodies import (
    BodyRef,
    Index,
    Named,
    RegistryEntry,
    index_of,
    is_attached,
    lookup,
    mentions,
    names_one_body,
    opening_entry,
    unregistered,
)
from .clauses import PRONOUN_AFTER_VERB_RE, Clause, clauses
from .dates import scan_dates
from .due import due_of
from .folding import fold_text, strip_marks
from .lang import LANGUAGES, either, every
from .limits import MAX_MARKS, MAX_PARTNERS, MAX_REQUESTS
from .names import (
    PLACES_RE,
    adjective_series,
    listed_before_a_body,
    longer_name,
    names_something,
    outside,
)

__all__ = ["ExtractedRequest", "Extraction", "Span", "extract", "extraction_text"]

Span = tuple[int, int]
"""(start, end) of the words behind a finding, in ``Extraction.text``."""


@dataclass(frozen=True)
class ExtractedRequest:
    """One body asked to act by one paragraph."""

    owner: BodyRef
    partners: tuple[BodyRef, ...]
    summary: str
    due_date: dt.date | None
    due_text: str
    # Where the findings are written, in Extraction.text (for highlighting;
    # not part of the equality of two requests, nor of any JSON contract).
    verb_spans: tuple[Span, ...] = field(default=(), compare=False)
    owner_spans: tuple[Span, ...] = field(default=(), compare=False)
    partner_spans: tuple[Span, ...] = field(default=(), compare=False)
    due_span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Extraction:
    kind: str  # "request" or "statement"
    requests: tuple[ExtractedRequest, ...]
    warnings: tuple[str, ...]
    text: str = field(default="", compare=False)  # the paragraph as the spans count it


def extraction_text(text: str) -> str:
    """The paragraph as ``extract`` reads it: marks stripped, spaces collapsed."""
    return " ".join(strip_marks(str(text)).split())


# --------------------------------------------------------------------------
# Addressees and partners, matched on folded text

_MARKERS = tuple(
    (re.compile(m.pattern), re.compile(m.verb), m.not_verbs)
    for table in LANGUAGES
    for m in table.infinitive_markers
)
_JOINED = every("joined_joiners")
_SPLIT_RE = re.compile(
    rf"\s*[,;]\s*(?:{either('list_joiners')}(?:\s+|(?<=')))?"
    rf"|\s+{either('list_joiners')}(?:\s+|(?<=')|$)"
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
_PARTNER_RE = re.compile(rf"(?<![\w']){either('partner_phrases')}(?![\w])\s*")
_PARTNER_END_RE = re.compile(rf"[,;.:]|\s+{either('purpose_words')}\b")


def _marker(tail: str, names: list[tuple[int, int]] = ()) -> int | None:
    """Where the addressee span ends: before "de/à/pour + infinitive" or "to + verb",
    never inside one of the registered ``names`` (start, end) of the tail."""
    best: int | None = None
    starts = [s for s, _ in names]  # sorted, and the names do not overlap
    for pattern, verb, not_verbs in _MARKERS:
        for m in pattern.finditer(tail):
            word = m.group("verb")
            at = bisect_right(starts, m.start("verb")) - 1
            if at >= 0 and m.start("verb") < names[at][1]:
                continue
            if word not in not_verbs and verb.fullmatch(word):
                best = m.start() if best is None else min(best, m.start())
                break
    return best


def _chunks(span: str, folded: str, index: Index, offset: int) -> list[tuple[int, int, int, bool]]:
    """Split an addressee span into (start, end, written, determined) pieces,
    never inside a registered name; ``written`` is where the name starts when
    written with a quantifier ("all parties"), else ``start``; ``determined``:
    an article or a quantifier stood before it ("les", "all")."""
    protected = [(s, e) for s, e, _ in mentions(index, span, folded)]
    found = [(m.start(), m.end()) for m in _SPLIT_RE.finditer(folded)]
    places = [(m.start(), m.end()) for m in PLACES_RE.finditer(span)]
    # "و" joined to a word without the article, after a word with it: a new
    # addressee ("الدول المعنية ومؤسسات التمويل"), the joiner dropped.
    found += [(m.end(), m.end() + 1) for m in _JOINED_AFTER_RE.finditer(folded)]
    cuts = outside(sorted(found), sorted(protected + places))
    # Two registered names side by side are two addressees, whatever joins
    # them (Arabic writes "و" joined to the second: "الدول الأعضاء ومؤسسات ..."),
    # unless the second is tied to the first by its particle ("الأمانة العامة
    # لمنظمة ...": the secretariat of the organisation, one body).
    for (_, end), (start, stop) in zip(protected, protected[1:], strict=False):
        if not folded[end:start].strip() and not is_attached(index, folded[start:stop]):
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
    pieces = adjective_series(pieces, span, _LEADING_RE)
    cleaned: list[tuple[int, int, int, bool]] = []
    for start, end in pieces:
        while start < end and folded[start] in " .,;:)(":
            start += 1
        written = None
        lead = _LEADING_RE.match(folded, start, end)
        determined = bool(lead) and bool(_ARTICLE_RE.search(folded, start, lead.end()))
        if lead:
            quantifier = _QUANTIFIER_RE.search(folded, start, lead.end())
            written = quantifier.start() if quantifier else None
            start = lead.end()
        joined = _JOINED_RE.match(folded, start, end)
        if joined and start not in name_starts:
            start = joined.end()
        while end > start and folded[end - 1] in " .,;:)(":
            end -= 1
        if start < end:
            name_start = start if written is None else written
            cleaned.append((start + offset, end + offset, name_start + offset, determined))
    return cleaned


# --------------------------------------------------------------------------
# Entry point


@dataclass
class _Draft:
    owner: BodyRef
    partners: dict[BodyRef, None]  # in order, each once
    summaries: dict[str, None]
    clauses: list[Clause]


def extract(text: str, registry: Sequence[RegistryEntry], language: str = "") -> Extraction:
    """Classify a paragraph and list the requests it makes, one per addressed body.

    Every language's patterns are always active, so ``language`` only
    documents the expected language; a paragraph in another one still works.
    """
    text = extraction_text(text)
    folded = fold_text(text)
    index = index_of(registry)
    warnings: list[str] = []
    drafts: dict[str, _Draft] = {}
    previous_owners: list[BodyRef] = []
    named = Named(index, text, folded)
    found = clauses(text, folded)
    requests_per_sentence: dict[tuple[int, int], int] = {}
    resolved: list[tuple[Clause, list[BodyRef], list[BodyRef]]] = []
    where: dict[BodyRef, dict[Span, None]] = {}  # the words naming each body

    for clause in found:
        if clause.verb.kind != "request":
            continue
        owners = _addressees(text, folded, clause, index, previous_owners, warnings, where, named)
        if not owners:
            continue
        partners = _partners(text, folded, clause, index, warnings, where)
        named_partners = set(partners)
        owners = [o for o in owners if o not in named_partners]
        if not owners:
            continue
        previous_owners = owners
        resolved.append((clause, owners, partners))
        requests_per_sentence[clause.sentence] = requests_per_sentence.get(clause.sentence, 0) + 1

    left_out: dict[str, None] = {}
    for clause, owners, partners in resolved:
        if requests_per_sentence[clause.sentence] == 1:
            summary = text[clause.sentence[0] : clause.sentence[1]].strip()
        else:
            summary = text[clause.start : clause.end].strip(" ,;")
        for owner in owners:
            if owner.slug not in drafts and len(drafts) >= MAX_REQUESTS:
                left_out.setdefault(owner.name)
                continue
            draft = drafts.setdefault(owner.slug, _Draft(owner, {}, {}, []))
            draft.summaries.setdefault(summary)
            for partner in partners:
                if len(draft.partners) < MAX_PARTNERS or partner in draft.partners:
                    draft.partners.setdefault(partner)
                else:
                    left_out.setdefault(partner.name)
            draft.clauses.append(clause)
    if left_out:  # a cap of decisions/text/limits.py was reached
        warnings.append(
            f"more than {MAX_REQUESTS} addressees, or {MAX_PARTNERS} partners of one: "
            f"{len(left_out):,} left out ('{next(iter(left_out))[:60]}' ...); review it by hand"
        )

    dates = scan_dates(text)
    requests = []
    for draft in drafts.values():
        due_date, due_text, due_span = due_of(text, folded, draft.clauses, dates)
        requests.append(
            ExtractedRequest(
                owner=draft.owner,
                partners=tuple(draft.partners),
                summary=" ".join(draft.summaries),
                due_date=due_date,
                due_text=due_text,
                verb_spans=tuple(dict.fromkeys((c.verb.start, c.verb.end) for c in draft.clauses)),
                owner_spans=tuple(where.get(draft.owner, ())),
                partner_spans=tuple(s for p in draft.partners for s in where.get(p, ())),
                due_span=due_span,
            )
        )
    kind = "request" if requests else "statement"
    return Extraction(kind, tuple(requests), tuple(dict.fromkeys(warnings)), text)


def _note(where: dict[BodyRef, dict[Span, None]] | None, ref: BodyRef, span: Span) -> None:
    if where is not None and len(spans := where.setdefault(ref, {})) < MAX_MARKS:
        spans.setdefault(span)


def _addressees(
    text: str,
    folded: str,
    clause: Clause,
    index: Index,
    previous_owners: list[BodyRef],
    warnings: list[str],
    where: dict[BodyRef, dict[Span, None]] | None,
    named: Named,
) -> list[BodyRef]:
    owners: dict[BodyRef, None] = {}  # in order, each once
    start, end = clause.verb.end, clause.end
    if clause.verb.subject_before:  # the passive: the subject is the addressee
        start, end = clause.start, clause.verb.start
    pronoun = clause.verb.pronoun
    after = PRONOUN_AFTER_VERB_RE.match(folded, start, end)
    if after:
        pronoun, start = after.group().strip(), after.end()
    if pronoun:
        owners.update(
            dict.fromkeys(_resolve_pronoun(text, clause, named, previous_owners, warnings))
        )
        # After "them", more addressees only after a joiner ("urges them and ...");
        # otherwise what follows is the action ("طلب منها الإسهام ...").
        if not _MORE_RE.match(folded, start, end):
            return list(owners)

    tail_folded = folded[start:end]
    partner = _PARTNER_RE.search(tail_folded)
    names = [(s, e) for s, e, _ in mentions(index, text[start:end], tail_folded)]
    marker = _marker(tail_folded, names)
    strict = marker is not None or clause.verb.subject_before
    span_end = marker if marker is not None else len(tail_folded)
    span = text[start : start + span_end]
    pieces = _chunks(span, folded[start : start + span_end], index, start)
    for number, (c_start, c_end, c_written, determined) in enumerate(pieces):
        chunk_folded = folded[c_start:c_end]
        if _RELATIVE_RE.match(chunk_folded) or _PARTNER_RE.match(chunk_folded):
            continue
        if partner and c_start >= start + partner.start():
            continue
        entry = lookup(index, text[c_start:c_end])
        if entry is None:
            entry = opening_entry(index, text, folded, c_start, c_end)
            if entry is not None and strict and longer_name(index, text, folded, c_start, c_end):
                entry = None  # "the Organisation of African Unity" is not "the Organisation"
            elif (
                entry is not None and strict and names_one_body(index, text, folded, c_start, c_end)
            ):
                # A registered name, then words naming no body: the list of
                # addressees ends there, the action follows ("... مواصلة تقديم").
                ref = BodyRef.of(entry)
                _note(where, ref, (c_start, c_end))
                owners.setdefault(ref)
                break
        if entry is not None:
            ref = BodyRef.of(entry)
        elif _GENERIC_RE.match(chunk_folded) or (
            (strict or listed_before_a_body(index, text, folded, pieces, number))
            and names_something(text[c_start:c_end], determined)
        ):
            ref = unregistered(text[c_start:c_end], text[c_written:c_end])
            warnings.append(
                f"paragraph text mentions an addressee not in the registry: '{ref.name}'"
            )
        else:
            continue
        _note(where, ref, (c_start, c_end))
        owners.setdefault(ref)
    return list(owners)


def _resolve_pronoun(
    text: str,
    clause: Clause,
    named: Named,
    previous_owners: list[BodyRef],
    warnings: list[str],
) -> list[BodyRef]:
    if previous_owners:
        return list(previous_owners)
    for refs in named.antecedents(clause.sentence[0], clause.verb.start):
        if refs:
            return refs
    warnings.append(
        f"could not tell which body a pronoun refers to: '{text[clause.start : clause.end]}'"
    )
    return []


def _partners(
    text: str,
    folded: str,
    clause: Clause,
    index: Index,
    warnings: list[str],
    where: dict[BodyRef, dict[Span, None]] | None = None,
) -> list[BodyRef]:
    partners: dict[BodyRef, None] = {}  # in order, each once
    phrases = list(_PARTNER_RE.finditer(folded, clause.start, clause.end))
    for i, m in enumerate(phrases):
        # The partners named after a phrase end at the next phrase: each part of
        # the clause is read once ("with the support of A, in cooperation with B").
        limit = phrases[i + 1].start() if i + 1 < len(phrases) else clause.end
        stop = _PARTNER_END_RE.search(folded, m.end(), limit)
        end = stop.start() if stop else limit
        pieces = _chunks(text[m.end() : end], folded[m.end() : end], index, m.end())
        for c_start, c_end, c_written, _ in pieces:
            entry = lookup(index, text[c_start:c_end])
            if entry is not None:
                ref = BodyRef.of(entry)
            else:
                ref = unregistered(text[c_start:c_end], text[c_written:c_end])
                warnings.append(
                    f"paragraph text mentions a partner not in the registry: '{ref.name}'"
                )
            _note(where, ref, (c_start, c_end))
            partners.setdefault(ref)
    return list(partners)
