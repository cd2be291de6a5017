"""A request a delegate, a representative, an ambassador or a spokesperson
makes in his own words ("Speaking after the vote, the representative of X
called on ...") is not the meeting's: read as a statement. Texts written for
these tests after the layout of press releases, never copied."""

from __future__ import annotations

from decisions.text.delegates import delegate_speaks
from decisions.text.folding import fold_text
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named


def test_a_representative_after_the_vote_asks_nobody_for_the_meeting():
    text = (
        "Speaking after the vote, the representative of Norway called on donors "
        "to fund the appeal in full."
    )
    assert owners_named(text) == []


def test_a_delegate_named_with_a_possessive_and_his_second_verb():
    text = (
        "Brazil's delegate, while backing the draft, called on the Commission to publish "
        "its data and urged Council members to keep the talks open."
    )
    assert owners_named(text) == []


def test_a_french_delegate_after_tandis_que():
    text = (
        "La déléguée du Chili a, pour sa part, salué le texte, tandis que le représentant "
        "du Pérou a exhorté les donateurs à tenir leurs promesses."
    )
    assert owners_named(text) == []


def test_the_meeting_asking_is_still_read():
    # Counter-examples: the body that met speaks; a representative is only mentioned.
    assert owners_named(
        "By the text, the Council called upon Member States to cooperate with the Panel."
    )
    text = "The Council, having heard the representative of Chad, urged the parties to talk."
    assert owners_named(text) != []
    assert not delegate_speaks(fold_text(text), 0, text.index("urged"))
    text = "The representative of Chad spoke; the Council then urged the parties to talk."
    assert not delegate_speaks(fold_text(text), 0, text.index("urged"))


def _sentence(n: int) -> str:
    return "the representative of " + "x's, " * (30 * n) + " urged the parties to act."


def test_reading_grows_linearly():
    assert_linear(lambda t: delegate_speaks(t, 0, len(t) - 20), _sentence, 10)
