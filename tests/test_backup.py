"""A backup restored into an empty database gives back every report, item and update."""

from __future__ import annotations

import gzip
import io
import os
import shutil
import tarfile
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from decisions.items.services import action_item_set_status
from decisions.models import ActionItem, Body, Report, StatusUpdate
from tests.factory import MALI_REPORT, make_item, make_user

pytestmark = pytest.mark.django_db


def snapshot() -> dict:
    return {
        "reports": list(Report.objects.values_list("symbol", "title", "date", "source_sha256")),
        "items": sorted(
            ActionItem.objects.values_list(
                "decision__report__symbol",
                "decision__number",
                "owner__slug",
                "status",
                "due_date",
                "version",
            )
        ),
        "partners": sorted(
            ActionItem.partners.through.objects.values_list("actionitem__owner__slug", "body__slug")
        ),
        "updates": sorted(
            StatusUpdate.objects.values_list(
                "item__owner__slug",
                "old_status",
                "new_status",
                "note",
                "author__username",
                "created_at",
            )
        ),
        "bodies": sorted(
            Body.objects.values_list("slug", "registered", "parent__slug", "working_language")
        ),
        "focal points": sorted(
            Body.focal_points.through.objects.values_list("body__slug", "user__username")
        ),
    }


def test_a_backup_restored_into_an_empty_database_gives_everything_back(tmp_path):
    call_command("import_report", str(MALI_REPORT), stdout=StringIO())
    user = make_user("focal", groups=("focal points",))
    Body.objects.get(slug="isdb").focal_points.add(user)
    for item in ActionItem.objects.all()[:5]:
        action_item_set_status(item=item, status="in_progress", note=f"note {item.pk}", by=user)
    before = snapshot()
    path = tmp_path / "backup.xml"
    call_command("backup", str(path), stdout=StringIO())

    Report.objects.all().delete()
    Body.objects.filter(registered=False).delete()
    User.objects.all().delete()
    assert not ActionItem.objects.exists()

    out = StringIO()
    call_command("restore", str(path), stdout=out)
    assert snapshot() == before
    assert User.objects.get(username="focal").groups.filter(name="focal points").exists()
    assert "restored 1 reports" in out.getvalue()


def test_restore_refuses_a_database_that_holds_reports(tmp_path):
    call_command("import_report", str(MALI_REPORT), stdout=StringIO())
    path = tmp_path / "backup.xml"
    call_command("backup", str(path), stdout=StringIO())
    with pytest.raises(CommandError, match="already holds reports"):
        call_command("restore", str(path), stdout=StringIO())


def test_restore_rejects_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="no such backup file"):
        call_command("restore", str(tmp_path / "nope.json"), stdout=StringIO())


# --- A failed restore keeps what was there (issue 17, finding 4) -------------------


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def stored_files(media) -> dict[str, bytes]:
    return {str(p.relative_to(media)): p.read_bytes() for p in media.rglob("*") if p.is_file()}


def evidence_with_files(n: int) -> list:
    from django.core.files.base import ContentFile

    from decisions.models import Evidence

    item = make_item()
    out = []
    for i in range(n):
        evidence = Evidence(item=item, original_name=f"{i}.pdf", size=10)
        evidence.file.save(f"{i}.pdf", ContentFile(b"%%PDF-1.4 %d" % i), save=False)
        evidence.save()
        out.append(evidence)
    return out


def empty_the_database() -> None:
    Report.objects.all().delete()
    Body.objects.all().delete()
    User.objects.all().delete()


def without_member(source, target, name: str) -> None:
    """A copy of the archive `source` without the entry `name`."""
    with tarfile.open(source, "r:gz") as old, tarfile.open(target, "w:gz") as new:
        for member in old.getmembers():
            if member.name != name:
                new.addfile(member, old.extractfile(member))


@pytest.mark.parametrize("name", ["backup.tar.gz", "backup.xml"])
def test_a_restore_that_fails_keeps_every_file_already_in_storage(tmp_path, media, name):
    evidence = evidence_with_files(15)
    path = tmp_path / name
    call_command("backup", str(path), stdout=StringIO())
    lost = evidence[-1].file.name  # the backup lacks the last file
    if name.endswith(".tar.gz"):
        without_member(path, tmp_path / "short.tar.gz", f"files/{lost}")
        path = tmp_path / "short.tar.gz"
    else:
        (tmp_path / "backup.xml.files" / lost).unlink()
    # Storage still holds the files (say, the database was reset, not the media).
    before = stored_files(media)
    assert len(before) == 15
    empty_the_database()
    with pytest.raises(CommandError, match=f"lacks the file {lost}"):
        call_command("restore", str(path), stdout=StringIO())
    assert stored_files(media) == before
    assert not ActionItem.objects.exists()


