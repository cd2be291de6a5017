"""A new version of a report with a paragraph inserted or removed, the others
renumbered after it, is refused like any renumbered report (issue 17, finding 11):
read by number, it would give a stored paragraph's items a second time under its
new number and lose the inserted paragraph."""

from __future__ import annotations

import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from decisions.models import ActionItem, Body, Decision, ImportDraft, Report
from tests.factory import MALI_REPORT, make_user
from tests.text.helpers import ROMANS

pytestmark = pytest.mark.django_db

MALI_TEXT = MALI_REPORT.read_text(encoding="utf-8")
NEW_PARAGRAPH = "La Réunion a demandé à la BID de financer un nouveau programme de reconstruction."


def inserted_after(text: str, roman: str) -> str:
    """The report with a new paragraph after ``roman``, those after it renumbered."""
    numerals = [*ROMANS, "xv"]
    after = numerals.index(roman)
    for old, new in reversed(
        list(zip(numerals[after + 1 : -1], numerals[after + 2 :], strict=True))
    ):
        text = text.replace(f"\n- {old}. ", f"\n- {new}. ")
    line = re.search(rf"\n- {roman}\. [^\n]*\n", text)
    new = numerals[after + 1]
    return text[: line.end()] + f"- {new}. {NEW_PARAGRAPH}\n" + text[line.end() :]


def removed(text: str, roman: str) -> str:
    """The report without paragraph ``roman``, those after it renumbered."""
    text = re.sub(rf"\n- {roman}\. [^\n]*\n", "\n", text)
    after = ROMANS.index(roman)
    for old, new in zip(ROMANS[after + 1 :], ROMANS[after:], strict=False):
        text = text.replace(f"\n- {old}. ", f"\n- {new}. ")
    return text


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "new-version.md"
    path.write_text(text, encoding="utf-8")
    return path


def run_import(path: Path, *args: str) -> str:
    out = StringIO()
    call_command("import_report", str(path), *args, stdout=out)
    return out.getvalue()


def stored() -> tuple:
    return (
        list(Decision.objects.order_by("position").values_list("number", "position", "text")),
        sorted(ActionItem.objects.values_list("decision__number", "owner__slug")),
        Body.objects.count(),
    )


def test_the_test_report_has_a_new_paragraph_and_the_others_renumbered():
    text = inserted_after(MALI_TEXT, "iv")
    assert f"\n- v. {NEW_PARAGRAPH}\n" in text
    assert "\n- xv. La Réunion a demandé au Secrétaire général d'envoyer" in text
    assert text.count("\n- vi. ") == 1


def test_a_paragraph_inserted_and_the_others_renumbered_is_refused(tmp_path):
    run_import(MALI_REPORT)
    before = stored()
    with pytest.raises(CommandError) as caught:
        run_import(write(tmp_path, inserted_after(MALI_TEXT, "iv")))
    message = str(caught.value)
    assert "paragraph 'vi' here is paragraph 'v'" in message
    assert "inserted, removed or moved" in message and "review it by hand" in message
    assert "\n" not in message
    assert stored() == before


def test_a_paragraph_removed_and_the_others_renumbered_is_refused(tmp_path):
    run_import(MALI_REPORT)
    before = stored()
    with pytest.raises(CommandError) as caught:
        run_import(write(tmp_path, removed(MALI_TEXT, "iii")))
    assert "paragraph 'iii' here is paragraph 'iv'" in str(caught.value)
    assert stored() == before


def test_a_dry_run_says_the_new_version_would_be_refused(tmp_path):
    run_import(MALI_REPORT)
    out = run_import(write(tmp_path, inserted_after(MALI_TEXT, "iv")), "--dry-run")
    assert "would be refused" in out and "paragraph 'vi' here is paragraph 'v'" in out


def test_the_same_report_again_is_still_nothing_new():
    run_import(MALI_REPORT)
    before = stored()
    assert "already imported: nothing new to write" in run_import(MALI_REPORT)
    assert stored() == before


def test_two_paragraphs_with_the_same_text_are_not_a_renumbering(tmp_path):
    text = (
        "OIC/TEST-11/REP\n\nRAPPORT\n\nNew York, le 20 septembre 2017\n\n"
        "La Réunion a décidé ce qui suit :\n\n"
        "1. La Réunion a pris note du rapport.\n"
        "2. La Réunion a demandé au Secrétaire général de faire rapport.\n"
        "3. La Réunion a pris note du rapport.\n"
    )
    path = write(tmp_path, text)
    run_import(path)
    assert "already imported: nothing new to write" in run_import(path)
    assert Decision.objects.count() == 3


def test_a_new_paragraph_at_the_end_is_imported(tmp_path):
    run_import(MALI_REPORT)
    text = MALI_TEXT.rstrip("\n") + f"\n- xv. {NEW_PARAGRAPH}\n"
    out = run_import(write(tmp_path, text))
    assert "imported: 1 paragraphs" in out
    assert Decision.objects.get(number="xv").text == NEW_PARAGRAPH


def test_an_upload_with_a_paragraph_inserted_is_refused_at_import_with_a_400(client):
    run_import(MALI_REPORT)
    before = stored()
    client.force_login(make_user("imane", groups=("importers",)))
    data = inserted_after(MALI_TEXT, "iv").encode("utf-8")
    response = client.post(
        reverse("decisions:intake_new"), {"file": SimpleUploadedFile("new.md", data)}
    )
    assert response.status_code == 302
    draft = ImportDraft.objects.get()
    response = client.post(reverse("decisions:intake_draft_import", args=[draft.pk]))
    assert response.status_code == 400
    page = response.content.decode()
    assert "is paragraph &#x27;v&#x27;" in page or "is paragraph 'v'" in page
    assert stored() == before
    draft.refresh_from_db()
    assert draft.imported_at is None
    assert Report.objects.count() == 1


def test_a_paragraph_changed_to_the_text_of_another_is_only_a_change(tmp_path):
    run_import(MALI_REPORT)
    before = stored()
    iii = Decision.objects.get(number="iii").text
    vii = Decision.objects.get(number="vii").text
    out = run_import(write(tmp_path, MALI_TEXT.replace(f"- vii. {vii}", f"- vii. {iii}")))
    assert "paragraph vii: the text differs from the version imported" in out
    assert stored() == before
