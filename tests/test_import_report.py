"""The import_report command and the report_import service, on the shared
Mali report and on bad input."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from decisions import services
from decisions.models import ActionItem, Body, Decision, Report, Status, StatusUpdate
from decisions.services import action_item_set_status
from tests.factory import MALI_REPORT, make_user

pytestmark = pytest.mark.django_db


def run_import(path: Path | str, *args: str) -> str:
    out = StringIO()
    call_command("import_report", str(path), *args, stdout=out)
    return out.getvalue()


def owners(number: str) -> list[str]:
    items = ActionItem.objects.filter(decision__number=number).order_by("pk")
    return [i.owner.slug for i in items]


def nothing_written() -> bool:
    return not (Report.objects.exists() or Decision.objects.exists() or ActionItem.objects.exists())


def test_the_registry_is_there_right_after_migrate():
    isdb = Body.objects.get(slug="isdb")
    assert isdb.registered
    assert isdb.parent.slug == "oic-financial-institutions"
    assert Body.objects.filter(slug="secretary-general", registered=True).exists()


def test_it_imports_the_title_block_of_the_mali_report():
    run_import(MALI_REPORT)
    report = Report.objects.get()
    assert report.symbol == "OIC/ACM-2017/MALI-REP"
    assert report.date.isoformat() == "2017-09-20"
    assert report.place == "New York"
    assert report.language == "fr"
    assert len(report.source_sha256) == 64


def test_it_imports_fourteen_paragraphs_in_order():
    run_import(MALI_REPORT)
    numbers = list(Decision.objects.values_list("number", flat=True))
    expected = "i ii iii iv v vi vii viii ix x xi xii xiii xiv"
    assert numbers == expected.split()  # noqa: SIM905


def test_statements_get_no_action_item():
    run_import(MALI_REPORT)
    for number in ("i", "ii", "vii"):
        decision = Decision.objects.get(number=number)
        assert decision.kind == "statement"
        assert not decision.action_items.exists()


def test_each_addressee_of_a_request_gets_its_own_item():
    run_import(MALI_REPORT)
    assert owners("x") == ["member-states", "oic-financial-institutions", "isdb"]
    assert owners("xi") == ["member-states", "secretary-general"]
    assert owners("xiv") == ["secretary-general"]


def test_partners_are_told_apart_from_owners():
    run_import(MALI_REPORT)
    assert owners("xiii") == ["isesco", "ircica"]
    for item in ActionItem.objects.filter(decision__number="xiii"):
        assert [p.slug for p in item.partners.all()] == ["unesco"]


def test_deadlines_are_kept():
    run_import(MALI_REPORT)
    mission = ActionItem.objects.get(decision__number="xiv")
    assert mission.due_text == "le plus tôt possible"
    conference = ActionItem.objects.get(decision__number="ix")
    assert conference.due_date.isoformat() == "2017-12-16"


def test_new_items_start_not_started_with_no_history():
    run_import(MALI_REPORT)
    assert set(ActionItem.objects.values_list("status", flat=True)) == {Status.NOT_STARTED}
    assert not StatusUpdate.objects.exists()


def test_an_addressee_missing_from_the_registry_is_kept_for_review():
    out = run_import(MALI_REPORT)
    unregistered = Body.objects.filter(registered=False)
    assert unregistered.exists()
    assert ActionItem.objects.filter(owner__in=unregistered, decision__number="vi").exists()
    assert "not in the registry" in out


def test_importing_twice_creates_nothing():
    run_import(MALI_REPORT)
    counts = (Report.objects.count(), Decision.objects.count(), ActionItem.objects.count())
    bodies = Body.objects.count()
    out = run_import(MALI_REPORT)
    assert (Report.objects.count(), Decision.objects.count(), ActionItem.objects.count()) == counts
    assert Body.objects.count() == bodies
    assert "already imported" in out


def test_importing_again_keeps_what_staff_recorded():
    run_import(MALI_REPORT)
    item = ActionItem.objects.get(decision__number="xiv")
    action_item_set_status(
        item=item, status=Status.IN_PROGRESS, note="Mission planned", by=make_user()
    )
    run_import(MALI_REPORT)
    item.refresh_from_db()
    assert item.status == Status.IN_PROGRESS
    assert item.updates.get().note == "Mission planned"


def test_a_changed_paragraph_is_reported_not_applied(tmp_path):
    run_import(MALI_REPORT)
    original = Decision.objects.get(number="xiv").text
    changed = tmp_path / "changed.md"
    changed.write_text(
        MALI_REPORT.read_text(encoding="utf-8").replace("le plus tôt possible", "en 2018"),
        encoding="utf-8",
    )
    out = run_import(changed)
    assert "paragraph xiv" in out
    assert "differs" in out
    assert Decision.objects.get(number="xiv").text == original


def test_an_error_halfway_writes_nothing(monkeypatch):
    calls = 0
    real = services._body_for

    def failing(ref, result):
        nonlocal calls
        calls += 1
        if calls == 5:
            raise RuntimeError("disk full")
        return real(ref, result)

    monkeypatch.setattr(services, "_body_for", failing)
    with pytest.raises(RuntimeError):
        run_import(MALI_REPORT)
    assert nothing_written()


def test_dry_run_writes_nothing():
    out = run_import(MALI_REPORT, "--dry-run")
    assert "dry run" in out
    assert nothing_written()


def test_dry_run_json_follows_the_contract():
    data = json.loads(run_import(MALI_REPORT, "--dry-run", "--format", "json"))
    assert set(data) == {"report", "decisions", "warnings"}
    assert data["report"] == {
        "symbol": "OIC/ACM-2017/MALI-REP",
        "title": data["report"]["title"],
        "meeting": data["report"]["meeting"],
        "place": "New York",
        "date": "2017-09-20",
        "language": "fr",
    }
    assert data["report"]["title"]
    xiii = next(d for d in data["decisions"] if d["number"] == "xiii")
    assert set(xiii) == {"number", "position", "kind", "text", "action_items"}
    assert xiii["position"] == 13
    assert xiii["kind"] == "request"
    first = xiii["action_items"][0]
    assert set(first) == {"owner", "partners", "summary", "due_date", "due_text"}
    assert first["owner"] == {"slug": "isesco", "name": first["owner"]["name"], "registered": True}
    assert first["partners"] == [{"slug": "unesco", "name": first["partners"][0]["name"]}]
    ix = next(d for d in data["decisions"] if d["number"] == "ix")
    assert ix["action_items"][0]["due_date"] == "2017-12-16"
    assert nothing_written()


# --- Bad input: a one-line error, a non-zero exit, nothing written ------------


def assert_rejected(path: Path | str, *fragments: str) -> None:
    with pytest.raises(CommandError) as excinfo:
        run_import(path)
    message = str(excinfo.value)
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message
    assert nothing_written()


def test_it_rejects_a_missing_file(tmp_path):
    assert_rejected(tmp_path / "nope.md", "nope.md", "no such file")


def test_it_rejects_a_directory(tmp_path):
    assert_rejected(tmp_path, "directory")


def test_it_rejects_an_empty_file(tmp_path):
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    assert_rejected(path, "empty")


def test_it_rejects_a_binary_file(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4\x00\x01\x02\x00" * 50)
    assert_rejected(path, "binary")


def test_it_rejects_invalid_utf8_and_says_where(tmp_path):
    path = tmp_path / "latin1.md"
    path.write_bytes("**OIC/X/REP**\n\ni. La Réunion a demandé".encode("latin-1"))
    assert_rejected(path, "UTF-8", "line 3")


def test_it_rejects_a_text_with_no_operative_paragraph(tmp_path):
    path = tmp_path / "prose.md"
    path.write_text("**OIC/X/REP**\n\nLe Groupe s'est réuni à New York.\n", encoding="utf-8")
    assert_rejected(path, "no operative paragraph")


def test_it_rejects_a_file_over_the_size_limit(tmp_path, monkeypatch):
    from decisions.management.commands import import_report

    monkeypatch.setattr(import_report, "MAX_REPORT_BYTES", 1000)
    path = tmp_path / "big.md"
    path.write_text("x" * 1001, encoding="utf-8")
    assert_rejected(path, "1,001 bytes", "limit")


def test_it_rejects_two_paragraphs_with_the_same_number(tmp_path):
    path = tmp_path / "dup.md"
    path.write_text(
        "**OIC/X/REP**\n\n"
        "- i. La Réunion a demandé aux États membres de contribuer.\n"
        "- ii. La Réunion a réaffirmé son soutien.\n"
        "- ii. La Réunion a demandé au Secrétaire général d'agir.\n",
        encoding="utf-8",
    )
    assert_rejected(path, "line 5", "ii")
