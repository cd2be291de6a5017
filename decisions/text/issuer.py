"""The organisation a report comes from, and the short names its own organs go
by in it: in an African Union communiqué "the Commission" is the AU
Commission, in an Arab League resolution "الأمانة العامة" of the League is
meant. The organisation is the one the report's head (title block and
preamble) names first; a report whose head names none has no home names, and
a short mention stays as written, for review."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from .bodies import BodyRef, RegistryEntry, index_of, lookup, mentions
from .folding import fold_key, fold_text
from .headings import LEAGUE_NAME, holds_reference
from .lang import every
from .occasion import occasion_at
from .un_symbols import UN_NAME, un_symbol_at

__all__ = [
    "HEAD_CHARS",
    "LEAD_CHARS",
    "Home",
    "home_body",
    "home_names",
    "issuer_of",
    "shared_elsewhere",
]

HEAD_CHARS = 4000
"""How much of the head is read for the issuing organisation: its title block
and the opening of its preamble (a preamble may go on to name other bodies)."""

LEAD_CHARS = 200
"""How much of a report's first paragraph is read for its issuer when the head
names none: a news lead's opening words, where its subject stands."""

_DEPTH = 8  # parents followed up to the organisation (the registry nests 4 deep)
# The words joining an organ's name to its organisation's ("Commission of the
# African Union", "Commission de l'UA", "الأمانة العامة لجامعة ..."), and the
# article before a bare name ("the", "la").
# Arabic joins members to their organisation by "في" ("الدول الأعضاء في
# الأمم المتحدة"), an organ by a particle (see ``_bare``).
_LINKS = sorted(
    {fold_key(w) for w in every("name_prepositions") + every("name_articles")} | {"في"},
    key=len,
    reverse=True,
)
_LINK_TAIL_RE = re.compile(
    r"(?:\s+(?:" + "|".join(re.escape(w) for w in _LINKS if w) + r")|\s*')+$"
)
_LEADING_RE = re.compile(
    r"^(?:(?:" + "|".join(re.escape(fold_key(w)) for w in every("leading_words")) + r")\s+|l')+"
)
_ARABIC_RE = re.compile(r"[\u0621-\u064a]")
_ACRONYM_RE = re.compile(r"\s*[A-Z]{2,}\b")
# One member's seat on a body named after it: "العضو العربي في مجلس الأمن", "a
# non-permanent member of the Security Council", "membre du Conseil de sécurité".
_MEMBER_OF_RE = re.compile(
    r"(?:(?<![^\W\d_])[وف]?(?:ال)?عضو(?:\s+[^\s,.;]+){0,3}?\s+(?:في\s+)?"
    r"|\bmember\s+of\s+(?:the\s+)?|\bmembre\s+(?:du|de\s+la|de\s+l')\s*)$"
)
# A particle joined to a name's article: "للأمانة" ("ل" + "ال"), "والأمانة".
_JOINED_RE = re.compile(r"^(?:\u0644\u0644|[\u0648\u0641\u0628\u0644]\u0627\u0644)")


def _unjoin(m: re.Match[str]) -> str:
    return "\u0627\u0644"


# The words after a name that say whose it is: a tie and a proper name
# ("Member States of the OIC", "États membres de l'Organisation ..."), not a
# request going on ("Member States to report", "États Membres de lui faire").
_TIED_RE = re.compile(  # "of the Organization" alone is no tie (own_organisation)
    r"\s*(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l')?|du\s+|des\s+|d')"
    r"(?!Organi[sz]ation(?![\w'])(?!\s+(?:of|de|des|du|d')\s|\s+[A-ZÀ-Þ]))[A-ZÀ-Þ]"
)


def _roots(registry: Sequence[RegistryEntry]) -> dict[str, str]:
    """Each body's organisation: the top of its chain of parents."""
    parents = {e.slug: getattr(e, "parent", "") for e in registry}
    roots: dict[str, str] = {}
    for slug in parents:
        top = slug
        for _ in range(_DEPTH):
            up = parents.get(top) or ""
            if not up or up not in parents:
                break
            top = up
        roots[slug] = top
    return roots


