"""News reports and communiqués in French and English: the heads of State who
met, named before an aside of their own, speak the calls that follow; "the
other units" are the units; a call for a body's intervention asks that body;
the doer of a wrong an object describes ("violations committed by X") is not
asked; "de + infinitive" after an addressee is what that addressee is asked
to do, never a new request; an acronym a text defines after a name stands for
that name later. Sentences written for these tests after the structures of
such texts, never copied from one."""

from __future__ import annotations

import pytest

from decisions.text.context import acronyms
from decisions.text.context import named as context_named
from decisions.text.paragraphs import ReportParseError, parse_report
from decisions.text.requests import extract, extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

FR = registry("fr")
EN = registry("en")


def named(text: str, reg, language: str) -> list[str]:
    return [
        r.owner.slug if r.owner.registered else r.owner.name
        for r in extract(text, reg, language).requests
    ]


# --------------------------------------------------------------------------
# The heads of State who met, then an aside opened by "qui" / "who"

SUMMIT_FR = (
    "Les chefs d'État et de gouvernement de l'Union du fleuve, qui s'étaient retrouvés "
    "en session spéciale à Kairo, « ont appelé la milice du Nord à rendre les armes et "
    "demandé aux autres unités de la police de rester dans leurs casernes », a indiqué "
    "le porte-parole à l'issue des travaux.\n"
)
SUMMIT_EN = (
    "The leaders of the River Union, who had gathered in special session in Kairo, "
    "called on the northern militia to lay down its arms, the spokesman said.\n"
)


def test_heads_of_state_before_an_aside_speak_the_call():
    report = parse_report(SUMMIT_FR)
    assert len(report.paragraphs) == 1
    found = named(report.paragraphs[0].text, FR, "fr")
    assert found == ["Milice du Nord", "Autres unités de la police"]
    assert [r.owner.slug for r in extract(report.paragraphs[0].text, FR).requests] == [
        "milice-du-nord",
        "unites-de-la-police",  # the same body as "les unités de la police"
    ]


def test_the_leaders_before_an_english_aside_speak_the_call():
    report = parse_report(SUMMIT_EN)
    assert len(report.paragraphs) == 1


def test_an_aside_after_a_subject_that_is_no_meeting_reads_nothing():
    # Counter-example: the residents who met are no body that met to decide.
    text = (
        "Les habitants du quartier, qui s'étaient retrouvés sur la place, ont appelé "
        "la mairie à rouvrir le marché, selon un témoin.\n"
    )
    assert parse_report(text + SUMMIT_FR).paragraphs[0].text.startswith("Les chefs")
    assert len(parse_report(text + SUMMIT_FR).paragraphs) == 1


def test_other_is_kept_out_of_a_name_written_without_it():
    text = "Le Conseil demande aux parties et aux autres acteurs de la région de coopérer."
    found = [r.owner.slug for r in extract(text, FR, "fr").requests]
    assert found == ["parties", "acteurs-de-la-region"]


# --------------------------------------------------------------------------
# A call for a body's intervention; the doer of a wrong described


@pytest.mark.parametrize(
    "text, reg, language",
    [
        (
            "Le Comité a appelé à une intervention du Conseil de sécurité pour faire cesser "
            "les combats.",
            FR,
            "fr",
        ),
        (
            "The Committee requested the intervention of the Security Council to stop the "
            "fighting.",
            EN,
            "en",
        ),
    ],
)
def test_a_call_for_a_bodys_intervention_asks_that_body(text, reg, language):
    assert named(text, reg, language) == ["un-security-council"]


@pytest.mark.parametrize(
    "text, reg, language",
    [
        (
            "Les ministres ont aussi appelé à une enquête indépendante sur les exactions "
            "commises par la Brigade du Nord.",
            FR,
            "fr",
        ),
        (
            "Le Comité a demandé une enquête sur les massacres perpétrés par les milices "
            "de la Coalition du Sud.",
            FR,
            "fr",
        ),
        (
            "The ministers called for an inquiry into the abuses committed by the Northern "
            "Brigade.",
            EN,
            "en",
        ),
    ],
)
def test_the_doer_of_a_wrong_described_is_not_asked(text, reg, language):
    assert named(text, reg, language) == []


@pytest.mark.parametrize(
    "text, reg, language, expected",
    [
        # Counter-examples: the agent of what is asked is asked.
        (
            "Le Conseil a demandé le respect du cessez-le-feu par toutes les parties.",
            FR,
            "fr",
            ["Toutes les parties"],
        ),
        (
            "Le Comité a demandé la poursuite de l'aide alimentaire par le Programme de "
            "secours du Nord.",
            FR,
            "fr",
            ["Programme de secours du Nord"],
        ),
    ],
)
def test_the_agent_of_what_is_asked_is_still_asked(text, reg, language, expected):
    assert named(text, reg, language) == expected