def test_a_restore_keeps_a_different_file_of_the_same_name_and_stores_its_own_beside(
    tmp_path, media
):
    from decisions.models import Evidence

    (evidence,) = evidence_with_files(1)
    path = tmp_path / "backup.tar.gz"
    call_command("backup", str(path), stdout=StringIO())
    stored = media / evidence.file.name
    stored.write_bytes(b"another file, written after the backup")
    empty_the_database()
    call_command("restore", str(path), stdout=StringIO())
    assert stored.read_bytes() == b"another file, written after the backup"
    restored = Evidence.objects.get()
    assert restored.file.name != evidence.file.name
    assert restored.file.read() == b"%PDF-1.4 0"


def test_a_restore_over_the_same_files_reuses_them(tmp_path, media):
    from decisions.models import Evidence

    evidence_with_files(3)
    path = tmp_path / "backup.tar.gz"
    call_command("backup", str(path), stdout=StringIO())
    before = stored_files(media)
    empty_the_database()
    call_command("restore", str(path), stdout=StringIO())
    assert stored_files(media) == before
    assert sorted(Evidence.objects.values_list("file", flat=True)) == sorted(before)


def test_a_truncated_archive_is_refused_in_one_line(tmp_path, media):
    evidence_with_files(3)
    path = tmp_path / "backup.tar.gz"
    call_command("backup", str(path), stdout=StringIO())
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    empty_the_database()
    with pytest.raises(CommandError) as caught:
        call_command("restore", str(path), stdout=StringIO())
    assert "\n" not in str(caught.value) and "truncated" in str(caught.value)
    assert stored_files(media) != {} and not ActionItem.objects.exists()


