"""A secretary named in full by an organisation the registry does not hold
("the Executive Secretary of the Basin Authority"), then by its short second
mention ("the Executive Secretary"): the short one takes the full name, as
"the Group" takes "the Group of Experts". Sentences written for these tests."""

from __future__ import annotations

from decisions.text.requests import extract_all
from tests.text.helpers import REGISTRY


def _names(extraction) -> list[str]:
    return [r.owner.slug if r.owner.registered else r.owner.name for r in extraction.requests]


def test_a_short_mention_of_a_secretary_takes_the_full_name():
    found = extract_all(
        [
            "Commends the Executive Secretary of the Basin Authority for his work;",
            "Requests the Executive Secretary to report on the dam project by May;",
        ],
        REGISTRY,
        "en",
    )
    assert _names(found[1]) == ["Executive Secretary of the Basin Authority"]


def test_the_registered_secretary_general_stays_registered():
    # Counter-example: a registered body is not taken for the secretary named before.
    found = extract_all(
        [
            "Commends the Executive Secretary of the Basin Authority for his work;",
            "Requests the Secretary-General to report on the dam project by May;",
        ],
        REGISTRY,
        "en",
    )
    assert _names(found[1]) == ["secretary-general"]
