"""A State's government or authorities named after it, outside the registry,
are that State (or its one registered organ): "the Guinean transitional
authorities", "autorités guinéennes", "السلطات السودانية". Sentences written
for these tests."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract_all
from decisions.text.states import state_organ_of
from tests.text.helpers import REGISTRY


def slug_of(name: str) -> str | None:
    entry = state_organ_of(name, REGISTRY)
    return entry.slug if entry else None


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Guinean transitional authorities", "guinea"),
        ("autorités militaires guinéennes", "guinea"),
        ("Government of the Sudan", "sudan"),
        ("Gouvernement soudanais", "sudan"),
        ("السلطات السودانية", "sudan"),
        ("الحكومة الليبية", "libya"),
        ("الحكومة الانتقالية في السودان", "sudan"),
        ("Nigerian authorities", "nigeria"),
        ("autorités militaires du Niger", "niger"),
    ],
)
def test_a_states_government_or_authorities_is_the_state(name, slug):
    assert slug_of(name) == slug


def test_the_one_registered_organ_of_a_state_is_taken():
    assert slug_of("Malian interim authorities") == "government-of-mali"


@pytest.mark.parametrize(
    "name",
    [
        "autorités de la transition",
        "Government of National Unity",
        "local authorities",
        "the authorities",
        "Guinean civil society organisations",
    ],
)
def test_a_name_that_does_not_say_which_state_stays_as_written(name):
    assert slug_of(name) is None


def test_a_request_to_a_states_authorities_is_owned_by_the_state():
    texts = [
        "Calls upon the Syrian authorities to open two more crossing points;",
        "Exhorte les autorités guinéennes à libérer les détenus politiques.",
        "يدعو السلطات الليبية إلى توحيد المؤسسات المالية.",
    ]
    found = extract_all(texts, REGISTRY)
    assert [[r.owner.slug for r in e.requests] for e in found] == [["syria"], ["guinea"], ["libya"]]
