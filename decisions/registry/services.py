"""The body registry: loading fixtures/bodies.json, and registering or merging
the bodies intake found."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext

from decisions import relations
from decisions.intake.draft_plans import DraftError
from decisions.models import Body
from decisions.text.folding import fold_key
from decisions.user_access import forget


def _add_aliases(body: Body, names) -> None:
    known = {fold_key(n) for n in body.all_names()}
    for name in names:
        if name and fold_key(name) not in known:
            body.aliases = [*body.aliases, name]
            known.add(fold_key(name))


def body_register(
    *,
    body: Body,
    name_en: str,
    name_fr: str = "",
    name_ar: str = "",
    kind: str,
    parent=None,
    working_language: str = "",
) -> Body:
    """Register a body an import created: its names, kind, parent and working
    language. The name it was found under stays an alias, so that the next
    import finds it."""
    with transaction.atomic():
        body = Body.objects.select_for_update().get(pk=body.pk)
        found_as = [body.name_en, body.name_fr, body.name_ar]
        body.name_en, body.name_fr, body.name_ar = name_en, name_fr, name_ar
        body.working_language = working_language
        body.kind, body.parent, body.registered = kind, parent, True
        _add_aliases(body, found_as)
        body.save()
    return body


def _merge_note(body: Body, item, notes: list[str]) -> str:
    due = item.due_date or item.due_text or "-"
    note = f"Merged with the item of {body.name_en} (status {item.get_status_display()}, due {due})"
    return "; ".join([note, *notes])


def _item_fold(*, item, kept, body: Body, by, now) -> None:
    """Fold `item` into `kept`, the item of the same paragraph: everything
    that refers to it (history, submissions, evidence, comments, public
    status, letters, links...) moves to `kept` (relations.MERGE_RULES); a
    note says what was merged; then `item`, with nothing left on it, goes."""
    from decisions.models import ActionItem, StatusUpdate

    notes: list[str] = []
    relations.fold(item, kept, notes=notes)
    StatusUpdate.objects.create(
        item=kept,
        author=by if by is not None and by.is_authenticated else None,
        old_status=kept.status,
        new_status=kept.status,
        note=_merge_note(body, item, notes),
        created_at=now,
    )
    if kept.due_date is None and item.due_date is not None:
        kept.due_date, kept.due_text = item.due_date, item.due_text
        kept.save(update_fields=["due_date", "due_text"])
    left = relations.still_referring(item)
    if left:
        raise relations.RelationError(f"rows would be lost with the merged item: {left}")
    ActionItem.objects.filter(pk=item.pk).delete()


def body_merge(*, body: Body, into: Body, by=None) -> int:
    """Merge a body into another: its items move there, its names become
    aliases of it, and it is deleted. Where `into` already has an item on the
    same paragraph, that item is kept and takes everything of the other
    (_item_fold). What refers to the body itself (partners, letters, replies,
    watches, children...) moves to `into`. Each item that changes gets a new
    version, so a form shown before the merge is stale. A relation the merge
    does not know (relations.MERGE_RULES) is refused before anything changes.
    Returns the number of items moved."""
    from decisions.models import ActionItem

    if body.pk == into.pk:
        raise DraftError(gettext("a body cannot be merged into itself"))
    moved = 0
    now = timezone.now()
    try:
        unknown = relations.unhandled(ActionItem, Body)
        if unknown:
            raise relations.RelationError(
                f"the merge does not know how to move {', '.join(unknown)}"
            )
        with transaction.atomic():
            body = Body.objects.select_for_update().get(pk=body.pk)
            into = Body.objects.select_for_update().get(pk=into.pk)
            changed: set[int] = set()
            for item in ActionItem.objects.select_for_update().filter(owner=body).order_by("pk"):
                kept = (
                    ActionItem.objects.select_for_update()
                    .filter(decision_id=item.decision_id, owner=into)
                    .first()
                )
                if kept is None:
                    ActionItem.objects.filter(pk=item.pk).update(owner=into)
                    item.partners.remove(into)
                    changed.add(item.pk)
                else:
                    _item_fold(item=item, kept=kept, body=body, by=by, now=now)
                    changed.add(kept.pk)
                moved += 1
            changed.update(ActionItem.objects.filter(partners=body).values_list("pk", flat=True))
            relations.fold(body, into, notes=[])
            _add_aliases(into, body.all_names())
            # The body kept keeps its working language; it takes the merged
            # one's only when it had none.
            into.working_language = into.working_language or body.working_language
            Body.objects.filter(pk=into.pk).update(
                aliases=into.aliases, working_language=into.working_language
            )
            ActionItem.objects.filter(pk__in=changed).update(
                version=F("version") + 1, updated_at=now
            )
            left = relations.still_referring(body)
            if left:
                raise relations.RelationError(f"rows would be lost with the merged body: {left}")
            body.delete()
            # The focal points moved with a query of their own (no signal):
            # what is kept of their access names the merged body.
            forget(into.focal_points.values_list("pk", flat=True))
    except relations.RelationError as e:
        raise DraftError(gettext("nothing was merged: %(why)s") % {"why": e}) from e
    return moved


WORKING_LANGUAGES = ("", "ar", "fr", "en")

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
    "working_language",
)


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
        language = entry.get("working_language", "")
        if language not in WORKING_LANGUAGES:
            raise RegistryError(
                f"{path}: entry {i} ({slug}): working_language must be ar, fr, en or empty"
            )
        seen.add(slug)
    return entries


def registry_reload(apps, schema_editor) -> None:
    """A data migration's step: the registry file loaded again into the
    migration's Body model (idempotent; a checkout without the file is left
    for `manage.py load_bodies`). Used by each migration that follows a
    change of fixtures/bodies.json."""
    try:
        entries = registry_read()
    except RegistryError:
        return
    bodies_sync(entries=entries, body_model=apps.get_model("decisions", "Body"))


def bodies_sync(*, entries: Sequence[dict], body_model: type[Body] = Body) -> tuple[int, int]:
    """Create or update the registered bodies from registry entries.

    Idempotent. Takes the model class so that the data migration can pass its
    historical model. Returns (created, updated)."""
    created = updated = 0
    # A migration before a field was added passes a model without it.
    known = {f.name for f in body_model._meta.get_fields()}
    fields = [f for f in REGISTRY_FIELDS if f in known]
    with transaction.atomic():
        by_slug = {
            b.slug: b for b in body_model.objects.filter(slug__in=[e["slug"] for e in entries])
        }
        for entry in entries:
            values = {f: entry.get(f) or ("" if f != "aliases" else []) for f in fields}
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
            # A working language staff set stays; the file fills an empty one.
            if getattr(body, "working_language", ""):
                values["working_language"] = body.working_language
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


def working_languages_fill(*, entries: Sequence[dict], body_model: type[Body] = Body) -> int:
    """Give the bodies of the registry file the working language it names,
    where the database has none yet (what staff set stays). Takes the model
    so that the data migration can pass its historical one. Returns the
    number of bodies filled."""
    filled = 0
    for entry in entries:
        language = entry.get("working_language") or ""
        if language:
            filled += body_model.objects.filter(slug=entry["slug"], working_language="").update(
                working_language=language
            )
    return filled
