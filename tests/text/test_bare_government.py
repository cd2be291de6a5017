"""A State's government named without the State ("the Government", "les
autorités de la transition", "الحكومة") is the one State the report asked
before; with none or two asked, it stays as written for review. Signatory
armed movements are armed groups in every language. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract_all
from tests.text.helpers import REGISTRY


def owners(texts: list[str]) -> list[list[str]]:
    return [
        [r.owner.slug if r.owner.registered else r.owner.name for r in e.requests]
        for e in extract_all(texts, REGISTRY)
    ]


@pytest.mark.parametrize(
    "texts, state",
    [
        (
            [
                "يهيب بالسلطات السودانية أن تنفذ الخطة الوطنية؛",
                "يكرر دعوته الحكومة والحركات الموقعة إلى الإسراع في تنفيذ الاتفاق؛",
            ],
            "sudan",
        ),
        (
            [
                "La Conférence exhorte les autorités guinéennes à présenter un chronogramme.",
                "La Conférence demande aux autorités de la transition d'organiser les élections.",
            ],
            "guinea",
        ),
        (
            ["Calls upon the Government of Chad to act;", "Requests the Government to report;"],
            "chad",
        ),
        (
            [
                "Calls upon the Government of Chad to act;",
                "Urges the transitional authorities to act;",
            ],
            "chad",
        ),
    ],
)
def test_a_bare_government_is_the_one_state_asked_before(texts, state):
    assert owners(texts)[-1][0] == state


def test_with_two_states_asked_a_bare_government_stays_as_written():
    found = owners(
        [
            "Calls upon the Government of Chad to act;",
            "Calls upon the Government of Niger to act;",
            "Requests the Government to report;",
        ]
    )
    assert found[-1] not in (["chad"], ["niger"])


def test_with_no_state_asked_a_bare_government_stays_as_written():
    assert owners(["Requests the Government to report;"]) == [["Government"]]


def test_a_bare_government_is_not_a_state_only_named():
    # Chad is named, not asked: the Government stays as written.
    found = owners(["Welcomes the elections held in Chad.", "Requests the Government to report;"])
    assert found[-1] == ["Government"]


def test_another_body_is_not_taken_for_the_government():
    found = owners(
        ["Calls upon the Government of Chad to act;", "Requests the Commission to report;"]
    )
    assert found[-1] != ["chad"]


@pytest.mark.parametrize(
    "text",
    [
        "يدعو الحركات المسلحة غير الموقعة على اتفاق السلام إلى الانضمام إلى المفاوضات؛",
        "يدعو الحركات الموقعة إلى الإسراع في تنفيذ الاتفاق؛",
        "Urges the signatory armed movements to implement the Agreement;",
    ],
)
def test_armed_movements_are_armed_groups(text):
    assert owners([text]) == [["armed-groups"]]


def test_other_movements_stay_as_written():
    assert owners(["يدعو الحركات الشبابية إلى المشاركة."]) == [["الحركات الشبابية"]]
