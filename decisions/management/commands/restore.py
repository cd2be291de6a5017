"""Restore a backup made by `manage.py backup` into a freshly migrated database."""

from __future__ import annotations

from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from decisions.models import ActionItem, Report


class Command(BaseCommand):
    help = "Load a backup file into an empty (freshly migrated) database; all or nothing."

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
        with transaction.atomic():
            call_command("loaddata", str(source), verbosity=0)
        self.stdout.write(
            f"restored {Report.objects.count()} reports, "
            f"{ActionItem.objects.count()} action items from {source}"
        )
