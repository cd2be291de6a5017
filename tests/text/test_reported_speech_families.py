"""News reports and press releases retelling a meeting in reported speech, in
French and English: an aside between the verb and its addressee ("a demandé
hier à ...", "ont exhorté pour leur part ..."), a participle sharing the
auxiliary of the verb before it ("a apporté son appui ... et appelé ..."), a
gerund before a capital standing for its government ("en invitant Bamako à
..."), the passive with "have been", the progressive ("was calling on"), a
quoted call, the organisation whose organ met as the subject, "le Conseil de
sécurité" with its complement, and an object pronoun opening a paragraph
("Le Conseil les encourage ..."): never the subject, else what the paragraph
before named. Sentences written for these tests after the structures of such
texts, never copied from one; each family has a counter-example."""

from __future__ import annotations

import pytest

from decisions.text.paragraphs import ReportParseError, parse_report
from decisions.text.requests import extract, extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

FR = registry("fr")
EN = registry("en")


def slugs(text: str, reg) -> list[str]:
    return [r.owner.slug for r in extract(text, reg).requests]


# --------------------------------------------------------------------------
# An aside between a past request verb and its addressee


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("La Ligue a demandé hier à l'ONU de convoquer une conférence.", ["united-nations"]),
        (
            "Les ministres ont exhorté pour leur part le Conseil de sécurité à agir sans délai.",
            ["un-security-council"],
        ),
        (
            "Le Comité a demandé, lundi, aux États membres de verser leurs contributions.",
            ["member-states"],
        ),
        (
            "Le Sommet a invité à son tour les États membres à contribuer au fonds.",
            ["member-states"],
        ),
    ],
)
def test_an_aside_after_the_verb_leaves_the_addressee_to_it(text, owners):
    assert slugs(text, FR) == owners


def test_an_aside_with_no_addressee_after_it_asks_nobody():
    # Counter-example: the day, then the thing asked for, no body.
    assert slugs("Le Conseil a demandé hier une enquête indépendante.", FR) == []


# --------------------------------------------------------------------------
# A participle sharing the auxiliary of the verb before it


def test_a_participle_after_et_shares_the_auxiliary():
    text = (
        "L'Union a apporté son appui au médiateur et appelé les autorités maliennes "
        "à tenir des élections dans les délais."
    )
    assert slugs(text, FR) == ["government-of-mali"]


def test_a_participle_naming_a_thing_is_no_call():
    # Counter-example: "appelé" naming what comes after, without an article.
    text = "Le groupe, créé en 2019 et appelé Comité des sages, a salué la médiation."
    assert slugs(text, FR) == []


# --------------------------------------------------------------------------
# A gerund before a capital, the capital standing for its government


def test_a_gerund_before_a_capital_asks_its_government():
    text = "Le Conseil a soutenu les sanctions en invitant Bamako à proposer un calendrier."
    assert slugs(text, FR) == ["government-of-mali"]


def test_a_gerund_before_a_name_with_nothing_asked_is_no_request():
    assert slugs("Le Conseil a conclu la séance en invitant Bamako.", FR) == []


# --------------------------------------------------------------------------
# A press release's paragraph opening with a statement reflexive verb


PRESS_FR = (
    "COMMUNIQUÉ DE PRESSE\n\n"
    "Le Président a fait la déclaration suivante au nom des membres du Conseil:\n\n"
    "Le Conseil de sécurité souligne la nécessité d'un règlement durable dans la région.\n\n"
    "Le Conseil se déclare profondément préoccupé par la situation dans la région et "
    "engage toutes les parties à faire preuve de retenue.\n"
)


def test_a_declared_concern_then_a_call_is_a_paragraph_of_the_council():
    report = parse_report(PRESS_FR)
    texts = [p.text for p in report.paragraphs]
    assert any(t.startswith("Le Conseil se déclare") for t in texts)
    last = next(t for t in texts if t.startswith("Le Conseil se déclare"))
    assert owners_named(last, FR, "fr") == ["Toutes les parties"]


def test_a_declaration_by_another_speaker_is_no_paragraph():
    # Counter-example: a delegation declares itself concerned and asks.
    text = (
        "Un article de presse publié hier.\n\n"
        "Le représentant du Ghana se déclare profondément préoccupé par la situation "
        "et a lancé un appel à la retenue pendant la réunion.\n"
    )
    with pytest.raises(ReportParseError):
        parse_report(text)


# --------------------------------------------------------------------------
# English: "have been directed", "was calling on", a quoted call


def test_the_passive_with_have_been_asks_its_subject():
    text = (
        "The Chair of the Board and the Executive Secretary have been directed to "
        "prepare the meeting."
    )
    assert owners_named(text, EN, "en") == ["Chair of the Board", "Executive Secretary"]


def test_directed_to_a_place_asks_nobody():
    # Counter-example: "to" and a place, no verb.
    assert slugs("The funds have been directed to the region.", EN) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Council was calling on all parties to exercise restraint.",
        'The Council was calling on "all parties to exercise restraint," the President said.',
    ],
)
def test_the_progressive_and_a_quoted_call_ask_the_parties(text):
    assert owners_named(text, EN, "en") == ["All parties"]


