"""English and French news reports of a meeting: talks a council says must be
opened ("d'engager un dialogue") urge nobody; the author of a decision whose
execution is asked ("the decisions taken by the Bureau") is not the one asked;
a body's acronym with its continent's adjective ("Le CPS africain") still
speaks alone, a time adverb between auxiliary and participle ("a récemment
demandé") kept. Sentences written for these tests."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

EN = registry("en")
FR = registry("fr")


def test_talks_to_be_opened_urge_nobody():
    text = (
        "Le Conseil a insisté sur l'urgence d'une trêve et d'engager des pourparlers "
        "entre le Gouvernement du Tchad et le Royaume du Maroc."
    )
    assert owners_named(text, FR, "fr") == []
    assert owners_named("Le Conseil engage un dialogue avec le Maroc.", FR, "fr") == []
    assert owners_named("Le Conseil a engagé des négociations avec le Maroc.", FR, "fr") == []
    # Counter-examples: a body urged by "engager ... à" stays asked.
    found = owners_named("Le Conseil engage le Maroc à reprendre le dialogue.", FR, "fr")
    assert found == ["morocco"]
    text = "Le Conseil a décidé d'engager le Maroc à reprendre le dialogue."
    found = owners_named(text, FR, "fr")
    assert found == ["morocco"]


def test_the_author_of_a_decision_is_not_asked():
    text = "The Summit requested the enforcement of the rules adopted by the AU Commission."
    assert owners_named(text, EN, "en") == []
    text = "Le Sommet a demandé l'application des mesures prises par la Commission de l'UA."
    assert owners_named(text, FR, "fr") == []
    # Counter-examples: the agent of the asked action itself, and the one addressed.
    text = "The Summit requested urgent action by the African Union Commission."
    assert owners_named(text, EN, "en") == ["au-commission"]
    text = "The Summit requested the African Union Commission to enforce the rules adopted by it."
    assert owners_named(text, EN, "en") == ["au-commission"]


def test_an_acronym_with_its_adjective_speaks_and_the_adverb_is_kept():
    text = (
        "Titre d'une dépêche sur le Sahel\n\n"
        "Le CPS africain a récemment demandé au Maroc de rejoindre les pourparlers.\n\n"
        "La rencontre a eu lieu dans la capitale éthiopienne en présence des délégués.\n"
    )
    paras = parse_report(text).paragraphs
    assert [p.text[:15] for p in paras] == ["Le CPS africain"]
    assert owners_named(paras[0].text, FR, "fr") == ["morocco"]
    # Counter-example: another speaker before the verb is not the body that met.
    text = (
        "Titre d'une dépêche sur le Sahel\n\n"
        "Le journaliste africain a récemment demandé au Maroc de rejoindre les pourparlers.\n\n"
        "Le CPS a demandé à la Commission de l'UA de rouvrir son bureau à Niamey.\n"
    )
    assert [p.text[:6] for p in parse_report(text).paragraphs] == ["Le CPS"]


def test_a_renewed_call_citing_its_resolution():
    text = (
        "The members of the Council renewed their call from resolution 1234 (2011) "
        "on the Malian parties to return to the talks."
    )
    assert owners_named(text, EN, "en") == ["malian-signatory-parties"]
    # Counter-example: a renewed call for an outcome names nobody.
    text = "The members of the Council renewed their call from resolution 1234 (2011) for calm."
    assert owners_named(text, EN, "en") == []


def test_a_bare_organisation_speaks_only_alone_before_its_verb():
    # Counter-example: the organisation of something is no speaker.
    text = (
        "Titre d'une dépêche sur le Sahel\n\n"
        "L'organisation des élections a demandé au Maroc de rejoindre les pourparlers.\n\n"
        "Le CPS a demandé à la Commission de l'UA de rouvrir son bureau à Niamey.\n"
    )
    assert [p.text[:6] for p in parse_report(text).paragraphs] == ["Le CPS"]


def test_an_appeal_quoted_as_a_noun_keeps_its_addressee():
    text = "Le Conseil a lancé « un appel pressant » aux bailleurs de fonds pour aider le Sahel."
    assert owners_named(text, FR, "fr") == ["Bailleurs de fonds"]
    text = "The Council issued “an urgent call” to the donors to help the Sahel."
    assert owners_named(text, EN, "en") == ["Donors"]
    # Counter-examples: a quoted appeal with no addressee; a quoted phrase of another kind.
    assert owners_named("Le Conseil a lancé « un appel pressant ».", FR, "fr") == []
    text = "Le Conseil a salué « un appel historique » des bailleurs de fonds."
    assert owners_named(text, FR, "fr") == []


def test_where_the_addressee_is_is_no_part_of_its_name():
    text = "Le Conseil a appelé les acteurs politiques dans le pays à reprendre le dialogue."
    assert owners_named(text, FR, "fr") == ["Acteurs politiques"]
    # Counter-example: "pays" inside a name stays there.
    text = "Le Conseil a appelé l'équipe de pays des Nations Unies à aider les réfugiés."
    assert owners_named(text, FR, "fr") == ["Équipe de pays des Nations Unies"]


def _long(n: int) -> str:
    return (
        "Le CPS africain a récemment demandé au Maroc "
        + "et d'engager un dialogue, des décisions prises par le Tchad, l'organisation a tenu " * n
        + "de rejoindre les pourparlers. Their call from resolution 1 (2011) on"
        + " a lancé « un appel pressant » au Tchad" * n
        + " les groupes dans le pays" * n
    )


def test_reading_grows_linearly():
    assert_linear(lambda t: owners_named(t, FR, "fr"), _long, 20)


def test_the_organisation_taken_up_and_held_responsible_part_paragraphs():
    # A news report a paragraph a line, the organisation named in full, then
    # "L'organisation a ..." and "a tenu X responsable": each line its own paragraph.
    text = (
        "L'OCI salue une trêve au Sahel et appelle au dialogue\n\n"
        "L'Organisation de la coopération islamique a salué la trêve conclue au Sahel.\n"
        "L'organisation a aussi tenu les groupes armés responsables des attaques "
        "et a appelé la communauté internationale à soutenir la trêve.\n"
        "L'organisation a également souligné la nécessité d'une aide humanitaire.\n"
    )
    paras = parse_report(text).paragraphs
    # (the headline above, which asks nobody, may be kept before them)
    paras = paras[-3:]
    assert [p.text[:16] for p in paras] == [
        "L'Organisation d",
        "L'organisation a",
        "L'organisation a",
    ]
    assert owners_named(paras[0].text, FR, "fr") == []
    assert owners_named(paras[1].text, FR, "fr") == ["international-community"]
    assert owners_named(paras[2].text, FR, "fr") == []
    # Counter-example: "l'organisation de X" as an object is not the speaker.
    text = "Le Conseil a salué l'organisation des élections et a tenu sa réunion à Niamey."
    assert owners_named(text, FR, "fr") == []
