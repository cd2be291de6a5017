"""A press release asking a State through a pronoun or a demonstrative
(decisions.text.plural_organ): "condemning violations by Syrian authorities
and calling on them to ..." asks those authorities (their State), not the body
speaking; "the Assembly called on that country to ..." asks the one State
named before. And an adjective of manner before an action ("urged the
immediate release of all detainees") names an action, no addressee
(decisions.text.names). Sentences written for these tests."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

EN = registry("en")
FR = registry("fr")


def owners(text: str, reg=EN, language: str = "en") -> list[str]:
    return [r.owner.slug for r in extract(text, reg, language).requests]


def test_them_after_a_state_organ_named_by_its_adjective():
    text = (
        "The General Assembly today adopted 12 texts, including one deploring abuses "
        "by Libyan authorities and calling on them to free the detainees."
    )
    assert owners(text) == ["libya"]


def test_them_after_another_body_is_that_body():
    # Counter-example: a registered body named after the organ is what "them" stands for.
    text = (
        "The Assembly deplored abuses by Libyan authorities, welcomed the African Union "
        "and called on them to free the detainees."
    )
    assert "libya" not in owners(text)
    # Nor an adjective that is no registered State's.
    other = (
        "The General Assembly adopted a text deploring abuses by local authorities and "
        "calling on them to free the detainees."
    )
    assert "libya" not in owners(other)


def test_that_country_is_the_one_state_named_before():
    text = (
        "By the text on Yemen, adopted by a recorded vote, the Assembly called on that "
        "country to protect its civilians."
    )
    assert owners(text) == ["yemen"]
    # Counter-example: two States named before: nobody is guessed.
    two = (
        "By the text on Yemen and Somalia, adopted by a recorded vote, the Assembly called "
        "on that country to protect its civilians."
    )
    assert owners(two) == []


def test_an_adjective_of_manner_before_an_action_is_no_addressee():
    text = (
        "The Assembly called on Mali to hold the vote. It urged the prompt withdrawal of "
        "all foreign troops."
    )
    assert "prompt-withdrawal-of-all-foreign-troops" not in owners(text)
    assert owners("The Assembly urged the immediate release of all persons detained.") == []
    # Counter-example: an adjective a name may open with still opens a body.
    assert owners("The Council urged the relevant Committee to report.") != []


def test_hostile_organs_stay_linear():
    assert_linear(
        lambda t: owners(t),
        lambda n: (
            "The Assembly adopted a text deploring abuses by "
            + "Libyan authorities, " * n
            + "and calling on them to act."
        ),
        100,
    )


def test_the_parts_of_the_body_named_before_are_no_other_addressee():
    fr = (
        "Le Secrétaire général de l'OCI a exhorté les États membres et la communauté "
        "internationale et toutes ses composantes à soutenir les efforts."
    )
    assert owners(fr, FR, "fr") == ["member-states", "international-community"]
    en = "The Council urged the international community and all its components to help."
    assert owners(en) == ["international-community"]
    # Counter-example: parts of no possessive are an addressee of their own.
    assert "political-components" in owners(
        "The Council urged the international community and the political components to help."
    )
