"""Paragraph -> requests.

Reads one operative paragraph and says who is asked to do what: the clauses
opened by a request verb ("a demandé aux États membres de ...", "REQUESTS the
Secretary-General to ..."), the bodies they address (matched against the body
registry), the partners they must work with, and a due date or deadline
phrase. Every language of ``lang`` is always active. Never raises on text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from .addressees import addressees
from .adjective_states import government_of_the_state_named
from .antecedents import pointed_at
from .bodies import BodyRef, Index, Named, RegistryEntry, index_of, lookup, mentions, unregistered
from .clauses import Clause, clauses
from .context import (
    Earlier,
    acronyms,
    established,
    named,
    organisation_named,
    points_back,
    with_context,
)
from .dates import scan_dates
from .due import due_of
from .epithets import Epithets
from .extraction_texts import extraction_text
from .folding import fold_text
from .group_places import without_place
from .head_speaker import head_after, head_leads
from .head_surname import HeadSurnames
from .issuer import Home, home_body, home_names, shared_elsewhere
from .joint_organs import joint_organs
from .limits import MAX_PARTNERS, MAX_REQUESTS
from .opened_head import opened_heads
from .partners import partners_of
from .state_of import merge_spans, states_of
from .states import state_organs_of
from .the_latter import the_latter
from .topic_names import TopicNames

__all__ = [
    "ExtractedRequest",
    "Extraction",
    "Span",
    "extract",
    "extract_all",
    "extraction_text",
]

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
    # Owners as written before they were read as a State ("Gouvernement du
    # Tchad" -> Chad): a later "desdits Gouvernements" points back at them.
    as_written: tuple[BodyRef, ...] = field(default=(), compare=False)


# --------------------------------------------------------------------------
# Entry point


@dataclass
class _Draft:
    owner: BodyRef
    partners: dict[BodyRef, None]  # in order, each once
    summaries: dict[str, None]
    clauses: list[Clause]


def extract_all(
    texts: Sequence[str], registry: Sequence[RegistryEntry], language: str = "", head: str = ""
) -> list[Extraction]:
    """``extract`` of a report's paragraphs in order, each read with the owners
    of the paragraphs before it and the bodies they named or established
    (``earlier``), and the short names of the issuing organisation's bodies
    its ``head`` (title block, preamble) gives ("the Commission" of an AU text)."""
    earlier = Earlier()
    home = home_names(head, registry, lead=texts[0] if texts else "")
    speaks = head_leads(head, *texts[:1], more=texts[1:3])  # "He called on ...": head_speaker
    opened = opened_heads(texts)  # "OIC Secretary General X praised ... He called on ..."
    places = {e.slug for e in registry if e.place}
    # Each State and each organ of one ("government-of-mali"): its State.
    states = {
        e.slug: e.slug if e.place else e.parent for e in registry if e.place or e.parent in places
    }
    found = []
    index = index_of(registry)
    epithets = Epithets(registry, index, head)  # "المنظمة الدولية" after the UN was named
    topics = TopicNames(registry, head)  # "the Office of the High Commissioner" (topic_names)
    surnames = HeadSurnames(index)  # "دعا طه مجلس الأمن": the head by his name (head_surname)
    for at, text in enumerate(texts):
        epithets.seen(text)
        # "the Government of Sudan (GoS)": a later "the GoS" names that body.
        pairs = acronyms(text)
        earlier.add_acronyms(
            [
                (a, ref)
                for a, name in pairs
                if lookup(index, a) is None and (ref := _defined(index, registry, name))
            ]
        )
        if earlier.organisation is None and (defined := organisation_named(pairs)):
            entry = lookup(index, defined)  # "the bloc" asked later is this organisation
            earlier.organisation = BodyRef.of(entry) if entry else unregistered(defined)
        head_here = head_after(speaks or opened[at][0], texts[at - 1] if at else "", text)
        extraction = extract(text, registry, language, earlier=earlier, home=home, head=head_here)
        resolved = topics.resolve(epithets.resolve(extraction.requests, extraction.text), text)
        extraction = replace(extraction, requests=surnames.resolve(resolved, text))
        earlier.last = pointed_at(extraction.requests, index, text)
        earlier.add([r.owner for r in extraction.requests])
        earlier.add_states(
            {states[r.owner.slug]: r.owner for r in extraction.requests if r.owner.slug in states}
        )
        earlier.add(extraction.as_written)  # "Gouvernement du Tchad", read as Chad
        earlier.add(established(text))  # "Établit une Commission ..."
        earlier.add(named(text))  # "... a Panel of Experts to gather ..."
        found.append(extraction)
    return found


def extract(
    text: str,
    registry: Sequence[RegistryEntry],
    language: str = "",
    earlier: Sequence[BodyRef] | Earlier = (),
    home: Mapping[str, BodyRef] | None = None,
    head: bool | str = False,
) -> Extraction:
    """Classify a paragraph and list the requests it makes, one per addressed body.

    Every language's patterns are always active, so ``language`` only
    documents the expected language; a paragraph in another one still works.
    ``earlier``: the owners of the report's paragraphs before this one, for a
    short second mention ("the Panel") or words pointing back ("the said
    Governments"); without them, such a name stays as written. ``home``: the
    short names of the issuing organisation's bodies (``issuer.home_names``).
    ``head``: the report's lead names the organisation's Secretary-General, whose
    words ("He called on ...") are the organisation's (``head_speaker``).
    """
    text = extraction_text(text)
    folded = fold_text(text)
    index = index_of(registry)
    earlier = earlier if isinstance(earlier, Earlier) else Earlier(earlier)
    warnings: list[str] = []
    drafts: dict[str, _Draft] = {}
    previous_owners: list[BodyRef] = []
    seen_here = Earlier()  # the owners of this paragraph's clauses so far, indexed once
    named = Named(index, text, folded)
    named.previous = earlier.last
    found = clauses(text, folded, head)
    requests_per_sentence: dict[tuple[int, int], int] = {}
    resolved: list[tuple[Clause, list[BodyRef], list[BodyRef]]] = []
    states: dict[BodyRef, None] = {}  # owners as written, read as a State
    where: dict[BodyRef, dict[Span, None]] = {}  # the words naming each body
    merged: dict[tuple[BodyRef, BodyRef], int] = {}  # spans of a name given its body so far
    read_as: dict[BodyRef, BodyRef] = {}  # each registered owner, as the issuer reads it

    for clause in found:
        if clause.verb.kind != "request":
            continue
        owners = addressees(text, folded, clause, index, previous_owners, warnings, where, named)
        owners = _placed(owners, index, where)  # "أصحاب المصلحة في السودان"
        owners = the_latter(owners, text, clause, index, where)  # the body named last
        written = with_context(owners, earlier, home)  # "the Panel" -> "Panel of Experts"
        if not earlier.states and not seen_here.states:  # "the Syrian ... the Government"
            written = government_of_the_state_named(written, text[: clause.end], index)
        # "le Chef mentionné ci-dessus", "ses membres permanents" after "les membres
        # permanents du Conseil": the body this paragraph named before.
        back = [o for o in owners if points_back(o.name) or not o.registered]
        if back and (seen_here or seen_here.states):  # the body this paragraph named before
            for ref, as_written in with_context(back, seen_here).items():
                if ref != as_written:
                    written = {(ref if r == as_written else r): w for r, w in written.items()}
        for ref, as_written in written.items():
            if ref != as_written:
                merge_spans(where, ref, as_written, merged)
        owners = list(
            dict.fromkeys(s for o in written for s in _of_state(o, registry, where, states))
        )
        owners = _joint(text, owners, registry, where)  # "the Secretaries-General of A and B"
        if isinstance(home, Home):  # "the General Assembly" of an OIC text: for review
            # Once per body and paragraph: its spans grow with every short
            # mention read as it ("the Government" after "Chad"), n per clause.
            for o in owners:
                if o not in read_as:
                    read_as[o] = _as_written(text, o, home, index, where, warnings, named)
            owners = [read_as[o] for o in owners]
        if not owners:
            continue
        partners = partners_of(text, folded, clause, index, warnings, where)
        named_partners = set(partners)
        owners = [o for o in owners if o not in named_partners]
        if not owners:
            continue
        previous_owners = owners
        seen_here.add(owners)
        # "calls on Chad to ..., and demands that the Government ...": the
        # State this paragraph asked before is whose bare "Government" it is.
        seen_here.add_states(states_of(owners, registry))
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
    return Extraction(
        kind, tuple(requests), tuple(dict.fromkeys(warnings)), text, as_written=tuple(states)
    )


def _placed(
    owners: list[BodyRef], index: Index, where: dict[BodyRef, dict[Span, None]]
) -> list[BodyRef]:
    """``owners``, a group named with the State it is in read without it."""
    out = []
    for owner in owners:
        bare = without_place(owner, index)
        if bare != owner:
            where.setdefault(bare, {}).update(where.get(owner, {}))
        out.append(bare)
    return list(dict.fromkeys(out))


def _defined(index: Index, registry: Sequence[RegistryEntry], name: str) -> BodyRef | None:
    """The body an acronym's name names when it tells more than the acronym: a
    registered body, or a State's organ ("Government of Sudan", read as the
    State); another name outside the registry leaves the acronym as written."""
    entry = lookup(index, name)
    if entry is not None:
        return BodyRef.of(entry)
    return unregistered(name) if state_organs_of(name, registry) else None


def _qualified(text: str, at: int, index: Index) -> bool:
    """Whether a body's name at ``at`` is led by another organisation's name
    or acronym ("AU Member States"): it is that organisation's, not the
    issuer's."""
    before = text[max(0, at - 60) : at]
    tail = before.rstrip()
    if len(tail) == len(before):
        return False
    return any(end == len(tail) for _, end, _ in mentions(index, tail, fold_text(tail)))


