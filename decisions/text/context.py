"""The bodies a report named before a paragraph, for reading it: a short second
mention takes the fuller name the text gave the body ("the Panel" after "the
Panel of Experts"), and words pointing back ("the said Governments", "desdits
Gouvernements") stand for the bodies named before them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .bodies import BodyRef, unregistered
from .common_bodies import common_body
from .folding import fold_key, fold_text
from .lang import either, every
from .limits import MAX_REQUESTS
from .said_organisation import bare_organ
from .subjects import GENERIC_RE, qualifier_end

__all__ = [
    "Earlier",
    "bare_government",
    "acronyms",
    "established",
    "named",
    "organisation_named",
    "points_back",
    "with_context",
]

_LEADING_RE = re.compile(rf"(?:{either('leading_words')}(?:\s+|(?<=')))+")
_ANAPHORA_RE = re.compile(
    rf"(?:{either('anaphora')})\s+(?P<head>\S+)" if every("anaphora") else r"(?!)"
)


_ESTABLISH_RE = re.compile(
    rf"(?<![\w'])(?:{either('establishing')})(?:\s+|(?<='))" if every("establishing") else r"(?!)"
)
_NAME_END_RE = re.compile(r"[,;.:()\[\u060c\u061b]")
_LONGEST = 200  # characters a body's full name may take


def established(text: str) -> list[BodyRef]:
    """The bodies a paragraph establishes, by their full name: "Établit une
    Commission de trêve pour la Palestine composée de ..." -> "Commission de
    trêve pour la Palestine"."""
    folded = fold_text(text)
    found = []
    for m in _ESTABLISH_RE.finditer(folded):
        stop = _NAME_END_RE.search(text, m.end(), m.end() + _LONGEST)
        name = text[m.end() : stop.start() if stop else min(len(text), m.end() + _LONGEST)]
        name = name[: qualifier_end(name)].strip()
        # A proper name opens with a capital; a script without case (Arabic)
        # has none: "تشكيل بعثة تقصي الحقائق، ..." -> "بعثة تقصي الحقائق".
        first = name[:1]
        if (first.isupper() or (first.isalpha() and not first.islower())) and " " in name:
            found.append(unregistered(name))
        elif common := common_body(name):  # "un comité d'experts": a common noun
            found.append(unregistered(common))
    return found


_ACRONYM_LEAD_RE = re.compile(r"[A-Z]{2,}\s")
_ARABIC_ARTICLE_RE = re.compile(r"ال(?=[\u0621-\u064a]{3})")


_BACK_AFTER_RE = re.compile(
    rf"\s+(?:{either('anaphora_after')})$" if every("anaphora_after") else r"(?!)"
)


def points_back(name: str) -> bool:
    """Whether a name ends with words pointing back ("mentionné ci-dessus")."""
    return bool(_BACK_AFTER_RE.search(fold_key(name)))


def _key(name: str) -> str:
    """A body's name folded, without its article or quantifier ("the Panel" ->
    "panel"; "البعثة" -> "بعثه", as the first word of "بعثة تقصي الحقائق"), nor
    the words after it pointing back ("le Chef mentionné ci-dessus" -> "chef")."""
    key = fold_key(name)
    key = key[: m.start()] if (m := _BACK_AFTER_RE.search(key)) else key
    lead = _LEADING_RE.match(key)
    words = name.split()[:2]  # "AU Member States": an acronym, not the article "au"
    acronym = len(words) == 2 and len(words[0]) >= 2 and words[0].isupper()
    key = key[lead.end() :] if lead and not (acronym and not words[1].isupper()) else key
    article = _ARABIC_ARTICLE_RE.match(key)
    return key[article.end() :] if article else key


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


# A body's full name as texts write it: capitalised words around a head noun
# ("Panel of Experts", "Sanctions Committee on Liberia", "Commission de suivi de
# l'accord", "Mécanisme de suivi de la transition"). Joined by a few lower-case
# words; the name ends at the first other lower-case word or mark.
_HEADS = frozenset(every("body_head_nouns"))
_PREPOSITIONS = frozenset(every("name_prepositions"))
_ARTICLES = frozenset(every("name_articles"))
# French names go on in lower case after these ("Commission de suivi"); English
# ones are capitalised throughout ("Panel of Experts to gather": "to" ends it).
_LOWER_JOINERS = frozenset(every("name_lower_joiners"))
_WORD_RE = re.compile(r"[^\W\d_]+'?|[^\w\s]")


