"""News reports and communiqués in French and English: the heads of State who
met, named before an aside of their own, speak the calls that follow; "the
other units" are the units; a call for a body's intervention asks that body;
the doer of a wrong an object describes ("violations committed by X") is not
asked; "de + infinitive" after an addressee is what that addressee is asked
to do, never a new request; reports of a statement and their subjects (see
also test_names_acronyms_capitals.py). Sentences written for these tests after the structures of
such texts, never copied from one."""

from __future__ import annotations

import pytest

from decisions.text.paragraphs import ReportParseError, parse_report
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

FR = registry("fr")
EN = registry("en")


def named(text: str, reg, language: str) -> list[str]:
    return owners_named(text, reg, language)


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
    assert named(report.paragraphs[0].text, EN, "en") == ["Northern militia"]


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
        (parse_report, _asides),
        (lambda text: extract(text, FR, "fr"), _wrongs),
    ],
    ids=[
        "topics before acronyms",
        "acronyms without commas",
        "meeting subjects with asides",
        "wrongs committed by",
    ],
)
def test_the_new_scans_stay_linear(fn, make):
    assert_linear(fn, make, 20_000)


TOPIC_FIRST_FR = (
    "Les travaux se sont déroulés à huis clos pendant deux longues journées.\n\n"
    "Parmi les dossiers, le Liban figurait en bonne place,Concernant le Liban, le CCN a "
    "d'abord exhorté Beyrouth à former un gouvernement.\n"
)


def test_an_acronym_after_a_topic_speaks_the_call():
    report = parse_report(TOPIC_FIRST_FR)
    # The lead before it, which asks nothing, is paragraph 1 (test_news_lead).
    assert [p.number for p in report.paragraphs] == ["1", "2"]
    assert named(report.paragraphs[-1].text, FR, "fr") == ["lebanon"]


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
    # The subject after the attribution's comma is the body (the attribution
    # itself was once read as a second one).
    text = "Selon la déclaration, le Comité se réunira de nouveau en mai."
    assert named(text, FR, "fr") == ["Comité"]


LOST_COMMA_EN = (
    "KAIRO — Ministers of the River Union agreed on a common fund for the region.\n"
    "The meeting's final communique, issued in Kairo called on the Development Bank of "
    "the River to speed up the fund.\n"
)


def test_the_meetings_communique_before_an_aside_that_lost_its_comma_speaks():
    report = parse_report(LOST_COMMA_EN)
    # The dateline's lead, which asks nothing, is paragraph 1 (test_news_lead).
    assert [p.text[:24] for p in report.paragraphs] == [
        "KAIRO — Ministers of the",
        "The meeting's final comm",
    ]
    assert named(report.paragraphs[-1].text, EN, "en") == ["Development Bank of the River"]


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
