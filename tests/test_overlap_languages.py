"""Overlaps across languages: two bodies asked the same thing in reports of
different languages are flagged by the concepts, places and amounts both
name; one shared place alone is not an overlap."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from decisions.lineage.overlaps import overlaps_find
from decisions.models import OverlapFlag
from tests.factory import make_body, make_decision, make_item, make_report, make_user

pytestmark = pytest.mark.django_db


def item(symbol: str, language: str, summary: str, owner: str):
    report = make_report(symbol, language=language, date=datetime.date(2018, 1, 1))
    return make_item(make_decision(report), owner=make_body(owner), summary=summary)


def test_the_same_ask_in_french_and_arabic_is_flagged_with_its_concepts(client):
    a = item("OIC/O-1", "fr", "créer un fonds d'affectation spéciale pour Tombouctou", "xa")
    b = item("OIC/O-2", "ar", "إنشاء صندوق ائتماني لتمبكتو", "xb")
    overlaps_find()
    flag = OverlapFlag.objects.get()
    assert {flag.item_a, flag.item_b} == {a, b}
    assert flag.signals == {"languages": "ar/fr", "concepts": ["trust-fund", "place:timbuktu"]}
    client.force_login(make_user("e", groups=("editors",)))
    html = client.get(reverse("decisions:duplicates")).content.decode()
    assert "concepts: <bdi>trust fund, Timbuktu</bdi>" in html


def test_a_place_alone_is_no_overlap():
    item("OIC/O-3", "fr", "envoyer une mission d'évaluation des besoins à Tombouctou", "a")
    item("OIC/O-4", "en", "set up a trust fund for Timbuktu", "b")
    overlaps_find()
    assert not OverlapFlag.objects.exists()