def named(text: str) -> list[BodyRef]:
    """The bodies a paragraph names by a full name outside the registry, by a
    head noun among capitalised words: later, "the Panel" is the one it heads.
    A lower-case word joins a French name after "de" or an article
    ("Commission de suivi de la transition"); an article after any other word
    starts a new name ("Requests the Panel of Experts"). One pass over the words
    (whether the name has its head noun yet is kept, not looked for again at
    each word: a long name would make that quadratic)."""
    found: list[BodyRef] = []
    run: list[tuple[int, int, str]] = []  # (start, end, folded word) of the current name
    headed = False  # a head noun is in ``run``

    def close() -> None:
        nonlocal headed
        while run and (run[-1][2] in _PREPOSITIONS or run[-1][2] in _ARTICLES):
            run.pop()
        if len(run) > 1 and headed and len(found) < MAX_REQUESTS:
            name = text[run[0][0] : run[-1][1]]
            if len(name) <= _LONGEST:
                found.append(unregistered(name))
        run.clear()
        headed = False

    for m in _WORD_RE.finditer(text):
        word = m.group()
        folded = fold_key(word) or word
        after_joiner = bool(run) and run[-1][2] in _LOWER_JOINERS
        if after_joiner and word[:1].islower() and _infinitive_at(text, run[-1][0]):
            close()  # "la Commission de suivi de présenter": the name ends before "de"
            continue
        after_preposition = bool(run) and run[-1][2] in _PREPOSITIONS
        if folded in _ARTICLES and not after_preposition:
            close()  # "the" after a verb: a name may start after it
        elif word[:1].isupper() or (run and (folded in _PREPOSITIONS or after_joiner)):
            run.append((m.start(), m.end(), folded))
            headed = headed or folded in _HEADS
            continue
        elif folded in _ARTICLES and run[-1][2] != "to" and headed:
            # "Committee on the Single Currency Programme": the head read before the
            # article ("Prosecutor of the ... Mechanism" is two names, as before);
            # never after "to" ("reports of the Mechanism to the Council").
            run.append((m.start(), m.end(), folded))
            continue
        else:
            close()
    close()
    return found


# An acronym a text defines in brackets after a name: "the Government of Sudan
# (GoS)", "the Sudan Liberation Movement/Army (SLM/A)". Two capitals at least.
_DEFINED_RE = re.compile(r"\((?=(?:[a-z/&.-]*[A-Z]){2})([A-Z][A-Za-z/&.-]{1,11})\)")
_NAME_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019-]*|[/&]")
_MAX_NAME_WORDS = 10


_BLOC_RE = re.compile(either("bloc_words") or r"(?!)")
_ORGANISATION_HEADS = frozenset(every("organisation_heads"))


def organisation_named(pairs: Sequence[tuple[str, str]]) -> str:
    """The first organisation's name a paragraph defines with its acronym
    ("the Southern Lakes Community (SLC)"), or ""."""
    for _, name in pairs:
        if fold_key(name).split()[-1:] and fold_key(name).split()[-1] in _ORGANISATION_HEADS:
            return name
    return ""


def acronyms(text: str) -> list[tuple[str, str]]:
    """(acronym, name) of each acronym a paragraph defines in brackets right
    after a name in capitals ("the Government of Sudan (GoS)" -> ("GoS",
    "Government of Sudan")): the name's words run back from the bracket over
    capitalised words and the lower-case words joining them ("of", "de"), and
    the acronym's capitals are the initials of its words, in order."""
    found = []
    for m in _DEFINED_RE.finditer(text):
        if len(found) >= MAX_REQUESTS:
            break
        before = text[max(0, m.start() - _LONGEST) : m.start()]
        words = list(_NAME_WORD_RE.finditer(before))[-_MAX_NAME_WORDS:]
        if not words or before[words[-1].end() :].strip():
            continue  # the bracket does not follow a word
        start = None
        for w in reversed(words):
            word = w.group()
            if word[:1].isupper():
                start = w.start()
            elif fold_key(word) not in _PREPOSITIONS and word not in "/&":
                break
        if start is None:
            continue
        name = before[start:].strip()
        initials = [w[0].lower() for w in _NAME_WORD_RE.findall(name) if w[0].isalpha()]
        capitals = iter(initials)
        if all(c.lower() in capitals for c in m.group(1) if c.isupper()):
            found.append((m.group(1), name))
    return found


_MARKERS = [
    (re.compile(m.pattern), re.compile(m.verb), m.not_verbs)
    for m in every("infinitive_markers")
    if not m.at_verb
]


