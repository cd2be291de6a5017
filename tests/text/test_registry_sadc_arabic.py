"""The Southern African Development Community by its Arabic acronym ("سادك")
and by "مجموعة سادك", as Arabic communiqués of the AU and the press name it
(registry data, fixtures/bodies.json). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.text.helpers import owners_named


@pytest.mark.parametrize(
    "text",
    [
        "٣ - يدعو سادك إلى إبقاء المجلس على علم بمراحل الانسحاب؛",
        "٣ - يدعو مجموعة سادك إلى تقديم تقرير عن الدروس المستفادة؛",
    ],
)
def test_the_community_by_its_arabic_acronym(text):
    assert owners_named(text) == ["sadc"]


def test_another_group_is_not_the_community():
    assert "sadc" not in owners_named("٣ - يدعو مجموعة العشرين إلى دعم التعافي الاقتصادي؛")
