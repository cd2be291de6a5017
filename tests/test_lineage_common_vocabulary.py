"""Renewals across languages read through the common vocabulary of
resolutions (``lang/_glossary_common.py``) and inflected verbs
(``text/stems.py``): a request renewed in other words is proposed, and a
request of the same owner on the same place asking something else is not.
Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from decisions.lineage import renewals
from tests.factory import make_body, make_decision, make_item, make_report

pytestmark = pytest.mark.django_db


def _propose(earlier: list[str], later: list[str], languages: tuple[str, str]):
    owner = make_body("island-states")
    old = make_report("XS/1", language=languages[0], date=datetime.date(2021, 3, 1))
    new = make_report("XS/2", language=languages[1], date=datetime.date(2022, 3, 1))
    for n, summary in enumerate(earlier, 1):
        make_item(make_decision(old, number=str(n), text=summary), owner=owner, summary=summary)
    for n, summary in enumerate(later, 1):
        make_item(make_decision(new, number=str(n), text=summary), owner=owner, summary=summary)
    found = renewals.renewals_propose(report=new)
    return {key[0]: [p.earlier.decision.number for p in props] for key, props in found.items()}


TRAVEL_FR = (
    "Demande aux États de prendre les mesures voulues pour empêcher l'entrée sur leur"
    " territoire ou le passage en transit des personnes nommées par le Comité ;"
)
SCHOOLS_FR = "Demande aux États de financer la construction d'écoles dans les îles ;"


def test_a_travel_ban_renewed_in_other_words_is_proposed():
    found = _propose(
        [SCHOOLS_FR, TRAVEL_FR],
        [
            "Calls upon States to keep the persons named by the Committee from entering into"
            " or transiting through their territories;",
            "Calls upon States to fund new schools in the islands;",
        ],
        ("fr", "en"),
    )
    assert found == {"1": ["2"], "2": ["1"]}


def test_an_asset_freeze_is_not_the_travel_ban_renewed():
    found = _propose(
        [SCHOOLS_FR, TRAVEL_FR],
        ["Calls upon States to freeze the assets of the persons named by the Committee;"],
        ("fr", "en"),
    )
    assert "1" not in found


RELATIONS_AR = (
    "يدعو الدول إلى توثيق علاقاتها مع سكان الجزر في المجالات الثقافية والرياضية لرفع العزلة عنهم؛"
)


def test_relations_renewed_across_languages_are_proposed():
    found = _propose(
        [
            "Appelle les États à renforcer leurs relations avec la population des îles dans"
            " les domaines culturel et sportif, pour mettre fin à son isolement ;",
            SCHOOLS_FR,
        ],
        [RELATIONS_AR, "يدعو الدول إلى تمويل بناء مدارس في الجزر؛"],
        ("fr", "ar"),
    )
    assert found.get("1") == ["1"]


def test_flights_to_the_same_islands_are_not_the_relations_renewed():
    found = _propose(
        [
            "Appelle les États à renforcer leurs relations avec la population des îles ;",
            SCHOOLS_FR,
        ],
        ["يدعو الدول إلى تسيير رحلات جوية مباشرة إلى الجزر؛"],
        ("fr", "ar"),
    )
    assert found == {}