# Kinds of registered bodies that name no organisation issuing a text: a
# group of States or bodies ("the international community", "Member States",
# "AU Member States" quoted by a Security Council text), a party, a
# government; an organisation's organ does (a kind "" is read as an organ).
_NOT_ISSUERS = frozenset(
    {
        "member_states",
        "member_state",
        "observer_state",
        "group",
        "non_state_party",
        "national_government",
        "external_partner",
    }
)
# A document symbol says whose the document is, by its first part:
# "S/RES/1464 (2003)", "A/RES/57/337", "A/HRC/RES/49/1", "S/2019/179" the
# United Nations' (read in un_symbols.py); "PSC/PR/COMM.(CMXI)",
# "Assembly/AU/Dec.1(XXX)", "EX.CL/Dec.5" the African Union's;
# "OIC/CFM-47/2020/POL" the OIC's. Written in capitals, after a space or at the
# start: "A/" inside a word is no symbol.
_SYMBOL_ISSUERS = (
    (re.compile(r"(?<![\w/.-])(?:PSC/(?:PR|AHG|MIN)|Assembly/AU|EX\.CL)/"), "African Union"),
    (re.compile(r"(?<![\w/.-])OIC/[A-Z]"), "Organisation of Islamic Cooperation"),
)


def issuer_of(head: str, registry: Sequence[RegistryEntry], lead: str = "") -> str:
    """The slug of the organisation issuing a report, from its ``head``: the
    organisation of the first body named that is not a State nor a group of
    States (titles and preambles open with the issuing organ), or whose
    document symbol opens it, whichever comes first. A head naming none (a
    news page, a page cut out of a volume) leaves it to the ``lead``, the
    report's first paragraph, by its opening words (``LEAD_CHARS``): "قرر مجلس
    السلم والأمن للاتحاد الإفريقي ...", "The Security Council on Tuesday called
    on ...". "" when neither names one."""
    found = _issuer_in(" ".join(head[:HEAD_CHARS].split()), registry)
    # A lead names its issuer as the subject of its opening words; further on
    # it names what the issuer asks or recalls ("... قرارات الأمم المتحدة"). A
    # name many organisations give an organ ("the General Assembly") opening a
    # paragraph is as likely asked as speaking: it names no issuer there.
    return found or _issuer_in(" ".join(lead[:LEAD_CHARS].split()), registry, shared=False)


def _issuer_in(head: str, registry: Sequence[RegistryEntry], shared: bool = True) -> str:
    if not head:
        return ""
    roots = _roots(registry)
    index = index_of(registry)
    named = _first_named(head, registry, roots, shared)
    symbols = [
        (m.start(), name) for pattern, name in _SYMBOL_ISSUERS if (m := pattern.search(head))
    ]
    if (un_at := un_symbol_at(head)) is not None:
        symbols.append((un_at, UN_NAME))
    symbol = min(symbols, default=None)
    if symbol is not None and (named is None or symbol[0] < named[0]):
        entry = lookup(index, symbol[1])
        if entry is not None:
            return roots.get(entry.slug, entry.slug)
    if named is not None:
        return named[1]
    # A head naming no organisation, but holding the reference of an Arab League
    # decision ("(ق 4170 - د 77 ...)"): a page of the League's decisions.
    if holds_reference(head):
        league = lookup(index, LEAGUE_NAME)
        if league is not None:
            return roots.get(league.slug, league.slug)
    return ""


# A news agency credited in a dateline's brackets ("NEW YORK (Agency) - The
# Council ...", "نيويورك (يونا) - ..."): the page's reporter, never its issuer.
_CREDIT_RE = re.compile(r"\s*\)\s*[-\u2013\u2014:]")


def _first_named(
    head: str, registry: Sequence[RegistryEntry], roots: Mapping[str, str], shared: bool = True
) -> tuple[int, str] | None:
    """Where the first body naming an issuer is in ``head``, and its
    organisation; ``shared``: a name many organisations give an organ counts."""
    states_under = {getattr(e, "parent", "") for e in registry if e.place}
    bare = _bare_names(tuple(registry))
    folded = fold_text(head)
    for start, end, entry in mentions(index_of(registry), head, folded):
        if entry.place or entry.slug in states_under or entry.kind in _NOT_ISSUERS:
            continue
        if occasion_at(folded, start):
            continue  # "En marge de l'Assemblée de l'UA, la Conférence de la CEDEAO ..."
        if _MEMBER_OF_RE.search(folded, max(0, start - 40), start):
            continue  # "تونس العضو العربي في مجلس الأمن": a State's seat, not the issuer
        if head[max(0, start - 2) : start].strip() == "(" and _CREDIT_RE.match(head, end):
            continue  # "نيويورك (يونا) - دان مجلس الأمن": the agency reporting, not issuing
        # "مذكرة الأمانة العامة" in a League resolution: a bare name another
        # organisation's organ goes by too says nothing of the issuer.
        key = _LEADING_RE.sub("", " ".join(folded[start:end].replace("-", " ").split()))
        key = _JOINED_RE.sub(_unjoin, key)  # "للأمانة العامة" -> "الأمانة العامة"
        root = roots.get(entry.slug, entry.slug)
        if bare.get(key, {root}) - {root} or (not shared and key in _SHARED):
            continue
        return start, root
    return None


