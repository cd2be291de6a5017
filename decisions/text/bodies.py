"""Names of bodies in a text: the registry, matched by name, acronym or alias."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .caps_words import caps_word
from .collective_members import collective_of_members
from .described_acronym import described_acronym
from .folding import fold_key, fold_text, slugify, strip_marks
from .lang import every
from .series import series_key

_PROCLITICS = every("proclitics")
_CONTRACTIONS = every("contractions")
_COORDINATING = every("coordinating_proclitics") or ("\0",)

__all__ = [
    "BodyRef",
    "Named",
    "RegistryEntry",
    "index_of",
    "is_attached",
    "lookup",
    "mentions",
    "names_one_body",
    "opening_entry",
    "unregistered",
]


@dataclass(frozen=True)
class RegistryEntry:
    slug: str
    name: str  # display name, in the report language or English
    aliases: tuple[str, ...]  # every name, acronym and alias, fr/en/ar
    # A State: texts name it as a place ("the situation in Mali", "cooperation
    # with Mali") as often as an actor (Named.antecedents).
    place: bool = False
    # The body it belongs to (its slug): an organ's organisation is the top of
    # the chain, for the names it goes by in that organisation's own texts.
    parent: str = ""
    # Its kind in the registry ("group", "member_states", "un_organ", ...; ""
    # when unknown): a group of bodies names no organisation issuing a text.
    kind: str = ""


@dataclass(frozen=True)
class BodyRef:
    slug: str
    name: str
    registered: bool  # False: slug is the slugified name of a body not in the registry

    @classmethod
    def of(cls, entry: RegistryEntry) -> BodyRef:
        return cls(entry.slug, entry.name, True)


def unregistered(chunk: str, written: str = "") -> BodyRef:
    """A body named in the text but not in the registry, kept for review.

    ``written``: the name as the text writes it, with a quantifier the body's
    identity does without ("all parties", "جميع الفصائل"): shown as written,
    the slug is the bare name's, so "all parties" and "parties" are one body."""
    chunk = " ".join(chunk.split()).strip(" .,;:")
    written = " ".join(written.split()).strip(" .,;:") or chunk
    name = written[:1].upper() + written[1:]
    return BodyRef(slugify(chunk[:1].upper() + chunk[1:]), name, False)


def _is_acronym(alias: str) -> bool:
    return " " not in alias and (
        not any(c.islower() for c in alias) or sum(c.isupper() for c in alias) >= 2
    )


@dataclass(frozen=True)
class Index:
    plain: dict[str, RegistryEntry]  # folded lower-case key -> entry
    acronyms: dict[str, RegistryEntry]  # folded, case kept
    plain_re: re.Pattern[str] | None
    acronym_re: re.Pattern[str] | None
    # Keys of a name joined to a particle that ties it to the word before
    # ("لمنظمة ...": of the Organisation), not one that lists it ("وللدول").
    attached: frozenset[str] = frozenset()
    # A series of adjectives over a noun, by its words in any order (``series``).
    series: dict[frozenset[str], RegistryEntry] = field(default_factory=dict)


def _alternation(keys: Sequence[str]) -> re.Pattern[str] | None:
    if not keys:
        return None
    ordered = sorted(keys, key=len, reverse=True)
    body = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in ordered)
    # A place whose character starts no name is passed at once, not tried against
    # every name (text dense in punctuation cost the registry's size per character).
    first = "".join(re.escape(c) for c in sorted({k[0] for k in keys}))
    return re.compile(rf"(?<![\w])(?=[{first}])(?:{body})(?![\w])")