def _joint(
    text: str,
    owners: list[BodyRef],
    registry: Sequence[RegistryEntry],
    where: dict[BodyRef, dict[Span, None]],
) -> list[BodyRef]:
    """``owners`` with an organ named in the plural for several organisations
    read as each one's organ (``joint_organs``), those organisations dropped."""
    out: list[BodyRef] = []
    organisations: set[BodyRef] = set()
    for owner in owners:
        spans = where.get(owner, {})
        pairs = joint_organs(text, owner, min(spans)[0], registry) if spans else []
        for organisation, organ in pairs:
            organisations.add(organisation)
            where.setdefault(organ, {}).update(spans)
            out.append(organ)
        if not pairs:
            out.append(owner)
    return [o for o in dict.fromkeys(out) if o not in organisations]


def _of_state(
    owner: BodyRef,
    registry: Sequence[RegistryEntry],
    where: dict[BodyRef, dict[Span, None]],
    states: dict[BodyRef, None],
) -> list[BodyRef]:
    """``owner``, or the States whose governments or authorities it names
    ("autorités guinéennes" -> Guinea; "the authorities in Mali and Niger" ->
    Mali, Niger) when it is outside the registry."""
    if owner.registered:
        return [owner]
    entries = state_organs_of(owner.name, registry)
    if not entries:
        return [owner]
    refs = [BodyRef.of(entry) for entry in entries]
    for ref in refs:
        where.setdefault(ref, {}).update(where.get(owner, {}))
    states.setdefault(owner)
    return refs


