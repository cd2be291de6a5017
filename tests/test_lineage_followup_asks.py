"""Renewals across languages of what any council asks again of its
secretariat (``lang/_glossary_followup.py``): a later paragraph that merges
two earlier requests (reports at a fixed rhythm, said "every 90 days" then
"tous les trois mois", and what the reports are to cover) renews both; a
request for recommendations on a new task, to the same owner and about the
same mission, renews neither. The meeting that speaks before "lance un
appel" is no ask. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from decisions.lineage import renewals
from decisions.lineage.signals import without_speaker
from tests.factory import make_body, make_report, make_request
from tests.formats.hostile import assert_linear


@pytest.mark.django_db
def test_a_paragraph_merging_two_earlier_requests_renews_both():
    owner = make_body("council-secretary")
    old = make_report("COUNCIL/RES/10", language="en", date=datetime.date(2023, 3, 1))
    new = make_report("COUNCIL/RES/11", language="fr", date=datetime.date(2024, 3, 1))
    make_request(
        old,
        "3",
        "Requests the Secretary-General to report on the observer mission every 90 days;",
        owner,
    )
    make_request(
        old,
        "8",
        "Requests the Secretary-General to include in his reports the safety of"
        " former combatants and of human rights defenders;",
        owner,
    )
    make_request(
        new,
        "3",
        "Prie le Secrétaire général de présenter des recommandations sur les"
        " modalités d'une nouvelle tâche de la mission ;",
        owner,
    )
    make_request(
        new,
        "6",
        "Prie le Secrétaire général de lui rendre compte tous les trois mois des"
        " activités de la mission, en faisant le point sur la sécurité des anciens"
        " combattants et des défenseurs des droits humains ;",
        owner,
    )
    found = renewals.renewals_propose(report=new)
    merged = sorted(p.earlier.decision.number for p in found.get(("6", "council-secretary"), []))
    assert merged == ["3", "8"]
    assert not found.get(("3", "council-secretary"))


@pytest.mark.django_db
def test_a_list_kept_in_all_official_languages_is_renewed_in_arabic():
    owner = make_body("council-secretariat")
    old = make_report("COUNCIL/RES/20", language="en", date=datetime.date(2022, 6, 1))
    new = make_report("COUNCIL/RES/21", language="ar", date=datetime.date(2024, 6, 1))
    make_request(
        old,
        "29",
        "Requests the Secretariat to keep the roster available in all the official"
        " languages and to publish its updates without delay;",
        owner,
    )
    make_request(
        old,
        "30",
        "Requests the Secretariat to organise a workshop for national focal points;",
        owner,
    )
    make_request(
        new,
        "30",
        "يطلب إلى الأمانة أن تتيح السجل بجميع اللغات الرسمية وأن تنشر تحديثاته دون إبطاء؛",
        owner,
    )
    found = renewals.renewals_propose(report=new)
    assert [p.earlier.decision.number for p in found.get(("30", "council-secretariat"), [])] == [
        "29"
    ]


def test_the_speaker_before_an_appeal_is_left_out():
    text = "La Conférence lance un appel à la communauté internationale"
    assert without_speaker(text).strip() == "lance un appel à la communauté internationale"
    # A conference named by its own words keeps them.
    assert without_speaker("La Conférence internationale sur la paix") == (
        "La Conférence internationale sur la paix"
    )


def test_the_speaker_test_stays_linear_with_an_article():
    assert_linear(without_speaker, lambda n: "La Conférence lance" + " " * (500 * n) + "un", 30)
