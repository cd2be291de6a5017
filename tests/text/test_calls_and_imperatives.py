"""Two phrasings of real texts, on sentences written after them: the bare verb
of a list after "decided to:" asks the body after it ("Direct the President of
the Commission to ...", "Call on the African Union to ..."), and the Arabic
"يدعو إلى" before an act ("يدعو إلى احترام ...": calls for respect) asks
nobody, while "يدعو إلى" before a body, and "يطلب إلى", still ask it."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

EN = registry("en")
AR = registry("ar")


def owners(text: str, reg=EN) -> list[str]:
    return [
        r.owner.slug if r.owner.registered else r.owner.name for r in extract(text, reg).requests
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Direct the President of the Commission to monitor the sanctions.",
            ["President of the Commission"],
        ),
        ("Call on the African Union to endorse these decisions.", ["african-union"]),
        ("Urge all Member States to contribute to the fund.", ["member-states"]),
        ("Invite the relevant agencies to provide support.", ["Relevant agencies"]),
    ],
)
def test_the_bare_verb_of_a_decided_list_asks_the_body_after_it(text, expected):
    assert owners(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Direct talks between the two sides remain the only way forward.",
        "Request for assistance received from the Government was noted.",
    ],
)
def test_a_bare_verb_before_no_determiner_asks_nobody(text):
    assert owners(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "يدعو إلى احترام سلامة البلد الإقليمية وسيادته.",
        "ودعا المؤتمر إلى وقف إطلاق النار فورا.",
        "تدعو إلى إيجاد حل سلمي للنزاع.",
    ],
)
def test_calling_for_an_act_in_arabic_asks_nobody(text):
    assert owners(text, AR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يدعو إلى الدول الأعضاء تقديم الدعم.", ["member-states"]),
        (
            "ودعا المؤتمر إلى وقف إطلاق النار ودعا الدول الأعضاء إلى تقديم المساعدات.",
            ["member-states"],
        ),
        ("يطلب إلى الأمين العام تقديم تقرير إلى المجلس.", ["secretary-general"]),
    ],
)
def test_calling_on_a_body_in_arabic_still_asks_it(text, expected):
    assert owners(text, AR) == expected


@pytest.mark.parametrize("unit", ["يدعو إلى احترام ", "Direct the ", "Call on all "])
def test_these_phrasings_are_read_in_linear_time(unit):
    assert_linear(lambda text: extract(text, EN), lambda n: unit * max(1, n // len(unit)), 2_000)
