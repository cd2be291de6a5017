"""Renewals across languages found by the glossary's asks of trade
cooperation and of the seas off a coast (lang/_glossary_trade.py): the same
ask renewed in another language is proposed, a new ask of the same owner
beside it is not. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from decisions.lineage import renewals
from tests.factory import make_body, make_decision, make_item, make_report

pytestmark = pytest.mark.django_db


def _pairs(earlier: list[str], later: list[str], languages: tuple[str, str]) -> set:
    owner = make_body("coastal-states")
    old = make_report("CS/9/RES", language=languages[0], date=datetime.date(2019, 5, 2))
    new = make_report("CS/10/RES", language=languages[1], date=datetime.date(2020, 5, 2))
    for n, text in enumerate(earlier, 1):
        make_item(make_decision(old, number=str(n), text=text), owner=owner, summary=text)
    for n, text in enumerate(later, 1):
        make_item(make_decision(new, number=str(n), text=text), owner=owner, summary=text)
    found = renewals.renewals_propose(report=new)
    return {(key[0], p.earlier.decision.number) for key, ps in found.items() for p in ps}


def test_piracy_asked_again_in_english_renews_the_arabic_request():
    pairs = _pairs(
        [
            "يدعو الدول الأعضاء إلى التعاون في مكافحة القرصنة قبالة السواحل",
            "يحث الدول الأعضاء على فتح سفاراتها في العاصمة",
        ],
        [
            "Calls upon the States to cooperate against piracy off the coast",
            "Invites the States to fund a new harbour for the fishermen",
        ],
        ("ar", "en"),
    )
    assert pairs == {("1", "1")}


def test_concession_lists_asked_again_in_english_renew_the_french_request():
    pairs = _pairs(
        [
            "Exhorte les États à notifier leurs listes de concessions au Comité "
            "des négociations commerciales",
            "Invite les États à accueillir la prochaine foire du livre",
        ],
        [
            "Urges the States to notify their concession lists to the Trade Negotiations Committee",
            "Invites the States to share their recovery policies after the floods",
        ],
        ("fr", "en"),
    )
    assert pairs == {("1", "1")}


def test_the_same_owner_asked_something_else_is_not_a_renewal():
    # Counter-example: piracy before, halal standards after; one owner.
    pairs = _pairs(
        ["يدعو الدول الأعضاء إلى التعاون في مكافحة القرصنة قبالة السواحل"],
        ["Requests the States to adopt the harmonised halal standards"],
        ("ar", "en"),
    )
    assert pairs == set()


def test_the_envoys_work_with_the_region_is_told_from_a_meeting_of_envoys():
    # The same owner asked two things naming an envoy for Chad: the one that
    # keeps the countries of the region (its neighbours, in the other
    # language) renews, the meeting of envoys does not.
    pairs = _pairs(
        [
            "Requests the Secretary-General, through his Special Envoy for Chad, "
            "to pursue contacts with the authorities and with the countries of the region"
        ],
        [
            "يطلب إلى الأمين العام مواصلة الاتصال مع السلطات ومع دول الجوار، من خلال "
            "مبعوثه الخاص لتشاد، وبالتنسيق مع بعثة الأمم المتحدة",
            "يطلب كذلك إلى الأمين العام الدعوة إلى اجتماع للمبعوثين الخاصين "
            "المعنيين بتشاد على هامش الدورة القادمة",
        ],
        ("en", "ar"),
    )
    assert pairs == {("1", "1")}


def test_states_not_yet_joined_asked_again_in_arabic_renew_the_french_call_to_join():
    # The call to join an institute renews the call to become its members, not
    # the call to ratify an agreement made to the same owner.
    pairs = _pairs(
        [
            "Exhorte les États qui ne l'ont pas encore fait à ratifier la Convention "
            "sur le transit",
            "Invite les États qui ne l'ont pas encore fait à devenir membres de l'Institut",
        ],
        ["تجدد دعوتها الدول التي لم تنضم بعد إلى المعهد إلى الانضمام إليه"],
        ("fr", "ar"),
    )
    assert pairs == {("1", "2")}


def test_states_not_yet_joined_asked_to_host_a_fair_renew_nothing():
    # Counter-example: the same words of States not yet joined, a new ask.
    pairs = _pairs(
        ["Invite les États qui ne l'ont pas encore fait à devenir membres de l'Institut"],
        ["تدعو الدول التي لم تنضم بعد إلى المعهد إلى استضافة معرض الكتاب القادم"],
        ("fr", "ar"),
    )
    assert pairs == set()


def test_the_food_reserve_asked_again_in_arabic_renews_the_french_request():
    pairs = _pairs(
        [
            "Invite l'Organisation à mettre en œuvre le programme de réserves alimentaires",
            "Invite l'Organisation à organiser un atelier sur les semences",
        ],
        ["تدعو المنظمة إلى الإسراع في تفعيل برنامج الاحتياطي الغذائي المشترك"],
        ("fr", "ar"),
    )
    assert pairs == {("1", "1")}


def test_a_food_reserve_is_not_a_study_of_food_prices():
    # Counter-example: food named in both, but the reserve is not the study.
    pairs = _pairs(
        ["Requests the Organisation to set up the food security reserve"],
        ["Requests the Organisation to publish a study of food prices in the region"],
        ("en", "en"),
    )
    assert pairs == set()


def test_states_that_have_not_acceded_in_french_renew_the_arabic_call_to_join():
    # "n'ont pas encore adhéré", the verb's past participle, is acceding too.
    pairs = _pairs(
        [
            "تدعو الأمانة العامة إلى حث الدول التي لم تنضم بعد إلى المعهد على الانضمام إليها",
            "تدعو الأمانة العامة إلى إعداد دليل للمعارض التجارية",
        ],
        [
            "Invite le Secrétariat à poursuivre ses démarches auprès des États "
            "qui n'ont pas encore adhéré à l'Institut"
        ],
        ("ar", "fr"),
    )
    assert pairs == {("1", "1")}


def test_states_that_have_acceded_asked_to_pay_their_dues_renew_nothing():
    # Counter-example: the same owner, a call to join before, dues after.
    pairs = _pairs(
        ["تدعو الأمانة العامة إلى حث الدول التي لم تنضم بعد إلى المعهد على الانضمام إليها"],
        ["Invite le Secrétariat à recouvrer les contributions des États au budget de l'Institut"],
        ("ar", "fr"),
    )
    assert pairs == set()
