"""Importing a report in the browser: upload or paste, review what was found
beside the text, correct it, import it all at once."""

from __future__ import annotations

import json
import re
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from decisions.intake.drafts import draft_start
from decisions.items.services import action_item_set_status
from decisions.models import ActionItem, Body, Decision, ImportDraft, Report, Status
from tests.factory import MALI_REPORT, make_user
from tests.formats import builders

pytestmark = pytest.mark.django_db

NEW = reverse("decisions:intake_new")
MALI_TEXT = MALI_REPORT.read_text(encoding="utf-8")
ARABIC_MALI = Path(__file__).parent / "text" / "data" / "OIC-ACM-2017-MALI-REP.ar.md"


@pytest.fixture
def importer(db):
    return make_user("imane", groups=("importers",))


@pytest.fixture
def client_in(client, importer):
    client.force_login(importer)
    return client


def upload(client, data: bytes, name: str, **extra):
    return client.post(NEW, {"file": SimpleUploadedFile(name, data), **extra})


def paste(client, text: str, **extra):
    return client.post(NEW, {"text": text, **extra})


def nothing_written() -> bool:
    return not (ImportDraft.objects.exists() or Report.objects.exists())


def paragraph_post(draft_plan_decision: dict, **changes) -> dict:
    """The review form with one paragraph filled in as the page fills it
    in, `changes` applied to its fields (named without their prefix)."""
    from decisions.intake.drafts import draft_version
    from decisions.intake.forms import paragraph_fields

    d = draft_plan_decision
    fields = {**paragraph_fields(d), **changes}
    draft = ImportDraft.objects.get()
    data = {"action": "save", "version": draft_version(draft), "paragraphs": "1"}
    data.update({f"p-0-{k}": v for k, v in fields.items()})
    return data


def decision_of(draft: ImportDraft, number: str) -> dict:
    from decisions.intake.draft_plans import draft_plan

    return next(d for d in draft_plan(draft)["decisions"] if d["number"] == number)


def row(decision: dict, slug: str) -> str:
    """The form prefix of the item of `decision` owned by `slug`."""
    slugs = [i["owner"]["slug"] for i in decision["action_items"]]
    return f"item-{slugs.index(slug)}"


def owners(number: str) -> list[str]:
    items = ActionItem.objects.filter(decision__number=number).order_by("owner__slug")
    return [i.owner.slug for i in items]


# --- Who may ------------------------------------------------------------------


def test_the_importers_group_holds_the_permission(importer):
    assert importer.has_perm("decisions.import_report")
    assert Group.objects.get(name="importers").permissions.filter(codename="import_report")


def test_the_reports_page_links_to_the_import_for_importers_only(client, importer, editor):
    client.force_login(importer)
    assert NEW in client.get(reverse("decisions:report_list")).content.decode()
    client.force_login(editor)
    assert NEW not in client.get(reverse("decisions:report_list")).content.decode()


def test_someone_elses_draft_is_404(client_in, admin_user):
    draft, _ = draft_start(user=admin_user, text=MALI_TEXT)
    assert client_in.get(draft.get_absolute_url()).status_code == 404


# --- Reading the report -------------------------------------------------------


def test_an_upload_makes_a_draft_and_shows_what_was_found_beside_the_text(client_in):
    response = upload(client_in, MALI_REPORT.read_bytes(), "mali.md")
    draft = ImportDraft.objects.get()
    assert response.status_code == 302 and response["Location"] == draft.get_absolute_url()
    page = client_in.get(draft.get_absolute_url()).content.decode()
    assert draft.symbol == "OIC/ACM-2017/MALI-REP"
    assert page.count('class="card intake-para') == 14
    # The words behind each finding, highlighted: verb, addressees, deadline.
    assert '<mark class="hl-verb">' in page
    assert '<mark class="hl-owner">ISESCO</mark>' in page
    assert '<mark class="hl-partner">UNESCO</mark>' in page
    assert '<mark class="hl-due">le plus tôt possible</mark>' in page
    assert not Report.objects.exists()


def test_the_mali_word_file_reads_as_its_markdown(client_in):
    upload(client_in, builders.mali_docx_cached(), "mali.docx")
    draft = ImportDraft.objects.get()
    assert draft.source_name == "mali.docx"
    assert [d["number"] for d in draft.plan["decisions"]][-1] == "xiv"


