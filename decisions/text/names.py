"""Whether words name a body: the tests the addressee reader applies to a
piece of a list of addressees (longest name, a phrase naming nothing, places
after a group's name, a list item before a registered body)."""

from __future__ import annotations

import re

from .acronym_groups import acronym_group
from .bodies import BodyRef, Index, lookup, mentions, opening_entry, unregistered
from .folding import fold_text, loose_pattern
from .lang import either, every
from .lang._ar_honorifics import titled_person
from .noun_apposition import named_after
from .own_organisation import names_own_organisation
from .subjects import is_action
from .the_latter import is_latter

__all__ = [
    "without_place",
    "ADJECTIVE",
    "OWNER_ACRONYM_RE",
    "PLACES_RE",
    "acronym_led",
    "adjective_series",
    "apposed",
    "bracket_end",
    "listed_before_a_body",
    "longer_name",
    "names_something",
    "outside",
    "place_end",
]

Span = tuple[int, int]

ADJECTIVE = r"[a-zà-ÿ]+(?:iers|ières|iques|aux|els|elles|ales|ifs|ives|itaires)[\s,]"
"""A French adjective after "et": it joins the name before ("partenaires
techniques et financiers", "organisations régionales et internationales",
"organisations civiles et humanitaires")."""

_PLACE = r"(?:(?:l['\u2019]|(?:le|la|les|the)\s+))?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|de|du))*"
# Matched on the text as written: "à" for the folded "a"; each place may repeat
# the word leading it ("à Genève et à New York").
_LEADS = "|".join(loose_pattern(w) for w in sorted(every("place_leads"), key=len, reverse=True))
_LEAD = rf"(?:(?:{_LEADS})\s+)?" if _LEADS else ""
PLACES_RE = re.compile(
    rf"(?<=\s)(?:{_LEADS or '(?!)'})\s+{_PLACE}(?:\s*,\s*{_LEAD}{_PLACE})*,?\s+"
    rf"{either('conjunctions')}\s+{_LEAD}{_PLACE}"
)
"""Places listed after a group's name: "the OIC Groups in New York, Geneva and
Brussels", "les Groupes de l'OCI à Genève et à New York" are one group, not
several addressees; "le représentant des Nations
Unies pour l'Inde et le Pakistan" is one representative."""

_STATE_ORGANS = frozenset(every("state_organs"))
_IN_PLACE_RE = re.compile(
    rf"([a-z-]+)\s+(?:{either('state_organ_links')})\s+(?:l'|(?:le|la|les|the)\s+)?$"
)


def without_place(
    span: str, folded: str, start: int, end: int, places: list[tuple[int, int]]
) -> int:
    """Where a group named by one common noun ends before the State it is in
    ("les belligérants en Libye", "the factions in Somalia": the belligerents,
    the factions), or ``end``; ``places``: the (start, end) of the States named.
    A State's organ keeps its State ("les autorités au Mali": Mali's)."""
    for s, e in places:
        if e == end and s > start:
            m = _IN_PLACE_RE.fullmatch(folded, start, s)
            # a common noun, in lower case as written ("the Coordinator for Iraq" stays)
            if m and m.group(1) not in _STATE_ORGANS and span[m.start(1)].islower():
                return m.end(1)
    return end


OWNER_ACRONYM_RE = re.compile(r"[A-Z]{2,} ")
"""An organisation's acronym right before another registered name, one space
between ("AU Member States")."""


def acronym_led(index: Index, text: str, start: int, end: int) -> BodyRef | None:
    """ "AU Member States": an organisation's acronym, then another's registered
    body ("Member States", the OIC's): the first one's own, kept as written; as
    is its group named by a plural noun ("AU partners": ``acronym_group``)."""
    if group := acronym_group(index, text, start, end):
        return group
    m = OWNER_ACRONYM_RE.match(text, start, end)
    if m is None or text[start:end].isupper():
        return None
    first, rest = lookup(index, text[start : m.end()]), lookup(index, text[m.end() : end])
    if first is None or rest is None or first.place or first.slug == rest.slug:
        return None
    return unregistered(text[start:end])


