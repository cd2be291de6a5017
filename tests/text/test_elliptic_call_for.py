"""A request whose second addressee the sentence gives after "and for", the
verb left unsaid: "urged A to ... and for B to ..." asks B too (lang/_en_news
CALLED_FOR, kept a request only after a request of its sentence by
nested_requests). Sentences written for these tests after the structure of a
news report retelling a communiqué."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

REG = registry("en")


@pytest.mark.parametrize(
    "text",
    [
        "The summit urged the Member States to honour their pledges for the camps and for the "
        "international community to scale up its aid at once.",
        "Further, the communiqué called on the Member States to honour their pledges and for "
        "the international community to open its markets.",
    ],
)
def test_the_second_addressee_after_and_for(text):
    assert owners_named(text, REG) == ["member-states", "international-community"]


@pytest.mark.parametrize(
    "text",
    [
        # No request before it: a need, an outcome, a welcome.
        "The summit stressed the need for calm and for the parties to resume the talks.",
        "The summit welcomed the pledges and for the parties to meet, it set a date.",
    ],
)
def test_no_request_before_it_asks_nobody(text):
    assert owners_named(text, REG) == []


def test_a_call_for_an_outcome_after_and_for_is_no_addressee():
    # Counter-example: "and for a ceasefire to ..." names no body.
    text = "The summit urged the parties to talk and for a ceasefire to be signed soon."
    assert owners_named(text, REG) == ["Parties"]


def test_it_grows_linearly():
    unit = "The summit urged the States to act and for the international community to help. "

    def make(n: int) -> str:
        return unit * max(1, n // len(unit))

    assert_linear(lambda text: extract(text, REG), make, 10_000)