def _joined_forms(alias: str) -> list[tuple[str, str]]:
    """The name with each particle a script writes joined to it, and the
    particle: "الدول الأعضاء" -> "والدول الأعضاء", "للدول الأعضاء" ("ل" +
    "ال" -> "لل")."""
    if not _PROCLITICS or not alias[:1].isalpha() or alias[:1].isascii():
        return []
    forms = []
    for particle in _PROCLITICS:
        form = particle + fold_text(alias, keep_case=True)
        for joined, written in _CONTRACTIONS:
            if form.startswith(joined, len(particle) - 1):
                form = form[: len(particle) - 1] + written + form[len(particle) - 1 + len(joined) :]
        forms.append((form, particle))
    return forms


@lru_cache(maxsize=16)
def _index(registry: tuple[RegistryEntry, ...]) -> Index:
    plain: dict[str, RegistryEntry] = {}
    acronyms: dict[str, RegistryEntry] = {}
    attached: set[str] = set()
    series: dict[frozenset[str], RegistryEntry] = {}
    for entry in registry:
        for alias in (entry.name, *entry.aliases):
            alias = " ".join(strip_marks(str(alias)).split())
            if not alias:
                continue
            for form, particle in ((alias, ""), *_joined_forms(alias)):
                if _is_acronym(form):
                    key = fold_text(form, keep_case=True).replace("-", " ")
                    acronyms.setdefault(key, entry)
                    # The press writes a long acronym as a word: "la Cedeao", "l'Unicef".
                    if not particle and len(key) >= 4 and key.isalpha() and key.isupper():
                        acronyms.setdefault(key.title(), entry)
                else:
                    key = fold_key(form)
                    if key:
                        plain.setdefault(key, entry)
                    if not particle and (words := series_key(key)):
                        series.setdefault(words, entry)
                if particle and not particle.startswith(_COORDINATING):
                    attached.add(key)
    return Index(
        plain,
        acronyms,
        _alternation(list(plain)),
        _alternation(list(acronyms)),
        frozenset(attached),
        series,
    )


def is_attached(index: Index, folded_name: str) -> bool:
    """Whether a name found in the text is joined to a particle tying it to
    the word before it ("الأمانة العامة لمنظمة ..."): a qualifier, not an item."""
    key = " ".join(folded_name.replace("-", " ").split())
    return key in index.attached


def index_of(registry: Sequence[RegistryEntry]) -> Index:
    """The registry ready for matching (cached for a registry of hashable entries)."""
    try:
        return _index(tuple(registry))
    except TypeError:  # an entry built with list aliases is not hashable: skip the cache
        return _index.__wrapped__(tuple(registry))


# Quotation marks around a name or a part of it are no part of it: 'مجموعة
# "سادك"' is "مجموعة سادك" (the addressee span keeps the quoted name whole,
# addressee_bounds.marker).
_QUOTE_MARKS = str.maketrans(dict.fromkeys('"\u00ab\u00bb\u201c\u201d', " "))


def lookup(index: Index, chunk: str) -> RegistryEntry | None:
    """The registered body ``chunk`` names exactly, if any."""
    unquoted = chunk.translate(_QUOTE_MARKS)
    if unquoted != chunk:
        chunk = " ".join(unquoted.split())
    acronym = fold_text(strip_marks(chunk), keep_case=True).replace("-", " ").strip(" .,;:")
    key = fold_key(chunk)
    return (
        index.acronyms.get(acronym)
        or index.plain.get(key)
        or _regime_state(index, key)
        or _without_article(index, key)
        or _without_person(index, chunk)
        or _possessive(index, chunk)
        or _series(index, key)
        or collective_of_members(index, key)
        or described_acronym(index, chunk)
    )


# "the League's General Secretariat": an organisation's body named with "'s",
# registered as "General Secretariat of the League".
_POSSESSIVE_RE = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,5})['\u2019]s\s+(?P<body>[A-Z][^']{0,80})"
)


def _possessive(index: Index, chunk: str) -> RegistryEntry | None:
    m = _POSSESSIVE_RE.fullmatch(chunk.strip(" .,;:"))
    if m is None:
        return None
    for link in (" of the ", " of "):
        found = index.plain.get(fold_key(m.group("body") + link + m.group("owner")))
        if found:
            return found
    return None