def test_the_text_is_escaped_and_only_mark_is_added(client_in):
    # (The parser drops whole HTML tags; what is left of markup must be escaped.)
    text = MALI_TEXT.replace("La Réunion a réaffirmé", 'La Réunion (R&D "z" 5 > 3) a réaffirmé', 1)
    paste(client_in, text)
    page = client_in.get(ImportDraft.objects.get().get_absolute_url()).content.decode()
    assert '(R&D "z" 5 > 3)' not in page
    assert "(R&amp;D &quot;z&quot; 5 &gt; 3)" in page
    assert set(re.findall(r"<(\w+)[^>]*class=\"hl-", page)) == {"mark"}


@pytest.mark.parametrize(
    ("data", "name", "fragment"),
    [
        (b"\x00\x01\x02\x03" * 100, "report.md", "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "report.txt", "OCR"),
        (b"", "empty.md", "empty"),
    ],
)
def test_bad_files_get_a_clear_message_and_400(client_in, data, name, fragment):
    response = upload(client_in, data, name)
    assert response.status_code == 400
    assert fragment in response.content.decode()
    assert nothing_written()


def test_a_scanned_pdf_gets_a_clear_message_and_400(client_in):
    body = '<div style="width: 10cm; height: 10cm; background: black"></div>'
    data = builders.pdf_bytes(builders.html_page(body, footer="none"))
    response = upload(client_in, data, "scan.pdf")
    assert response.status_code == 400
    assert "run OCR first" in response.content.decode()
    assert nothing_written()


def test_a_30_mb_file_is_refused_before_it_is_read(client_in, monkeypatch):
    from decisions.formats import detect

    def never(*args, **kwargs):
        raise AssertionError("read_document was called")

    monkeypatch.setattr(detect, "detect_format", never)
    response = upload(client_in, b"x" * 30_000_000, "big.pdf")
    assert response.status_code == 400
    assert "30.0 MB" in response.content.decode() and "20.0 MB" in response.content.decode()
    assert nothing_written()


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "Choose a report file or paste"),
        ("   \n\t ", "Choose a report file or paste"),
        ("\x01\x02\x03\x1b[31m", "no operative paragraph"),
        ("\x01\x02\x03\x7f", "Choose a report file or paste"),
        ("Le Groupe s'est réuni à New York.", "no operative paragraph"),
        ("اجتمع الفريق في نيويورك.", "no operative paragraph"),
    ],
)
def test_bad_pastes_get_a_clear_message_and_400(client_in, text, fragment):
    response = paste(client_in, text)
    assert response.status_code == 400
    assert fragment in response.content.decode()
    assert nothing_written()


def test_control_characters_never_reach_the_draft(client_in):
    paste(client_in, MALI_TEXT.replace("La Réunion", "La\x07 Réunion\u202e", 1))
    draft = ImportDraft.objects.get()
    assert "\x07" not in draft.source_text and "\u202e" not in draft.source_text


def test_an_arabic_report_makes_a_right_to_left_draft(client_in):
    response = upload(client_in, ARABIC_MALI.read_bytes(), "mali.ar.md")
    assert response.status_code == 302
    draft = ImportDraft.objects.get()
    assert draft.language == "ar"
    page = client_in.get(draft.get_absolute_url()).content.decode()
    assert 'lang="ar" dir="rtl"' in page


def test_a_flattened_numbering_is_offered_a_renumbering(client_in):
    text = (
        "**OIC/X/REP**\n\n"
        "- 1. La Réunion a demandé aux États membres de contribuer.\n"
        "- 1. La Réunion a réaffirmé son soutien.\n"
        "- 1. La Réunion a demandé au Secrétaire général d'agir.\n"
    )
    response = upload(client_in, text.encode(), "flat.md")
    assert response.status_code == 400
    page = response.content.decode()
    assert "Renumber by position" in page and nothing_written()
    # The button posts the text back: no new upload needed.
    response = paste(client_in, text, renumber="on", source_name="flat.md")
    draft = ImportDraft.objects.get()
    assert response.status_code == 302
    assert [d["number"] for d in draft.plan["decisions"]] == ["1", "2", "3"]
    assert draft.source_name == "flat.md"


# --- Correcting and importing -------------------------------------------------


def start(client_in) -> ImportDraft:
    paste(client_in, MALI_TEXT)
    return ImportDraft.objects.get()


