"""Paragraph -> requests.

Reads one operative paragraph (French or English) and says who is asked to do
what: the clauses opened by a request verb ("a demandé aux États membres de
...", "REQUESTS the Secretary-General to ..."), the bodies they address
(matched against the body registry), the partners they must work with, and a
due date or deadline phrase. Pure standard library, no Django; never raises
on text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .parsing import DateMention, fold_text, scan_dates

__all__ = [
    "BodyRef",
    "ExtractedRequest",
    "Extraction",
    "RegistryEntry",
    "extract",
    "find_dates",
]


@dataclass(frozen=True)
class RegistryEntry:
    slug: str
    name: str  # display name, in the report language or English
    aliases: tuple[str, ...]  # every name, acronym and alias, fr/en/ar


@dataclass(frozen=True)
class BodyRef:
    slug: str
    name: str
    registered: bool  # False: slug is the slugified name of a body not in the registry


@dataclass(frozen=True)
class ExtractedRequest:
    owner: BodyRef
    partners: tuple[BodyRef, ...]
    summary: str
    due_date: dt.date | None
    due_text: str


@dataclass(frozen=True)
class Extraction:
    kind: str  # "request" or "statement"
    requests: tuple[ExtractedRequest, ...]
    warnings: tuple[str, ...]


def find_dates(text: str) -> list[tuple[dt.date, str]]:
    """Dates written in ``text`` as (date, text as written), in order.

    "16 décembre 2017", "1er mars 2018", "December 16, 2017", "2017-12-16";
    "mars 2018" / "March 2018" (last day of the month) only after a deadline
    word such as "d'ici", "avant", "by", "no later than". Resolution numbers
    such as "2374 (2017)" are not dates.
    """
    return [(m.date, m.text) for m in scan_dates(text)]


# --------------------------------------------------------------------------
# Operative verbs, matched on folded text (lower case, no accents)

_ADV = (
    r"(?:\s+(?:egalement|aussi|vivement|instamment|fermement|encore|de\s+nouveau"
    r"|a\s+nouveau|en\s+outre|par\s+ailleurs|enfin|donc|ainsi|particulierement"
    r"|solennellement|fortement|une\s+fois\s+de\s+plus|une\s+nouvelle\s+fois"
    r"|tout\s+particulierement))*"
)
_PRON = r"(?:(?P<pron>les|leur|lui|l')\s*)?"
_AUX = r"(?:a|ont|avait|avaient)"
_AGREE = r"(?:e|es|s)?"
_APPEAL = (
    r"(?:un|son|ses|leur|un\s+nouvel|un\s+nouveau)\s+(?:\w+\s+)?appels?(?:\s+\w+)?"
    r"(?=\s+(?:a|au|aux)\b)"
)

_FR_REQUEST_PAST = re.compile(
    rf"(?<![\w'])(?:{_PRON}{_AUX}{_ADV}\s+"
    rf"(?:(?:lance|adresse|reitere|renouvele|reaffirme){_AGREE}\s+{_APPEAL}"
    rf"|(?:demande|charge|exhorte|appele|invite|prie|encourage|engage|mandate|sollicite"
    rf"|recommande|conjure){_AGREE}(?:\s+instamment)?(?![\w'])))"
)
_FR_REQUEST_PRESENT = re.compile(
    rf"(?<![\w'])(?:{_PRON}(?:(?:lance|adresse|reitere|renouvelle|reaffirme)\s+{_APPEAL}"
    rf"|(?:demande|exhorte|engage|prie|invite|encourage|appelle|charge|recommande|mandate"
    rf"|sollicite|conjure)(?:\s+instamment)?(?![\w'])))"
)
_EN_REQUEST = re.compile(
    r"(?<![\w'])(?:(?:further|also|again|once\s+again|strongly|earnestly|urgently)\s+)*"
    r"(?:(?:requests|requested|asks|asked|urges|urged|invites|invited|encourages|encouraged"
    r"|directs|directed|mandates|mandated|instructs|instructed|entrusts|entrusted|tasks"
    r"|tasked)|(?:calls|called)\s+(?:up)?on|(?:appeals|appealed)\s+to"
    r"|(?:renews|renewed|reiterates|reiterated)\s+(?:its|their)\s+(?:\w+\s+)?(?:call|appeal)s?"
    r"\s+(?:(?:up)?on|to)|(?:makes|made|launches|launched)\s+an?\s+(?:\w+\s+)?appeal\s+to)"
    r"(?![\w'])"
)
_FR_STATEMENT_PAST = re.compile(
    rf"(?<![\w'])(?:(?:s'est|se\s+sont){_ADV}\s+(?:felicite|rejoui|declare|engage|associe)"
    rf"{_AGREE}|{_AUX}{_ADV}\s+(?:reaffirme|reitere|salue|pris\s+(?:acte|note|connaissance)"
    rf"|souligne|condamne|exprime|note|rappele|reconnu|decide|approuve|adopte|accueilli"
    rf"|apprecie|deplore|insiste|soutenu|appuye|enterine|affirme|remercie|rendu\s+hommage"
    rf"|examine|convenu|fait\s+le\s+point|estime|constate|felicite|mis\s+l'accent){_AGREE})"
    r"(?![\w'])"
)
_FR_STATEMENT_PRESENT = re.compile(
    r"(?<![\w'])(?:se\s+felicite|se\s+rejouit|reaffirme|reitere|salue|prend\s+(?:acte|note)"
    r"|souligne|condamne|exprime|note|rappelle|reconnait|decide|approuve|adopte|accueille"
    r"|deplore|insiste|appuie|soutient|enterine|affirme|remercie|rend\s+hommage|felicite"
    r"|estime|constate|met\s+l'accent)(?![\w'])"
)
_EN_STATEMENT = re.compile(
    r"(?<![\w'])(?:(?:further|also|again|once\s+again|strongly|firmly)\s+)*"
    r"(?:welcomes|welcomed|reaffirms|reaffirmed|(?:takes|took)\s+note|notes|noted|commends"
    r"|commended|condemns|condemned|expresses|expressed|stresses|stressed|recalls|recalled"
    r"|emphasi[sz]es|emphasi[sz]ed|underlines|underlined|underscores|underscored"
    r"|acknowledges|acknowledged|reiterates|reiterated|decides|decided|endorses|endorsed"
    r"|adopts|adopted|approves|approved|appreciates|appreciated|deplores|deplored|affirms"
    r"|affirmed|recogni[sz]es|recogni[sz]ed|supports|supported|agrees|agreed|thanks|thanked"
    r"|congratulates|congratulated|(?:pays|paid)\s+tribute|regrets|regretted|reviewed"
    r"|declares|declared)(?![\w'])"
)
# Present-tense and English verbs double as nouns ("la demande", "the requests"):
# they count only after a subject, a connector, or at the start of a clause.
_SUBJECT_WORDS = {
    "et", "and", "elle", "il", "ils", "elles", "on", "it", "they", "reunion", "conseil",
    "conference", "groupe", "contact", "comite", "sommet", "commission", "assemblee",
    "bureau", "meeting", "council", "group", "committee", "summit", "assembly", "ministres",
    "ministers", "participants", "egalement", "aussi", "outre", "also", "further",
}  # fmt: skip
_VERB_PATTERNS = (
    (_FR_REQUEST_PAST, "request", False),
    (_FR_REQUEST_PRESENT, "request", True),
    (_EN_REQUEST, "request", True),
    (_FR_STATEMENT_PAST, "statement", False),
    (_FR_STATEMENT_PRESENT, "statement", True),
    (_EN_STATEMENT, "statement", True),
)


@dataclass(frozen=True)
class _Verb:
    start: int
    end: int
    kind: str
    pronoun: str


def _context_ok(folded: str, start: int, sentence_start: int) -> bool:
    before = folded[sentence_start:start].rstrip()
    if not before or before[-1] in ",;:(":
        return True
    words = re.findall(r"[a-z]+", before[-40:])
    return bool(words) and words[-1] in _SUBJECT_WORDS


def _find_verbs(folded: str, start: int, end: int) -> list[_Verb]:
    found: list[_Verb] = []
    for pattern, kind, needs_context in _VERB_PATTERNS:
        for m in pattern.finditer(folded, start, end):
            if needs_context and not _context_ok(folded, m.start(), start):
                continue
            pronoun = m.groupdict().get("pron") or ""
            found.append(_Verb(m.start(), m.end(), kind, pronoun))
    found.sort(key=lambda v: (v.start, -(v.end - v.start)))
    kept: list[_Verb] = []
    for verb in found:
        if kept and verb.start < kept[-1].end:
            continue
        kept.append(verb)
    return kept


# --------------------------------------------------------------------------
# Sentences and clauses

_ABBREVIATIONS = {"m", "mm", "mme", "mr", "mrs", "ms", "dr", "no", "st", "s.e", "h.e", "etc"}
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[\"'«(]?[A-Z\u00c0-\u00de])")
_CONNECTOR_RE = re.compile(r";\s*|,?\s+(?:et|and)\s+|,\s+")


def _sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        word = re.search(r"([\w.]+)$", text[start : m.start()])
        if word and (len(word.group(1)) == 1 or word.group(1).lower() in _ABBREVIATIONS):
            continue
        spans.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start] == " ":
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


@dataclass(frozen=True)
class _Clause:
    start: int
    end: int
    sentence: tuple[int, int]
    verb: _Verb


def _clauses(text: str, folded: str) -> list[_Clause]:
    clauses: list[_Clause] = []
    for s_start, s_end in _sentences(text):
        verbs = _find_verbs(folded, s_start, s_end)
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
            clauses.append(_Clause(starts[idx], ends[idx], (s_start, s_end), verb))
    return clauses


# --------------------------------------------------------------------------
# Registry matching


def _key(text: str) -> str:
    folded = fold_text(text).replace("-", " ")
    return " ".join(re.sub(r"[.,;:!?]+$", "", folded.strip()).split())


def _is_acronym(alias: str) -> bool:
    return " " not in alias and (
        not any(c.islower() for c in alias) or sum(c.isupper() for c in alias) >= 2
    )


@dataclass(frozen=True)
class _Index:
    plain: dict[str, RegistryEntry]  # folded lower-case key -> entry
    acronyms: dict[str, RegistryEntry]  # folded, case kept
    plain_re: re.Pattern[str] | None
    acronym_re: re.Pattern[str] | None


def _alternation(keys: Sequence[str]) -> re.Pattern[str] | None:
    if not keys:
        return None
    ordered = sorted(keys, key=len, reverse=True)
    body = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in ordered)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])")


@lru_cache(maxsize=16)
def _index(registry: tuple[RegistryEntry, ...]) -> _Index:
    plain: dict[str, RegistryEntry] = {}
    acronyms: dict[str, RegistryEntry] = {}
    for entry in registry:
        for alias in (entry.name, *entry.aliases):
            alias = " ".join(str(alias).split())
            if not alias:
                continue
            if _is_acronym(alias):
                acronyms.setdefault(fold_text(alias, keep_case=True).replace("-", " "), entry)
            else:
                key = _key(alias)
                if key:
                    plain.setdefault(key, entry)
    return _Index(plain, acronyms, _alternation(list(plain)), _alternation(list(acronyms)))


def _lookup(index: _Index, chunk: str) -> RegistryEntry | None:
    acronym = fold_text(chunk, keep_case=True).replace("-", " ").strip(" .,;:")
    return index.acronyms.get(acronym) or index.plain.get(_key(chunk))


def _mentions(index: _Index, text: str, folded: str) -> list[tuple[int, int, RegistryEntry]]:
    """Registry bodies named anywhere in ``text`` (longest names first, no overlaps)."""
    hits: list[tuple[int, int, RegistryEntry]] = []
    if index.plain_re:
        for m in index.plain_re.finditer(folded.replace("-", " ")):
            entry = index.plain.get(" ".join(m.group().split()))
            if entry:
                hits.append((m.start(), m.end(), entry))
    if index.acronym_re:
        for m in index.acronym_re.finditer(fold_text(text, keep_case=True).replace("-", " ")):
            entry = index.acronyms.get(m.group())
            if entry:
                hits.append((m.start(), m.end(), entry))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    kept: list[tuple[int, int, RegistryEntry]] = []
    for hit in hits:
        if all(hit[1] <= k[0] or hit[0] >= k[1] for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h[0])


def _slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold_text(text)).strip("-") or "body"


def _registered(entry: RegistryEntry) -> BodyRef:
    return BodyRef(entry.slug, entry.name, True)


# --------------------------------------------------------------------------
# Addressees

_INFINITIVE_STOP = {
    "premier", "dernier", "chantier", "dossier", "calendrier", "quartier", "metier",
    "papier", "courrier", "entier", "particulier", "financier", "hier", "fer", "mer",
    "hiver", "cancer", "conseiller", "danger", "foyer", "millier", "janvier", "fevrier",
    "atelier", "pilier", "officier", "regulier", "avenir", "desir", "plaisir", "loisir",
    "espoir", "soir", "territoire", "histoire", "memoire", "ordre", "desordre", "cadre",
    "guerre", "oeuvre", "livre", "empire", "navire", "martyr", "pouvoir", "devoir",
}  # fmt: skip
_FR_MARKER_RE = re.compile(
    r"(?<![\w'])(?:afin\s+d[e']|de\s+|d'|a\s+|pour\s+)"
    r"(?:(?:y|en|se|s'|leur|lui|nous|les)\s*)?(?:ne\s+pas\s+)?(?P<verb>[a-z]+)(?![\w'])"
)
_EN_MARKER_RE = re.compile(
    r"(?<![\w'])to\s+(?:(?:further|also|urgently|fully)\s+)?(?P<verb>[a-z]+)(?![\w'])"
)
_EN_NOT_VERBS = {
    "the", "a", "an", "all", "its", "their", "this", "these", "those", "his", "her", "our",
    "such", "each", "any", "some", "both", "member", "states", "un", "oic", "it", "them",
}  # fmt: skip
_SPLIT_RE = re.compile(
    r"\s*[,;]\s*|\s+(?:et|and|ainsi\s+qu(?:e\s+|')|as\s+well\s+as|en\s+particulier"
    r"|in\s+particular|notamment|including|y\s+compris|particulierement)(?:\s+|(?<=')|$)"
    r"|^(?:en\s+particulier|in\s+particular|notamment|including|y\s+compris)\s+"
)
_LEADING_RE = re.compile(
    r"(?:(?:l'ensemble\s+des|a\s+la|a\s+l'|a|au|aux|les|le|la|l'|des|du|de\s+la|de\s+l'|de|d'|the|all|to"
    r"|tous\s+les|toutes\s+les|tous|toutes|l'ensemble\s+des|chacun\s+des|each|every|its"
    r"|their|ses|leurs|sa|son|egalement|instamment|vivement|a\s+nouveau|de\s+nouveau"
    r"|once\s+again|also|further|strongly|et|and|en\s+particulier|in\s+particular|notamment"
    r"|including|y\s+compris|particulierement)(?:\s+|(?<=')))+"
)
_RELATIVE_RE = re.compile(
    r"^(?:qui|que|qu'|dont|lequel|laquelle|lesquels|lesquelles|ou|which|who|whom|that|where)\b"
)
_PARTNER_RE = re.compile(
    r"(?<![\w'])(?:en\s+(?:collaboration|cooperation|coordination|partenariat|concertation"
    r"|liaison|consultation)\s+(?:etroite\s+)?avec|avec\s+l'(?:appui|aide|assistance|concours)"
    r"\s+d[eu']?|avec\s+le\s+(?:soutien|concours)\s+d[eu']?"
    r"|in\s+(?:close\s+)?(?:cooperation|collaboration|coordination|partnership|consultation"
    r"|liaison)\s+with|with\s+the\s+(?:support|assistance|help)\s+of)(?![\w])\s*"
)
_PARTNER_END_RE = re.compile(r"[,;.:]|\s+(?:pour|afin|to|in\s+order)\b")
_EN_PRONOUN_RE = re.compile(r"\s*(?:them|it)(?![\w'])")


def _is_infinitive(word: str) -> bool:
    if word in _INFINITIVE_STOP or len(word) < 3:
        return False
    if word.endswith(("er", "ir", "oir")):
        return True
    if word.endswith("re"):
        if word.endswith(("aire", "ure", "iere", "ere", "oire", "bre", "vre", "tre")):
            return (
                word.endswith(("faire", "taire", "plaire", "clure", "ettre", "attre", "ivre"))
                or word.endswith(("itre", "etre", "aitre", "oitre", "boire", "croire"))
            ) and word not in _INFINITIVE_STOP
        return True
    return False


def _marker(tail: str) -> int | None:
    """Where the addressee span ends: before "de/à/pour + infinitive" or "to + verb"."""
    best: int | None = None
    for m in _FR_MARKER_RE.finditer(tail):
        if _is_infinitive(m.group("verb")):
            best = m.start()
            break
    for m in _EN_MARKER_RE.finditer(tail):
        if m.group("verb") not in _EN_NOT_VERBS:
            best = m.start() if best is None else min(best, m.start())
            break
    return best


def _chunks(span: str, folded: str, index: _Index, offset: int) -> list[tuple[int, int]]:
    """Split an addressee span into (start, end) pieces, never inside a registered name."""
    protected = [(s, e) for s, e, _ in _mentions(index, span, folded)]
    pieces: list[tuple[int, int]] = []
    pos = 0
    for m in _SPLIT_RE.finditer(folded):
        if any(s < m.end() and m.start() < e for s, e in protected):
            continue
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(span)))
    cleaned: list[tuple[int, int]] = []
    for start, end in pieces:
        while start < end and folded[start] in " .,;:)(":
            start += 1
        lead = _LEADING_RE.match(folded, start, end)
        if lead:
            start = lead.end()
        while end > start and folded[end - 1] in " .,;:)(":
            end -= 1
        if start < end:
            cleaned.append((start + offset, end + offset))
    return cleaned


def _tidy_name(chunk: str) -> str:
    chunk = " ".join(chunk.split()).strip(" .,;:")
    return chunk[:1].upper() + chunk[1:]


# --------------------------------------------------------------------------
# Due dates

_DEADLINE_RE = re.compile(
    r"(?<![\w'])(?:le\s+plus\s+tot\s+possible|au\s+plus\s+tot|des\s+que\s+possible"
    r"|sans\s+(?:plus\s+(?:de\s+)?)?delai|sans\s+tarder|dans\s+les\s+(?:meilleurs|plus\s+brefs)"
    r"\s+delais|immediatement|as\s+soon\s+as\s+possible|without\s+(?:further\s+)?delay"
    r"|at\s+the\s+earliest(?:\s+(?:possible\s+)?(?:opportunity|date))?|immediately"
    r"|(?:before|by|at)\s+(?:its|the)\s+next\s+(?:meeting|session)"
    r"|(?:avant|lors\s+de)\s+(?:la|sa)\s+prochaine\s+(?:reunion|session)"
    r"|a\s+sa\s+prochaine\s+session)(?![\w'])"
)
_DATE_LEAD_RE = re.compile(
    r"(?<![\w'])(?:avant\s+le|d'ici\s+(?:le|au)|au\s+plus\s+tard\s+le|jusqu'au|(?:on\s+or\s+)?before"
    r"|by|(?:no|not)\s+later\s+than|until|d'ici\s+(?:a\s+)?(?:la\s+)?fin|avant\s+(?:la\s+)?fin"
    r"|au\s+plus\s+tard(?:\s+en|\s+fin)?|(?:a\s+la\s+)?fin(?:\s+d[eu']?)?|by\s+the\s+end\s+of"
    r"|(?:the\s+)?end\s+of|d'ici)\s*$"
)


def _due(
    text: str, folded: str, clauses: list[_Clause], dates: list[DateMention]
) -> tuple[dt.date | None, str]:
    in_clause = [d for d in dates if any(c.start <= d.start < c.end for c in clauses)]
    chosen = (in_clause or dates or [None])[0]
    phrase = ""
    for clause in clauses:
        m = _DEADLINE_RE.search(folded, clause.start, clause.end)
        if m:
            phrase = text[m.start() : m.end()]
            break
    if not phrase and chosen is not None:
        lead = _DATE_LEAD_RE.search(folded, max(0, chosen.start - 40), chosen.start)
        phrase = text[lead.start() if lead else chosen.start : chosen.end]
    return (chosen.date if chosen else None), phrase


# --------------------------------------------------------------------------
# Entry point


@dataclass
class _Draft:
    owner: BodyRef
    partners: list[BodyRef]
    summaries: list[str]
    clauses: list[_Clause]


def extract(text: str, registry: Sequence[RegistryEntry], language: str = "fr") -> Extraction:
    """Classify a paragraph and list the requests it makes, one per addressed body.

    French and English patterns are both always active, so ``language`` only
    documents the expected language; a paragraph in the other one still works.
    """
    text = " ".join(str(text).split())
    folded = fold_text(text)
    try:
        index = _index(tuple(registry))
    except TypeError:  # an entry built with list aliases is not hashable: skip the cache
        index = _index.__wrapped__(tuple(registry))
    warnings: list[str] = []
    drafts: dict[str, _Draft] = {}
    previous_owners: list[BodyRef] = []
    clauses = _clauses(text, folded)
    requests_per_sentence: dict[tuple[int, int], int] = {}
    resolved: list[tuple[_Clause, list[BodyRef], list[BodyRef]]] = []

    for clause in clauses:
        if clause.verb.kind != "request":
            continue
        owners = _addressees(text, folded, clause, index, previous_owners, warnings)
        if not owners:
            continue
        partners = _partners(text, folded, clause, index, warnings)
        owners = [o for o in owners if o not in partners]
        if not owners:
            continue
        previous_owners = owners
        resolved.append((clause, owners, partners))
        requests_per_sentence[clause.sentence] = requests_per_sentence.get(clause.sentence, 0) + 1

    for clause, owners, partners in resolved:
        if requests_per_sentence[clause.sentence] == 1:
            summary = text[clause.sentence[0] : clause.sentence[1]].strip()
        else:
            summary = text[clause.start : clause.end].strip(" ,;")
        for owner in owners:
            draft = drafts.setdefault(owner.slug, _Draft(owner, [], [], []))
            if summary not in draft.summaries:
                draft.summaries.append(summary)
            draft.partners.extend(p for p in partners if p not in draft.partners)
            draft.clauses.append(clause)

    dates = scan_dates(text)
    requests = []
    for draft in drafts.values():
        due_date, due_text = _due(text, folded, draft.clauses, dates)
        requests.append(
            ExtractedRequest(
                owner=draft.owner,
                partners=tuple(draft.partners),
                summary=" ".join(draft.summaries),
                due_date=due_date,
                due_text=due_text,
            )
        )
    kind = "request" if requests else "statement"
    return Extraction(kind, tuple(requests), tuple(dict.fromkeys(warnings)))


def _addressees(
    text: str,
    folded: str,
    clause: _Clause,
    index: _Index,
    previous_owners: list[BodyRef],
    warnings: list[str],
) -> list[BodyRef]:
    owners: list[BodyRef] = []
    start, end = clause.verb.end, clause.end
    pronoun = clause.verb.pronoun
    english = _EN_PRONOUN_RE.match(folded, start, end)
    if english:
        pronoun, start = english.group().strip(), english.end()
    if pronoun:
        owners.extend(_resolve_pronoun(text, folded, clause, index, previous_owners, warnings))

    tail_folded = folded[start:end]
    partner = _PARTNER_RE.search(tail_folded)
    marker = _marker(tail_folded)
    strict = marker is not None
    span_end = marker if marker is not None else len(tail_folded)
    span = text[start : start + span_end]
    for c_start, c_end in _chunks(span, folded[start : start + span_end], index, start):
        chunk_folded = folded[c_start:c_end]
        if _RELATIVE_RE.match(chunk_folded) or _PARTNER_RE.match(chunk_folded):
            continue
        if partner and c_start >= start + partner.start():
            continue
        entry = _lookup(index, text[c_start:c_end])
        if entry is None and not strict:
            entry = _prefix_entry(index, text, folded, c_start, c_end)
        if entry is not None:
            ref = _registered(entry)
        elif strict:
            name = _tidy_name(text[c_start:c_end])
            ref = BodyRef(_slugify(name), name, False)
            warnings.append(f"paragraph text mentions an addressee not in the registry: '{name}'")
        else:
            continue
        if ref not in owners:
            owners.append(ref)
    return owners


def _prefix_entry(
    index: _Index, text: str, folded: str, start: int, end: int
) -> RegistryEntry | None:
    """Without an infinitive to end the span, accept a registered name that opens the chunk."""
    for s, _, entry in _mentions(index, text[start:end], folded[start:end]):
        return entry if s == 0 else None
    return None


def _resolve_pronoun(
    text: str,
    folded: str,
    clause: _Clause,
    index: _Index,
    previous_owners: list[BodyRef],
    warnings: list[str],
) -> list[BodyRef]:
    if previous_owners:
        return list(previous_owners)
    s_start = clause.sentence[0]
    for lo in (s_start, 0):
        found = _mentions(index, text[lo : clause.verb.start], folded[lo : clause.verb.start])
        refs = list(dict.fromkeys(_registered(entry) for _, _, entry in found))
        if refs:
            return refs
    warnings.append(
        f"could not tell which body a pronoun refers to: '{text[clause.start : clause.end]}'"
    )
    return []


def _partners(
    text: str, folded: str, clause: _Clause, index: _Index, warnings: list[str]
) -> list[BodyRef]:
    partners: list[BodyRef] = []
    for m in _PARTNER_RE.finditer(folded, clause.start, clause.end):
        stop = _PARTNER_END_RE.search(folded, m.end(), clause.end)
        end = stop.start() if stop else clause.end
        for c_start, c_end in _chunks(text[m.end() : end], folded[m.end() : end], index, m.end()):
            entry = _lookup(index, text[c_start:c_end])
            if entry is not None:
                ref = _registered(entry)
            else:
                name = _tidy_name(text[c_start:c_end])
                ref = BodyRef(_slugify(name), name, False)
                warnings.append(f"paragraph text mentions a partner not in the registry: '{name}'")
            if ref not in partners:
                partners.append(ref)
    return partners
