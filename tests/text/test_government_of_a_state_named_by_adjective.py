"""A bare "the Government" whose State the paragraph names only by its
adjective ("the Syrian authorities ... the Government") is that State
(decisions.text.adjective_states); two States named, or none, leave it as
written. Forces asked ("allied forces", "security forces") are addressees kept
as written. Sentences written for these tests."""

from __future__ import annotations

from decisions.text.adjective_states import state_of_adjective
from decisions.text.bodies import index_of
from decisions.text.requests import extract, extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

EN = registry("en")
FR = registry("fr")
AR = registry("ar")


def owners(text: str, reg=EN, language: str = "en") -> list[str]:
    return [r.owner.slug for r in extract(text, reg, language).requests]


def test_the_state_named_by_its_adjective():
    text = (
        "Deploring the arrests made by the Syrian authorities, the Assembly called on the "
        "Government to release the detainees."
    )
    assert owners(text) == ["syria"]
    fr = (
        "Déplorant les arrestations opérées par les autorités syriennes, l'Assemblée a "
        "appelé le Gouvernement à libérer les détenus."
    )
    assert owners(fr, FR, "fr") == ["syria"]
    ar = (
        "وإذ تستنكر الاعتقالات التي قامت بها السلطات السورية، "
        "دعت الجمعية الحكومة إلى الإفراج عن المعتقلين."
    )
    assert owners(ar, AR, "ar") == ["syria"]


def test_two_states_or_none_leave_the_government_as_written():
    # Counter-examples: the adjective of one State and the name of another; no State.
    two = (
        "Deploring the arrests made by the Syrian authorities near Lebanon, the Assembly "
        "called on the Government to release the detainees."
    )
    assert owners(two) == ["government"]
    assert owners("The Assembly called on the Government to release the detainees.") == [
        "government"
    ]
    # A State asked before is read first (context.with_context), as before.
    found = extract_all(
        ["The Assembly called on Mali to hold the vote.", "It urged the Government to act."], EN
    )
    assert [r.owner.slug for r in found[1].requests] == ["mali"]


def test_forces_asked_are_addressees():
    text = "The Assembly called on the Government and allied forces to stop the shelling."
    assert owners(text) == ["government", "allied-forces"]
    assert owners("The Council urged the security forces to show restraint.") == ["security-forces"]


def test_hostile_adjectives_stay_linear():
    assert_linear(
        lambda t: owners(t),
        lambda n: (
            "By the Syrian " * n + "authorities, the Assembly called on the Government to act."
        ),
        100,
    )


def test_an_adjective_less_its_shortest_ending():
    index = index_of(EN)
    found = {
        w: getattr(state_of_adjective(index, w), "slug", None) for w in ("nigerian", "nigerien")
    }
    assert found == {"nigerian": "nigeria", "nigerien": "niger"}
    # Counter-examples: words that only look like an adjective of a State.
    assert state_of_adjective(index, "woman") is None
    assert state_of_adjective(index, "general") is None


def test_a_state_named_by_its_name_leaves_the_government_as_written():
    # Counter-example: the State's name, not an adjective ("en Guinée").
    text = (
        "Sur la transition en Guinée, la Conférence exhorte les autorités de transition à "
        "ouvrir le dialogue."
    )
    assert owners(text, FR, "fr") == ["autorites-de-transition"]


def test_the_adjective_of_a_state_the_registry_cannot_name_makes_two():
    # Class: a State named by an adjective the stem rule cannot read, or whose
    # State is not registered ("Israeli", "Saudi", "américains", "الأمريكية"):
    # with a registered State's adjective, the paragraph names two.
    en = (
        "Condemning the Israeli raids on Palestinian towns, the Assembly called on the "
        "Government to open the crossings."
    )
    assert owners(en) == ["government"]
    fr = (
        "Saluant la médiation des diplomates américains auprès des autorités syriennes, "
        "l'Assemblée appelle le Gouvernement à libérer les détenus."
    )
    assert owners(fr, FR, "fr") == ["gouvernement"]
    ar = "وإذ يدين القصف الإسرائيلي للمدن الفلسطينية، دعا المجلس الحكومة إلى فتح المعابر."
    assert "palestine" not in owners(ar, AR, "ar")
    # Counter-example: the registered State's adjective alone is still read.
    assert owners(en.replace("Israeli raids on ", "raids on the ")) == ["palestine"]


def test_unreadable_adjectives_stay_linear():
    assert_linear(
        lambda t: owners(t),
        lambda n: "The Saudi and Syrian " * n + "envoys met; the Assembly urged the Government.",
        100,
    )


def test_a_qualified_adjective_names_another_state():
    # Class: a point of the compass or a qualifier before a State's adjective
    # ("South Sudanese", "Equatorial Guinean"): another State than the adjective's.
    text = (
        "Concerned about the South Sudanese refugees, the Council called on the Government "
        "to protect them."
    )
    assert owners(text) == ["government"]
    assert owners(text.replace("South Sudanese", "Equatorial Guinean")) == ["government"]
    # Counter-example: the adjective alone.
    assert owners(text.replace("South Sudanese", "Sudanese")) == ["sudan"]