def _as_written(
    text: str,
    owner: BodyRef,
    home: Home,
    index: Index,
    where: dict[BodyRef, dict[Span, None]],
    warnings: list[str],
    named: Named | None = None,
) -> BodyRef:
    """``owner``, or the issuing organisation's own body when a bare name named
    it ("the Secretary-General" of a Security Council text), or the body as
    written when the name naming it is one many organisations share and the
    report is not its organisation's."""
    if not owner.registered:
        return owner
    seen = False
    for start, end in where.get(owner, ()):
        span = text[start:end]
        for s, e, entry in mentions(index, span, fold_text(span)):
            if entry.slug != owner.slug:
                continue
            seen = True
            own = home_body(home, owner, span[s:e], text[start + e : start + e + 40])
            if own is not None and not _qualified(text, start + s, index):
                where.setdefault(own, {}).update(where.get(owner, {}))
                return own
            if not shared_elsewhere(home, owner, span[s:e]):
                continue
            ref = unregistered(span[s:e])
            where.setdefault(ref, {})[(start + s, start + e)] = None
            warnings.append(
                f"paragraph text names '{ref.name}', which several organisations have; "
                "the report's own organisation does not tell which: review it"
            )
            return ref
    if not seen and named is not None:
        # Asked by a pronoun ("et le prie de ..."): the name it stands for.
        at = named.first(owner.slug)
        own = home_body(home, owner, text[at[0] : at[1]], text[at[1] : at[1] + 40]) if at else None
        if own is not None:
            where.setdefault(own, {}).update(where.get(owner, {}))
            return own
    return owner
