"""One Member State at a time: "chaque État membre", "each Member State",
"كل دولة عضو" ask the Member States, and in a regional community's text its
own (the singular of each group of Member States is registered beside the
plural, fixtures/bodies.json; "chaque" is dropped before an addressee as
"tous les" is). Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY, owners_named


def _owners(texts: list[str], head: str) -> list[list[str]]:
    found = extract_all(texts, REGISTRY, head=head)
    return [
        [r.owner.slug if r.owner.registered else r.owner.name for r in e.requests] for e in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "12. La Conférence invite chaque État membre à transmettre son programme.",
        "12. The Conference invites each Member State to send its programme.",
        "١٢ - يدعو المؤتمر كل دولة عضو إلى إرسال برنامجها؛",
    ],
)
def test_each_member_state_is_the_member_states(text):
    assert owners_named(text) == ["member-states"]


def test_in_a_community_s_text_each_member_state_is_its_own():
    head = "Communiqué final de la session ordinaire de la Conférence des chefs d'État de la CEDEAO"
    texts = [
        "12. Elle invite chaque État membre à transmettre son programme à la Commission.",
        "14. Elle exhorte les États membres à maîtriser l'endettement public.",
    ]
    assert _owners(texts, head) == [["ecowas-member-states"], ["ecowas-member-states"]]


@pytest.mark.parametrize(
    "text",
    [
        # "chaque" before a time is no addressee: the Secretary-General is asked.
        "6. Le Conseil invite le Secrétaire général à présenter un rapport chaque année.",
        # A State's seat named by "دولة عضو في مجلس الأمن" is not the Member States.
        "٦ - يرحب بانتخاب دولة عضو في مجلس الأمن، ويدعو الأمين العام إلى المتابعة؛",
    ],
)
def test_each_elsewhere_asks_no_member_state(text):
    assert "member-states" not in owners_named(text)


def test_the_leading_words_stay_linear():
    def make(n: int) -> str:
        return "12. La Conférence invite " + "chaque " * (40 * n) + "État membre à agir."

    assert_linear(owners_named, make, 20)
