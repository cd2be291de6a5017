"""Email focal points their overdue and upcoming items:
`manage.py send_reminders [--dry-run] [--days N]`."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from decisions.reminders import days_ahead_default, reminders_send


class Command(BaseCommand):
    help = "Email each body's focal points its overdue items and those due soon (once a day)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="print what would be sent; write nothing"
        )
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=f"remind of items due within N days (default {days_ahead_default()})",
        )

    def handle(self, *args, dry_run: bool, days: int | None, **options):
        if days is not None and days < 0:
            raise CommandError("--days must be 0 or more")
        run = reminders_send(days=days, dry_run=dry_run)
        for line in run.lines:
            self.stdout.write(line)
        for warning in run.warnings:
            self.stdout.write(self.style.WARNING(f"warning: {warning}"))
        if dry_run:
            self.stdout.write("dry run: nothing sent, nothing written")
        else:
            summary = f"{run.sent} reminders sent, {run.skipped} skipped"
            if run.failed:
                raise CommandError(f"{summary}, {run.failed} failed (they will be retried)")
            self.stdout.write(self.style.SUCCESS(summary))