def test_the_restore_command_prints_one_line_for_a_truncated_archive(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "backup.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        data = b"<xml>" * 20_000
        info = tarfile.TarInfo("backup.xml")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    path.write_bytes(path.read_bytes()[:-40])
    env = dict(os.environ, DEBUG="1", DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    done = subprocess.run(
        [sys.executable, "manage.py", "restore", str(path)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr


def gz_of_headers(tmp_path, *members: tuple[str, int]) -> str:
    """An archive of tar entries that claim `size` bytes each; a large one
    has no data behind its header: what a bomb declares before it expands."""
    path = tmp_path / "bomb.tar.gz"
    raw = b""
    for name, size in members:
        info = tarfile.TarInfo(name)
        info.size = size
        raw += info.tobuf()
        if size < 10_000:  # small entries have their data (zeros)
            raw += bytes(-(-size // tarfile.BLOCKSIZE) * tarfile.BLOCKSIZE)
    with gzip.open(path, "wb") as out:
        out.write(raw)
    return str(path)


def test_an_archive_that_would_unpack_to_too_much_is_refused_before_it_is_read(tmp_path, media):
    path = gz_of_headers(tmp_path, ("backup.xml", 100), ("files/evidence/a.pdf", 10**13))
    with pytest.raises(CommandError, match="more than"):
        call_command("restore", path, stdout=StringIO())


def test_a_zip_bomb_of_zeros_is_refused_under_the_size_limit(tmp_path, media):
    path = tmp_path / "zeros.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        info = tarfile.TarInfo("files/evidence/zeros.pdf")
        info.size = 5_000_000
        archive.addfile(info, io.BytesIO(bytes(info.size)))
    assert path.stat().st_size < 20_000
    with pytest.raises(CommandError, match="more than 1,000,000 bytes"):
        call_command("restore", str(path), max_bytes=1_000_000, stdout=StringIO())


def test_an_archive_of_too_many_entries_is_refused(tmp_path, media):
    path = gz_of_headers(tmp_path, *((f"files/e/{i}", 0) for i in range(50)))
    with pytest.raises(CommandError, match="more than 20 entries"):
        call_command("restore", path, max_entries=20, stdout=StringIO())


@pytest.mark.parametrize("kind", [tarfile.SYMTYPE, tarfile.LNKTYPE])
def test_an_archive_with_a_link_is_refused(tmp_path, media, kind):
    path = tmp_path / "links.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        info = tarfile.TarInfo("files/evidence/passwd.pdf")
        info.type, info.linkname = kind, "/etc/passwd"
        archive.addfile(info)
    with pytest.raises(CommandError, match="unexpected entries"):
        call_command("restore", str(path), stdout=StringIO())


def test_a_backup_whose_evidence_names_a_path_outside_is_refused(tmp_path, media):
    (evidence,) = evidence_with_files(1)
    path = tmp_path / "backup.xml"
    call_command("backup", str(path), stdout=StringIO())
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(b"not for the tracker")
    fixture = path.read_text()
    path.write_text(fixture.replace(evidence.file.name, "../secret.pdf"))
    empty_the_database()
    with pytest.raises(CommandError, match="unsafe file name"):
        call_command("restore", str(path), stdout=StringIO())
    assert b"not for the tracker" not in b"".join(stored_files(media).values())


def test_a_fixture_with_entities_is_refused_in_one_line(tmp_path, media):
    path = tmp_path / "laughs.xml"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<django-objects version="1.0">&b;</django-objects>'
    )
    with pytest.raises(CommandError, match="not a backup fixture") as caught:
        call_command("restore", str(path), stdout=StringIO())
    assert "\n" not in str(caught.value)


def test_a_files_folder_whose_file_is_a_link_out_is_refused(tmp_path, media):
    (evidence,) = evidence_with_files(1)
    path = tmp_path / "backup.xml"
    call_command("backup", str(path), stdout=StringIO())
    copy = tmp_path / "backup.xml.files" / evidence.file.name
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(b"not for the tracker")
    copy.unlink()
    copy.symlink_to(secret)
    shutil.rmtree(media)
    empty_the_database()
    with pytest.raises(CommandError, match="lacks the file"):
        call_command("restore", str(path), stdout=StringIO())
    assert not media.exists() or not any(media.rglob("*.pdf"))


def test_a_text_keeps_its_outer_spaces_and_line_breaks_through_backup_and_restore(tmp_path):
    call_command("import_report", str(MALI_REPORT), stdout=StringIO())
    user = make_user("focal", groups=("focal points",))
    item = ActionItem.objects.order_by("pk").first()
    note = "  Indented quotation:\n\n  « Le Secrétaire général … »\n"
    action_item_set_status(item=item, status="in_progress", note="n", by=user)
    # The forms strip a note's outer spaces; a row written otherwise (the
    # API of an older version, the shell) still must come back as it was.
    StatusUpdate.objects.filter(item=item).update(note=note)
    path = tmp_path / "backup.xml"
    call_command("backup", str(path), stdout=StringIO())
    Report.objects.all().delete()
    Body.objects.filter(registered=False).delete()
    User.objects.all().delete()

    call_command("restore", str(path), stdout=StringIO())
    assert StatusUpdate.objects.get().note == note


def test_single_sign_on_links_are_backed_up_and_secrets_tokens_sessions_are_not(tmp_path):
    from allauth.socialaccount.models import SocialAccount, SocialApp, SocialToken
    from allauth.usersessions.models import UserSession

    user = make_user("amina")
    account = SocialAccount.objects.create(user=user, provider="organisation", uid="u-1")
    app = SocialApp.objects.create(
        provider="openid_connect", name="OIC", client_id="tracker", secret="app-secret-1"
    )
    SocialToken.objects.create(app=app, account=account, token="access-token-1")
    UserSession.objects.create(user=user, session_key="k" * 32, ip="127.0.0.1", user_agent="x")
    path = tmp_path / "backup.xml"
    call_command("backup", str(path), stdout=StringIO())
    text = path.read_text()
    assert "u-1" in text
    for secret in ("app-secret-1", "access-token-1", "k" * 32):
        assert secret not in text

    SocialToken.objects.all().delete()
    SocialApp.objects.all().delete()
    UserSession.objects.all().delete()
    SocialAccount.objects.all().delete()
    User.objects.all().delete()
    call_command("restore", str(path), stdout=StringIO())
    assert SocialAccount.objects.get(uid="u-1").user.username == "amina"
