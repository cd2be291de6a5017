"""Evidence files: checked from their content, stored under a random name,
downloaded only through a view that checks the user; backed up and restored."""

from __future__ import annotations

import datetime
import io
import shutil
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from docx import Document
from openpyxl import Workbook

from decisions.models import ActionItem, Evidence, Report, Submission
from decisions.workflow.services import submission_accept
from tests.factory import PROOF_PDF, make_body, make_item, make_user

PDF = PROOF_PDF
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 40


def docx_bytes() -> bytes:
    out = io.BytesIO()
    Document().save(out)
    return out.getvalue()


def xlsx_bytes() -> bytes:
    out = io.BytesIO()
    Workbook().save(out)
    return out.getvalue()


def zip_bytes() -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("hello.txt", "hi")
    return out.getvalue()


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def item(db):
    return make_item(owner=make_body("ev-owner"))


@pytest.fixture
def focal(item):
    user = make_user("evfocal", groups=("focal points",))
    item.owner.focal_points.add(user)
    return user


def submit(client, item, *files, links=""):
    data = {"status": "in_progress", "note": "Done.", "version": item.version, "links": links}
    data["files"] = list(files)
    return client.post(item.get_absolute_url(), data)


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("minutes.pdf", PDF, "application/pdf"),
        ("photo.PNG", PNG, "image/png"),
        ("photo.jpeg", JPEG, "image/jpeg"),
        (
            "report.docx",
            docx_bytes(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (
            "budget.xlsx",
            xlsx_bytes(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
    ],
)
def test_accepted_files_are_stored_under_a_random_name(
    client, item, focal, media, name, content, content_type
):
    client.force_login(focal)
    assert submit(client, item, upload(name, content)).status_code == 302
    evidence = Evidence.objects.get()
    assert evidence.original_name == name
    assert evidence.content_type == content_type
    assert evidence.submission == Submission.objects.get()
    assert name.rsplit(".", 1)[0] not in evidence.file.name
    assert (media / evidence.file.name).read_bytes() == content


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.pdf", b"", "the file is empty"),
        ("fake.pdf", PNG, "not what its name"),
        ("fake.pdf", b"MZ\x90\x00 an executable", "not what its name"),
        ("fake.docx", zip_bytes(), "not what its name"),
        ("fake.docx", xlsx_bytes(), "not what its name"),
        ("fake.png", JPEG, "not what its name"),
        ("script.html", b"<script>alert(1)</script>", "accepted files are"),
        ("noext", PDF, "accepted files are"),
    ],
    ids=["empty", "png-as-pdf", "exe-as-pdf", "zip-as-docx", "xlsx-as-docx", "jpeg-as-png",
         "html", "no-extension"],
)  # fmt: skip
def test_bad_files_get_400_with_a_message_and_nothing_is_stored(
    client, item, focal, media, name, content, message
):
    client.force_login(focal)
    response = submit(client, item, upload(name, content))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Submission.objects.exists()
    assert not Evidence.objects.exists()
    assert not media.exists() or not any(p.is_file() for p in media.rglob("*"))


def test_a_file_over_the_limit_gets_400(client, item, focal, settings):
    settings.EVIDENCE_MAX_BYTES = 20
    client.force_login(focal)
    response = submit(client, item, upload("big.pdf", PDF))
    assert response.status_code == 400
    assert "the limit is 20" in response.content.decode()


def test_the_users_path_is_never_used_and_the_name_is_sanitised(client, item, focal, media):
    client.force_login(focal)
    name = "..\\..\\etc/pa\u202ess<wd>.pdf"
    assert submit(client, item, upload(name, PDF)).status_code == 302
    evidence = Evidence.objects.get()
    assert evidence.original_name == "passwd.pdf"
    assert evidence.file.name.startswith("evidence/")
    assert ".." not in evidence.file.name
    assert (media / evidence.file.name).is_file()


@pytest.mark.parametrize(
    "link", ["javascript:alert(1)", "ftp://example.org/x", "data:text/html,hi", "not a url"]
)
def test_only_http_and_https_links_are_accepted(client, item, focal, link):
    client.force_login(focal)
    response = submit(client, item, links=link)
    assert response.status_code == 400
    assert "is not an http:// or https:// address" in response.content.decode()


