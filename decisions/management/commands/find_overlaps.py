"""Refresh the possible duplicates: `manage.py find_overlaps`."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand

from decisions.lineage.overlaps import overlaps_find


class Command(BaseCommand):
    help = "Flag items of different bodies or meetings that ask the same thing (/duplicates/)."

    def handle(self, *args, **options):
        start = time.monotonic()
        result = overlaps_find()
        self.stdout.write(
            f"{result.items} items, {result.compared} pairs compared, "
            f"{result.flagged} new flags, {result.updated} updated "
            f"({time.monotonic() - start:.1f} s)"
        )
