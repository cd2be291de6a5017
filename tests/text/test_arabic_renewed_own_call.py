"""An Arabic dispatch telling an official's words and closing with his renewal
of the organisation's own call ("...، مجددا دعوة المنظمة إلى المجتمع الدولي ...")
is read: the call is the organisation's. Another's call renewed is not.
Sentences written for these tests."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from tests.formats.hostile import assert_linear
from tests.text.helpers import error_of, owners_named, registry

AR = registry("ar")
OPENING = (
    "اجتمعت لجنة المتابعة على هامش الدورة في العاصمة. وتحدث الأمين العام للمنظمة أمام "
    "اللجنة مؤكدا تضامن المنظمة مع الشعب. وأوضح معاليه أن الأوضاع لا تزال صعبة ، "
)


def test_a_block_renewing_the_organisations_own_call_is_read():
    text = OPENING + "مجددا دعوة المنظمة إلى المجتمع الدولي لمواصلة دعم اللاجئين."
    (paragraph,) = parse_report(text).paragraphs
    assert owners_named(paragraph.text, AR, "ar") == ["international-community"]


def test_counter_example_another_ones_call_renewed_is_not_the_organisations():
    error_of(OPENING + "مجددا دعوة الوزير إلى المجتمع الدولي لمواصلة دعم اللاجئين.")
    error_of(OPENING + "مجددا دعوة المنظمة الدولية إلى الدول المانحة لمواصلة الدعم.")


def _long(n: int) -> str:
    return OPENING * n + "مجددا دعوة المنظمة إلى المجتمع الدولي لمواصلة الدعم."


def test_reading_a_renewed_own_call_grows_linearly():
    assert_linear(parse_report, _long, 20)
