"""Delete security events older than SECURITY_EVENTS_RETENTION_DAYS:
`manage.py prune_security_events [--days N]`, run daily with the other
routine jobs (docs/DEPLOYMENT.md)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from decisions.accounts.security_events import security_events_prune


class Command(BaseCommand):
    help = "Delete security events older than SECURITY_EVENTS_RETENTION_DAYS (default 180)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=None, help="keep this many days instead of the setting"
        )

    def handle(self, *args, days: int | None = None, **options):
        if days is not None and not 1 <= days <= 100_000:
            raise CommandError("--days must be between 1 and 100000")
        deleted = security_events_prune(days=days)
        self.stdout.write(f"{deleted} security events deleted")