@lru_cache(maxsize=8)
def _bare_names(registry: tuple[RegistryEntry, ...]) -> dict[str, frozenset[str]]:
    """Each organ's names without its organisation's ("الأمانة العامة" of
    "الأمانة العامة لجامعة الدول العربية"), folded -> the organisations whose
    organ goes by it."""
    roots = _roots(registry)
    tops = {e.slug: e for e in registry if roots.get(e.slug) == e.slug}
    names = {
        slug: sorted({fold_key(n) for n in (e.name, *e.aliases) if fold_key(n)}, key=len)[::-1]
        for slug, e in tops.items()
    }
    found: dict[str, set[str]] = {}
    for entry in registry:
        root = roots.get(entry.slug, entry.slug)
        if root == entry.slug or entry.place or root not in names:
            continue
        for alias in (entry.name, *entry.aliases):
            key = _bare(alias, names[root])
            if key:
                found.setdefault(key, set()).add(root)
    return {key: frozenset(v) for key, v in found.items()}


def _bare(alias: str, organisation: Sequence[str]) -> str:
    """``alias`` of an organ without its organisation's name: "Commission of the
    African Union" -> "commission", "AU Commission" -> "commission"; "" when the
    alias does not carry the organisation's name."""
    key = fold_key(alias)
    for name in organisation:
        # Arabic ties the organisation's name to the organ's by a particle:
        # "الأمانة العامة لجامعة الدول العربية", "الأمين العام للجامعة العربية".
        joined = "لل" + name[2:] if name.startswith("ال") else "ل" + name
        if key.endswith(" " + joined):
            rest = key[: -len(joined)]
        elif key.endswith(name) and len(key) > len(name) and not key[-len(name) - 1].isalnum():
            rest = _LINK_TAIL_RE.sub("", key[: -len(name)].rstrip())
        elif key.startswith(name + " "):
            rest = key[len(name) + 1 :]
        else:
            continue
        rest = _LEADING_RE.sub("", rest.strip(" ,'")).strip()
        if rest and rest != key:
            return rest
    return ""


_SHARED = frozenset(fold_key(n) for n in every("shared_organ_names"))
# A bare secretariat ("the Secretariat", "le Secrétariat général", "الأمانة العامة"):
# the registry gives it to the OIC's General Secretariat, but in a text another
# organisation issues it is that organisation's (``home_body``, when the registry
# holds it) or unknown: kept for review, never the OIC's.
_OWN_SECRETARIATS = frozenset(
    fold_key(n)
    for n in (
        "Secretariat",
        "General Secretariat",
        "Secretariat General",
        "Secrétariat",
        "Secrétariat général",
        "الأمانة",
        "الأمانة العامة",
    )
)


class Home(dict):
    """The short names of the issuing organisation's own bodies (folded, without
    an article -> body), with the issuing organisation (``issuer``, "" when the
    head names none) and each registered body's organisation (``roots``)."""

    def __init__(self, names: Mapping[str, BodyRef], issuer: str, roots: Mapping[str, str]):
        super().__init__(names)
        self.issuer = issuer
        self.roots = roots


def shared_elsewhere(home: Home, ref: BodyRef, written: str) -> bool:
    """Whether ``written``, the words naming the registered body ``ref``, is a
    name many organisations give an organ ("General Assembly") and the report
    is not that body's organisation's own, or names none: kept for review."""
    key = _LEADING_RE.sub("", fold_key(written))
    root = home.roots.get(ref.slug, ref.slug)
    if key in _OWN_SECRETARIATS:  # (an issuer the head names, and not the body's own)
        return bool(home.issuer) and root != home.issuer
    return key in _SHARED and root != home.issuer