def bracket_end(span: str, folded: str, start: int, end: int) -> int:
    """Where a name ``span[start:end]`` ending with ")" ends: before "(ECOMIB)",
    the acronym written after it; at ``end`` for a bracket it holds ("(1999)");
    0 when the ")" closes nothing (it is trimmed as punctuation)."""
    at = folded.rfind("(", start, end - 1)
    if at < 0 or folded.rfind(")", start, end - 1) > at:
        return 0
    inner = span[at + 1 : end - 1]
    return len(span[:at].rstrip()) if inner.isupper() or _initials(inner, span[start:at]) else end


_WORD_START_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]")


def _initials(inner: str, name: str) -> bool:
    """Whether ``inner``, one word with a capital and lower case letters ("Ccem",
    as a page writes it), is the acronym of ``name``: its letters, in order,
    the initials of the name's words, the first the first word's, or a later
    capitalised word's when the body's officials or members are named before
    it ("les responsables du Comité national du salut du peuple (Cnsp)")."""
    if not (2 <= len(inner) <= 8 and inner.isalpha() and inner[:1].isupper()):
        return False
    firsts = [m.group() for m in _WORD_START_RE.finditer(name)]
    letters = inner.upper()
    # The earliest word that may open the acronym leaves the most words after
    # it: if any start fits, that one does (one pass over the words).
    at = next(
        (i for i, f in enumerate(firsts) if f.upper() == letters[0] and (i == 0 or f.isupper())),
        None,
    )
    if at is None:
        return False
    it = iter(f.upper() for f in firsts[at:])
    return all(letter in it for letter in letters)


def outside(spans: list[Span], blocked: list[Span]) -> list[Span]:
    """The ``spans`` overlapping none of ``blocked`` (both sorted): one sweep."""
    kept: list[Span] = []
    i = 0
    reach = -1  # the furthest end of the blocked spans starting before the span's end
    for start, end in spans:
        while i < len(blocked) and blocked[i][0] < end:
            reach = max(reach, blocked[i][1])
            i += 1
        if reach <= start:
            kept.append((start, end))
    return kept


_NAME_ADJECTIVES = frozenset(every("name_adjectives"))
# An adjective may come first: "le Secrétariat exécutif de l'Autorité du ...".
# Or "pour"/"for" before a capitalised word: "l'Organisation des Nations Unies pour
# l'Education, ..." is a longer name than "l'Organisation des Nations Unies".
_LINK_RE = re.compile(
    rf"\s*(?:[a-zà-ÿ]+\s+(?=(?i:{either('name_links')})\s))?"
    rf"(?:(?i:{either('name_links')})\s*(?=\w)|(?=[A-Z])"
    r"|(?:pour|for)\s+(?:l['\u2019]|la\s+|le\s+|les\s+|the\s+)?(?=[A-Z]))"
)


_HEAD_MARKS = ",;:.()\"'\u00ab\u00bb\u201c\u201d\u2018\u2019 "


def names_something(chunk: str, determined: bool, before: str = "") -> bool:
    """Whether an unregistered chunk can be a body. In a script with case, a
    proper name opens with a capital ("the Panel of Experts") and a common noun
    has an article or a quantifier before it (``determined``: "les auteurs de
    troubles"), unless it names an action ("the promotion of ...", "all
    efforts"); a phrase opening in lower case with neither ("bearing in mind
    paragraph 1", "eu égard à sa propre déclaration", "in accordance with
    Article 98") names nothing, whatever capitals follow; unless it is an
    adjective a name may open with, before a capital ("relevant AU Policy Organs").
    ``before``: the quantifier and article written before it ("toutes ses")."""
    first = next((c for c in chunk if c.isupper() or c.islower()), "")
    if not first or first.isupper():
        return bool(chunk.strip())  # an empty piece (a qualifier only) names nothing
    if _OWN_PARTS_RE.match(fold_text(before + chunk)):
        return False  # "la communauté internationale et toutes ses composantes": the same body
    words = chunk.split(maxsplit=2)
    head = fold_text(words[0]).strip(_HEAD_MARKS)  # (a quoted noun: '"retour ...')
    if head in _NAME_ADJECTIVES and len(words) > 1 and words[1][:1].isupper():
        return True  # "relevant AU Policy Organs"
    if head in _MANNER_ADJECTIVES and len(words) > 1:
        # "the immediate release of all persons detained", "la pleine mise en
        # oeuvre": an adjective of manner before an action is that action.
        head = fold_text(words[1]).strip(_HEAD_MARKS)
    return determined and not is_action(head)