def _infinitive_at(text: str, at: int) -> bool:
    """Whether the words at ``at`` are "de" and an infinitive ("de présenter")."""
    piece = fold_text(text[at : at + 40])
    for pattern, verb, not_verbs in _MARKERS:
        m = pattern.match(piece)
        if m and verb.fullmatch(m.group("verb")) and m.group("verb") not in not_verbs:
            return True
    return False


class Earlier:
    """The bodies outside the registry a report named before a paragraph,
    indexed by the words that open and close their names; each added once."""

    def __init__(self, refs: Sequence[BodyRef] = ()) -> None:
        self.seen: set[BodyRef] = set()
        self.heads: dict[str, dict[BodyRef, None]] = {}  # first word, as a stem
        self.ends: dict[str, dict[BodyRef, None]] = {}  # first or last word of a longer name
        self.prefixes: dict[str, dict[BodyRef, None]] = {}  # its first two or three words
        self.states: dict[str, BodyRef] = {}
        self.acronyms: dict[str, BodyRef] = {}  # an acronym the text defined -> its body
        self.organisation: BodyRef | None = None  # the first named with its acronym
        self.last: list[BodyRef] = []  # the paragraph before: its owners, else the bodies it named
        self.asked: dict[str, dict[BodyRef, None]] = {}  # registered owners: their first words
        self.add(refs)

    def add_acronyms(self, pairs: Sequence[tuple[str, BodyRef]]) -> None:
        """Acronyms the report defined ("(GoS)" after "the Government of
        Sudan"): a later bare "the GoS" is the body named (``with_context``)."""
        for acronym, ref in pairs:
            if len(self.acronyms) < MAX_REQUESTS:
                self.acronyms.setdefault(_key(acronym), ref)

    def add_states(self, refs: Mapping[str, BodyRef]) -> None:
        """The States the report asked before (registered ones, or their
        organs: the State's slug -> the body asked first): whose "Government"
        a bare mention is (``with_context``)."""
        for state, ref in refs.items():
            self.states.setdefault(state, ref)

    def add(self, refs: Sequence[BodyRef]) -> None:
        for ref in refs:
            if ref.registered:  # "le Haut-Commissariat" after its full name was asked
                words = _key(ref.name).split()
                for size in range(1, min(len(words), 4)):
                    self._put(self.asked, " ".join(words[:size]), ref, 2)
                continue
            if ref in self.seen:
                continue
            self.seen.add(ref)
            words = _key(ref.name).split()
            if not words:
                continue
            self._put(self.heads, _stem(words[0]), ref, MAX_REQUESTS)
            if len(words) > 1:  # two are enough to tell that a short mention is ambiguous
                heads = [w for w in words if w in _HEADS]  # "the Team" of "Monitoring Team on ..."
                for word in dict.fromkeys((words[0], words[-1], *heads)):
                    self._put(self.ends, word, ref, 2)
            for size in (2, 3, 4):  # "the Governing Board" of "Governing Board of the ..."
                if len(words) > size:
                    self._put(self.prefixes, " ".join(words[:size]), ref, 2)

    @staticmethod
    def _put(table: dict[str, dict[BodyRef, None]], word: str, ref: BodyRef, cap: int) -> None:
        refs = table.setdefault(word, {})
        if len(refs) < cap:
            refs.setdefault(ref)

    def __bool__(self) -> bool:
        return bool(self.seen)


def _one(found: list[BodyRef]) -> list[BodyRef]:
    """The one body a short mention stands for: a single candidate, or the
    longest when every other is the start of it ("Commission de trêve" and
    "Commission de trêve pour la Palestine"); none when two differ."""
    if len(found) <= 1:
        return found
    longest = max(found, key=lambda r: len(_key(r.name)))
    whole = _key(longest.name)
    return [longest] if all(whole.startswith(_key(r.name)) for r in found) else []


# A State's government named without the State ("the Government", "les
# autorités de la transition", "الحكومة", "the Transitional Military Council",
# "the relevant military authorities"): the one State the report asked before.
_GOVERNMENTS = frozenset(
    _key(name)
    for name in (
        "the Government", "the authorities", "the transitional Government",
        "the transitional authorities", "le Gouvernement", "les autorités",
        "le gouvernement de transition", "le gouvernement de la transition",
        "les autorités de transition", "les autorités de la transition",
        "الحكومة", "السلطات", "الحكومة الانتقالية", "السلطات الانتقالية",
        "the Transitional Military Council", "le Conseil militaire de transition",
        "المجلس العسكري الانتقالي", "the relevant authorities", "the competent authorities",
        "the military authorities", "the relevant military authorities",
        "les autorités compétentes", "les autorités militaires",
    )
)  # fmt: skip


