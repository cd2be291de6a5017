"""Send each user who chose the daily digest one email of what happened."""

from __future__ import annotations

import datetime

from django.core.management.base import BaseCommand, CommandError

from decisions.notifications.services import digests_send


class Command(BaseCommand):
    help = (
        "Email each digest user (Profile.email_mode) one message a day with the "
        "notifications kept for them. Safe to run twice: once a day per user."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", help="the day to send for (YYYY-MM-DD); today by default")
        parser.add_argument("--dry-run", action="store_true", help="say what would be sent")

    def handle(self, *args, date=None, dry_run=False, **options):
        try:
            today = datetime.date.fromisoformat(date) if date else None
        except ValueError as e:
            raise CommandError(f"--date: {e}") from e
        run = digests_send(today=today, dry_run=dry_run)
        for line in run.lines:
            self.stdout.write(line)
        self.stdout.write(f"{run.sent} sent, {run.skipped} skipped")
