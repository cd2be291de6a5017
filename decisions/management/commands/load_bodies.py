"""Create or update the registered bodies from fixtures/bodies.json."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from decisions.registry.services import REGISTRY_PATH, RegistryError, bodies_sync, registry_read
from decisions.responses.services import memberships_fill


class Command(BaseCommand):
    help = "Load the body registry (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--path", default=str(REGISTRY_PATH))

    def handle(self, *args, path: str, **options):
        try:
            entries = registry_read(Path(path))
        except RegistryError as e:
            raise CommandError(str(e)) from e
        created, updated = bodies_sync(entries=entries)
        joined = memberships_fill()
        self.stdout.write(
            f"bodies: {created} created, {updated} updated, {len(entries)} in registry; "
            f"{joined} memberships added"
        )
