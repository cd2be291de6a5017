"""The import_report command and the report_import service, on the shared
Mali report and on bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from decisions.intake import importing
from decisions.items.services import action_item_set_status
from decisions.models import ActionItem, Body, Decision, Report, Status, StatusUpdate
from tests.factory import MALI_REPORT, make_user
from tests.formats import builders
from tests.text.helpers import ROMANS

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
    real = importing._body_for

    def failing(ref, result):
        nonlocal calls
        calls += 1
        if calls == 5:
            raise RuntimeError("disk full")
        return real(ref, result)

    monkeypatch.setattr(importing, "_body_for", failing)
    with pytest.raises(RuntimeError):
        run_import(MALI_REPORT)
    assert nothing_written()


@pytest.mark.parametrize(
    ("name", "build"),
    [("mali.docx", builders.mali_docx_cached), ("mali.pdf", builders.mali_pdf_cached)],
)
def test_word_and_pdf_import_exactly_as_the_markdown_does(tmp_path, name, build):
    want = json.loads(run_import(MALI_REPORT, "--dry-run", "--format", "json"))
    path = tmp_path / name
    path.write_bytes(build())
    got = json.loads(run_import(path, "--format", "json"))
    assert got["report"] == want["report"]
    assert got["decisions"] == want["decisions"]
    # The format's own notes (a PDF's running headers left out) come first.
    assert got["warnings"][-len(want["warnings"]) :] == want["warnings"]
    report = Report.objects.get()
    assert report.source_name == name
    assert owners("x") == ["member-states", "oic-financial-institutions", "isdb"]
    assert Decision.objects.count() == 14


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
    assert set(first) == {"owner", "partners", "summary", "due_date", "due_text", "renews"}
    assert first["owner"] == {"slug": "isesco", "name": first["owner"]["name"], "registered": True}
    assert first["partners"] == [{"slug": "unesco", "name": first["partners"][0]["name"]}]
    ix = next(d for d in data["decisions"] if d["number"] == "ix")
    assert ix["action_items"][0]["due_date"] == "2017-12-16"
    assert nothing_written()


def test_a_short_second_mention_is_read_with_the_paragraphs_before(tmp_path):
    # "the Panel" in paragraph 2 is the Panel of Experts paragraph 1 names: the
    # import reads each paragraph with the ones before it (text.requests.extract_all).
    path = tmp_path / "panel.md"
    path.write_text(
        "Security Council\n\nS/RES/9999 (2030)\n\nNew York, 1 March 2030\n\n"
        "The Security Council,\n\n"
        "1. Requests the Panel of Experts to report on the arms flows within 90 days;\n\n"
        "2. Further requests the Panel to share its findings with the Member States;\n",
        encoding="utf-8",
    )
    data = json.loads(run_import(path, "--dry-run", "--format", "json"))
    owners = {
        d["number"]: [i["owner"]["name"] for i in d["action_items"]] for d in data["decisions"]
    }
    assert owners == {"1": ["Panel of Experts"], "2": ["Panel of Experts"]}


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
    path = tmp_path / "report.md"
    path.write_bytes(b"\x00\x01\x02\x00" * 50)
    assert_rejected(path, "binary")


def test_it_rejects_a_damaged_pdf(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4\x00\x01\x02\x00" * 50)
    assert_rejected(path, "report.pdf", "damaged")


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

    monkeypatch.setattr(import_report, "MAX_FILE_BYTES", 1000)
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


# --- Hardening: the same outcome on every database ------------------------------

HEAD = (
    "**{symbol}**\n\n**RAPPORT DE LA RÉUNION DU GROUPE DE CONTACT**\n\n"
    "**JEDDAH, 20 SEPTEMBRE 2017**\n\nLa Réunion a décidé ce qui suit :\n\n"
)


def write_report(tmp_path, paragraphs, symbol="OIC/TEST-9/REP", numbers=None) -> Path:
    numbers = numbers or [str(n) for n in range(1, len(paragraphs) + 1)]
    body = "\n".join(f"{n}. {text}" for n, text in zip(numbers, paragraphs, strict=True))
    path = tmp_path / "report.md"
    path.write_text(HEAD.format(symbol=symbol) + body + "\n", encoding="utf-8")
    return path


def asked(name: str) -> str:
    return f"La Réunion a demandé au {name} de contribuer au fonds."


def owner_names() -> list[str]:
    items = ActionItem.objects.select_related("owner", "decision").order_by("decision__position")
    return [item.owner.name_en for item in items]


def test_addressees_written_in_arabic_each_get_their_own_body(tmp_path):
    names = ["لجنة المياه", "مجلس الشباب", "هيئة الزراعة"]
    run_import(write_report(tmp_path, [asked(n) for n in names]))
    assert owner_names() == names
    assert Body.objects.filter(registered=False).count() == 3


def test_mixed_script_names_sharing_their_latin_part_stay_apart(tmp_path):
    names = ["Comité مياه", "Comité شباب"]
    run_import(write_report(tmp_path, [asked(n) for n in names]))
    assert owner_names() == names
    slugs = set(ActionItem.objects.values_list("owner__slug", flat=True))
    assert len(slugs) == 2 and all(s.startswith("comite-") for s in slugs)


def test_an_arabic_addressee_finds_its_body_again_on_the_next_report(tmp_path):
    run_import(write_report(tmp_path, [asked("لجنة المياه")], symbol="OIC/TEST-1/REP"))
    run_import(write_report(tmp_path, [asked("لجنة المياه")], symbol="OIC/TEST-2/REP"))
    assert Body.objects.filter(registered=False).count() == 1
    assert ActionItem.objects.values("owner").distinct().count() == 1


def test_an_unregistered_body_is_found_by_its_name_not_only_its_slug(tmp_path):
    known = Body.objects.create(
        slug="cicr", name_en="Croix-Rouge", name_fr="Croix-Rouge", registered=False
    )
    run_import(write_report(tmp_path, [asked("Croix-Rouge")]))
    assert ActionItem.objects.get().owner == known
    assert not Body.objects.filter(slug="croix-rouge").exists()


def test_a_slug_taken_by_another_body_is_not_reused(tmp_path):
    other = Body.objects.create(slug="croix-rouge", name_en="Red Crescent", registered=False)
    run_import(write_report(tmp_path, [asked("Croix-Rouge")]))
    item = ActionItem.objects.get()
    assert item.owner != other
    assert (item.owner.slug, item.owner.name_en) == ("croix-rouge-2", "Croix-Rouge")


def test_an_addressee_name_over_120_characters_imports_with_a_short_slug(tmp_path):
    name = "Comité " + "de suivi " * 20 + "final"
    run_import(write_report(tmp_path, [asked(name)]))
    owner = ActionItem.objects.get().owner
    assert owner.name_en == name
    assert len(owner.slug) <= 120


def test_an_addressee_name_too_long_to_store_is_refused_naming_its_line(tmp_path):
    name = "Comité " + "de suivi " * 40 + "final"
    path = write_report(tmp_path, ["La Réunion a salué le plan.", asked(name)])
    assert_rejected(path, "report.md", "line 10", "over the limit of 300")


def test_a_symbol_too_long_to_store_is_refused_naming_its_line(tmp_path):
    symbol = "OIC/" + "X" * 130 + "/REP"
    path = write_report(tmp_path, [asked("Secrétaire général")], symbol=symbol)
    assert_rejected(path, "report.md", "line 1", "document symbol", "limit of 120")


def test_a_report_without_a_symbol_is_refused_pointing_to_a_draft(tmp_path):
    path = write_report(tmp_path, [asked("Secrétaire général")], symbol="Rapport final")
    assert_rejected(
        path, "report.md", "no document symbol", "--symbol", "--draft", "type the symbol"
    )


def test_a_symbol_given_on_the_command_line_imports_a_report_that_prints_none(tmp_path):
    path = write_report(tmp_path, [asked("Secrétaire général")], symbol="Rapport final")
    plan = json.loads(run_import(path, "--dry-run", "--format", "json", "--symbol", "CG/7/COMM"))
    assert plan["report"]["symbol"] == "CG/7/COMM"
    assert nothing_written()
    run_import(path, "--symbol", " CG/7/\x00COMM\u202e ")
    assert list(Report.objects.values_list("symbol", flat=True)) == ["CG/7/COMM"]
    assert owner_names() == ["Secretary-General"]


def test_a_symbol_given_too_long_or_with_each_part_is_refused(tmp_path):
    path = write_report(tmp_path, [asked("Secrétaire général")], symbol="Rapport final")
    with pytest.raises(CommandError, match="document symbol is 121 characters long"):
        run_import(path, "--symbol", "X" * 121)
    with pytest.raises(CommandError, match="not with --each-part"):
        run_import(path, "--each-part", "--symbol", "CG/7/COMM")
    with pytest.raises(CommandError, match="typed in its review"):
        run_import(path, "--draft", "--symbol", "CG/7/COMM")
    assert nothing_written()


def test_a_symbol_of_invisible_characters_is_none(tmp_path):
    # Class: format characters (zero-width space, marks, byte-order mark, soft
    # hyphen) typed in a symbol: no part of it, and alone no symbol at all.
    path = write_report(tmp_path, [asked("Secrétaire général")], symbol="Rapport final")
    for invisible in ("\u200b", "\u200f\ufeff", "\u00ad"):
        with pytest.raises(CommandError, match="no document symbol"):
            run_import(path, "--symbol", invisible)
    assert nothing_written()
    (tmp_path / "other").mkdir()
    read = write_report(tmp_path / "other", [asked("Secrétaire général")], symbol="OIC/TEST-5/REP")
    run_import(read, "--symbol", "\u200b")  # none given: the symbol the title block prints
    assert list(Report.objects.values_list("symbol", flat=True)) == ["OIC/TEST-5/REP"]
    Report.objects.all().delete()
    run_import(path, "--symbol", "CG/7/\u200bCOMM\u200f")
    run_import(path, "--symbol", "CG/7/COMM")  # the same report: nothing new
    assert list(Report.objects.values_list("symbol", flat=True)) == ["CG/7/COMM"]


def test_bytes_the_terminal_could_not_read_are_refused_or_replaced(tmp_path):
    # Class: argv bytes outside UTF-8 (Python keeps them as lone surrogates, which no
    # database stores): a symbol is refused, a file's name keeps U+FFFD in their place.
    path = write_report(tmp_path, [asked("Secrétaire général")], symbol="Rapport final")
    with pytest.raises(CommandError, match="not UTF-8"):
        run_import(path, "--symbol", "CG/\udcff")
    named = tmp_path / "r\udcff\u202e.md"
    path.rename(named)
    run_import(str(named), "--symbol", "CG/7/COMM")
    assert list(Report.objects.values_list("source_name", flat=True)) == ["r\ufffd.md"]


@pytest.mark.django_db(transaction=True)
def test_a_refused_import_exits_with_status_1_and_one_line(tmp_path):
    from tests.test_import_killed import ROOT, database_url

    symbol = "OIC/" + "X" * 130 + "/REP"
    path = write_report(tmp_path, [asked("Secrétaire général")], symbol=symbol)
    env = {**os.environ, "DATABASE_URL": database_url(), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "import_report", str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0
    assert "limit of 120" in done.stderr
    assert "Traceback" not in done.stderr
    assert nothing_written()


def test_a_renumbered_report_is_refused_and_nothing_changes(tmp_path):
    run_import(MALI_REPORT)
    before = list(Decision.objects.values_list("number", "position", "text"))
    items = ActionItem.objects.count()
    renumbered = tmp_path / "renumbered.md"
    text = MALI_REPORT.read_text(encoding="utf-8")
    for position, roman in reversed(list(enumerate(ROMANS, start=1))):
        text = text.replace(f"- {roman}. ", f"- {position}. ")
    renumbered.write_text(text, encoding="utf-8")
    with pytest.raises(CommandError) as excinfo:
        run_import(renumbered)
    message = str(excinfo.value)
    assert "numbered differently" in message and "'1' here and 'i'" in message
    assert list(Decision.objects.values_list("number", "position", "text")) == before
    assert ActionItem.objects.count() == items


def test_a_report_of_1200_paragraphs_keeps_every_paragraph(tmp_path):
    paragraphs = [f"La Réunion a salué le point {n}." for n in range(1, 1201)]
    run_import(write_report(tmp_path, paragraphs))
    numbers = list(Decision.objects.order_by("position").values_list("number", flat=True))
    assert numbers == [str(n) for n in range(1, 1201)]
    assert Decision.objects.get(number="1000").text == "La Réunion a salué le point 1000."


def test_control_and_bidi_characters_never_reach_the_database(tmp_path):
    path = write_report(
        tmp_path,
        ["La Réunion a demandé au Secrétaire\x0bgénéral\x01 de \u202efaire\u202c rapport."],
    )
    run_import(path)
    stored = [Report.objects.get().source_text, Decision.objects.get().text]
    stored += list(ActionItem.objects.values_list("summary", flat=True))
    for text in stored:
        assert not any(ch in text for ch in "\x0b\x01\u202e\u202c"), repr(text)
    assert (
        Decision.objects.get().text
        == "La Réunion a demandé au Secrétaire général de faire rapport."
    )


def test_report_import_normalises_text_given_directly():
    text = HEAD.format(symbol="OIC/TEST-3/REP") + "1. La Réunion a salué\x07 le \u202eplan.\n"
    importing.report_import(text=text, source_name="direct.md")
    assert Decision.objects.get().text == "La Réunion a salué le plan."


AR_MALI = Path(__file__).parent / "text" / "data" / "OIC-ACM-2017-MALI-REP.ar.md"


def test_an_arabic_report_imports_with_its_language_and_owners(tmp_path):
    out = json.loads(run_import(AR_MALI, "--dry-run", "--format", "json"))
    assert out["report"]["language"] == "ar"
    assert out["report"]["date"] == "2017-09-20"
    owners_of = {
        d["number"]: [i["owner"]["slug"] for i in d["action_items"]] for d in out["decisions"]
    }
    assert owners_of["١٤"] == ["secretary-general"]
    assert owners_of["١٠"] == ["member-states", "oic-financial-institutions", "isdb"]
    assert nothing_written()


def test_an_arabic_report_is_stored_as_arabic(tmp_path):
    text = AR_MALI.read_text(encoding="utf-8").replace("OIC/ACM-2017/MALI-REP", "OIC/AR/TEST")
    path = tmp_path / "ar.md"
    path.write_text(text, encoding="utf-8")
    run_import(path)
    report = Report.objects.get(symbol="OIC/AR/TEST")
    assert report.language == "ar"
    assert owners("١٣") == ["isesco", "ircica"]


FLATTENED = (
    "**OIC/TEST/FLAT**\n\n**Report of the meeting**\n\n**Jeddah, 5 March 2018**\n\n"
    "The meeting decided as follows:\n\n"
    "1. The Meeting welcomed the progress made.\n"
    "1. The Meeting requested the Secretary-General to report.\n"
    "2. The Meeting urged the Member States to contribute.\n"
    "3. The Meeting requested the IsDB to fund the project.\n"
)


def test_a_flattened_numbering_is_refused_with_its_line_and_the_way_out(tmp_path):
    path = tmp_path / "flat.md"
    path.write_text(FLATTENED, encoding="utf-8")
    with pytest.raises(CommandError) as info:
        run_import(path)
    assert "line 10: two paragraphs are numbered '1' (first on line 9)" in str(info.value)
    assert "--renumber" in str(info.value)
    assert nothing_written()


def test_renumber_numbers_the_paragraphs_by_position(tmp_path):
    path = tmp_path / "flat.md"
    path.write_text(FLATTENED, encoding="utf-8")
    out = json.loads(run_import(path, "--renumber", "--dry-run", "--format", "json"))
    numbers = [d["number"] for d in out["decisions"]]
    assert numbers == ["1", "2", "3", "4"]
    assert [i["owner"]["slug"] for i in out["decisions"][3]["action_items"]] == ["isdb"]
    run_import(path, "--renumber")
    assert list(Decision.objects.order_by("position").values_list("number", flat=True)) == [
        "1", "2", "3", "4"
    ]  # fmt: skip
    assert owners("2") == ["secretary-general"]
