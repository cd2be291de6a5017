"""A backup as a job (decisions.jobs), started by a superuser at
/ops/backups/: `manage.py backup` writing a .tar.gz into BACKUP_DIR, where
backups are kept. The command writes a hidden temporary file and renames it
only once whole: a run stopped midway leaves no backup that looks whole."""

from __future__ import annotations

import io
from pathlib import Path
from stat import S_ISREG

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from decisions.jobs.services import job_create
from decisions.jobs.tasks import job_enqueue
from decisions.models import Job, JobKind

STEPS = ["dump"]
PREFIX = "tracker-"
SUFFIX = ".tar.gz"


def backup_dir() -> Path:
    return Path(settings.BACKUP_DIR)


def backups_kept() -> list[dict]:
    """The backups in BACKUP_DIR, the latest first: name, size, time. Only
    regular files count: a link (dangling, or to a file elsewhere) or a
    folder with a backup's name is not one, and a file removed while the
    folder is read is left out."""
    folder = backup_dir()
    if not folder.is_dir():
        return []
    rows = []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        try:
            stat = path.lstat()
        except OSError:
            continue
        if not S_ISREG(stat.st_mode):
            continue
        rows.append(
            {
                "name": path.name,
                "bytes": stat.st_size,
                "at": timezone.datetime.fromtimestamp(
                    stat.st_mtime, tz=timezone.get_current_timezone()
                ),
            }
        )
    return sorted(rows, key=lambda r: r["name"], reverse=True)


def backup_job_start(*, user) -> Job:
    job = job_create(kind=JobKind.BACKUP, user=user, steps=STEPS)
    job_enqueue(job)
    return job


def backup_job_run(job: Job, step):
    step("dump")
    folder = backup_dir()
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{PREFIX}{timezone.now():%Y-%m-%d-%H%M%S}-{str(job.uuid)[:8]}{SUFFIX}"
    out = io.StringIO()
    call_command("backup", str(folder / name), stdout=out, stderr=io.StringIO())
    size = (folder / name).stat().st_size
    summary = f"{name} ({size:,} bytes)"
    return lambda: {"name": name, "bytes": size, "summary": summary}
