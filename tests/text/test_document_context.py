"""A paragraph read with the bodies its report named before it: a short second
mention takes the fuller name the text gave the body ("the Panel" after "the
Panel of Experts"), and "the said Governments" / "desdits Gouvernements" are the
governments named before. ``extract_all`` reads a report's paragraphs in order
and passes each one the owners of those before it. Texts written after the
structures of UN Security Council resolutions."""

from __future__ import annotations

from decisions.text.requests import extract, extract_all
from tests.text.helpers import REGISTRY


def names(extraction) -> list[str]:
    return [r.owner.slug if r.owner.registered else r.owner.name for r in extraction.requests]


def test_a_short_second_mention_takes_the_fuller_name_given_before():
    found = extract_all(
        [
            "Requests the Group of Experts to submit a final report by 1 June;",
            "Directs the Group to cooperate with the Sanctions Committee;",
        ],
        REGISTRY,
    )
    assert [names(e) for e in found] == [["Group of Experts"], ["Group of Experts"]]


def test_a_short_mention_with_two_fuller_candidates_stays_as_written():
    found = extract_all(
        [
            "Requests the Group of Experts on Liberia to report;",
            "Requests the Group of Experts on Sudan to report;",
            "Directs the Group to cooperate with the Committee;",
        ],
        REGISTRY,
    )
    assert names(found[2]) == ["Group"]


def test_the_said_governments_are_those_named_before():
    found = extract_all(
        [
            "Fait appel au Gouvernement du Tchad et au Gouvernement du Niger pour que chacun "
            "d'eux facilite le retour des réfugiés ;",
            "Demande en outre à chacun desdits Gouvernements qu'il informe le Conseil de tout "
            "changement de la situation.",
        ],
        REGISTRY,
    )
    # Each a State's government, read as the State (decisions/text/states.py).
    assert names(found[1]) == ["chad", "niger"]


def test_without_the_paragraphs_before_a_short_mention_stays_as_written():
    assert names(extract("Directs the Group to cooperate with the Committee;", REGISTRY)) == [
        "Group"
    ]


def test_extract_all_reads_each_paragraph_as_extract_does_when_nothing_refers_back():
    texts = [
        "Requests the Secretary-General to report;",
        "Calls upon all parties to respect the ceasefire;",
    ]
    assert extract_all(texts, REGISTRY) == [extract(t, REGISTRY) for t in texts]


def test_a_body_the_resolution_establishes_gives_its_short_mention_the_full_name():
    found = extract_all(
        [
            "Établit une Commission d'observation pour le Darfour composée de trois membres ;",
            "Invite la Commission à faire rapport dans un délai de dix jours.",
        ],
        REGISTRY,
    )
    assert names(found[1]) == ["Commission d'observation pour le Darfour"]


def test_a_body_established_in_english_too():
    found = extract_all(
        [
            "Establishes a Monitoring Group composed of five experts;",
            "Requests the Group to report to the Council;",
        ],
        REGISTRY,
    )
    assert names(found[1]) == ["Monitoring Group"]


def test_a_body_named_but_not_asked_gives_its_short_mention_the_full_name():
    # Named in passing (the Secretary-General is asked to set it up), then
    # asked by its short name: the full name it heads.
    found = extract_all(
        [
            "Requests the Secretary-General to establish, for one year, a Monitoring Team "
            "on Arms Flows to gather information;",
            "Requests the Team to report to the Council every four months;",
            "Décide que la Cellule de veille sanitaire sera hébergée à Dakar ;",
            "Invite le Comité de pilotage de la transition à se réunir ;",
            "Prie le Comité de rendre compte ;",
        ],
        REGISTRY,
    )
    assert names(found[1]) == ["Monitoring Team on Arms Flows"]
    assert names(found[4]) == ["Comité de pilotage de la transition"]


def test_a_short_mention_of_several_words_takes_the_one_name_it_opens():
    found = extract_all(
        [
            "Requests the Governing Board of the Regional Seed Fund to adopt its rules;",
            "Calls upon the Governing Board to publish them;",
        ],
        REGISTRY,
    )
    assert names(found[1]) == ["Governing Board of the Regional Seed Fund"]


def test_a_name_and_its_longer_form_are_one_body_not_two_candidates():
    found = extract_all(
        [
            "Requests the Review Panel to report;",
            "Requests the Review Panel on Fisheries Disputes to meet;",
            "Directs the Panel to consult the parties;",
        ],
        REGISTRY,
    )
    assert names(found[2]) == ["Review Panel on Fisheries Disputes"]


def test_named_bodies_stop_at_a_verb_and_do_not_join_two_names():
    from decisions.text.context import named

    text = (
        "Requests the Panel of Experts to submit, with the Government of Chad and "
        "the UN Country Team, a report; Le Mécanisme de suivi de la transition se réunira."
    )
    assert [r.name for r in named(text)] == [
        "Panel of Experts",
        "UN Country Team",
        "Mécanisme de suivi de la transition",
    ]
    # One pass, and a run longer than any name is no name.
    assert named("Committee of " * 50_000) == []
