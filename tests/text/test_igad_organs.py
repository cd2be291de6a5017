"""IGAD's secretariat and its Executive Secretary are registered organs of
IGAD: named in full in any text, and by their bare names ("the Executive
Secretary", "الأمانة التنفيذية") in a text IGAD issues. A League text names
Iran in its Arabic long form. Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY

IGAD_HEAD = "Intergovernmental Authority on Development (IGAD)\nExtraordinary Summit, communique"
IGAD_HEAD_AR = "الهيئة الحكومية الدولية المعنية بالتنمية (إيغاد)\nالبيان الختامي"
OTHER_HEAD = "Economic Commission for Africa\nConference of Ministers, resolution"


def owners(text: str, head: str = "") -> list[str]:
    [found] = extract_all([text], REGISTRY, head=head)
    return sorted(r.owner.slug for r in found.requests)


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        ("Directs the IGAD Secretariat to convene the two sides.", "", ["igad-secretariat"]),
        ("تكلف الأمانة التنفيذية للإيغاد بإعداد تقرير.", "", ["igad-secretariat"]),
        ("Requests the Executive Secretary of IGAD to brief the Assembly.", "",
         ["igad-executive-secretary"]),
        ("Directs the Executive Secretary to prepare a roadmap.", IGAD_HEAD,
         ["igad-executive-secretary"]),
        ("تكلف الأمانة التنفيذية بمتابعة المفاوضات.", IGAD_HEAD_AR, ["igad-secretariat"]),
        ("مطالبة الجمهورية الإسلامية الإيرانية بالكف عن القصف.", "", ["iran"]),
    ],
)  # fmt: skip
def test_igad_organs_are_read(text, head, expected):
    assert owners(text, head) == expected


def test_another_organisations_executive_secretary_is_no_igad_organ():
    found = owners("Requests the Executive Secretary to prepare a roadmap.", OTHER_HEAD)
    assert not any(slug.startswith("igad") for slug in found)


def test_reading_many_igad_asks_is_linear():
    def make(n: int) -> list[str]:
        return ["Directs the Executive Secretary to act; " * (n // 40)]

    assert_linear(lambda t: extract_all(t, REGISTRY, head=IGAD_HEAD), make, 3_000)
