"""`import_report --dry-run --format json` proposes the renewals of a French
Security Council resolution renewing an English one: bare "États Membres"
read as the United Nations' (as "Member States" were), a humanitarian
response plan renewed for a new year and a new amount, and a new ask of the
Secretary-General (options, not the periodic report) left alone. Reports
written for this test (tests/data/lineage/updated/)."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data" / "lineage" / "updated"


def run(path: Path, *args: str) -> str:
    out = StringIO()
    call_command("import_report", str(path), *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_a_french_resolution_renewing_an_english_one_with_new_figures_is_proposed():
    call_command("load_bodies", stdout=StringIO())
    run(DATA / "S-RES-9901-2031.en.md")
    plan = json.loads(run(DATA / "S-RES-9950-2032.fr.md", "--dry-run", "--format", "json"))
    renews = {
        (d["number"], i["owner"]["slug"]): [r["number"] for r in i["renews"]]
        for d in plan["decisions"]
        for i in d["action_items"]
    }
    assert renews == {
        ("2", "un-member-states"): ["2"],  # trafficking of arms, "de nouveau"
        ("3", "international-community"): ["3"],  # the 2032 plan, 1.5 billion
        ("4", "un-secretary-general"): [],  # options: a new ask
    }
    [plan_link] = plan["decisions"][2]["action_items"][0]["renews"]
    assert plan_link["signals"]["languages"] == "en→fr"
    assert "humanitarian-response-plan" in plan_link["signals"]["concepts"]
