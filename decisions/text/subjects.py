"""Bodies asked to act that stand elsewhere than right after the verb: the
subject of a that-clause ("demands that the parties comply", "decides that the
Mission shall verify"), the body a request names after its nominal object ("a
ceasefire respected by all parties", "an assessment from the Secretary-General",
"the cooperation of the Government"), and the words after an addressee that
qualify it ("established pursuant to ...", "constitué le ..."). Every scan reads
its words once, left to right."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from .lang import either, every

__all__ = [
    "GENERIC_RE",
    "agent_starts",
    "antecedent_name",
    "is_action",
    "is_singular",
    "obligation_at",
    "pronoun_at",
    "joined_cuts",
    "no_body_opens",
    "qualifier_end",
    "subject_end",
]

Span = tuple[int, int]

GENERIC_RE = re.compile(either("generic_addressees"))
"""A name kept as a body for review though it is a common noun ("parties")."""

_LINK_WORDS = frozenset(
    w
    for w in (
        *every("articles"),
        *every("quantifiers"),
        *every("name_links"),
        *every("conjunctions"),
    )
    if re.fullmatch(r"[\w']+", w)
)
# A word, an elided article on its own ("l'", "d'", "qu'"), a number or a mark.
_POSSESSIVE_RE = re.compile(r"['\u2019]s\s+(?=[A-Z])")
_WORD_RE = re.compile(r"[^\W\d_]{1,2}['\u2019](?=\w)|[^\W\d_][\w\-]*|\d+|[^\w\s]")
_PRONOUN_RE = re.compile(
    rf"\s*(?:{either('subject_pronouns')})(?![\w'])" if every("subject_pronouns") else r"(?!)"
)
_SINGULAR = frozenset(every("singular_pronouns"))
_OBLIGATION_RE = re.compile(
    rf"(?<![\w']){either('obligations')}" if every("obligations") else r"(?!)"
)
_LOWER_JOINERS = frozenset(every("name_lower_joiners"))
_INFINITIVE_RE = re.compile(r"[a-z]+(?:er|ir|re)")
_NAME_ADJECTIVE_RE = re.compile(
    either("name_adjective_endings") if every("name_adjective_endings") else r"(?!)"
)
_QUALIFIER_RE = re.compile(rf"\s(?:{either('qualifiers')})" if every("qualifiers") else r"(?!)")
_DASH_ASIDE_RE = re.compile(r"\s[-\u2013\u2014]\s")
# A word joined by "و" that owns the noun before it ("نهر الأردن وروافده": its
# tributaries), by a pronoun ending ("ه", "ها", "هم"): no new addressee.
_OWNS_BEFORE_RE = re.compile(r"[\u0648\u0641][\u0621-\u064a]{2,}\u0647(?:\u0627|\u0645)?(?![\w])")
_BARE_ARABIC_RE = re.compile(r"[\u0648\u0641]?\u0627\u0644[\u0621-\u064a]+")
_ACTION_RE = re.compile(either("action_nouns") if every("action_nouns") else r"(?!)")
_AGENT_RE = re.compile(
    rf"(?<![\w']){either('agent_leads')}\s+" if every("agent_leads") else r"(?!)"
)
# Read just before an agent lead: the participle of a wrong done ("commises par").
_PERPETRATED_RE = re.compile(
    rf"(?<![\w'])(?:{either('perpetrated')})\s+$" if every("perpetrated") else r"(?!)"
)
_SUBORDINATOR_RE = re.compile(
    rf"(?:{either('subordinators')})(?:\s+|(?<='))" if every("subordinators") else r"(?!)"
)


def pronoun_at(folded: str, start: int, end: int) -> str:
    """The subject pronoun opening ``folded[start:end]`` ("qu'il", "that they"), or ""."""
    m = _PRONOUN_RE.match(folded, start, end)
    return m.group().strip() if m else ""


def is_singular(pronoun: str) -> bool:
    """Whether a subject pronoun stands for one body ("il", "it")."""
    return pronoun in _SINGULAR


def subordinator_end(folded: str, start: int, end: int) -> int:
    """After "that"/"que" opening a passive subject ("Que le Secrétaire général sera invité")."""
    m = _SUBORDINATOR_RE.match(folded, start, end)
    return m.end() if m else start


# Class of text: a news report retelling what a speaker said the organisation
# will do ("X a également indiqué que l'Organisation poursuivra ses efforts",
# "He said that the Committee shall meet"): a forecast or a commitment reported,
# not a decision; the body after "que" is asked nothing.
_REPORTED_THAT_RE = re.compile(
    r"(?<![\w'])(?:(?:a|ont|has|have)\s+(?:[a-z]+ment\s+|also\s+|further\s+)?"
    r"(?:declare|affirme|indique|dit|annonce|precise|ajoute|souligne|estime|assure|explique"
    r"|said|stated|announced|indicated|added)(?:e|s|es)?|said|stated|announced|added)"
    r"\s+(?:que\s|qu'|that\s)"
)


_PRONOUN_SUBJECT_RE = re.compile(rf"\s*{either('subject_pronouns')}\s*")
# The pronoun of the body speaking, its own verb, then the verb in the future
# joined by "and" ("Ils entendent suivre la situation et envisageront de ...",
# "They will follow the matter and shall meet ..."): the pronoun is the subject
# of both, no body is asked. Not past a that-word ("Ils rappellent que le Comité
# et le Bureau se réuniront": the body after it opens the clause).
_PRONOUN_AND_RE = re.compile(
    rf"\s*(?:{either('subject_pronouns')})\s(?:(?!(?<![\w'])(?:que\b|qu'|that\b))[^.;:])*?"
    r"\s(?:et|and)\s*"
)


# A clause of cause opened before the verb in the future ("..., étant donné que
# tout Etat qui ... contribuera ainsi à la paix", "given that any donor ... will"):
# it gives a reason, it asks nobody.
_CAUSE_RE = re.compile(
    r"(?<![\w'])(?:(?:etant\s+donne|parce)\s+(?:que\s|qu')|puisque\s|puisqu'"
    r"|given\s+that\s|because\s)"
)


def no_body_opens(folded: str, start: int, end: int) -> bool:
    """Whether the words before a verb in the future (``folded[start:end]``)
    name no body asked: a pronoun alone ("Il s'agira d'une mission ..."), or
    with a verb of its own before "and" (``_PRONOUN_AND_RE``), or a speaker's
    words reported ("X a indiqué que ...": ``_REPORTED_THAT_RE``), or a clause
    of cause ("étant donné que ...": ``_CAUSE_RE``)."""
    return bool(
        _PRONOUN_SUBJECT_RE.fullmatch(folded, start, end)
        or _PRONOUN_AND_RE.fullmatch(folded, start, end)
        or _REPORTED_THAT_RE.search(folded, start, end)
        or _CAUSE_RE.search(folded, start, end)
    )


def obligation_at(folded: str, start: int, end: int) -> int | None:
    """Where the word of obligation after a that-clause's subject stands ("shall"), if
    one follows with an action (not "shall be", "shall apply")."""
    m = _OBLIGATION_RE.search(folded, start, end)
    return m.start() if m else None


def subject_end(text: str, folded: str, start: int, end: int, names: list[Span]) -> int:
    """Where the name opening ``text[start:end]`` ends: capitalised words, the
    words of a registered name (``names``: the registered names of the whole
    text, sorted) or of a generic addressee ("the parties"), and the articles
    and links between them; the first other word (a verb, an adverb: "the
    parties fully implement") or a punctuation mark ends it."""
    at = bisect_left(names, (start, start))  # the next registered name to pass over
    last = start  # the end of the last word of the name
    chunk = None  # where the words of the current generic addressee start
    pos = start
    joiner = ""  # the link word just passed inside a name begun ("de" of "Forces de ...")
    for m in _WORD_RE.finditer(text, start, end):
        if m.start() < pos:
            continue  # inside a registered name passed over
        while at < len(names) and names[at][0] < m.start():
            at += 1
        if at < len(names) and names[at][0] == m.start() and names[at][1] <= end:
            last = pos = names[at][1]
            chunk = None
            continue
        word = folded[m.start() : m.end()]
        if word in _LINK_WORDS:
            joiner = word if last > start else ""
            continue  # a generic addressee goes on past it: "parties au conflit"
        if joiner in _LOWER_JOINERS and word.isalpha() and not _INFINITIVE_RE.fullmatch(word):
            joiner = ""
            last = m.end()  # "les Forces de soutien rapide": a French name goes on in lower case
            continue
        joiner = ""
        if m.group()[:1].isupper():
            last, chunk = m.end(), None
            continue
        if last == m.start() - 1 and _NAME_ADJECTIVE_RE.fullmatch(word):
            last = m.end()  # "les Forces armées soudanaises cessent": the name goes on
            continue
        if last == m.start() > start and _POSSESSIVE_RE.match(text, m.start()):
            pos = m.start() + 2  # "the League's General Secretariat": the name goes on
            continue
        if not word[:1].isalpha():
            break
        for begin in dict.fromkeys((m.start() if chunk is None else chunk, m.start())):
            if _generic_prefix(folded, begin, m.end(), end):
                last, chunk = m.end(), begin
                break
        else:
            break
    return last


def _generic_prefix(folded: str, begin: int, stop: int, end: int) -> bool:
    """Whether ``folded[begin:stop]`` is a generic addressee, or the start of
    one with the next word ("relevant donors")."""
    if GENERIC_RE.fullmatch(folded, begin, stop):
        return True
    nxt = _WORD_RE.match(folded, stop + 1, end) if stop < end and folded[stop] == " " else None
    return bool(nxt) and bool(GENERIC_RE.fullmatch(folded, begin, nxt.end()))


def agent_starts(folded: str, start: int, end: int) -> list[int]:
    """Where a body may be named after a request's nominal object: after "by",
    "from", "the cooperation of" ("par", "de la part de"); never after the
    participle of a wrong done ("les violations commises par X": X did it)."""
    return [
        m.end()
        for m in _AGENT_RE.finditer(folded, start, end)
        if not _PERPETRATED_RE.search(folded, max(start, m.start() - 30), m.start())
    ]


def joined_cuts(span: str, ends: Iterable[int]) -> list[tuple[int, int]]:
    """The cuts before the words joined by "و" at ``ends`` that open a new
    addressee ("الدول المعنية ومؤسسات التمويل"), the joiner dropped."""
    return [(e, e + 1) for e in ends if not _OWNS_BEFORE_RE.match(span, e)]


def qualifier_end(chunk: str) -> int:
    """Where a name ends before a qualifier written after it ("the Committee
    established pursuant to ...", "le comité constitué le 4 mai"): the length
    of ``chunk`` when none follows."""
    written = chunk.lower().replace("\u2019", "'")
    m = _QUALIFIER_RE.search(written)
    # Arabic: a piece opening on its qualifier ("، والمكونة من ...") names nobody.
    if not m and "\u0621" <= written[:1] <= "\u064a" and _QUALIFIER_RE.match(" " + written):
        return 0
    # "اللجنة المشكلة من خبراء ...": a bare definite noun is named by what follows;
    # not a generic plural before a relative clause ("الدول التي ...").
    bare = m and _BARE_ARABIC_RE.fullmatch(chunk[: m.start()].strip())
    if bare and not (m.groupdict().get("relative") or m.groupdict().get("accredited")):
        m = None
    # An aside between spaced dashes: "الدول العربية - غير الأعضاء -".
    dash = _DASH_ASIDE_RE.search(chunk, 1)
    return min(m.start() if m else len(chunk), dash.start() if dash else len(chunk))


def is_action(head: str) -> bool:
    """Whether a lower-case word heading an object names an action, not a body
    ("the promotion of ...", "all efforts", "la cessation des hostilités")."""
    return bool(_ACTION_RE.fullmatch(head))


# A generic addressee with its article ("the Parties", "les parties"), or, in a
# script without case, a body's head noun and the words with the article after
# it ("... التي بذلتها لجنة السلام الإسلامية ... ودعاها إلى ..."): what a pronoun
# stands for when its sentence names no registered body. Read in a bounded window
# before the pronoun, so that many pronouns in one sentence stay linear.
_GENERIC_NAMED_RE = re.compile(
    rf"(?<![\w']){either('articles')}\s*(?P<name>{either('generic_addressees')})(?![\w'])"
)
_HEADED_NAME_RE = re.compile(
    rf"(?<![^\W\d_])(?P<name>(?:{either('body_heads')})(?:\s+ال[^\W\d_]+){{1,4}})(?![^\W\d_])"
    if every("body_heads")
    else r"(?!)"
)
# A body set up and named in quotation marks ("لجنة ...، تسمى: « ... »"): the whole name.
_QUOTED_NAME_RE = re.compile(
    rf"(?:{either('naming')})\s*:?\s*[\"\u00ab\u201c]\s*(?P<name>[^\"\u00bb\u201d]{{3,120}}?)\s*[\"\u00bb\u201d]"
    if every("naming")
    else r"(?!)"
)
_ANTECEDENT_WINDOW = 300


def antecedent_name(folded: str, start: int, end: int) -> Span | None:
    """(start, end) of the last such name between ``start`` and ``end``, if any."""
    last = None
    begin = max(start, end - _ANTECEDENT_WINDOW)
    for pattern in (_GENERIC_NAMED_RE, _HEADED_NAME_RE, _QUOTED_NAME_RE):
        for m in pattern.finditer(folded, begin, end):
            # The last name; of two starting alike, the longer (a quoted full name).
            if last is None or (m.start("name"), m.end("name")) > (
                last.start("name"),
                last.end("name"),
            ):
                last = m
    return None if last is None else (last.start("name"), last.end("name"))