# The parts of the addressee named just before, by a possessive ("and all its
# components", "et toutes ses composantes"): no other body.
_OWN_PARTS_RE = re.compile(
    r"\s*(?:(?:all|toutes|tous)\s+)?(?:its|their|ses|leurs)\s+"
    r"(?:components|constituents|segments|composantes|composants)\s*$"
)
# Adjectives of how soon or how fully an act is done, written before its noun.
_MANNER_ADJECTIVES = frozenset(
    {
        "immediate", "unconditional", "prompt", "swift", "speedy", "full", "complete",
        "total", "effective", "safe", "unhindered", "unimpeded", "urgent", "timely",
        "pleine", "plein", "entiere", "totale", "rapide", "prompte",
    }
)  # fmt: skip


def longer_name(index: Index, text: str, folded: str, start: int, end: int) -> bool:
    """Whether a registered name opening the chunk is only the start of a longer
    name the registry does not hold: a capitalised word follows, or "of"/"de"
    and a word ("the OIC Groups in ...", "the Organisation of African Unity",
    "l'Organisation de l'unité africaine"), and no other registered body is
    named ("General Secretariat of the OIC" is the secretariat); a State named
    in it is the place the longer name holds ("the United Nations Mission in
    South Sudan", "Bureau des Nations Unies au Mali")."""
    found = mentions(index, text[start:end], folded[start:end])
    found = found[:1] + [f for f in found[1:] if not f[2].place]
    if not found or len(found) > 2:
        return False
    first_end = start + found[0][1]
    rest = fold_text(text[first_end:end], keep_case=True)
    link = _LINK_RE.match(rest) if rest else None
    if link is None or names_own_organisation(rest):
        return False  # "États membres de l'organisation": the bare name's body
    if len(found) == 1:
        return True
    # "États membres de la CEDEAO", "الأمين العام لمجلس التعاون": the organisation
    # named right after the link is not the one the registered body belongs to.
    second = found[1]
    near = second[0] - found[0][1] <= link.end() + _MAX_ARTICLE
    return near and not _belongs(index, found[0][2].slug, second[2].slug)


_MAX_ARTICLE = 5  # "the ", "l'", "la ": what may stand between the link and the name
_PARENTS: dict[int, tuple[Index, dict[str, str]]] = {}


def _belongs(index: Index, slug: str, organisation: str) -> bool:
    """Whether the body ``slug`` is ``organisation`` or one of its bodies (its
    parents, up the registry's chain)."""
    held = _PARENTS.get(id(index))
    if held is None or held[0] is not index:
        entries = (*index.plain.values(), *index.acronyms.values())
        held = (index, {e.slug: e.parent for e in entries})
        if len(_PARENTS) > 16:
            _PARENTS.clear()
        _PARENTS[id(index)] = held
    parents, seen = held[1], set()
    while slug and slug not in seen:
        if slug == organisation:
            return True
        seen.add(slug)
        slug = parents.get(slug, "")
    return False


# A generic addressee, then the State it is in: "الأطراف المتحاربة في السودان",
# "the parties in Sudan" (the place says where they are, it adds no body).
_GENERIC_IN_PLACE_RE = re.compile(
    rf"(?P<generic>{either('generic_addressees')})\s+(?:{either('state_organ_links')})\s+(?P<place>\S.*)"
)


_STATE_ORGANS = frozenset(fold_text(w) for w in every("state_organs"))
_SEAT_RE = re.compile(either("place_suffixes") if every("place_suffixes") else r"(?!)")


