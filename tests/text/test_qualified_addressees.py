"""A qualifier after an addressee ("the parties to the process led by the
Mediator and the Government of X", "le comité présidé par le Maroc et
l'Égypte", "اللجنة المنبثقة عن المؤتمر والمجلس") takes the names joined to
it without a comma: they are not addressees. A name after a comma is one.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY, owners_named, registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Encourages the parties to the peace process led by the Joint Mediator and the "
            "Government of Ruritania to intensify their efforts.",
            ["Parties to the peace process"],
        ),
        (
            "Encourage le groupe de travail présidé par le Président de la Commission et le "
            "Gouvernement du Ruritanie à poursuivre ses travaux.",
            ["Groupe de travail"],
        ),
        (
            "Urges the committee established by the Conference, and the Member States, to "
            "meet without delay.",
            ["Committee", "member-states"],
        ),
    ],
)
def test_names_joined_to_a_qualifier_are_no_addressees(text, expected):
    assert owners_named(text) == expected


def test_arabic_names_joined_to_a_qualifier_are_no_addressees():
    text = "يكلف اللجنة الخاصة المنبثقة عن المؤتمر والمجلس التنفيذي بمتابعة التنفيذ."
    found = extract(text, registry("ar")).requests
    assert [r.owner.name for r in found] == ["اللجنة الخاصة"]


def test_many_qualified_names_are_read_in_linear_time():
    def make(n: int) -> str:
        unit = "the group led by the Mediator and the Envoy and "
        return "Encourages " + unit * max(1, n // len(unit)) + "the parties to act."

    assert_linear(lambda text: extract(text, REGISTRY), make, 2_000)
