"""A demand made of a group "but in particular" of one body ("toutes les
parties au conflit, mais en particulier des autorités syriennes", "all
parties, but in particular the Government"): the contrast singles that body
out as asked too; "in particular" alone only says which of the list are
meant (the earlier reading, kept). Sentences written for these tests."""

from __future__ import annotations

from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

FR = registry("fr")
EN = registry("en")


def test_a_body_singled_out_by_a_contrast_is_asked_too():
    text = (
        "Le Conseil exige de toutes les parties au conflit, mais en particulier des "
        "autorités syriennes, qu’elles cessent toute forme de maltraitance."
    )
    assert owners_named(text, FR) == ["Toutes les parties au conflit", "syria"]
    text = (
        "Calls upon all parties to the conflict, but in particular the Syrian authorities, "
        "to cease."
    )
    assert owners_named(text, EN) == ["All parties to the conflict", "syria"]


def test_counter_example_in_particular_alone_adds_no_body():
    text = (
        "Le Conseil exige de toutes les parties au conflit, en particulier des "
        "autorités syriennes, qu’elles cessent toute forme de maltraitance."
    )
    assert owners_named(text, FR) == ["Toutes les parties au conflit"]
    text = "Calls upon all parties to the conflict, in particular the Syrian authorities, to cease."
    assert owners_named(text, EN) == ["All parties to the conflict"]


def _long(n: int) -> str:
    return "Calls upon all parties" + ", but in particular the parties" * n + ", to cease."


def test_reading_contrasts_grows_linearly():
    assert_linear(lambda t: owners_named(t, EN), _long, 50)