# --------------------------------------------------------------------------
# "demandé à X d'inviter Y": X is asked, Y is who X is to invite


def test_an_infinitive_after_an_addressee_is_its_action_not_a_new_request():
    text = (
        "Le Conseil a demandé à la Commission d'inviter les directeurs des agences "
        "régionales à présenter un rapport."
    )
    assert named(text, FR, "fr") == ["Commission"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Counter-examples: an infinitive after a verb, or after "et", asks.
        (
            "Le Conseil décide d'inviter les partenaires techniques à présenter un rapport.",
            ["Partenaires techniques"],
        ),
        (
            "Le Conseil prie la Commission de suivre la situation et d'inviter les "
            "partenaires techniques à présenter un rapport.",
            ["Commission", "Partenaires techniques"],
        ),
    ],
)
def test_an_infinitive_after_a_verb_or_a_conjunction_still_asks(text, expected):
    assert named(text, FR, "fr") == expected


# --------------------------------------------------------------------------
# An acronym defined after a name


def test_an_acronym_defined_after_a_name_stands_for_it_later():
    texts = [
        "Urges the Parties to respect the agreement signed between the Government of "
        "Niger (GoN) and the Northern Front (NF);",
        "Urges the GoN to protect civilians, and further urges the NF to release all prisoners;",
    ]
    found = extract_all(texts, EN, "en")
    assert [r.owner.slug if r.owner.registered else r.owner.name for r in found[1].requests] == [
        "niger",
        "NF",  # a name outside the registry: the acronym as written tells as much
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the Government of Niger (GoN) and", [("GoN", "Government of Niger")]),
        (
            "the Sudan Liberation Movement / Army (SLM/A)",
            [("SLM/A", "Sudan Liberation Movement / Army")],
        ),
        # Counter-examples: capitals that are no initials of the name, a year, a
        # name in lower case, a bracket after no word.
        ("the Northern Front (ECOWAS)", []),
        ("the agreement (2004)", []),
        ("la capacité de déploiement rapide (CDR)", []),
        ("signed in 2004 (GoN)", []),
    ],
)
def test_acronyms_are_read_only_after_their_names(text, expected):
    assert acronyms(text) == expected


