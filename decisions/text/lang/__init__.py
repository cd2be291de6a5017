"""Per-language word tables: the seam where a language is added.

Each language is one module of plain data (``fr.py``, ``en.py``) holding a
``LanguageTables`` instance named ``TABLES``. The text core never names a
language: it builds its patterns by looping over ``LANGUAGES``. Adding a
language is adding its module and listing it below.

Every pattern is a regular-expression fragment matched on *folded* text
(``folding.fold_text``: lower case, no accents, one apostrophe, one dash),
except ``clause_verbs`` and ``clause_adverbs`` (folded, upper case) and
``meeting_suffixes`` (the title as written).
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "FALLBACK_LANGUAGE",
    "LANGUAGES",
    "InfinitiveMarker",
    "LanguageTables",
    "VerbPattern",
    "either",
    "every",
]


@dataclass(frozen=True)
class VerbPattern:
    """An operative verb form. ``kind`` is "request" (someone is asked to act)
    or "statement". The pattern may capture an object pronoun standing before
    the verb as ``(?P<pron>...)``. ``needs_context``: the form doubles as a
    noun ("la demande", "the requests"), so it counts only at a clause start,
    after a connector or after one of ``subject_words``. ``subject_before``:
    the passive ("Member States are requested to ..."), whose addressee is
    the subject before the verb."""

    kind: str
    pattern: str
    needs_context: bool
    subject_before: bool = False  # the passive: the body asked is named before the verb
    # The body asked is the subject of the that-clause the pattern ends with
    # ("demands that the parties comply"): "any" subject, or "obligation": only
    # one followed by a word of obligation ("decides that the Mission shall ..."),
    # or "agent": the agent after a demand worded as a noun, up to what it does
    # ("insist on full implementation by the parties of the resolutions").
    that_clause: str = ""
    # With ``subject_before``: the body opening the sentence, before a verb in the
    # future or after "shall" ("Le Secrétaire général fournira ...", "The
    # Committee shall meet ..."); the first verb of its sentence only.
    sentence_subject: bool = False


@dataclass(frozen=True)
class InfinitiveMarker:
    """Where the list of addressees ends: "de + infinitive", "to + verb".

    ``pattern`` has a group ``verb``; it counts when that word fully matches
    ``verb`` and is not one of ``not_verbs``."""

    pattern: str
    verb: str
    not_verbs: frozenset[str] = frozenset()
    at_verb: bool = False  # the list ends at the word ``verb``, not where the pattern starts


@dataclass(frozen=True)
class LanguageTables:
    code: str  # the language code a report is tagged with: "fr", "en"
    common_words: frozenset[str]  # frequent short words, to tell the language apart

    # Dates and deadlines
    months: dict[str, int]  # month names and abbreviations -> 1..12
    ordinal_suffixes: tuple[str, ...]  # "1er", "1st"
    day_month_joiners: tuple[str, ...]  # "16 of December"
    month_first: bool  # dates are also written "December 16, 2017"
    month_year_leads: tuple[str, ...]  # a month-year date counts only after one
    month_of: tuple[str, ...]  # between such a word and the month: "fin du mois de"
    deadline_phrases: tuple[str, ...]  # a deadline without a date: "sans délai"
    date_leads: tuple[str, ...]  # kept with a due date: "avant le", "by"

    # Report layout and title block
    page_words: tuple[str, ...]  # "Page 3 of 5"
    page_of: tuple[str, ...]
    continued_marks: tuple[str, ...]  # "(continued)": a printed volume's running header
    clause_verbs: tuple[str, ...]  # upper case: an operative clause opens with one
    clause_adverbs: tuple[str, ...]  # upper case: may come before the verb
    operative_intros: tuple[str, ...]  # a heading or line announcing the operative part
    meta_labels: tuple[str, ...]  # "Original:", "Distr.:" lines of the title block
    meta_words: tuple[str, ...]  # a line that is only one of these is metadata
    venue_words: tuple[str, ...]  # a building, not a city
    date_articles: tuple[str, ...]  # "le 20 septembre", "on 20 September"
    place_particles: frozenset[str]  # stay lower case in a place name
    title_head_nouns: frozenset[str]  # capitalised when sentence-casing a title
    meeting_heads: tuple[str, ...]  # the body that met: "groupe", "committee"
    meeting_stops: tuple[str, ...]  # where the name of the body that met ends
    meeting_modifier_stops: frozenset[str]  # never part of that name when in front
    meeting_suffixes: tuple[str, ...]  # dropped from that name: "de l'OCI"

    # Requests
    verbs: tuple[VerbPattern, ...]
    pronouns_after_verb: tuple[str, ...]  # "urges them": the addressees named before
    subject_words: frozenset[str]  # a noun-like verb form counts after one of these
    abbreviations: frozenset[str]  # a full stop after one does not end a sentence
    conjunctions: tuple[str, ...]  # "et", "and": join two clauses or two addressees
    list_joiners: tuple[str, ...]  # split a list of addressees: "ainsi que"
    inclusive_openers: tuple[str, ...]  # "in particular" at the start of an addressee
    leading_words: tuple[str, ...]  # dropped in front of an addressee: articles
    relatives: tuple[str, ...]  # an addressee chunk opening with one is a relative clause
    partner_phrases: tuple[str, ...]  # "in cooperation with": partners follow
    purpose_words: tuple[str, ...]  # end a list of partners: "pour", "to"
    infinitive_markers: tuple[InfinitiveMarker, ...] = field(default=())
    generic_addressees: tuple[str, ...] = ()  # kept for review even with no verb after them
    articles: tuple[str, ...] = ()  # among leading words: a common noun follows ("les")
    place_leads: tuple[str, ...] = ()  # "in": places after a group's name, as written
    name_links: tuple[str, ...] = ()  # "of", "de": join the words of a longer name
    quantifiers: tuple[str, ...] = ()  # "all", "جميع": kept in a name written with them
    # The verb that opens the operative part when it stands alone on its line
    # ("يقرر", "Décide :"); the block after it is a paragraph even unnumbered.
    decision_lines: tuple[str, ...] = ()
    # A block opening with the decision verb and what it approves, then the text
    # approved after a colon ("يقرر المجلس الموافقة على توصية اللجنة الآتية: «...»"):
    # one paragraph, the approval and the text it quotes.
    approving_decisions: tuple[str, ...] = ()
    # Lower-case adjectives a proper name may open with ("relevant AU Policy
    # Organs", "competent United Nations bodies"): the name is kept as written.
    name_adjectives: tuple[str, ...] = ()
    # The words of a person's title ("commander", "chairperson"): a proper name
    # written after it between commas is the same person, no other addressee.
    person_roles: tuple[str, ...] = ()
    # Words after a name pointing back to it, folded: "mentioned above",
    # "mentionné ci-dessus": the name is the one given before.
    anaphora_after: tuple[str, ...] = ()
    # The endings of a lower-case adjective a proper name goes on with after a
    # capitalised word ("les Forces armées soudanaises"), folded; never a verb's.
    name_adjective_endings: tuple[str, ...] = ()
    # Names many organisations give an organ of their own, folded, without the
    # article: a bare one is the registry's body only in its organisation's texts.
    shared_organ_names: tuple[str, ...] = ()

    # Scripts that join particles to the next word (Arabic "و", "ل", "ب")
    ordinal_words: dict[str, int] = field(default_factory=dict)  # "اولا" numbers a paragraph
    proclitics: tuple[str, ...] = ()  # written joined to a body's name: "وللدول"
    contractions: tuple[tuple[str, str], ...] = ()  # a particle meeting the article: "لال"->"لل"
    joined_joiners: tuple[str, ...] = ()  # open the next addressee, joined to it: "و(?=ال)"
    # A word after which a joined joiner opens a new addressee even before a word
    # without the article: "الدول المعنية ومؤسسات التمويل" (not "رئيس وزراء").
    joined_after: tuple[str, ...] = ()
    coordinating_proclitics: tuple[str, ...] = ()  # "و": a name joined to it is a new item

    # Addressees: where their list ends and what is no body
    addressee_ends: tuple[str, ...] = ()  # end the list like an infinitive: "pour que", "un appel"
    subordinators: tuple[str, ...] = ()  # "that", "que": open a passive paragraph's subject
    subject_pronouns: tuple[str, ...] = ()  # the subject of a that-clause: "they", "il"
    # Pronouns standing for one body, subject or object: "il", "it", "le prie":
    # the first body a sentence names, not all of them.
    singular_pronouns: tuple[str, ...] = ()
    obligations: tuple[str, ...] = ()  # after a that-clause's subject: "shall" + an action
    # A qualifier after an addressee, matched on the words as written (lower case):
    # "established pursuant to", "constitué le": the name ends before it.
    qualifiers: tuple[str, ...] = ()
    # Folded: a place written last in a body's name, where it sits ("بعثة ...
    # بنيويورك"): the name ends before it, the next addressee stays one.
    place_suffixes: tuple[str, ...] = ()
    action_nouns: tuple[str, ...] = ()  # a lower-case object naming an action, no body
    # Where a request with a nominal object names the body asked after it:
    # "a ceasefire respected by all parties", "an assessment from the Secretary-General".
    agent_leads: tuple[str, ...] = ()
    # A participle before such a lead naming who did a wrong the object describes
    # ("an inquiry into the violations committed by X"): X is not asked to act.
    perpetrated: tuple[str, ...] = ()
    reported_leads: tuple[str, ...] = ()  # "in which he": a request made in a speech heard
    # A text described by a relative whose own subject is named ("la résolution
    # 2391, aux termes de laquelle le Conseil de sécurité demande ..."): its
    # requests are that text's, told, not the speaker's (folded).
    described_leads: tuple[str, ...] = ()
    # A body opening a decision in the present, after its verb ("تعقد اللجنة ..."):
    # a name outside the registry counts when one of these heads it, and the
    # body that met, naming itself ("يعقد مجلس الجامعة ..."), never does.
    body_heads: tuple[str, ...] = ()
    self_names: tuple[str, ...] = ()
    # Words pointing back to bodies named before ("the said Governments",
    # "desdits Gouvernements"): the owners of earlier paragraphs named alike.
    anaphora: tuple[str, ...] = ()
    establishing: tuple[str, ...] = ()  # "établit une", "establishes a": a body's full name follows
    naming: tuple[str, ...] = ()  # "تسمى:": the body's name follows in quotation marks
    # A body's full name written with capitals around a head noun (context.named):
    body_head_nouns: tuple[str, ...] = ()  # folded: "panel", "comite"
    name_prepositions: tuple[str, ...] = ()  # joining its words: "of", "de"
    # A State's own organs named after it ("the Guinean transitional authorities",
    # "Government of the Sudan", "السلطات السودانية"): their head nouns, the
    # words that may qualify them, and the words tying them to the State's name.
    state_organs: tuple[str, ...] = ()  # folded: "government", "authorities"
    state_organ_qualifiers: tuple[str, ...] = ()  # folded: "transitional", "military"
    # The noun a group of States is named with, left out when its qualifier
    # alone names it: "الأعضاء" for "الدول الأعضاء".
    state_group_heads: tuple[str, ...] = ()
    state_organ_links: tuple[str, ...] = ()  # folded: "in" ("الحكومة الانتقالية في السودان")
    # The words of a State's formal name that are not its own ("Republic",
    # "République", "جمهورية"): what is left of "République centrafricaine" is
    # the adjective ("autorités centrafricaines"), of "Central African Republic"
    # the name its authorities take ("the Central African authorities").
    state_titles: tuple[str, ...] = ()  # folded
    name_articles: tuple[str, ...] = ()  # "the", "la": after a verb, a name may start
    name_lower_joiners: tuple[str, ...] = ()  # after these a lower-case word goes on
    closing_words: tuple[str, ...] = ()  # "Adopted at the 300th meeting": after the clauses
    # A line opening with the body that met and an operative verb is a paragraph
    # of a communiqué: "The Meeting urged ...", "La Réunion a demandé ...".
    meeting_subjects: tuple[str, ...] = ()
    # The same line in a language that puts the verb first: a verb in the past,
    # then the body that met ("وأثنى المؤتمر على ...", "ودعا المؤتمر الدول ...").
    meeting_verb_first: tuple[str, ...] = ()
    # A news lead's verb reporting the body's words before its call, folded: "The
    # Group on Monday said ... and called upon ...", "Le Sommet a estimé ... et".
    # What may follow the body that met before its verb, in a clause's context
    # only (a line is not read as a communiqué's paragraph for it), folded.
    meeting_complements: tuple[str, ...] = ()
    report_verbs: tuple[str, ...] = ()
    # A news report's word for the organisation it covers, folded ("the bloc"),
    # and the last words of an organisation's name ("Community", "Union"): "the
    # bloc" asked is the organisation the report named with its acronym.
    bloc_words: tuple[str, ...] = ()
    organisation_heads: tuple[str, ...] = ()

    # Across meetings (similarity.py)
    renewal_words: tuple[str, ...] = ()  # a request asked again: "a reitere", "again requested"
    # A state's rulers named by its adjective ("the Iranian regime"), folded, the
    # adjective as the group ``adj``; and the endings that make the adjective of a
    # state's name ("iranian" -> "iran", "syrien" -> "syrie").
    # A topic opening a sentence up to its comma ("S'agissant de ...,"): no
    # part of the passive subject after it.
    topic_openers: tuple[str, ...] = ()
    # A pronoun taking up a long subject before its verb: "إن مجلس الأمن، ...، فإنه يطلب".
    resumptive_pronouns: tuple[str, ...] = ()
    regime_names: tuple[str, ...] = ()
    demonym_ends: tuple[str, ...] = ()

    # A resolution or decision named by its number in a title block
    # (decisions.text.symbols), folded: "resolution", "قرار" ...
    act_nouns: tuple[str, ...] = ()
    number_marks: tuple[str, ...] = ()  # "no.", "n°", "رقم": its number follows
    # A short form of noun and mark together: "ق.ق" (a summit's resolution).
    act_shorthands: tuple[str, ...] = ()
    # After a number, the session it was taken at: "د.ع" (ordinary session), "(159)".
    session_marks: tuple[str, ...] = ()


def _load() -> tuple[LanguageTables, ...]:
    from . import ar, en, fr  # add a language here

    return (fr.TABLES, en.TABLES, ar.TABLES)


LANGUAGES: tuple[LanguageTables, ...] = _load()
"""Every language the text core reads, in order of precedence."""

FALLBACK_LANGUAGE = "en"
"""The language a report is said to be in when no table's words win."""


def every(name: str) -> tuple:
    """One field of every language's table, joined in order, without repeats."""
    items: dict = {}
    for table in LANGUAGES:
        for item in getattr(table, name):
            items.setdefault(item, None)
    return tuple(items)


def either(name: str) -> str:
    """A regular-expression group matching any language's fragments of a field."""
    return "(?:" + "|".join(every(name)) + ")"