def test_links_are_kept_and_shown(client, item, focal):
    client.force_login(focal)
    submit(client, item, links="https://example.org/report\nhttp://example.org/b")
    assert list(Evidence.objects.values_list("url", flat=True)) == [
        "https://example.org/report",
        "http://example.org/b",
    ]
    page = client.get(item.get_absolute_url()).content.decode()
    assert 'href="https://example.org/report" rel="nofollow noopener noreferrer"' in page


def _stored(item, focal, name="minutes.pdf", content=PDF) -> Evidence:
    from decisions.workflow.services import submission_create

    submission_create(
        item=item,
        status="in_progress",
        note="Done.",
        by=focal,
        base_version=item.version,
        files=[upload(name, content)],
    )
    return Evidence.objects.get()


def test_the_download_is_an_attachment_with_nosniff(client, item, focal):
    evidence = _stored(item, focal, name="procès-verbal.pdf")
    client.force_login(focal)
    response = client.get(reverse("decisions:evidence_download", args=[evidence.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Disposition"].startswith("attachment;")
    assert "proc%C3%A8s-verbal.pdf" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"


def test_an_editor_may_download_any_file(client, item, focal, editor):
    evidence = _stored(item, focal)
    client.force_login(editor)
    assert client.get(evidence.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("who", ["other_focal", "viewer"])
def test_others_get_403_even_knowing_the_address(client, item, focal, viewer, who):
    evidence = _stored(item, focal)
    if who == "other_focal":
        user = make_user("evother", groups=("focal points",))
        make_body("ev-other").focal_points.add(user)
    else:
        user = viewer
    client.force_login(user)
    assert client.get(evidence.get_absolute_url()).status_code == 403


def test_guessing_file_addresses_as_another_bodys_focal_point_gets_nothing(
    client, item, focal, editor
):
    """Files on a submission, on an editor's update, on a letter and on a
    reply to the own body: /files/<n>/ for every n near them is 403 or 404
    for the focal point of another body."""
    from decisions.correspondence import services as correspondence

    _stored(item, focal)
    client.force_login(editor)
    client.post(item.get_absolute_url(), {"status": "completed", "note": "", "version": 0})
    url = reverse("decisions:item_evidence_add", args=[item.pk])
    client.post(url, {"files": [upload("b.pdf", PDF)], "links": ""})
    letter = correspondence.letter_record(
        reference="NV/1",
        sent_on=datetime.date(2017, 10, 2),
        subject="Follow-up",
        recipients=[item.owner],
        by=editor,
        files=[upload("nv.pdf", PDF)],
    )
    correspondence.reply_record(
        letter=letter,
        sender=item.owner,
        received_on=datetime.date(2017, 11, 15),
        by=editor,
        files=[upload("reply.pdf", PDF)],
    )
    assert Evidence.objects.exclude(file="").count() == 4
    other = make_user("evguess", groups=("focal points",))
    make_body("ev-guess").focal_points.add(other)
    client.force_login(other)
    top = Evidence.objects.order_by("-pk").first().pk
    got = {n: client.get(f"/files/{n}/").status_code for n in range(0, top + 20)}
    assert set(got.values()) <= {403, 404}, got
    assert 403 in got.values()  # the files exist and are refused


def test_anonymous_visitors_go_to_login_even_with_public_read(client, item, focal, settings):
    settings.PUBLIC_READ = True
    evidence = _stored(item, focal)
    response = client.get(evidence.get_absolute_url())
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_download_refuses_a_post_and_an_unknown_file(client, item, focal):
    evidence = _stored(item, focal)
    client.force_login(focal)
    assert client.post(evidence.get_absolute_url()).status_code == 405
    assert client.get(reverse("decisions:evidence_download", args=[999999])).status_code == 404


def test_no_url_serves_the_media_folder(client, item, focal, editor):
    evidence = _stored(item, focal)
    client.force_login(editor)
    for prefix in ("/media/", "/static/", "/"):
        assert client.get(prefix + evidence.file.name).status_code == 404


def test_accepting_links_the_evidence_to_the_update(item, focal, editor):
    evidence = _stored(item, focal)
    update = submission_accept(submission=Submission.objects.get(), by=editor)
    evidence.refresh_from_db()
    assert evidence.update == update


def history_of(page: str) -> str:
    return page.split('id="history-heading"', 1)[1]


def test_the_history_shows_an_accepted_submissions_files_to_insiders(
    client, item, focal, editor, viewer
):
    evidence = _stored(item, focal)
    submission_accept(submission=Submission.objects.get(), by=editor)
    link = f'href="{reverse("decisions:evidence_download", args=[evidence.pk])}"'
    for user in (editor, focal):
        client.force_login(user)
        history = history_of(client.get(item.get_absolute_url()).content.decode())
        assert link in history
        assert evidence.original_name in history
    client.force_login(viewer)
    page = client.get(item.get_absolute_url()).content.decode()
    assert "Done." in history_of(page)  # the viewer sees the update, not its file
    assert link not in page


def test_an_editor_attaches_evidence_to_the_latest_update(client, item, editor):
    client.force_login(editor)
    client.post(item.get_absolute_url(), {"status": "completed", "note": "", "version": 0})
    url = reverse("decisions:item_evidence_add", args=[item.pk])
    assert client.post(url, {"files": [upload("a.pdf", PDF)], "links": ""}).status_code == 302
    evidence = Evidence.objects.get()
    assert evidence.update == item.updates.get()
    assert client.post(url, {"links": ""}).status_code == 400  # nothing to attach
    assert client.get(url).status_code == 405


def test_a_focal_point_cannot_attach_to_an_update(client, item, focal):
    client.force_login(focal)
    url = reverse("decisions:item_evidence_add", args=[item.pk])
    assert client.post(url, {"files": [upload("a.pdf", PDF)]}).status_code == 403
    assert not Evidence.objects.exists()


@pytest.mark.parametrize("name", ["backup.tar.gz", "backup.xml"])
def test_backup_and_restore_bring_back_the_files(tmp_path, media, item, focal, name):
    evidence = _stored(item, focal)
    stored_name = evidence.file.name
    path = tmp_path / name
    out = StringIO()
    call_command("backup", str(path), stdout=out)
    assert "1 files" in out.getvalue()
    # A new, empty installation: no rows, no files.
    Report.objects.all().delete()
    User.objects.all().delete()
    shutil.rmtree(media)
    assert not Evidence.objects.exists()
    out = StringIO()
    call_command("restore", str(path), stdout=out)
    assert "1 files" in out.getvalue()
    restored = Evidence.objects.get()
    assert restored.file.name == stored_name
    assert (media / stored_name).read_bytes() == PDF
    assert ActionItem.objects.count() == 1


def test_restore_refuses_an_archive_with_a_path_outside(tmp_path, db):
    import tarfile

    path = tmp_path / "evil.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        data = b"x"
        info = tarfile.TarInfo("../evil.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="unexpected entries"):
        call_command("restore", str(path), stdout=StringIO())
    assert not (tmp_path.parent / "evil.txt").exists()


def test_a_failed_restore_leaves_neither_rows_nor_files(tmp_path, media, item, focal):
    from decisions.workflow.services import submission_create

    submission_create(
        item=item,
        status="in_progress",
        note="Done.",
        by=focal,
        base_version=item.version,
        files=[upload("a.pdf", PDF), upload("b.pdf", PDF)],
    )
    first, second = Evidence.objects.order_by("pk")
    path = tmp_path / "backup.xml"
    call_command("backup", str(path), stdout=StringIO())
    # The second file is lost from the backup: the restore must fail whole.
    (tmp_path / "backup.xml.files" / second.file.name).unlink()
    Report.objects.all().delete()
    User.objects.all().delete()
    shutil.rmtree(media)
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="lacks the file"):
        call_command("restore", str(path), stdout=StringIO())
    assert not Evidence.objects.exists() and not ActionItem.objects.exists()
    left = [p for p in media.rglob("*") if p.is_file()] if media.exists() else []
    assert left == [], f"files left behind by a failed restore: {left}"
    assert first.file.name != second.file.name
