"""A State's formal name without its titles ("Republic", "République",
"جمهورية") and links: "the Central African authorities", "autorités
centrafricaines", "Gouvernement de la République du Niger" are the State.
Names and sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.bodies import RegistryEntry
from decisions.text.states import state_organ_of
from tests.formats.hostile import assert_linear

REGISTRY = (
    RegistryEntry(
        "central-african-republic",
        "Central African Republic",
        ("République centrafricaine", "جمهورية أفريقيا الوسطى"),
        place=True,
    ),
    RegistryEntry("niger", "Niger", ("République du Niger", "جمهورية النيجر"), place=True),
    RegistryEntry("palestine", "Palestine", ("État de Palestine", "دولة فلسطين"), place=True),
    RegistryEntry(
        "egypt", "Egypt", ("Arab Republic of Egypt", "République arabe d'Égypte"), place=True
    ),
    RegistryEntry("african-union", "African Union", ("Union africaine",)),
)


def slug_of(name: str) -> str | None:
    entry = state_organ_of(name, REGISTRY)
    return entry.slug if entry else None


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("autorités centrafricaines", "central-african-republic"),
        ("Central African authorities", "central-african-republic"),
        ("the Central African transitional authorities", "central-african-republic"),
        ("authorities of the Central African Republic", "central-african-republic"),
        ("Gouvernement de la République du Niger", "niger"),
        ("حكومة جمهورية النيجر", "niger"),
        ("autorités palestiniennes", "palestine"),
        ("Government of the Arab Republic of Egypt", "egypt"),
    ],
)
def test_a_states_organ_named_after_its_formal_name_is_the_state(name, slug):
    assert slug_of(name) == slug


@pytest.mark.parametrize(
    "name",
    [
        "African authorities",  # the AU is no State, and "African" names none
        "the Republic authorities",  # a title alone says no State
        "autorités arabes",  # a word shared by formal names, not a State's own
        "Government of the Republic",
        "autorités de la transition",
    ],
)
def test_titles_and_shared_words_alone_name_no_state(name):
    assert slug_of(name) is None


def test_reading_a_registry_costs_work_linear_in_its_names():
    def registry(n: int) -> tuple[RegistryEntry, ...]:
        return tuple(
            RegistryEntry(
                f"s{i}", f"Republic of Land{i}", (f"République land{i}ienne",), place=True
            )
            for i in range(max(1, n // 40))
        )

    assert_linear(lambda reg: state_organ_of("autorités land1iennes", reg), registry, 4_000)


def test_the_arabic_name_of_the_signatory_parties_is_registered():
    from decisions.text.requests import extract_all
    from tests.text.helpers import REGISTRY as FULL

    text = "يكرر دعوته الأطراف المالية الموقعة على الاتفاق إلى الإسراع في تنفيذه"
    [found] = extract_all([text], FULL, language="ar")
    assert [r.owner.slug for r in found.requests] == ["malian-signatory-parties"]
    # "مالية" is also "financial": financial parties are no signatory parties.
    other = "يدعو الأطراف المالية المانحة إلى الإسراع في صرف التعهدات"
    [found] = extract_all([other], FULL, language="ar")
    assert "malian-signatory-parties" not in [r.owner.slug for r in found.requests]


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("the Federal Government of Niger", "niger"),
        ("Federal Government of the Niger", "niger"),
        ("the Federal Palestinian authorities", "palestine"),
    ],
)
def test_a_title_on_the_organ_itself_is_left_out_too(name, slug):
    assert slug_of(name) == slug


@pytest.mark.parametrize(
    "name", ["the Federal Government", "Government of the Republic", "the Union Government"]
)
def test_titles_alone_name_no_state(name):
    assert slug_of(name) is None