def place_end(index: Index, text: str, folded: str, start: int, end: int) -> int:
    """Where an unregistered chunk ends before the place written last in it:
    where the body sits ("بعثة ... بنيويورك"), or the registered State a
    generic addressee is in ("الأطراف ... في السودان"); not for a State's organ
    ("the authorities in Mali" are that State's). ``end`` when none."""
    seat = _SEAT_RE.search(folded, start, end)
    if seat and seat.start() > start:
        return seat.start()
    m = _GENERIC_IN_PLACE_RE.fullmatch(folded, start, end)
    if m is None or _STATE_ORGANS.intersection(m.group("generic").split()):
        return end
    place = lookup(index, text[m.start("place") : end])
    return m.end("generic") if place and place.place else end


def listed_before_a_body(
    index: Index, text: str, folded: str, pieces: list[tuple[int, ...]], number: int
) -> bool:
    """Whether the next piece of the list opens with a registered body: the
    piece before it is an item of the list of addressees too, even with no
    infinitive to end the list ("دعوة المؤسسات الثقافية ... وللدول الأعضاء التدخل")."""
    if number + 1 >= len(pieces):
        return False
    start, end = pieces[number + 1][:2]
    return opening_entry(index, text, folded, start, end) is not None


_ADJECTIVE_RE = re.compile(r"\s*[a-z\u00df-\u00ff]+\s*")


def adjective_series(
    pieces: list[Span],
    span: str,
    leading: re.Pattern[str],
    generic: re.Pattern[str] | None = None,
) -> list[Span]:
    """Pieces that are one lower-case word each (not an article, ``leading``)
    before another piece are adjectives of a series: "international, regional
    and subregional organizations" is one addressee; a word that is itself a
    generic addressee (``generic``: "donors", "parties") is no adjective."""
    merged: list[Span] = []
    carry: int | None = None
    for at, (start, end) in enumerate(pieces):
        word = span[start:end]
        bare = fold_text(word).strip()
        body = generic is not None and generic.fullmatch(bare)
        # The first of the series may follow a determiner: "its affiliated, ...";
        # a word in the plural is a noun there ("the delegations, the agencies").
        lead = leading.match(bare.lstrip()) if carry is None and word == word.lower() else None
        rest = bare.lstrip()[lead.end() :] if lead is not None else ""
        adjective = _ADJECTIVE_RE.fullmatch(word) or (
            rest.strip()[-1:] not in ("", "s") and _ADJECTIVE_RE.fullmatch(rest)
        )
        # A plural in "-ions" is a noun of the list ("institutions, associations
        # and individuals"), never an adjective of a series.
        # A determined noun with a titled name in apposition after its comma is
        # no adjective: "et de son rival, le Vice-président X" (noun_apposition).
        named = lead is not None and named_after(span, pieces, at)
        if (
            adjective
            and not leading.fullmatch(bare)
            and not (body or named or bare.endswith("ions") or is_latter(bare))
        ):
            carry = start if carry is None else carry
            continue
        merged.append((start if carry is None else carry, end))
        carry = None
    if carry is not None:
        merged.append((carry, len(span)))
    return merged


_ROLES = frozenset(every("person_roles"))
_APPOSITION_GAP_RE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,\s*")


def apposed(text: str, folded: str, pieces: list[tuple[int, ...]], number: int) -> bool:
    """Whether piece ``number`` is a proper name in apposition to the title
    before it ("the commander of the RSF, Mohamed X,"): words in capitals only,
    after a comma alone, the piece before holding a person's title; or any
    piece opening with a title of address ("البروفسور فلان"): a person."""
    if titled_person(folded, *pieces[number][:2]):
        return True
    if number == 0 or not _ROLES:
        return False
    start, end = pieces[number][:2]
    before_start, before_end = pieces[number - 1][:2]
    if not _APPOSITION_GAP_RE.fullmatch(folded, before_end, start):  # ", " or " (RSF), "
        return False
    words = text[start:end].split()
    if not words or any(w[:1].islower() for w in words):
        return False
    return any(w in _ROLES for w in folded[before_start:before_end].split())