def home_body(home: Home, ref: BodyRef, written: str, after: str = "") -> BodyRef | None:
    """The issuing organisation's own body that ``written`` names, when those
    words are a bare name ("the Secretary-General", "الأمين العام") the
    registry gives first to ``ref``, a body of another organisation: in a
    Security Council resolution the UN Secretary-General, in an Arab League
    resolution the League's; a body standing alone ("Member States") too,
    when the issuer has a body of that bare name (the Member States of the
    United Nations in a Security Council text; a League text, with no such
    body, leaves them as they read). None when ``ref`` is of the issuing
    organisation, the issuer is unknown, or the words are not one of its
    short names."""
    root = home.roots.get(ref.slug, ref.slug)
    if not home.issuer or root == home.issuer:
        return None
    # Unless the words ``after`` it say whose it is ("Member States of the OIC").
    if root == ref.slug and _TIED_RE.match(after[:40]):
        return None
    # An acronym opening the words is no article: "AU Member States" are the
    # Union's, not a bare "Member States" after the French "au".
    key = (
        fold_key(written) if _ACRONYM_RE.match(written) else _LEADING_RE.sub("", fold_key(written))
    )
    own = home.get(key.strip())
    return own if own is not None and own.slug != ref.slug else None


def home_names(head: str, registry: Sequence[RegistryEntry], lead: str = "") -> Home:
    """The short names of the issuing organisation's own bodies, folded and
    without an article, each the one body it names: {"commission": the AU
    Commission, "president de la commission": the AU Commission, ...}. A short
    name two of its bodies could take is left out. ``lead``: the report's first
    paragraphs, read for the issuer when the head names none (``issuer_of``)."""
    issuer = issuer_of(head, registry, lead)
    roots = _roots(registry)
    top = next((e for e in registry if e.slug == issuer), None) if issuer else None
    if top is None:
        return Home({}, issuer, roots)
    organisation = sorted(
        {fold_key(n) for n in (top.name, *top.aliases) if fold_key(n)}, key=len, reverse=True
    )
    found: dict[str, dict[str, RegistryEntry]] = {}
    for entry in registry:
        if entry.slug == issuer or roots.get(entry.slug) != issuer or entry.place:
            continue
        for alias in (entry.name, *entry.aliases):
            bare = _bare(alias, organisation)
            if not bare:
                continue
            keys = [bare]
            last = bare.rsplit(" ", 1)[-1]
            if _ARABIC_RE.match(last) and not last.startswith("ال"):
                # The noun that led to the organisation's name takes the article
                # without it: "مفوضية الاتحاد" -> "المفوضية", "رئيس مفوضية
                # الاتحاد" -> "رئيس المفوضية".
                keys.append(bare[: len(bare) - len(last)] + "ال" + last)
            for key in keys:
                found.setdefault(key, {})[entry.slug] = entry
    names = {key: BodyRef.of(next(iter(e.values()))) for key, e in found.items() if len(e) == 1}
    for key, ref in _its_states(top, registry, names).items():
        names.setdefault(key, ref)
    return Home(names, issuer, roots)


# The States an organisation's name says it joins: "League of Arab States",
# "Ligue des États arabes", "جامعة الدول العربية", "Communauté économique des
# États de l'Afrique de l'Ouest".
_STATES_RE = (
    re.compile(r"\bof\s+(?:the\s+)?((?:[A-Z][\w-]*\s+)+States)\b"),
    re.compile(r"\b(?:des|d')\s*((?:É|E)tats\b.*)$"),
    re.compile(r"(?:^|\s)(?:ل|)((?:ال)?دول(?:\s.*)?)$"),
)
_MEMBER_STATES = ("member states", "etats membres", "الدول الاعضاء")


def _its_states(
    top: RegistryEntry, registry: Sequence[RegistryEntry], own: Mapping[str, BodyRef]
) -> dict[str, BodyRef]:
    """The words naming the issuing organisation's own States ("the Arab
    States", "les États arabes", "الدول العربية" in a League text), folded ->
    the body its bare "Member States" name: the organisation's own members
    when the registry holds them (``own``, its short names: "the Member
    States" of a GCC text are the GCC's), else the body the registry calls
    by the bare "Member States", as the organisation's texts also say. Empty
    when its name joins no States, or the registry has no such body."""
    mine = next((own[k] for k in _MEMBER_STATES if k in own), None)
    members = None
    if mine is None:
        members = next(
            (
                e
                for e in registry
                if {fold_key(n) for n in (e.name, *e.aliases)} & set(_MEMBER_STATES)
            ),
            None,
        )
        if members is None:
            return {}
        mine = BodyRef.of(members)
    out: dict[str, BodyRef] = {}
    for name in (top.name, *top.aliases):
        for pattern in _STATES_RE:
            m = pattern.search(name)
            key = fold_key(m.group(1)) if m else ""
            if key and key not in _MEMBER_STATES:
                forms = [key]
                if _ARABIC_RE.match(key):  # with and without the article
                    bare = key[2:] if key.startswith("ال") else key
                    forms += [bare, "ال" + bare]
                for each in forms:
                    out[each] = mine
    return out