def _series(index: Index, key: str) -> RegistryEntry | None:
    """ "its affiliated, specialized and subsidiary organs": the registered
    series name with the same words (``series.series_key``)."""
    words = series_key(key) if "," in key else None
    return index.series.get(words) if words else None


# "UN Secretary General António Guterres": a title, then the name of the person
# holding it, two to four capitalised words; the office is the body.
_TITLE_WORDS = frozenset(w for role in every("person_roles") for w in role.split("-"))
_MAX_PERSON_WORDS = 4


def _without_person(index: Index, chunk: str) -> RegistryEntry | None:
    words = chunk.split()
    if len(words) > 16:
        return None  # longer than a title and a name: never re-read word by word
    for dropped in range(2, min(_MAX_PERSON_WORDS, len(words) - 1) + 1):
        person, title = words[-dropped:], words[:-dropped]
        if not all(w[:1].isupper() and not w.isupper() and w.isalpha() for w in person):
            continue
        last = fold_key(title[-1]).replace("-", " ").split()
        if last and last[-1] in _TITLE_WORDS:
            key = fold_key(" ".join(title))
            found = index.plain.get(key) or index.acronyms.get(" ".join(title))
            if found:
                return found
    return None


# "le Conseil de la sécurité" for "le Conseil de sécurité": an article slipped in
# after "de" in a registered name. Tried only when the name as written is unknown.
_SLIPPED_ARTICLE_RE = re.compile(r"(?<= de) (?:la|le|les)(?= )| (?<=de )l'")


def _without_article(index: Index, key: str) -> RegistryEntry | None:
    bare = _SLIPPED_ARTICLE_RE.sub("", key)
    return index.plain.get(bare) if bare != key else None


# "the Iranian regime", "le régime syrien", "النظام الإيراني": the state, whose
# name is the adjective without its ending (folded: "iranian" -> "iran").
_REGIME_RES = tuple(re.compile(p) for p in every("regime_names"))
_DEMONYM_ENDS = every("demonym_ends")


def _regime_state(index: Index, key: str) -> RegistryEntry | None:
    m = next((m for r in _REGIME_RES if (m := r.fullmatch(key))), None)
    if m is None:
        return None
    adjective = m.group("adj")
    for end in _DEMONYM_ENDS:
        if adjective.endswith(end) and len(adjective) > len(end) + 2:
            stem = adjective[: -len(end)]
            for name in (
                stem,
                stem + "a",
                stem + "e",
                stem + "\u064a\u0627",
                stem + "\u064a\u0647",
            ):
                entry = index.plain.get(name) or index.acronyms.get(name)
                if entry is not None and entry.place:
                    return entry
    return None


def mentions(index: Index, text: str, folded: str) -> list[tuple[int, int, RegistryEntry]]:
    """Registry bodies named anywhere in ``text`` (longest names first, no overlaps)."""
    hits: list[tuple[int, int, RegistryEntry]] = []
    if index.plain_re:
        for m in index.plain_re.finditer(folded.replace("-", " ")):
            entry = index.plain.get(" ".join(m.group().split()))
            if entry:
                hits.append((m.start(), m.end(), entry))
    if index.acronym_re:
        cased = fold_text(text, keep_case=True).replace("-", " ")
        for m in index.acronym_re.finditer(cased):
            entry = index.acronyms.get(m.group())
            # "ET AU RISQUE" in a headline in capitals: the word, not the AU.
            if entry and not caps_word(cased, m.start(), m.end()):
                hits.append((m.start(), m.end(), entry))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    kept: list[tuple[int, int, RegistryEntry]] = []
    # The characters a kept name covers: checking a hit reads its own characters only
    # (each search's hits do not overlap, so this is linear in the text).
    taken = bytearray(max(len(text), len(folded)))
    for hit in hits:
        start, end = hit[0], hit[1]
        if taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            kept.append(hit)
    return sorted(kept, key=lambda h: h[0])


