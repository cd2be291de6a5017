"""Two language-independent keys of a request: the resolutions it cites by
number ("res:1540" in any language, their years part of them, not amounts),
and a peace operation named by its acronym, which another language calls
"the Mission" / "la Mission" / "البعثة". Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concept_overlap, concepts_of
from decisions.text.similarity import RENEWAL_THRESHOLD, concept_signal, renewal_score


def _score(a: str, b: str) -> float:
    overlap, _ = concept_overlap(concepts_of(a), concepts_of(b))
    return renewal_score(
        similarity=0.0, owner=1.0, renewal_words=False, cites=False,
        content=concept_signal(overlap),
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "to give full effect to its resolutions 1540 (2004) and 1977 (2011)",
        "de donner plein effet à ses résolutions 1540 (2004) et 1977 (2011)",
        "إعمال قراريه 1540 (2004) و1977 (2011) إعمالا كاملا",
        "إعمال القرارين ١٥٤٠ و١٩٧٧ بالكامل",
    ],
)
def test_resolutions_cited_by_number_are_keys_in_every_language(text):
    found = concepts_of(text)
    assert {"res:1540", "res:1977"} <= found, found
    assert "n:1540" not in found and "n:1977" not in found
    assert "year:2004" not in found  # the year of a resolution is its part


def test_the_same_resolutions_asked_again_across_languages_reach_the_threshold():
    assert (
        _score(
            "to ensure that resolutions 1540 and 1977 are implemented",
            "de faire appliquer les résolutions 1540 et 1977",
        )
        >= RENEWAL_THRESHOLD
    )


def test_other_resolutions_of_the_same_owner_stay_under_it():
    # Near miss: same owner, resolutions cited, not the same ones.
    assert (
        _score(
            "to ensure that resolutions 1540 and 1977 are implemented",
            "de faire appliquer les résolutions 2231 et 2325",
        )
        < RENEWAL_THRESHOLD
    )


@pytest.mark.parametrize(
    "text", ["a number 1540 of people", "resolution 4/44-POL", "Resolutions on Palestine"]
)
def test_a_number_without_the_word_resolution_before_it_is_not_one(text):
    assert not any(k.startswith("res:") for k in concepts_of(text))


@pytest.mark.parametrize(
    ("text", "mission"),
    [
        ("to strengthen UNMISS with riverine units", True),
        ("que la MANUL appuie le mécanisme", True),
        ("support for BINUH and MONUSCO", True),
        ("the manuscripts of the minute book", False),
        ("UNICEF and UNDP programmes", False),
        ("UNESCO heritage sites", False),
    ],
)
def test_a_peace_operations_acronym_is_a_mission(text, mission):
    assert ("mission" in concepts_of(text)) is mission


def test_an_operation_the_glossary_names_is_that_place_only():
    # Spelled out in Arabic it is the place, not a mission: one key either way.
    assert concepts_of("un appui logistique à l'AMISOM") == concepts_of(
        "دعم لوجستي لبعثة الاتحاد الأفريقي في الصومال"
    )


def test_a_review_of_the_mission_renews_across_languages():
    assert (
        _score(
            "to present a review of UNMISS to the Council",
            "أن يقدم إلى المجلس استعراضا للبعثة",
        )
        >= RENEWAL_THRESHOLD
    )


def test_a_resolution_key_reads_in_the_readers_language():
    from decisions.text.concepts import label

    assert label("res:1701", "fr") == "résolution 1701"
    assert label("res:1701", "en") == "resolution 1701"