def test_corrections_then_import_write_the_report_as_corrected(client_in):
    draft = start(client_in)
    url = draft.get_absolute_url()
    # vi: the unregistered "Auteurs de troubles" becomes the Secretary-General.
    vi = decision_of(draft, "vi")
    troubles, enemies = row(vi, "auteurs-de-troubles"), row(vi, "ennemis-de-la-paix")
    post = paragraph_post(
        vi, **{f"{troubles}-owner": "Secrétaire général", f"{enemies}-remove": "on"}
    )
    assert client_in.post(url, post).status_code == 302
    # iii: a request read as... made a statement.
    assert client_in.post(url, paragraph_post(decision_of(draft, "iii"), kind="statement"))
    # ii: a statement made a request of ISESCO, due by a date.
    ii = paragraph_post(
        decision_of(draft, "ii"),
        kind="request",
        **{"item-0-owner": "ISESCO", "item-0-due_date": "2018-06-30"},
    )
    assert client_in.post(url, ii).status_code == 302

    response = client_in.post(reverse("decisions:intake_draft_import", args=[draft.pk]))
    report = Report.objects.get()
    assert response.status_code == 302 and response["Location"] == report.get_absolute_url()
    vi_owners = owners("vi")
    assert "secretary-general" in vi_owners
    assert "auteurs-de-troubles" not in vi_owners and "ennemis-de-la-paix" not in vi_owners
    assert Decision.objects.get(number="iii").kind == "statement"
    assert not ActionItem.objects.filter(decision__number="iii").exists()
    item = ActionItem.objects.get(decision__number="ii")
    assert (item.owner.slug, item.due_date.isoformat()) == ("isesco", "2018-06-30")
    assert Decision.objects.get(number="ii").kind == "request"
    draft.refresh_from_db()
    assert draft.report == report and draft.imported_at


def test_a_new_body_typed_in_is_created_for_review(client_in):
    draft = start(client_in)
    post = paragraph_post(decision_of(draft, "xiv"), **{"item-1-owner": "Comité de suivi"})
    client_in.post(draft.get_absolute_url(), post)
    client_in.post(reverse("decisions:intake_draft_import", args=[draft.pk]))
    body = Body.objects.get(name_en="Comité de suivi")
    assert not body.registered
    assert owners("xiv") == sorted(["secretary-general", body.slug])


def test_a_bad_correction_is_400_and_changes_nothing(client_in):
    draft = start(client_in)
    url = draft.get_absolute_url()
    for post in (
        paragraph_post(decision_of(draft, "xiv"), number="nope"),
        paragraph_post(decision_of(draft, "xiv"), **{"item-0-due_date": "31/31/2017"}),
        paragraph_post(decision_of(draft, "xiv"), **{"item-0-remove": "on"}),
        {"action": "split", "number": "xiv", "before": "words not there"},
        {"action": "join", "number": "xiv"},
        {"action": "explode"},
    ):
        response = client_in.post(url, post)
        assert response.status_code == 400, post
        assert 'role="alert"' in response.content.decode()
    draft.refresh_from_db()
    assert draft.corrections == {}


def test_a_paragraph_can_be_split_and_joined(client_in):
    draft = start(client_in)
    url = draft.get_absolute_url()
    response = client_in.post(url, {"action": "split", "number": "xi", "before": "À cet égard"})
    assert response.status_code == 302
    draft.refresh_from_db()
    first, second = decision_of(draft, "xi"), decision_of(draft, "xi-2")
    assert second["text"].startswith("À cet égard")
    assert [i["owner"]["slug"] for i in second["action_items"]] == ["secretary-general"]
    assert "secretary-general" not in [i["owner"]["slug"] for i in first["action_items"]]
    client_in.post(url, {"action": "join", "number": "i"})
    client_in.post(reverse("decisions:intake_draft_import", args=[draft.pk]))
    numbers = list(Decision.objects.order_by("position").values_list("number", flat=True))
    assert numbers[:2] == ["i", "iii"] and "xi-2" in numbers and len(numbers) == 14


def test_the_same_text_again_resumes_the_draft_with_its_corrections(client_in):
    draft = start(client_in)
    client_in.post(
        draft.get_absolute_url(), paragraph_post(decision_of(draft, "iii"), kind="statement")
    )
    response = upload(client_in, MALI_REPORT.read_bytes(), "mali.md")
    assert response["Location"] == draft.get_absolute_url()
    assert ImportDraft.objects.count() == 1
    draft.refresh_from_db()
    assert decision_of(draft, "iii")["kind"] == "statement"
    # The Word file of the same report (same symbol) resumes it too.
    upload(client_in, builders.mali_docx_cached(), "mali.docx")
    assert ImportDraft.objects.count() == 1
    assert decision_of(ImportDraft.objects.get(), "iii")["kind"] == "statement"


