"""Write everything the tracker holds to one file: `manage.py backup PATH`.

PATH ending in .tar.gz (or .tgz): one archive with the fixture (backup.xml)
and every evidence file (files/<stored name>). Any other PATH: the XML
fixture, and the evidence files, if any, in the folder PATH.files/ beside it.

A stored text holding a character XML cannot carry (a control character) is
written without it, and named on stderr (decisions.ops.backup_xml).
"""

from __future__ import annotations

import os
import shutil
import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand

from decisions.models import Evidence
from decisions.ops import backup_xml

# Rebuilt by `migrate` (or of no value in a backup). The routine jobs' last
# runs (decisions.JobRun) are written again by their next run, and a restore
# into a database where one already ran would clash with its row. Jobs
# (decisions.Job) are work under way, not records: their result (a draft) is
# backed up, and a job restored mid-run would point at a queue message that is gone.
#
# Single sign-on (django-allauth): a user's link to the organisation's account
# (socialaccount.socialaccount) and their second factors (mfa) are backed up;
# not the providers' client secrets (socialaccount.socialapp: they come from
# the environment, SSO_*, and stay out of any file), not the providers'
# tokens (socialaccount.socialtoken, not stored anyway), not the record of
# who is signed in where (usersessions, like the sessions themselves).
EXCLUDED = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "admin.logentry",
    "decisions.jobrun",
    "decisions.job",
    "socialaccount.socialapp",
    "socialaccount.socialtoken",
    "usersessions",
]
ARCHIVE_SUFFIXES = (".tar.gz", ".tgz")
FIXTURE_NAME = "backup.xml"
FILES_DIR = "files"


def is_archive(path: Path) -> bool:
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def files_dir_for(path: Path) -> Path:
    return path.with_name(path.name + ".files")


def backup_models() -> list[str]:
    """The models the backup holds: every installed model but EXCLUDED, read
    from the app registry, so that a new model is backed up without a word.
    The tables behind many-to-many fields go with the model of the field."""
    excluded = {e.lower() for e in EXCLUDED} | ({"axes"} if apps.is_installed("axes") else set())
    return [
        m._meta.label
        for m in apps.get_models()
        if m._meta.app_label not in excluded
        and m._meta.label_lower not in excluded
        and not m._meta.proxy
    ]


def _evidence_files():
    return Evidence.objects.exclude(file="").order_by("pk")


class Command(BaseCommand):
    help = (
        "Back up reports, bodies, items, history, users, groups and the workflow "
        "(Django XML fixture) with the evidence files."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="file to write (replaced atomically)")

    def _dump(self, tmp: str) -> None:
        with backup_xml.dumping() as cleaned:
            call_command(
                "dumpdata",
                *backup_models(),
                natural_foreign=True,
                natural_primary=True,
                # Django's XML, which keeps microseconds (JSON would cut them to
                # milliseconds), written past control characters.
                format=backup_xml.FORMAT,
                indent=1,
                output=tmp,
                verbosity=0,
            )
        if cleaned:
            where = ", ".join(f"{label} {pk} {field}" for label, pk, field in cleaned[:20])
            more = f" and {len(cleaned) - 20} more" if len(cleaned) > 20 else ""
            n = len(cleaned)
            self.stderr.write(
                f"{n} text{'s' if n != 1 else ''} held characters XML cannot carry "
                f"(control characters); written without them: {where}{more}"
            )

    def handle(self, *args, path: str, **options):
        target = Path(path)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".backup-", suffix=".tmp")
        os.close(fd)
        n_files = 0
        try:
            if is_archive(target):
                fd, fixture = tempfile.mkstemp(prefix=".backup-", suffix=".xml")
                os.close(fd)
                try:
                    self._dump(fixture)
                    with tarfile.open(tmp, "w:gz") as archive:
                        archive.add(fixture, arcname=FIXTURE_NAME)
                        for evidence in _evidence_files():
                            with evidence.file.open("rb") as handle:
                                info = tarfile.TarInfo(f"{FILES_DIR}/{evidence.file.name}")
                                info.size = evidence.file.size
                                archive.addfile(info, handle)
                            n_files += 1
                finally:
                    os.unlink(fixture)
            else:
                self._dump(tmp)
                n_files = self._copy_files(files_dir_for(target))
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        self.stdout.write(
            f"backup written to {target} ({target.stat().st_size:,} bytes, {n_files} files)"
        )

    def _copy_files(self, folder: Path) -> int:
        evidence = list(_evidence_files())
        if not evidence:
            return 0
        staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".backup-files-"))
        try:
            for item in evidence:
                dest = staging / item.file.name
                dest.parent.mkdir(parents=True, exist_ok=True)
                with item.file.open("rb") as src, open(dest, "wb") as out:
                    shutil.copyfileobj(src, out)
            if folder.exists():
                shutil.rmtree(folder)
            os.replace(staging, folder)
        finally:
            if staging.exists():
                shutil.rmtree(staging)
        return len(evidence)
