"""The closing report due at a session across languages: asked in one
paragraph with something else, then in two (or the reverse), each half is
renewed; two reports on two places are not one; a follow-up that keeps the
council informed beside the report is the report again, not a half of it.
Reports written for these tests."""

from __future__ import annotations

import datetime

import pytest

from decisions.lineage import renewals
from decisions.lineage.matching import _Asks, _two_asks
from tests.factory import make_body, make_report, make_request

pytestmark = pytest.mark.django_db


def _renewed(found, number, owner):
    return sorted(p.earlier.decision.number for p in found.get((number, owner), []))


def _reports(first="fr", second="ar"):
    old = make_report("CM/50", language=first, date=datetime.date(2023, 3, 16))
    new = make_report("CM/51", language=second, date=datetime.date(2024, 8, 29))
    return old, new


def test_a_paragraph_merging_a_forum_and_the_report_renews_both():
    owner = make_body("chief-officer")
    old, new = _reports()
    make_request(
        old, "7", "Prie le Secrétaire général d'organiser le forum de l'investissement.", owner
    )
    make_request(
        old,
        "10",
        "Prie le Secrétaire général de faire rapport sur la mise en œuvre de la présente"
        " résolution à la cinquante et unième session du Conseil.",
        owner,
    )
    make_request(
        new,
        "7",
        "يطلب إلى الأمين العام مواصلة الإعداد لمنتدى الاستثمار، وأن يرفع تقريرا عن تنفيذ"
        " هذا القرار إلى الدورة الثانية والخمسين للمجلس؛",
        owner,
    )
    assert _renewed(renewals.renewals_propose(report=new), "7", "chief-officer") == [
        "10",
        "7",
    ]


def test_a_follow_up_and_its_report_split_in_two_are_both_renewed():
    owner = make_body("chief-officer")
    old, new = _reports("ar", "fr")
    make_request(
        old,
        "3",
        "نطلب إلى الأمين العام متابعة تنفيذ هذا البيان بالتنسيق مع رئاسة القمة، ورفع"
        " تقرير بذلك إلى الدورة القادمة للمجلس؛",
        owner,
    )
    make_request(
        new,
        "12",
        "Prions le Secrétaire général de suivre la mise en œuvre du présent communiqué en"
        " coordination avec la présidence du Sommet ;",
        owner,
    )
    make_request(
        new,
        "13",
        "Prions le Secrétaire général de faire rapport sur cette mise en œuvre à la"
        " quarante-sixième session du Conseil.",
        owner,
    )
    found = renewals.renewals_propose(report=new)
    assert _renewed(found, "12", "chief-officer") == ["3"]
    assert _renewed(found, "13", "chief-officer") == ["3"]


def test_a_report_on_another_place_is_not_renewed():
    owner = make_body("chief-officer")
    old, new = _reports("en", "fr")
    make_request(
        old,
        "63",
        "Requests the Secretary-General to report on the situation in Jammu and Kashmir"
        " to the next session of the Conference.",
        owner,
    )
    make_request(
        new,
        "40",
        "Prie le Secrétaire général de faire rapport sur la situation en Somalie à la"
        " quinzième session de la Conférence.",
        owner,
    )
    assert not renewals.renewals_propose(report=new).get(("40", "chief-officer"))


def test_keeping_the_council_informed_beside_the_report_is_no_half_of_it():
    closing = _Asks(frozenset({"session-report"}), frozenset({"session-report", "report-back"}))
    follow_up = _Asks(frozenset(), frozenset({"follow-up", "coordination", "implementation"}))
    informed = _Asks(frozenset(), frozenset({"implementation", "report-back"}))
    assert _two_asks(follow_up, closing) and _two_asks(closing, follow_up)
    assert not _two_asks(informed, closing)
    assert not _two_asks(closing, closing)
    assert not _two_asks(follow_up, follow_up)
