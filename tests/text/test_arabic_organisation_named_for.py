"""Arabic: after a verb in the feminine, "المنظمة" with its adjectives speaks
("دعت المنظمة الإسلامية الدول ..."), but an organisation named by what it is
for ("المنظمة العربية للتنمية ...") is the body asked (lang/_ar_speakers.py).
Sentences written for these tests."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

AR = registry("ar")


def names(found) -> list[str]:
    return [r.owner.slug if r.owner.registered else r.owner.name for r in found.requests]


def test_an_organisation_named_for_its_purpose_after_the_verb_is_asked():
    text = "تدعو المنظمة الإسلامية للأمن الغذائي إلى إعداد خطة لمخزون الحبوب."
    assert names(extract(text, AR)) == ["iofs"]


def test_an_unregistered_organisation_named_for_its_purpose_is_asked_as_written():
    text = "تدعو المنظمة العربية للتنمية الزراعية إلى دعم صغار المزارعين."
    assert names(extract(text, AR)) == ["المنظمة العربية للتنمية الزراعية"]


def test_the_organisation_speaking_before_the_body_it_asks_still_speaks():
    # Counter-example: the organisation with its adjective, then the body asked.
    text = "ودعت المنظمة الإسلامية الدول الأعضاء إلى دعم صغار المزارعين."
    assert names(extract(text, AR)) == ["member-states"]


def test_a_long_run_of_adjectives_is_read_in_linear_time():
    assert_linear(
        lambda t: extract(t, AR),
        lambda n: "تدعو المنظمة " + "الإسلامية " * max(1, n // 10) + "للأمن إلى العمل.",
        2_000,
    )