def test_the_progressive_of_another_speaker_asks_nobody():
    # Counter-example: the opposition, not the body that met, is calling.
    assert slugs("The opposition was calling on the Council to act.", EN) == []


# --------------------------------------------------------------------------
# The organisation whose organ met as a news report's subject


def test_the_organisation_as_subject_speaks_a_news_lead():
    text = (
        "Mali: a new timetable\n\n"
        "In the crisis, the African Union called on the Malian authorities to hold "
        "elections within sixteen months.\n"
    )
    report = parse_report(text)
    assert [slugs(p.text, EN) for p in report.paragraphs] == [["government-of-mali"]]


def test_another_organisation_as_subject_is_no_lead():
    # Counter-example: a partner organisation's call, reported by the same page.
    text = (
        "Mali: a new timetable\n\n"
        "In the crisis, the European Union called on the Malian authorities to hold "
        "elections within sixteen months.\n"
    )
    with pytest.raises(ReportParseError):
        parse_report(text)


# --------------------------------------------------------------------------
# A lead reporting the body's words, then its call; a standfirst with no full stop

LEAD_EN = (
    "Group says the river question matters most\n\n"
    "The Organisation of Islamic Cooperation (OIC)'s Contact Group on the River on "
    "Monday said the question of the river was of the utmost importance for the region "
    "and called upon its member states to raise the dispute in their bilateral talks\n\n"
    "KAIRO, (Agency - 22nd Jun, 2020 ):The Organisation of Islamic Cooperation (OIC)'s "
    "Contact Group on the River on Monday said the question of the river was of the "
    "utmost importance and called upon its member states to raise the dispute.\n"
)


def test_a_reported_lead_and_its_standfirst_are_the_bodys_calls():
    report = parse_report(LEAD_EN)
    assert [slugs(p.text, EN) for p in report.paragraphs] == [
        ["member-states"],
        ["member-states"],
    ]


def test_a_reported_lead_of_another_speaker_is_no_paragraph():
    # Counter-example: a minister said ... and called upon: not the body that met.
    text = (
        "Minister speaks\n\n"
        "The foreign minister of the host country on Monday said the question was "
        "important and called upon member states to raise the dispute.\n"
    )
    with pytest.raises(ReportParseError):
        parse_report(text)


def test_a_long_headline_with_no_full_stop_stays_out():
    # Counter-example: a headline of a few words is no standfirst.
    text = (
        "Group on the River calls upon member states to raise the dispute\n\n"
        "The Contact Group called upon the member states to raise the dispute.\n"
    )
    report = parse_report(text)
    assert [p.text[:9] for p in report.paragraphs] == ["The Conta"]


# --------------------------------------------------------------------------
# "Le Conseil de sécurité les encourage": the pronoun is never the subject


def test_a_short_mention_after_the_full_name_in_the_paragraph_is_that_body():
    text = (
        "Décide d'inviter les membres fondateurs du Comité à se concerter. Le Conseil "
        "de sécurité invite ses membres fondateurs à lui faire rapport dans dix jours ;"
    )
    assert owners_named(text, FR, "fr") == ["Membres fondateurs du Comité"]


def test_le_conseil_de_securite_with_its_complement_speaks():
    text = "Le Conseil de sécurité invite les États membres à verser des contributions."
    assert slugs(text, FR) == ["member-states"]


def test_a_pronoun_opening_a_paragraph_stands_for_what_the_one_before_named():
    found = extract_all(
        [
            "Il note que le Maroc et l'Algérie ont répondu favorablement à l'invitation.",
            "Le Conseil de sécurité les encourage donc à travailler avec l'Envoyé personnel.",
        ],
        FR,
        "fr",
    )
    assert [r.owner.slug for r in found[1].requests] == ["morocco", "algeria"]


def test_a_listed_name_outside_the_registry_is_taken_with_the_states():
    found = extract_all(
        [
            "Il note que le Maroc, le Front Uni du Sud, l'Algérie et la Mauritanie ont répondu.",
            "Le Conseil de sécurité les encourage donc à travailler avec l'Envoyé personnel.",
        ],
        FR,
        "fr",
    )
    assert [r.owner.slug for r in found[1].requests] == [
        "morocco",
        "front-uni-du-sud",
        "algeria",
        "mauritania",
    ]


def test_words_between_the_states_that_are_no_name_keep_the_states_only():
    # Counter-example: an aside between two States is no item of a list.
    found = extract_all(
        [
            "Il note que le Maroc, qui a reçu la délégation, et la Mauritanie ont répondu.",
            "Le Conseil de sécurité les encourage donc à travailler.",
        ],
        FR,
        "fr",
    )
    assert [r.owner.slug for r in found[1].requests] == ["morocco", "mauritania"]