def _definitions(n: int) -> str:
    unit = "the Government of Niger (GoN) and the Northern Front (NF), "
    return unit * max(1, n // len(unit))


def _asides(n: int) -> str:
    unit = (
        "Les chefs d'État de l'Union, qui s'étaient retrouvés à Kairo, ont appelé la "
        "milice à rendre les armes.\n\n"
    )
    return unit * max(1, n // len(unit))


def _wrongs(n: int) -> str:
    unit = "une enquête sur les exactions commises par la Brigade du Nord et "
    return "Le Comité a appelé à " + unit * max(1, n // len(unit)) + "la paix."


def _topics(n: int) -> str:
    unit = "Concernant le Liban, le CCN a exhorté Beyrouth à agir "
    return "Les travaux ont duré deux jours, " + unit * max(1, n // len(unit)) + ".\n"


def _commaless(n: int) -> str:
    unit = "le CCN a exhorté Beyrouth à agir et "
    return "Les travaux ont duré deux jours " + unit * max(1, n // len(unit)) + "voilà.\n"


@pytest.mark.parametrize(
    "fn, make",
    [
        (parse_report, _topics),
        (parse_report, _commaless),
        (acronyms, _definitions),
        (parse_report, _asides),
        (lambda text: extract(text, FR, "fr"), _wrongs),
    ],
    ids=[
        "topics before acronyms",
        "acronyms without commas",
        "acronym definitions",
        "meeting subjects with asides",
        "wrongs committed by",
    ],
)
def test_the_new_scans_stay_linear(fn, make):
    assert_linear(fn, make, 20_000)


# --------------------------------------------------------------------------
# An organisation's acronym before another organisation's registered name


@pytest.mark.parametrize(
    "text, head, expected",
    [
        ("Calls upon AU Member States to act.", "", ["AU Member States"]),
        ("Calls upon ECOWAS Member States to act.", "", ["ECOWAS Member States"]),
        # In a Security Council text, the bare name is the UN's; "AU" says whose.
        (
            "Calls upon AU Member States to act.",
            "United Nations Security Council, The Security Council,",
            ["AU Member States"],
        ),
        # Counter-examples: the registry's own name with its acronym, a bare name,
        # a text in capitals, and two bodies joined by "and".
        ("Calls upon OIC Member States to act.", "", ["member-states"]),
        ("Requests the AU Commission to report.", "", ["au-commission"]),
        (
            "Calls upon Member States to act.",
            "United Nations Security Council, The Security Council,",
            ["un-member-states"],
        ),
        ("Calls upon UNDP and UNICEF to act.", "", ["undp", "unicef"]),
    ],
)
def test_an_acronym_before_a_registered_name_says_whose_it_is(text, head, expected):
    (found,) = extract_all([text], EN, "en", head)
    assert [r.owner.slug if r.owner.registered else r.owner.name for r in found.requests] == (
        expected
    )


def _acronym_led(n: int) -> str:
    unit = "AU Member States, ECOWAS Member States and "
    return "Calls upon " + unit * max(1, n // len(unit)) + "UNDP to act."


def test_acronym_led_names_stay_linear():
    assert_linear(lambda text: extract(text, EN, "en"), _acronym_led, 20_000)


# --------------------------------------------------------------------------
# A capital addressed alone stands for its State's government


@pytest.mark.parametrize(
    "text, reg, language, expected",
    [
        ("Le Conseil a exhorté Téhéran à reprendre les négociations.", FR, "fr", ["iran"]),
        ("La Ligue a appelé Damas à cesser les violences.", FR, "fr", ["syria"]),
        ("The Council urged Khartoum to open the corridors.", EN, "en", ["sudan"]),
        ("Le Conseil exhorte Le Caire et Riyad à coopérer.", FR, "fr", ["egypt", "saudi-arabia"]),
        # Counter-examples: a capital named as a place, and a city that is no capital.
        (
            "Le Conseil demande au Secrétaire général de se rendre à Téhéran.",
            FR,
            "fr",
            ["secretary-general"],
        ),
        ("Le Conseil exhorte Kairo à coopérer.", FR, "fr", ["Kairo"]),
    ],
)
def test_a_capital_addressed_alone_is_its_state(text, reg, language, expected):
    assert named(text, reg, language) == expected


TOPIC_FIRST_FR = (
    "Les travaux se sont déroulés à huis clos pendant deux longues journées.\n\n"
    "Parmi les dossiers, le Liban figurait en bonne place,Concernant le Liban, le CCN a "
    "d'abord exhorté Beyrouth à former un gouvernement.\n"
)


def test_an_acronym_after_a_topic_speaks_the_call():
    report = parse_report(TOPIC_FIRST_FR)
    assert [p.number for p in report.paragraphs] == ["2"]
    assert named(report.paragraphs[0].text, FR, "fr") == ["lebanon"]


def test_an_acronym_after_a_topic_in_a_later_verb_reads_nothing():
    # Counter-example: an acronym after a comma that closes no topic ("selon des
    # témoins,") is not read as the body that met.
    text = (
        "Les travaux se sont déroulés à huis clos pendant deux longues journées.\n\n"
        "Les habitants ont manifesté dans la rue, et selon des témoins, le FNR a exhorté "
        "la foule à rentrer chez elle.\n"
    )
    with pytest.raises(ReportParseError):
        parse_report(text)


# --------------------------------------------------------------------------
# Reports of a statement: its words, an attribution, lists of generic bodies


@pytest.mark.parametrize(
    "text, expected",
    [
        # The statement speaks: a verb after it reads with its context.
        (
            "The statement called on all states and the regional organisations to take "
            "effective steps.",
            ["All states", "Regional organisations"],
        ),
        ("The final communique urged the Secretary-General to report.", ["secretary-general"]),
        # An attribution opening the sentence is no body.
        ("According to the statement, the Committee shall meet again in May.", ["Committee"]),
        # A generic addressee in a list is no adjective of the next one; "other" goes.
        (
            "Calls upon Member States, donors and other international partners to pledge.",
            ["member-states", "Donors", "Other international partners"],
        ),
        # Counter-example: adjectives in a series stay one addressee.
        (
            "Calls upon international, regional and subregional organizations to help.",
            ["International, regional and subregional organizations"],
        ),
        # Partners named after "working closely with" are no owners.
        (
            "Requests the Secretary-General, working closely with the regional actors, "
            "to take all necessary steps.",
            ["secretary-general"],
        ),
    ],
)
def test_reports_of_a_statement_in_english(text, expected):
    assert named(text, EN, "en") == expected


def test_other_goes_from_the_identity_of_a_name():
    (found,) = extract(
        "Calls upon donors and other international partners to pledge.", EN, "en"
    ).requests[1:]
    assert found.owner.slug == "international-partners"


@pytest.mark.parametrize(
    "text, reg, language, expected",
    [
        ("The meeting called on the Afghan authorities to act.", EN, "en", ["afghanistan"]),
        ("Le Conseil exhorte les autorités ouzbèkes à agir.", FR, "fr", ["uzbekistan"]),
        ("Le Conseil exhorte les autorités afghanes à agir.", FR, "fr", ["afghanistan"]),
        # Counter-example: a State whose name gives no shorter stem keeps its own.
        ("Le Conseil exhorte les autorités pakistanaises à agir.", FR, "fr", ["pakistan"]),
    ],
)
def test_the_adjective_of_a_land_of_a_people_names_its_state(text, reg, language, expected):
    assert named(text, reg, language) == expected


def test_an_attribution_in_french_opens_no_subject():
    text = "Selon la déclaration, le Secrétariat général sera chargé du suivi."
    assert "Selon la déclaration" not in named(text, FR, "fr")


LOST_COMMA_EN = (
    "KAIRO — Ministers of the River Union agreed on a common fund for the region.\n"
    "The meeting's final communique, issued in Kairo called on the Development Bank of "
    "the River to speed up the fund.\n"
)


def test_the_meetings_communique_before_an_aside_that_lost_its_comma_speaks():
    report = parse_report(LOST_COMMA_EN)
    assert [p.text[:24] for p in report.paragraphs] == ["The meeting's final comm"]
    assert named(report.paragraphs[0].text, EN, "en") == ["Development Bank of the River"]


def test_an_aside_after_a_subject_that_is_no_meeting_does_not_speak():
    # Counter-example: a minister's words, with the same aside, ask nobody.
    text = (
        "KAIRO — Ministers of the River Union agreed on a common fund for the region.\n"
        "The minister's long interview, broadcast in Kairo called on the Development "
        "Bank of the River to speed up the fund.\n"
    )
    with pytest.raises(ReportParseError):
        parse_report(text)


def _lost_commas(n: int) -> str:
    unit = "The meeting's final communique, issued in Kairo called on the Bank to act. "
    return unit * max(1, n // len(unit))


def test_asides_that_lost_their_comma_stay_linear():
    assert_linear(parse_report, _lost_commas, 20_000)


# --------------------------------------------------------------------------
# A long acronym written as a word; an impersonal "il" before a future


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le Conseil demande à la Cedeao de déployer une mission.", ["ecowas"]),
        ("Le Conseil invite l'Unicef à appuyer les écoles.", ["unicef"]),
        # Counter-examples: a three-letter acronym as a word, and a plain word.
        ("Le Conseil invite l'Onu à agir.", ["Onu"]),
        ("Le Conseil invite la Ligue des écoles à agir.", ["Ligue des écoles"]),
    ],
)
def test_a_long_acronym_written_as_a_word_is_the_body(text, expected):
    assert named(text, FR, "fr") == expected


def test_an_impersonal_il_before_a_future_names_no_body():
    text = "La Conférence a chargé le Comité de suivi d'agir. Il s'agira d'une mission de paix."
    assert named(text, FR, "fr") == ["Comité de suivi"]


def test_a_body_before_a_future_is_still_asked():
    # Counter-example: a name, not a pronoun, opens the sentence.
    text = "Le Comité de suivi présentera un rapport au Conseil."
    assert named(text, FR, "fr") == ["Comité de suivi"]


# --------------------------------------------------------------------------
# A French name does not run into "de + infinitive"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le Conseil prie la Commission de suivi de présenter un rapport.",
            ["Commission de suivi"],
        ),
        ("Prie le Groupe de contact de soumettre un rapport.", ["Groupe de contact"]),
        # Counter-examples: lower-case words after "de" that are no infinitive.
        (
            "Le Conseil établit la Commission de suivi de la transition.",
            ["Commission de suivi de la transition"],
        ),
        ("Le Conseil salue le Bureau de liaison de Kairo.", ["Bureau de liaison de Kairo"]),
    ],
)
def test_a_name_ends_before_de_and_an_infinitive(text, expected):
    assert [r.name for r in context_named(text)] == expected


def _names_and_infinitives(n: int) -> str:
    unit = "la Commission de suivi de présenter et le Groupe de contact de la paix, "
    return unit * max(1, n // len(unit))


def test_names_before_infinitives_stay_linear():
    assert_linear(context_named, _names_and_infinitives, 20_000)
