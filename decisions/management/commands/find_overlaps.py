"""Refresh the possible duplicates: `manage.py find_overlaps`, run nightly
(docs/DEPLOYMENT.md) and by `make run`; each import also searches its own
report's items."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand

from decisions.lineage.jobs import overlaps_run, overlaps_summary


class Command(BaseCommand):
    help = "Flag items of different bodies or meetings that ask the same thing (/duplicates/)."

    def handle(self, *args, **options):
        start = time.monotonic()
        result = overlaps_run()
        self.stdout.write(f"{overlaps_summary(result)} ({time.monotonic() - start:.1f} s)")
