"""The Southern African Development Community by its Arabic acronym ("سادك")
and by "مجموعة سادك", as Arabic communiqués of the AU and the press name it
(registry data, fixtures/bodies.json), also with the acronym in quotation
marks after its head noun ('مجموعة "سادك"': the quotation mark opens a
registered name, so it ends no addressee, ``addressee_bounds.marker``, and
is no part of the name, ``bodies.lookup``). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from decisions.text.addressee_bounds import marker
from decisions.text.bodies import index_of, mentions
from decisions.text.folding import fold_text
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY, owners_named


@pytest.mark.parametrize(
    "text",
    [
        "٣ - يدعو سادك إلى إبقاء المجلس على علم بمراحل الانسحاب؛",
        "٣ - يدعو مجموعة سادك إلى تقديم تقرير عن الدروس المستفادة؛",
        '٣ - يدعو مجموعة "سادك" إلى إبقاء المجلس على علم بمراحل الانسحاب؛',
        "٣ - يدعو مجموعة «سادك» إلى تقديم تقرير عن الدروس المستفادة؛",
    ],
)
def test_the_community_by_its_arabic_acronym(text):
    assert owners_named(text) == ["sadc"]


def test_another_group_is_not_the_community():
    assert "sadc" not in owners_named("٣ - يدعو مجموعة العشرين إلى دعم التعافي الاقتصادي؛")


def test_a_quoted_name_beside_another_addressee_keeps_both():
    text = '٣ - يدعو مجموعة "سادك" والاتحاد الأوروبي إلى مواصلة الدعم؛'
    assert owners_named(text) == ["sadc", "european-union"]


def test_a_quoted_apposition_that_is_no_registered_name_still_ends_the_addressee():
    # A person's name in quotes after the addressee: the State, not the quote.
    text = "٣ - يدعو الرئيس السوري «فلان الفلاني» إلى وقف القتال؛"
    assert owners_named(text) == ["syria"]


def test_the_quote_marker_stays_linear():
    index = index_of(REGISTRY)

    def make(n: int):
        tail = fold_text('مجموعة "سادك" ' * (50 * n) + "الي ابقاء")
        return tail, [(s, e) for s, e, _ in mentions(index, tail, tail)]

    assert_linear(lambda made: marker(*made), make, 20)
