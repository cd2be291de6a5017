"""Restore a backup made by `manage.py backup` into a freshly migrated
database: the fixture, then the evidence files into the storage."""

from __future__ import annotations

import shutil
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from decisions.management.commands.backup import (
    FILES_DIR,
    FIXTURE_NAME,
    files_dir_for,
    is_archive,
)
from decisions.models import ActionItem, Evidence, Report


def _safe_member(name: str) -> bool:
    """Only the fixture and files under files/, never an absolute path or '..'."""
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts:
        return False
    return name == FIXTURE_NAME or (len(path.parts) > 1 and path.parts[0] == FILES_DIR)


class Command(BaseCommand):
    help = "Load a backup into an empty (freshly migrated) database; all or nothing."

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path: str, **options):
        source = Path(path)
        if not source.is_file():
            raise CommandError(f"{path}: no such backup file")
        if Report.objects.exists() or ActionItem.objects.exists():
            raise CommandError(
                "the database already holds reports; restore into an empty, freshly "
                "migrated database (see README, Backup and restore)"
            )
        workdir = Path(tempfile.mkdtemp(prefix="restore-"))
        try:
            if is_archive(source):
                fixture, files = self._unpack(source, workdir)
            else:
                fixture, files = source, files_dir_for(source)
            written: list[str] = []
            try:
                with transaction.atomic():
                    call_command("loaddata", str(fixture), verbosity=0)
                    n_files = self._restore_files(files, written)
            except BaseException:
                # All or nothing: the rows are rolled back, so are the files.
                for name in written:
                    default_storage.delete(name)
                raise
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        self.stdout.write(
            f"restored {Report.objects.count()} reports, "
            f"{ActionItem.objects.count()} action items, {n_files} files from {source}"
        )

    def _unpack(self, source: Path, workdir: Path) -> tuple[Path, Path]:
        try:
            with tarfile.open(source, "r:gz") as archive:
                members = [m for m in archive.getmembers() if m.isfile()]
                bad = [m.name for m in members if not _safe_member(m.name)]
                if bad:
                    raise CommandError(f"{source}: unexpected entries in the archive: {bad[:3]}")
                archive.extractall(workdir, members=members, filter="data")
        except (tarfile.TarError, OSError) as e:
            raise CommandError(f"{source}: not a backup archive ({e})") from e
        fixture = workdir / FIXTURE_NAME
        if not fixture.is_file():
            raise CommandError(f"{source}: no {FIXTURE_NAME} in the archive")
        return fixture, workdir / FILES_DIR

    def _restore_files(self, folder: Path, written: list[str]) -> int:
        """Copy each evidence file into the storage, noting in `written` every
        name saved so that a failure further on can take them back."""
        n = 0
        for evidence in Evidence.objects.exclude(file="").order_by("pk"):
            stored = folder / evidence.file.name
            if not stored.is_file():
                raise CommandError(f"the backup lacks the file {evidence.file.name}")
            with open(stored, "rb") as handle:
                if default_storage.exists(evidence.file.name):
                    default_storage.delete(evidence.file.name)
                name = default_storage.save(evidence.file.name, File(handle))
            written.append(name)
            if name != evidence.file.name:
                Evidence.objects.filter(pk=evidence.pk).update(file=name)
            n += 1
        return n
