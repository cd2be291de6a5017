"""`import_report --dry-run --format json` proposes the renewals of a later
report in another language: an Arabic contact-group report renewing a
French one with "تجديد مطالبته ..." and "تجديد الدعوة إلى ...", and a request of
the same owner on another theme left alone; and a dry run scores a pair as
the import does when a partner is not in the registry. Reports written for
these tests (tests/data/lineage/renewed/)."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from decisions.models import RenewalLink

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data" / "lineage" / "renewed"


def run(path: Path, *args: str) -> str:
    out = StringIO()
    call_command("import_report", str(path), *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def dry_run(path: Path) -> dict:
    return json.loads(run(path, "--dry-run", "--format", "json"))


def renews(plan: dict) -> dict[tuple[str, str], list[str]]:
    return {
        (d["number"], i["owner"]["slug"]): [r["number"] for r in i["renews"]]
        for d in plan["decisions"]
        for i in d["action_items"]
    }


def test_an_arabic_report_renewing_a_french_one_with_verbal_nouns_is_proposed():
    run(DATA / "OIC-XT-2020-REP.fr.md")
    plan = dry_run(DATA / "OIC-XT-2021-REP.ar.md")
    assert renews(plan) == {
        ("١", "un-security-council"): ["1"],  # the mandate renewed: "تجديد مطالبته"
        ("٢", "un-security-council"): [],  # elections: a new ask of the same owner
        ("٣", "member-states"): ["3"],  # the central bank: "تجديد الدعوة إلى"
    }
    first = plan["decisions"][0]["action_items"][0]["renews"][0]
    assert first["signals"]["languages"] == "fr→ar"
    assert first["signals"]["renewal_words"] is True
    assert {"mandate-renewal", "force-strength"} <= set(first["signals"]["concepts"])


def test_a_dry_run_scores_a_pair_as_the_import_does_with_an_unregistered_partner():
    # "Somali National Army" is in no registry: the import creates it and
    # blanks its name out of the summary; the dry run must blank it too, or
    # "National Army" counts as an ask of the later request only (and its
    # overlap is no longer 1.0). Somalia itself both name: AMISOM is the
    # African Union's mission in Somalia.
    run(DATA / "PSC-XT-1-2020.fr.md")
    plan = dry_run(DATA / "PSC-XT-2-2021.en.md")
    [[proposal]] = [i["renews"] for d in plan["decisions"] for i in d["action_items"]]
    assert "national-army" not in proposal["signals"]["concepts"]
    run(DATA / "PSC-XT-2-2021.en.md")
    link = RenewalLink.objects.get()
    assert proposal["signals"]["concept_overlap"] == link.signals["concept_overlap"] == 1.0
    assert proposal["score"] == link.score


def test_a_paragraph_merging_two_earlier_requests_renews_both():
    # Later 1 asks in one paragraph what earlier 1 and 2 asked apart
    # (humanitarian assistance; the schools' reconstruction). Later 2 asks a
    # donors' conference on reconciliation and a report on it: earlier 3 and 4
    # share the reconciliation, so it renews only the closer one, the
    # conference ("convoquer une conférence des donateurs" is read as a
    # donors' conference, not as any conference).
    run(DATA / "OIC-XM-2019-REP.fr.md")
    plan = dry_run(DATA / "OIC-XM-2020-REP.en.md")
    found = renews(plan)
    assert sorted(found[("1", "member-states")]) == ["1", "2"]
    assert found[("2", "secretary-general")] == ["3"]


def test_importing_the_merging_report_proposes_both_links():
    run(DATA / "OIC-XM-2019-REP.fr.md")
    run(DATA / "OIC-XM-2020-REP.en.md")
    pairs = {
        (link.later_item.decision.number, link.earlier_item.decision.number)
        for link in RenewalLink.objects.with_items()
    }
    assert pairs == {("1", "1"), ("1", "2"), ("2", "3")}