# Two governments named without their States ("both Governments", "les deux
# Gouvernements", "الحكومتين", "the Governments"): the States the report asked
# before, when it asked one or two; with one registered, that one and the
# name as written (the other State is not in the registry).
_BOTH_GOVERNMENTS = frozenset(
    _key(name)
    for name in (
        "both Governments", "the two Governments", "les deux Gouvernements",
        "les Gouvernements", "الحكومتين", "الحكومتان",
    )
)  # fmt: skip


def bare_government(name: str) -> bool:
    """Whether ``name`` is a State's government or authorities without the State
    ("the Government", "les autorités", "الحكومة")."""
    return _key(name) in _GOVERNMENTS


def with_context(
    owners: list[BodyRef],
    earlier: Sequence[BodyRef] | Earlier,
    home: Mapping[str, BodyRef] | None = None,
) -> dict[BodyRef, BodyRef]:
    """``owners`` with each short mention or pointing-back name outside the
    registry replaced by the bodies named before (``earlier``) it stands for,
    each mapped to the owner as written; a short mention two earlier bodies
    could fill stays as written. A short name of the issuing organisation's
    own body (``home``: "the Commission" in an AU text) is that body."""
    if not isinstance(earlier, Earlier):
        earlier = Earlier(earlier)
    out: dict[BodyRef, BodyRef] = {}
    for owner in owners:
        found: list[BodyRef] = []
        # "AU Member States" is not the bare "Member States" ("au" as a French article).
        bare = not owner.registered and not _ACRONYM_LEAD_RE.match(owner.name)
        # An Arabic name keeps its article in the home's keys ("البلدان المساهمة بقوات").
        own = (
            home.get(_key(owner.name)) or home.get(fold_key(owner.name)) if home and bare else None
        )
        if own is None and home and bare and (organ := bare_organ(owner.name)):
            own = home.get(_key(organ))  # "la Commission de ladite Communauté": its own

        if own is not None:
            found = [own]
        elif bare and earlier.organisation and _BLOC_RE.fullmatch(_key(owner.name)):
            found = [earlier.organisation]  # "the bloc": the organisation the report covers
        elif not owner.registered and _key(owner.name) in earlier.acronyms:
            found = [earlier.acronyms[_key(owner.name)]]  # "the GoS": the name it stands for
        elif not owner.registered and len(earlier.states) == 1 and _key(owner.name) in _GOVERNMENTS:
            found = list(earlier.states.values())
        elif (
            not owner.registered
            and 1 <= len(earlier.states) <= 2
            and _key(owner.name) in _BOTH_GOVERNMENTS
            and not _ANAPHORA_RE.search(fold_key(owner.name))  # "chacun desdits": below
        ):
            found = list(earlier.states.values()) + ([owner] if len(earlier.states) == 1 else [])
        elif earlier and not owner.registered:
            key = _key(owner.name)
            written = fold_key(owner.name)  # with the words pointing back, if any
            generic = bool(GENERIC_RE.fullmatch(key) or GENERIC_RE.fullmatch(written))
            back = _ANAPHORA_RE.search(written)
            back = back if back and back.start() <= len(written) - len(key) else None
            if back:  # "chacun desdits Gouvernements": every government named before
                found = list(earlier.heads.get(_stem(back.group("head")), ()))
            elif owner.slug == "parties":  # "the parties" after "the parties to the conflict"
                found = _one(list(earlier.heads.get("partie", ())))  # (the one fuller asked)
            elif key and " " not in key and not generic:
                # "the Panel": the one fuller name it heads ("parties" is kept as written)
                found = _one(list(earlier.ends.get(key, ())))
            elif key and not generic:
                # "the Governing Board": the one fuller name it opens
                found = _one(list(earlier.prefixes.get(key, ())))
        key = _key(owner.name)
        if not found and not owner.registered and " " in key and not GENERIC_RE.fullmatch(key):
            # A registered body asked before, by the first words of its name alone
            # ("le Haut-Commissariat"; one word, "the parties", is too common a noun).
            asked = list(earlier.asked.get(key, ()))
            found = asked if len(asked) == 1 else []
        for ref in found or [owner]:
            out.setdefault(ref, owner)
    return out
