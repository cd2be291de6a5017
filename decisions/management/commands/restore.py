"""Restore a backup made by `manage.py backup` into a freshly migrated
database: the fixture, then the evidence files into the storage.

The whole backup is checked before the storage is touched: the archive is
read to its end under a size and entry limit (an archive bomb is refused
from its headers, before it expands) and unpacked into a staging folder;
the fixture is loaded in a transaction; every evidence file it names must be
in the staging folder, under a safe name, before the first one is stored.
The storage is never emptied: a file already there under the same name is
reused when it is the same, kept when it differs (the restored row then
points at a new name), and a failure removes only the files this restore
wrote."""

from __future__ import annotations

import filecmp
import shutil
import tarfile
import tempfile
import zlib
from pathlib import Path, PurePosixPath

from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, transaction

from decisions.management.commands.backup import (
    FILES_DIR,
    FIXTURE_NAME,
    files_dir_for,
    is_archive,
)
from decisions.models import ActionItem, Evidence, Report
from decisions.ops import backup_xml

DEFAULT_MAX_BYTES = 20 * 1024**3  # what the archive may unpack to
DEFAULT_MAX_ENTRIES = 1_000_000


def _safe_member(name: str) -> bool:
    """Only the fixture and files under files/, never an absolute path or '..'."""
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts:
        return False
    return name == FIXTURE_NAME or (len(path.parts) > 1 and path.parts[0] == FILES_DIR)


def _safe_name(name: str) -> bool:
    """A stored file's name as the storage gives it: relative, forward
    slashes, no '..', no empty or hidden parts."""
    parts = name.split("/")
    return (
        bool(name)
        and "\\" not in name
        and "\x00" not in name
        and all(p and p not in (".", "..") and not p.startswith(".") for p in parts)
    )


def _one_line(e: BaseException) -> str:
    text = str(e).strip().splitlines()
    return text[0] if text else type(e).__name__


class Command(BaseCommand):
    help = "Load a backup into an empty (freshly migrated) database; all or nothing."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=DEFAULT_MAX_BYTES,
            help="refuse an archive that would unpack to more than this (default 20 GiB)",
        )
        parser.add_argument(
            "--max-entries",
            type=int,
            default=DEFAULT_MAX_ENTRIES,
            help="refuse an archive of more entries than this (default 1,000,000)",
        )

    def handle(self, *args, path: str, max_bytes: int, max_entries: int, **options):
        source = Path(path)
        if not source.is_file():
            raise CommandError(f"{path}: no such backup file")
        workdir = Path(tempfile.mkdtemp(prefix="restore-"))
        written: list[str] = []
        try:
            if is_archive(source):
                fixture, files = self._unpack(source, workdir, max_bytes, max_entries)
            else:
                fixture, files = source, files_dir_for(source)
            self._check_empty()
            try:
                with transaction.atomic():
                    self._load(fixture, source)
                    staged = self._staged_files(files)
                    n_files = self._store(staged, written)
            except BaseException:
                # All or nothing: the rows are rolled back, and the files this
                # restore wrote are removed; never one that was there before.
                for name in written:
                    default_storage.delete(name)
                raise
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        self.stdout.write(
            f"restored {Report.objects.count()} reports, "
            f"{ActionItem.objects.count()} action items, {n_files} files from {source}"
        )

    def _check_empty(self) -> None:
        try:
            holds = Report.objects.exists() or ActionItem.objects.exists()
        except DatabaseError as e:
            raise CommandError(
                f"cannot read the database ({_one_line(e)}): run manage.py migrate first"
            ) from e
        if holds:
            raise CommandError(
                "the database already holds reports; restore into an empty, freshly "
                "migrated database (see README, Backup and restore)"
            )

    def _load(self, fixture: Path, source: Path) -> None:
        try:
            with backup_xml.loading():
                call_command("loaddata", str(fixture), verbosity=0)
        except CommandError:
            raise
        except Exception as e:  # a fixture that is not one of ours: a bad input, not a crash
            raise CommandError(f"{source}: not a backup fixture ({_one_line(e)})") from e

    def _unpack(
        self, source: Path, workdir: Path, max_bytes: int, max_entries: int
    ) -> tuple[Path, Path]:
        """Read the archive's headers to the end, refusing it at the first
        entry past a limit (before that entry is expanded), then unpack it
        into `workdir`, the staging folder."""
        try:
            with tarfile.open(source, "r:gz") as archive:
                members: list[tarfile.TarInfo] = []
                total = 0
                for member in archive:
                    if len(members) >= max_entries:
                        raise CommandError(f"{source}: more than {max_entries:,} entries")
                    if not member.isfile() or not _safe_member(member.name):
                        raise CommandError(f"{source}: unexpected entries in the archive: "
                                           f"{member.name!r}")  # fmt: skip
                    total += member.size
                    if total > max_bytes:
                        raise CommandError(
                            f"{source}: the archive would unpack to more than {max_bytes:,} "
                            f"bytes (--max-bytes)"
                        )
                    members.append(member)
                names = [m.name for m in members]
                if len(set(names)) != len(names):
                    raise CommandError(f"{source}: an entry is in the archive twice")
                free = shutil.disk_usage(workdir).free
                if total > free:
                    raise CommandError(
                        f"{source}: unpacking needs {total:,} bytes, {free:,} are free"
                    )
                archive.extractall(workdir, members=members, filter="data")
        except (tarfile.TarError, OSError, EOFError, zlib.error) as e:
            raise CommandError(
                f"{source}: not a backup archive, or a truncated one ({_one_line(e)})"
            ) from e
        fixture = workdir / FIXTURE_NAME
        if not fixture.is_file():
            raise CommandError(f"{source}: no {FIXTURE_NAME} in the archive")
        return fixture, workdir / FILES_DIR

    def _staged_files(self, folder: Path) -> list[tuple[Evidence, Path]]:
        """Each evidence file the loaded rows name, found in the staging
        folder: all of them, under safe names, before any is stored."""
        staged = []
        root = folder.resolve()
        for evidence in Evidence.objects.exclude(file="").order_by("pk"):
            name = evidence.file.name
            if not _safe_name(name):
                raise CommandError(f"the backup names an unsafe file name: {name[:200]!r}")
            path = folder / name
            if path.is_symlink() or not path.is_file() or not path.resolve().is_relative_to(root):
                raise CommandError(f"the backup lacks the file {name}")
            staged.append((evidence, path))
        return staged

    def _store(self, staged: list[tuple[Evidence, Path]], written: list[str]) -> int:
        """Copy each staged file into the storage, noting in `written` every
        name saved. A file already there is reused when it is the same; when
        it differs, it stays and the row points at the file stored beside it."""
        for evidence, path in staged:
            name = evidence.file.name
            if default_storage.exists(name) and self._same(name, path):
                continue
            with open(path, "rb") as handle:
                saved = default_storage.save(name, File(handle))
            written.append(saved)
            if saved != name:
                Evidence.objects.filter(pk=evidence.pk).update(file=saved)
        return len(staged)

    def _same(self, name: str, path: Path) -> bool:
        try:
            return filecmp.cmp(default_storage.path(name), path, shallow=False)
        except NotImplementedError:  # a storage without local paths
            with default_storage.open(name, "rb") as stored, open(path, "rb") as mine:
                while True:
                    a, b = stored.read(1 << 20), mine.read(1 << 20)
                    if a != b:
                        return False
                    if not a:
                        return True
