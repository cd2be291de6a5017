"""A news agency credited in a dateline's brackets reports the page, it does
not issue it: the issuer is the body speaking after the dash (the OIC's own
agency reporting a Security Council statement leaves it a UN text)."""

from __future__ import annotations

from decisions.text.issuer import issuer_of
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY


def test_the_agency_in_a_datelines_brackets_is_not_the_issuer():
    head = "جنيف (يونا) - أدان مجلس الأمن الدولي القصف على المخيم"
    assert issuer_of(head, REGISTRY) == "united-nations"
    head = "GENEVA (UNA) - The Security Council condemned the shelling of the camp"
    assert issuer_of(head, REGISTRY) == "united-nations"


def test_the_agency_named_elsewhere_still_counts():
    # Counter-example: the agency named in running words, not credited.
    assert issuer_of("أطلق اتحاد الوكالات (يونا) خدمة إخبارية جديدة", REGISTRY) == "oic"


def test_credits_are_read_in_linear_time():
    assert_linear(
        lambda t: issuer_of(t, REGISTRY),
        lambda n: "(يونا) - " * n + "أدان مجلس الأمن الدولي",
        2_000,
    )
