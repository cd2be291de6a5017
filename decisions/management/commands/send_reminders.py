"""Email focal points their overdue and upcoming items:
`manage.py send_reminders [--dry-run] [--days N]`."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from decisions.notifications.reminders import days_ahead_default, reminders_send


class Command(BaseCommand):
    help = gettext_lazy(
        "Email each body's focal points its overdue items and those due soon (once a day)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help=_("print what would be sent; write nothing")
        )
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=_("remind of items due within N days (default %(days)d)")
            % {"days": days_ahead_default()},
        )

    def handle(self, *args, dry_run: bool, days: int | None, **options):
        if days is not None and days < 0:
            raise CommandError(_("--days must be 0 or more"))
        run = reminders_send(days=days, dry_run=dry_run)
        for line in run.lines:
            self.stdout.write(line)
        for warning in run.warnings:
            self.stdout.write(self.style.WARNING(_("warning: %(text)s") % {"text": warning}))
        if dry_run:
            self.stdout.write(_("dry run: nothing sent, nothing written"))
        else:
            summary = ngettext(
                "%(sent)d reminder sent, %(skipped)d skipped",
                "%(sent)d reminders sent, %(skipped)d skipped",
                run.sent,
            ) % {"sent": run.sent, "skipped": run.skipped}
            if run.failed:
                raise CommandError(
                    _("%(summary)s, %(failed)d failed (they will be retried)")
                    % {"summary": summary, "failed": run.failed}
                )
            self.stdout.write(self.style.SUCCESS(summary))