def test_a_pronoun_never_stands_for_the_subject_of_its_sentence():
    # Counter-example: nothing before; the Council, subject, is not asked.
    text = "Le Conseil de sécurité les encourage donc à travailler avec l'Envoyé personnel."
    assert slugs(text, FR) == []


def test_a_subject_pronoun_of_a_that_clause_never_takes_the_paragraph_before():
    # Counter-example: "qu'elle" after "Décide que ..." is no object pronoun
    # opening the paragraph; the States composing the body named before are
    # not asked.
    found = extract_all(
        [
            "Décide de créer un Comité de suivi, composé de neuf États membres ;",
            "Décide que le Comité se réunira deux fois par an et qu'elle arrêtera son programme ;",
        ],
        FR,
        "fr",
    )
    assert "member-states" not in [r.owner.slug for r in found[1].requests]


# --------------------------------------------------------------------------
# A series of adjectives over an institutional noun; a group in a State


def test_a_series_in_another_order_and_noun_is_the_registered_series():
    text = (
        "The meeting asked the OIC General Secretariat and its affiliated, specialized "
        "and subsidiary organs to take the necessary measures."
    )
    assert slugs(text, EN) == ["general-secretariat", "oic-institutions"]


def test_listed_nouns_after_determiners_stay_apart():
    # Counter-example: "the delegations, the agencies and the funds" is no series.
    text = "The meeting urged the delegations, the agencies and the funds to help."
    assert owners_named(text, EN, "en") == ["Delegations", "Agencies", "Funds"]


def test_a_series_of_other_words_is_no_registered_body():
    # Counter-example: the same shape, other adjectives.
    text = "The meeting urged the national, regional and local organs to help."
    assert "oic-institutions" not in slugs(text, EN)


@pytest.mark.parametrize(
    ("text", "reg", "language", "owners"),
    [
        (
            "Le sommet a appelé les belligérants en Libye à reprendre le dialogue.",
            FR,
            "fr",
            ["Belligérants"],
        ),
        ("The Council called on the parties in Somalia to stop fighting.", EN, "en", ["Parties"]),
    ],
)
def test_a_group_named_by_a_common_noun_drops_the_state_it_is_in(text, reg, language, owners):
    assert owners_named(text, reg, language) == owners


def test_a_states_organ_and_a_named_body_keep_their_place():
    # Counter-examples: the authorities in a State are its government; a body's
    # proper name keeps its place.
    assert slugs("Le Conseil a appelé les autorités au Mali à voter.", FR) == ["government-of-mali"]
    text = "Le Conseil a demandé aux forces de la Mission de la CEDEAO en Guinée-Bissau de rester."
    assert owners_named(text, FR, "fr") == ["Forces de la Mission de la CEDEAO en Guinée-Bissau"]


# --------------------------------------------------------------------------
# "The bloc": the organisation the report named with its acronym


def test_the_bloc_is_the_organisation_named_with_its_acronym():
    found = extract_all(
        [
            "Leaders of the Southern Lakes Community (SLC) meeting in Kairo agreed to act.",
            "The leaders from the 12 member states of SLC urged the bloc to adopt the strategy.",
        ],
        EN,
        "en",
    )
    assert [r.owner.name for r in found[1].requests] == ["Southern Lakes Community"]


def test_the_bloc_with_no_organisation_named_stays_as_written():
    # Counter-example: a government defined with its acronym is no organisation.
    found = extract_all(
        [
            "The Government of Kairo (GoK) met the envoy.",
            "The leaders urged the bloc to adopt the strategy.",
        ],
        EN,
        "en",
    )
    assert [r.owner.name for r in found[1].requests] == ["Bloc"]


# --------------------------------------------------------------------------
# Linear growth of the new patterns


def _asides(n: int) -> str:
    return "Le Conseil a demandé hier, " * n + "aux États membres d'agir."


def _shared(n: int) -> str:
    return "Le Conseil a salué et appelé " * n + "les États membres à agir."


def _gerunds(n: int) -> str:
    return "en invitant Bamako " * n + "à agir."


def _reported_lead(n: int) -> str:
    # many leads in one block, each verb reading a bounded slice before it
    unit = "The Contact Group on Monday said the question and the issue and called upon X. "
    return "Leads\n\n" + unit * n + "\n"


def test_a_reported_lead_reads_in_linear_time():
    assert_linear(parse_report, _reported_lead, 300)


def _progressive(n: int) -> str:
    return "The Council was calling on " * n + '"all parties to act".'


def _series(n: int) -> str:
    return (
        "The meeting urged " + "the affiliated, " * n + "specialized and subsidiary organs to act."
    )


def _in_places(n: int) -> str:
    return "Le Conseil a appelé " + "les belligérants en Libye et " * n + "les parties à agir."


@pytest.mark.parametrize("make", [_asides, _shared, _gerunds, _in_places])
def test_french_families_read_in_linear_time(make):
    assert_linear(lambda text: extract(text, FR), make, 400)


@pytest.mark.parametrize("make", [_progressive, _series])
def test_english_families_read_in_linear_time(make):
    assert_linear(lambda text: extract(text, EN), make, 400)
