"""An organ named in the plural for several organisations (a joint summit of
two of them asks "the Secretaries-General of A and of B") is each
organisation's organ; sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY

HEAD = "We, the Heads of State of the League of Arab States and of the OIC, decide:"
BOTH_SG = ["las-secretary-general", "secretary-general"]


def slugs(text: str) -> list[str]:
    [found] = extract_all([text], REGISTRY, head=HEAD)
    return sorted(r.owner.slug for r in found.requests)


@pytest.mark.parametrize(
    "text",
    [
        "Request the Secretaries-General of the Organisation of Islamic Cooperation and of"
        " the League of Arab States to report on the follow-up of this resolution.",
        "Prie les Secrétaires généraux de l'Organisation de la coopération islamique et de"
        " la Ligue des États arabes de rendre compte du suivi.",
        "تكليف الأمينين العامين لمنظمة التعاون الإسلامي وجامعة الدول العربية بمتابعة هذا القرار.",
    ],
)
def test_two_secretaries_general_named_at_once_are_each_organisations(text):
    assert slugs(text) == BOTH_SG


def test_two_general_secretariats_named_at_once_are_each_organisations():
    text = (
        "Request the General Secretariats of the League of Arab States and of the"
        " Organisation of Islamic Cooperation to keep a register of the damage."
    )
    assert slugs(text) == ["general-secretariat", "las-general-secretariat"]


def test_a_plural_organ_of_one_organisation_stays_as_written():
    text = "Request the Secretaries-General of the regional commissions to meet."
    assert slugs(text) == ["secretaries-general-of-the-regional-commissions"]


def test_reading_a_long_plural_name_is_linear():
    def make(n: int) -> str:
        return (
            "Request the Secretaries-General of "
            + "the League of Arab States and " * (n // 30)
            + "the OIC to meet."
        )

    assert_linear(lambda t: extract_all([t], REGISTRY, head=HEAD), make, 3_000)
