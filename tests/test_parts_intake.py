"""Importing a document that holds several resolutions or decisions: the
command lists its parts and imports one (--part) or each (--each-part); the
draft's review page shows them, reviews one, imports one or each in one step.
Nothing is half-written when a part cannot be imported."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from decisions.intake.drafts import draft_start
from decisions.models import Decision, ImportDraft, Report
from tests.factory import make_user
from tests.test_parts_text import ARAB_DECISIONS, VOLUME_FR

pytestmark = pytest.mark.django_db

TAIL = "3. Prie le Secrétaire général de transmettre le rapport ;\n\n4. Décide.\n\n"


def run(path: Path, *args: str) -> str:
    out = StringIO()
    call_command("import_report", str(path), *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def volume(tmp_path) -> Path:
    path = tmp_path / "volume-1950-p12.txt"
    path.write_text(VOLUME_FR, encoding="utf-8")
    return path


def test_a_dry_run_lists_the_parts_and_each_ones_paragraphs(volume):
    out = json.loads(run(volume, "--dry-run", "--format", "json"))
    assert [(p["index"], p["symbol"], p["paragraphs"]) for p in out["parts"]] == [
        (1, "S/RES/12 (1950)", 2),
        (2, "S/RES/13 (1950)", 3),
    ]
    assert out["parts"][1]["title"] == "13 (1950). Résolution du 9 mars 1950"
    assert [r["report"]["symbol"] for r in out["reports"]] == ["S/RES/12 (1950)", "S/RES/13 (1950)"]
    assert [d["number"] for d in out["reports"][1]["decisions"]] == ["1", "2", "3"]
    assert Report.objects.count() == 0


def test_a_dry_run_of_one_part_says_which(volume):
    out = json.loads(run(volume, "--dry-run", "--format", "json", "--part", "S/RES/13 (1950)"))
    assert out["part"] == 2
    assert out["report"]["symbol"] == "S/RES/13 (1950)"
    assert len(out["parts"]) == 2


def test_a_one_report_dry_run_lists_no_parts(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(VOLUME_FR.split("13 (1950). ")[0], encoding="utf-8")
    out = json.loads(run(path, "--dry-run", "--format", "json"))
    assert set(out) == {"report", "decisions", "warnings"}
    assert [d["number"] for d in out["decisions"]] == ["1", "2"]


def test_one_part_is_imported_with_its_headings_symbol_and_title(volume):
    out = run(volume, "--part", "2")
    assert "imported: 3 paragraphs" in out
    report = Report.objects.get()
    assert (report.symbol, report.title) == (
        "S/RES/13 (1950)",
        "13 (1950). Résolution du 9 mars 1950",
    )
    assert report.source_text.startswith("13 (1950). Résolution du 9 mars 1950")
    assert "Commission de conciliation ;" not in report.source_text.split("\n")[0]
    assert list(report.decisions.values_list("number", flat=True)) == ["1", "2", "3"]


def test_each_part_is_imported_as_its_own_report(volume):
    out = run(volume, "--each-part")
    assert "2 parts:" in out
    reports = {r.symbol: r.decisions.count() for r in Report.objects.all()}
    assert reports == {"S/RES/12 (1950)": 2, "S/RES/13 (1950)": 3}


def test_arab_league_decisions_are_imported_each_under_its_reference(tmp_path):
    path = tmp_path / "decisions.ar.txt"
    path.write_text(ARAB_DECISIONS, encoding="utf-8")
    run(path, "--each-part")
    assert sorted(Report.objects.values_list("symbol", "language")) == [
        ("ق 3016 / د 60", "ar"),
        ("ق 3017 / د 60", "ar"),
    ]


def test_a_document_with_parts_is_not_imported_whole(volume):
    with pytest.raises(CommandError) as caught:
        run(volume)
    message = str(caught.value)
    assert "holds 2 resolutions or decisions" in message
    assert "1: S/RES/12 (1950) on line 1, 2 paragraphs" in message
    assert "--part SYMBOL_OR_INDEX" in message and "--each-part" in message
    assert Report.objects.count() == 0


def test_a_part_the_document_lacks_is_a_clear_error(volume):
    with pytest.raises(CommandError, match=r"no part 'S/RES/99 \(1950\)'.*S/RES/13 \(1950\)"):
        run(volume, "--part", "S/RES/99 (1950)")


def test_a_part_asked_of_a_one_report_document_is_a_clear_error(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(VOLUME_FR.split("13 (1950). ")[0], encoding="utf-8")
    with pytest.raises(CommandError, match="one report, with no parts"):
        run(path, "--part", "1")


def test_part_and_each_part_cannot_go_together(volume):
    with pytest.raises(CommandError, match="not allowed with argument"):
        run(volume, "--part", "1", "--each-part")


def test_each_part_writes_nothing_when_one_part_cannot_be_imported(tmp_path):
    # The untitled part before the first heading has no symbol: it cannot be a report.
    path = tmp_path / "tail.txt"
    path.write_text(TAIL + VOLUME_FR.split("\n", 2)[2], encoding="utf-8")
    with pytest.raises(CommandError) as caught:
        run(path, "--each-part")
    message = str(caught.value)
    assert "part 1 (untitled, from line 1)" in message
    assert "no document symbol" in message and "nothing was imported" in message
    assert Report.objects.count() == 0 and Decision.objects.count() == 0


def test_a_file_with_nul_bytes_is_refused_before_any_part(tmp_path):
    path = tmp_path / "bin.txt"
    path.write_bytes(VOLUME_FR.encode() + b"\x00\x00")
    with pytest.raises(CommandError, match="binary"):
        run(path, "--each-part")


def test_control_characters_do_not_stop_the_parts(tmp_path):
    path = tmp_path / "ctl.txt"
    path.write_text(VOLUME_FR.replace("Décide :", "Décide :\x07\x1b"), encoding="utf-8")
    out = json.loads(run(path, "--dry-run", "--format", "json"))
    assert [p["paragraphs"] for p in out["parts"]] == [2, 3]


# --------------------------------------------------------------------------
# The review page


@pytest.fixture
def importer(client):
    user = make_user("imane", groups=("importers",))
    client.force_login(user)
    return user


@pytest.fixture
def draft(importer) -> ImportDraft:
    draft, _ = draft_start(user=importer, text=VOLUME_FR, source_name="volume.txt")
    return draft


def test_the_review_page_shows_the_parts_and_reviews_the_first(client, draft):
    html = client.get(draft.get_absolute_url()).content.decode()
    assert "This document holds 2 resolutions or decisions" in html
    assert "S/RES/13 (1950)" in html and "13 (1950). Résolution du 9 mars 1950" in html
    assert "Review this part" in html and "Import each of the 2 parts as its own report" in html
    # Reviewing another part re-reads it: the page says so before the click.
    assert "corrections made on this page to the part under review are not kept" in html
    assert draft.plan["part"] == 1
    assert [d["number"] for d in draft.plan["decisions"]] == ["1", "2"]


def test_the_review_page_is_translated(client, draft):
    html = client.get(draft.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Importer chaque partie (2) comme un rapport distinct" in html
    html = client.get(draft.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert "استيراد كل جزء" in html
    assert "لا تُحفظ التصحيحات" in html


def test_the_user_chooses_another_part_to_review(client, draft):
    response = client.post(draft.get_absolute_url(), {"action": "part", "part": "2"})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.plan["part"] == 2 and draft.symbol == "S/RES/13 (1950)"
    assert [d["number"] for d in draft.plan["decisions"]] == ["1", "2", "3"]


def test_choosing_a_part_the_document_lacks_is_a_400_with_the_parts(client, draft):
    response = client.post(draft.get_absolute_url(), {"action": "part", "part": "9"})
    assert response.status_code == 400
    assert "no part" in response.content.decode()


def test_one_part_is_imported_in_one_step(client, draft):
    url = reverse("decisions:intake_draft_import", args=[draft.pk])
    response = client.post(url, {"part": "2"})
    report = Report.objects.get()
    assert response.status_code == 302 and response["Location"] == report.get_absolute_url()
    assert report.symbol == "S/RES/13 (1950)" and report.decisions.count() == 3


def test_each_part_is_imported_in_one_step(client, draft):
    url = reverse("decisions:intake_draft_import_parts", args=[draft.pk])
    response = client.post(url)
    assert response.status_code == 302
    assert sorted(Report.objects.values_list("symbol", flat=True)) == [
        "S/RES/12 (1950)",
        "S/RES/13 (1950)",
    ]
    draft.refresh_from_db()
    assert draft.imported_at is not None


def test_each_part_of_a_document_that_cannot_be_imported_writes_nothing(client, importer):
    draft, _ = draft_start(user=importer, text=TAIL + VOLUME_FR.split("\n", 2)[2])
    url = reverse("decisions:intake_draft_import_parts", args=[draft.pk])
    response = client.post(url)
    assert response.status_code == 400
    assert "nothing was imported" in response.content.decode()
    assert Report.objects.count() == 0


def test_another_users_draft_is_not_found(client, draft):
    client.force_login(make_user("other", groups=("importers",)))
    url = reverse("decisions:intake_draft_import_parts", args=[draft.pk])
    assert client.post(url).status_code == 404
    assert Report.objects.count() == 0


def test_importing_each_part_wants_a_post(client, draft):
    url = reverse("decisions:intake_draft_import_parts", args=[draft.pk])
    assert client.get(url).status_code == 405


def test_importing_a_part_the_document_lacks_is_a_400_and_writes_nothing(client, draft):
    url = reverse("decisions:intake_draft_import", args=[draft.pk])
    response = client.post(url, {"part": "S/RES/99 (1950)"})
    assert response.status_code == 400
    assert "no part" in response.content.decode()
    assert Report.objects.count() == 0
    draft.refresh_from_db()
    assert draft.plan["part"] == 1 and draft.imported_at is None
