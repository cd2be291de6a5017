"""Write everything the tracker holds to one XML file: `manage.py backup PATH`."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand

# Rebuilt by `migrate` (or of no value in a backup).
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "admin.logentry"]


class Command(BaseCommand):
    help = "Back up reports, bodies, items, history, users and groups (Django XML fixture)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="file to write (replaced atomically)")

    def handle(self, *args, path: str, **options):
        target = Path(path)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".backup-", suffix=".xml")
        os.close(fd)
        try:
            call_command(
                "dumpdata",
                natural_foreign=True,
                natural_primary=True,
                exclude=EXCLUDED + [a for a in ("axes",) if apps.is_installed(a)],
                format="xml",  # keeps microseconds, which JSON would cut to milliseconds
                indent=1,
                output=tmp,
                verbosity=0,
            )
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        self.stdout.write(f"backup written to {target} ({target.stat().st_size:,} bytes)")
