"""Two General Assembly resolutions of the same item in two languages: the
earlier dated by the month its heading names (its preamble recalls a text of
another year), the later by its session alone. The later one renews a
request to the organisations of the United Nations system, named in its own
words in each language, and asks the same owner something new that must not
be proposed. Texts written for these tests."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

EARLIER = """United Nations
General Assembly
Sixty-first session
Agenda item: Cooperation between the United Nations and a regional body of the coast

**Resolution adopted by the General Assembly in December 2006**

**Cooperation between the United Nations and the Organisation of Islamic Cooperation**

The General Assembly,

Recalling that by its resolution 3369 (XXX) of 10 October 1975 it invited the Organisation,

1. Urges the organizations of the United Nations system to provide training
to the staff of the coastal fisheries offices of the Organisation;

2. Invites all Member States to take part in the yearly conference on maritime law;
"""

LATER = """Nations Unies
Assemblée générale
Soixante-troisième session
Point de l'ordre du jour : Coopération entre l'Organisation des Nations Unies
et un organisme régional

**Résolution adoptée par l'Assemblée générale**

**Coopération entre l'Organisation des Nations Unies et l'Organisation de la coopération islamique**

L'Assemblée générale,

Rappelant sa résolution antérieure sur la question,

1. Engage les organismes du système des Nations Unies à poursuivre la formation
du personnel des bureaux des pêches côtières de l'Organisation ;

2. Engage également les organismes du système des Nations Unies à ouvrir
un bureau de liaison à Djedda ;
"""


def _run(tmp_path, name: str, text: str, *args: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = StringIO()
    call_command("import_report", str(path), "--symbol", name, *args, stdout=out)
    return out.getvalue()


def test_the_later_session_renews_the_system_request_and_not_the_new_one(tmp_path):
    call_command("load_bodies", stdout=StringIO())
    _run(tmp_path, "ga61.en.txt", EARLIER)
    plan = json.loads(_run(tmp_path, "ga63.fr.txt", LATER, "--dry-run", "--format", "json"))
    assert plan["report"]["date"] == "2008-09-01"
    renews = {
        (d["number"], i["owner"]["slug"]): [r["number"] for r in i["renews"]]
        for d in plan["decisions"]
        for i in d["action_items"]
    }
    assert renews[("1", "united-nations")] == ["1"]
    # The same owner asked something new (a liaison office): no renewal.
    assert renews[("2", "united-nations")] == []