class Named:
    """The registered bodies a paragraph names, asked for up to a place (what a
    pronoun stands for). The paragraph is searched once and asked from left to
    right, so each name is taken in once: searching each clause's prefix again
    was quadratic."""

    def __init__(self, index: Index, text: str, folded: str) -> None:
        self.index, self.text, self.folded = index, text, folded
        self.hits: list[tuple[int, int, RegistryEntry]] | None = None
        self.taken = 0  # hits[:taken] end before the last place asked
        self.sentence = -1
        self.in_sentence: dict[BodyRef, None] = {}
        self.in_paragraph: dict[BodyRef, None] = {}
        self.places: set[BodyRef] = set()  # the bodies named that are places (States)
        self._spans: list[tuple[int, int]] | None = None
        self._first: dict[str, tuple[int, int]] | None = None
        # What the paragraph before asked or named, best first: for a pronoun
        # opening this one ("Le Conseil les encourage ...") that nothing here explains.
        self.previous: list[BodyRef] = []

    def spans(self) -> list[tuple[int, int]]:
        """(start, end) of every registered name of the paragraph, in order."""
        if self.hits is None:
            self.hits = mentions(self.index, self.text, self.folded)
        if self._spans is None:
            self._spans = [(s, e) for s, e, _ in self.hits]
        return self._spans

    def first(self, slug: str) -> tuple[int, int] | None:
        """(start, end) of the first name of the body ``slug`` in the paragraph."""
        if self._first is None:
            self.spans()
            self._first = {}
            for s, e, entry in self.hits or ():
                self._first.setdefault(entry.slug, (s, e))
        return self._first.get(slug)

    def before(self, sentence_start: int, end: int) -> tuple[list[BodyRef], list[BodyRef]]:
        """Bodies named in the sentence before ``end``, and in the paragraph before it,
        in order; ``end`` never goes back from one call to the next."""
        if self.hits is None:
            self.hits = mentions(self.index, self.text, self.folded)
        if sentence_start != self.sentence:
            self.sentence, self.in_sentence = sentence_start, {}
        while self.taken < len(self.hits) and self.hits[self.taken][1] <= end:
            start, _, entry = self.hits[self.taken]
            ref = BodyRef.of(entry)
            if entry.place:
                self.places.add(ref)
            self.in_paragraph.setdefault(ref)
            if start >= sentence_start:
                self.in_sentence.setdefault(ref)
            self.taken += 1
        return list(self.in_sentence), list(self.in_paragraph)

    def antecedents(self, sentence_start: int, end: int) -> tuple[list[BodyRef], ...]:
        """What a pronoun at ``end`` may stand for, best first: the bodies named in
        its sentence, then in the paragraph, other than States; then the States. A
        State named is more often where the action happens than who is asked
        ("the projects of Member States in Mali ... invited them")."""
        in_sentence, in_paragraph = self.before(sentence_start, end)
        return (
            [ref for ref in in_sentence if ref not in self.places],
            [ref for ref in in_paragraph if ref not in self.places],
            in_sentence,
            in_paragraph,
        )


def opening_entry(
    index: Index, text: str, folded: str, start: int, end: int
) -> RegistryEntry | None:
    """The registered body named at the very start of ``text[start:end]``, if any."""
    for s, _, entry in mentions(index, text[start:end], folded[start:end]):
        return entry if s == 0 else None
    return None


def names_one_body(index: Index, text: str, folded: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names exactly one registered body (after a
    name, an action rather than a qualifier such as "of the OIC"); a name tied
    to the one before by its particle ("لمنظمة ...") qualifies it, and does not count."""
    found = mentions(index, text[start:end], folded[start:end])
    return sum(1 for s, e, _ in found if not is_attached(index, folded[start + s : start + e])) == 1
