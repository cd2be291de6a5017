"""The body registry: fixtures/bodies.json, loaded into Body rows.

Kept apart from services.py so that the data migration can use it with its
historical model, without importing the parser."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from django.conf import settings
from django.db import transaction

from decisions.models import Body

REGISTRY_PATH = Path(settings.BASE_DIR) / "fixtures" / "bodies.json"
REGISTRY_FIELDS = (
    "name_en",
    "name_fr",
    "name_ar",
    "acronym_en",
    "acronym_fr",
    "acronym_ar",
    "aliases",
    "kind",
)


# --- The body registry -------------------------------------------------------


class RegistryError(ValueError):
    pass


def registry_read(path: Path = REGISTRY_PATH) -> list[dict]:
    """Read and check the registry file: a JSON list of bodies, parents first."""
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise RegistryError(f"{path}: cannot read the body registry: {e}") from e
    if not isinstance(entries, list):
        raise RegistryError(f"{path}: expected a JSON list of bodies")
    seen: set[str] = set()
    for i, entry in enumerate(entries, start=1):
        slug = entry.get("slug") if isinstance(entry, dict) else None
        if not slug or not entry.get("name_en"):
            raise RegistryError(f"{path}: entry {i} needs a slug and a name_en")
        if slug in seen:
            raise RegistryError(f"{path}: entry {i}: slug {slug!r} appears twice")
        parent = entry.get("parent")
        if parent and parent not in seen:
            raise RegistryError(f"{path}: entry {i} ({slug}): parent {parent!r} must come first")
        seen.add(slug)
    return entries


def bodies_sync(*, entries: Sequence[dict], body_model: type[Body] = Body) -> tuple[int, int]:
    """Create or update the registered bodies from registry entries.

    Idempotent. Takes the model class so that the data migration can pass its
    historical model. Returns (created, updated)."""
    created = updated = 0
    with transaction.atomic():
        by_slug = {
            b.slug: b for b in body_model.objects.filter(slug__in=[e["slug"] for e in entries])
        }
        for entry in entries:
            values = {f: entry.get(f) or ("" if f != "aliases" else []) for f in REGISTRY_FIELDS}
            parent_slug = entry.get("parent")
            parent = by_slug.get(parent_slug) if parent_slug else None
            body = by_slug.get(entry["slug"])
            if body is None:
                body = body_model.objects.create(
                    slug=entry["slug"], parent=parent, registered=True, **values
                )
                by_slug[body.slug] = body
                created += 1
                continue
            # Aliases staff added (a merged body's names) stay: the file seeds
            # the registry, the database keeps staff decisions.
            values["aliases"] = [
                *values["aliases"],
                *(a for a in body.aliases if a not in values["aliases"]),
            ]
            changed = {k: v for k, v in values.items() if getattr(body, k) != v}
            if body.parent_id != (parent.pk if parent else None):
                changed["parent"] = parent
            if not body.registered:
                changed["registered"] = True
            if changed:
                for k, v in changed.items():
                    setattr(body, k, v)
                body.save()
                updated += 1
    return created, updated