def test_importing_a_corrected_report_again_is_idempotent(client_in):
    draft = start(client_in)
    vi = decision_of(draft, "vi")
    post = paragraph_post(vi, **{f"{row(vi, 'auteurs-de-troubles')}-owner": "Secrétaire général"})
    client_in.post(draft.get_absolute_url(), post)
    import_url = reverse("decisions:intake_draft_import", args=[draft.pk])
    client_in.post(import_url)
    item = ActionItem.objects.get(decision__number="vi", owner__slug="secretary-general")
    action_item_set_status(item=item, status=Status.IN_PROGRESS, note="On it", by=make_user())
    counts = (Decision.objects.count(), ActionItem.objects.count(), Body.objects.count())
    client_in.post(import_url)  # the browser again
    call_command("import_report", str(MALI_REPORT), stdout=StringIO())  # the command line
    assert (Decision.objects.count(), ActionItem.objects.count(), Body.objects.count()) == counts
    assert "auteurs-de-troubles" not in owners("vi")  # the correction held
    item.refresh_from_db()
    assert item.status == Status.IN_PROGRESS and item.updates.get().note == "On it"


def test_an_import_that_fails_writes_nothing(client_in, monkeypatch):
    from decisions.intake import importing

    draft = start(client_in)
    real, calls = importing._body_for, []

    def failing(ref, result):
        calls.append(ref)
        if len(calls) == 5:
            raise importing.ReportParseError("disk full")
        return real(ref, result)

    monkeypatch.setattr(importing, "_body_for", failing)
    response = client_in.post(reverse("decisions:intake_draft_import", args=[draft.pk]))
    assert response.status_code == 400 and "disk full" in response.content.decode()
    assert not Report.objects.exists() and not ActionItem.objects.exists()
    draft.refresh_from_db()
    assert draft.imported_at is None


def test_the_drafts_list_shows_only_mine(client_in, admin_user):
    draft_start(user=admin_user, text=MALI_TEXT.replace("MALI-REP", "OTHER-REP"))
    paste(client_in, MALI_TEXT)
    page = client_in.get(reverse("decisions:intake_drafts")).content.decode()
    assert "OIC/ACM-2017/MALI-REP" in page and "OTHER-REP" not in page


# --- The command line ---------------------------------------------------------


def test_import_report_draft_creates_a_draft_for_a_user_and_prints_its_url(importer):
    out = StringIO()
    call_command("import_report", str(MALI_REPORT), "--draft", "--user", "imane", stdout=out)
    draft = ImportDraft.objects.get()
    assert draft.user == importer
    assert draft.get_absolute_url() in out.getvalue()
    assert not Report.objects.exists()


def test_import_report_draft_for_an_unknown_user_is_refused():
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="no user named 'ghost'"):
        call_command("import_report", str(MALI_REPORT), "--draft", "--user", "ghost")
    assert nothing_written()


# --- Language versions numbered differently -------------------------------------


def test_the_arabic_version_numbered_differently_is_linked_by_position(client_in):
    call_command("import_report", str(MALI_REPORT), stdout=StringIO())
    out = StringIO()
    call_command("import_report", str(ARABIC_MALI), "--format", "json", stdout=out)
    assert any("linked by position" in w for w in json.loads(out.getvalue())["warnings"])
    report = Report.objects.get()
    assert report.translations.get().language == "ar"
    x = Decision.objects.get(report=report, number="x")
    assert x.translations.get(language="ar").text.startswith("طلب الاجتماع من الدول الأعضاء")
    assert Decision.objects.get(number="xiv").translations.filter(language="ar").exists()
    # Shown side by side, the Arabic right to left, on the item and the report pages.
    item = ActionItem.objects.filter(decision=x).first()
    for url in (item.get_absolute_url(), report.get_absolute_url()):
        page = client_in.get(url).content.decode()
        assert 'lang="ar" dir="rtl">طلب الاجتماع من الدول الأعضاء' in page
        assert 'lang="fr" dir="ltr">La Réunion a demandé aux États membres' in page


def test_a_split_paragraph_is_read_again_with_the_paragraphs_before_it(client_in):
    # "the Panel" in the second half of paragraph 2 is the Panel of Experts of
    # paragraph 1, as when the whole report is read (extract_all).
    response = paste(
        client_in,
        "Security Council\n\nS/RES/9998 (2030)\n\nNew York, 1 March 2030\n\n"
        "The Security Council,\n\n"
        "1. Requests the Panel of Experts to report on the arms flows within 90 days;\n\n"
        "2. Welcomes the cooperation of the region. Invites the Panel to share its findings;\n",
    )
    draft = ImportDraft.objects.get()
    assert response["Location"] == draft.get_absolute_url()
    client_in.post(
        draft.get_absolute_url(), {"action": "split", "number": "2", "before": "Invites"}
    )
    draft.refresh_from_db()
    second = decision_of(draft, "2-2")
    assert [i["owner"]["name"] for i in second["action_items"]] == ["Panel of Experts"]
