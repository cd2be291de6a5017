"""The organisations of the United Nations system, named as a whole ("the
organizations of the United Nations system", "les organismes du système des
Nations Unies", "منظومة الأمم المتحدة"), and its agencies, funds and
programmes named together ("les organismes, fonds et programmes des Nations
Unies", "وكالات الأمم المتحدة وصناديقها وبرامجها"), are the United Nations: one owner
whatever the language, so that a General Assembly request to them is
matched with its renewal in another language (registry data,
fixtures/bodies.json). Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.bodies import index_of, mentions
from decisions.text.folding import fold_text
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY, owners_named


@pytest.mark.parametrize(
    "text",
    [
        "Urges the organizations of the United Nations system to share their data;",
        "Calls upon the organisations of the United Nations system to train staff;",
        "Engage les organismes du système des Nations Unies à partager leurs données ;",
        "تحث منظومة الأمم المتحدة على تبادل البيانات؛",
        "تدعو مؤسسات منظومة الأمم المتحدة إلى تدريب الموظفين؛",
        "Encourages the United Nations agencies, funds and programmes to plan jointly;",
        "Engage les organismes, fonds et programmes des Nations Unies à planifier ensemble ;",
        "يشجع وكالات الأمم المتحدة وصناديقها وبرامجها على التخطيط المشترك؛",
    ],
)
def test_the_system_as_a_whole_is_the_united_nations(text):
    assert owners_named(text) == ["united-nations"]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        # One organisation of the system keeps its own name.
        (
            "Encourage le Haut-Commissariat des Nations Unies pour les réfugiés "
            "à former son personnel ;",
            "unhcr",
        ),
        # One fund of the system keeps its own name.
        ("Urges the United Nations Population Fund to train midwives;", "unfpa"),
        # Another organisation's system is not the United Nations'.
        ("Urges the Member States to share their data;", "member-states"),
    ],
)
def test_a_single_organisation_or_another_owner_is_not_the_system(text, slug):
    assert owners_named(text) == [slug]


def test_finding_the_system_grows_linearly():
    index = index_of(REGISTRY)

    def make(n: int) -> str:
        return "les organismes du système des Nations Unies et " * n

    assert_linear(lambda text: mentions(index, text, fold_text(text)), make, 200)
