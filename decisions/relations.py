"""What hangs on an action item or a body, read from `_meta`, and what a
merge does with each of it.

`references(model)` finds every foreign key and one-to-one field, in any
installed model, that points at `model`: the tables behind many-to-many
fields included, and the relations without a reverse name (related_name
"+"), which `_meta.related_objects` leaves out. The merge (body_merge) walks
them; it refuses, naming the field, a relation MERGE_RULES does not know,
and it deletes nothing while a row still refers to what it deletes. The
backup, the public/internal registry (decisions.visibility) and the security
matrix are checked against the same walk (tests/test_relations.py), so a new
model is handled everywhere or named."""

from __future__ import annotations

from collections.abc import Callable

from django.apps import apps
from django.db import models
from django.db.models import F


class RelationError(Exception):
    """A merge met a relation it does not know, or would lose a row."""


def field_label(field: models.Field) -> str:
    """The field as app.Model.field, e.g. "decisions.Comment.item"; a
    many-to-many table is named as Django names it: "decisions.Letter_items.actionitem"."""
    return f"{field.model._meta.label}.{field.name}"


def model_of(key: str) -> type[models.Model]:
    """The model of a field_label()."""
    app_label, rest = key.split(".", 1)
    return apps.get_model(app_label, rest.rsplit(".", 1)[0])


def references(model: type[models.Model]) -> list[models.Field]:
    """Every concrete foreign key or one-to-one field that points at `model`,
    sorted by label."""
    found = [
        rel.field
        for rel in model._meta.get_fields(include_hidden=True)
        if rel.auto_created and not rel.concrete and (rel.one_to_many or rel.one_to_one)
    ]
    return sorted(found, key=field_label)


def hanging_models(*roots: type[models.Model]) -> list[type[models.Model]]:
    """The models that refer to `roots`, and those that refer to them in
    turn, roots included (a body refers to its parent body; an item to its
    owner), sorted by label."""
    seen: dict[str, type[models.Model]] = {}
    todo = list(roots)
    while todo:
        model = todo.pop()
        if model._meta.label in seen:
            continue
        seen[model._meta.label] = model
        todo.extend(f.model for f in references(model))
    return [seen[k] for k in sorted(seen)]


def stored_with(model: type[models.Model]) -> type[models.Model]:
    """The model whose rows carry `model`'s in a fixture: a many-to-many
    table's rows go with the model that declares the field."""
    if model._meta.auto_created:
        return model._meta.auto_created
    return model


# --- What a merge does with each relation --------------------------------------

MOVE = "move"  # every row now points at the kept object
UNION = "union"  # as MOVE; a row the kept object already has is dropped (it says no more)
BY_MERGE = "by merge"  # body_merge does it itself: the items of a body

Rule = str | Callable[..., None]


def _rows(field: models.Field, obj: models.Model) -> models.QuerySet:
    return field.model._base_manager.filter(**{field.name: obj})


def _unique_sets(field: models.Field) -> list[tuple[str, ...]]:
    """For each unique constraint on `field`'s model that includes it, the
    other fields of the constraint (none for a unique field)."""
    meta = field.model._meta
    sets = [tuple(s) for s in meta.unique_together]
    sets += [
        tuple(c.fields)
        for c in meta.constraints
        if isinstance(c, models.UniqueConstraint) and c.fields and c.condition is None
    ]
    out = [tuple(n for n in s if n != field.name) for s in sets if field.name in s]
    if field.unique:
        out.append(())
    return out


def _twin(field: models.Field, row: models.Model, new: models.Model) -> models.Model | None:
    """The row `new` already has that `row` would duplicate once moved."""
    meta = field.model._meta
    for others in _unique_sets(field):
        lookup = {field.name: new}
        lookup.update({n: getattr(row, meta.get_field(n).attname) for n in others})
        twin = field.model._base_manager.filter(**lookup).exclude(pk=row.pk).first()
        if twin is not None:
            return twin
    return None


def _union(field, old, new, notes, *, combine=None) -> None:
    for row in _rows(field, old):
        twin = _twin(field, row, new)
        if twin is None:
            field.model._base_manager.filter(pk=row.pk).update(**{field.name: new})
            continue
        if combine is not None:
            combine(twin, row)
        row.delete()


def _partners_of_item(field, old, new, notes) -> None:
    """The merged item's partners become the kept item's, but its owner."""
    _rows(field, old).filter(body_id=new.owner_id).delete()
    _union(field, old, new, notes)


def _partners_of_body(field, old, new, notes) -> None:
    """Items that had the merged body as partner have the kept one, unless
    they are its own."""
    _rows(field, old).filter(actionitem__owner=new).delete()
    _union(field, old, new, notes)


def _ancestors(body) -> list[int]:
    """The ids of a body's parent, its parent's parent... (bounded: a cycle
    cannot hang the walk)."""
    manager, found, current = type(body)._base_manager, [], body.parent_id
    while current is not None and current not in found and current != body.pk:
        found.append(current)
        current = manager.filter(pk=current).values_list("parent_id", flat=True).first()
    return found


def _children(field, old, new, notes) -> None:
    """Its children become the kept body's. Merging an ancestor into one of
    its descendants, the kept body takes the ancestor's parent: no body
    becomes its own ancestor."""
    if old.pk in _ancestors(new):
        new.parent_id = old.parent_id if old.parent_id != new.pk else None
        type(new)._base_manager.filter(pk=new.pk).update(parent=new.parent_id)
    _rows(field, old).exclude(pk=new.pk).update(parent=new)


def _reminders(field, old, new, notes) -> None:
    def add_counts(twin, row):
        type(twin)._base_manager.filter(pk=twin.pk).update(n_items=F("n_items") + row.n_items)

    _union(field, old, new, notes, combine=add_counts)


def _public_status(field, old, new, notes) -> None:
    """The kept item's public status stays; the merged one's, if both have
    one, is written in the merge note (internal), so it is not lost."""
    mine = _rows(field, old).first()
    if mine is None:
        return
    if not _rows(field, new).exists():
        _rows(field, old).update(item=new)
        return
    notes.append(f"its public status was {mine.get_status_display()}: {mine.note or '-'}")
    mine.delete()


_DECIDED = {"confirmed": 2, "related": 2, "rejected": 1, "dismissed": 1}


def _links(field, old, new, notes, *, ends: tuple[str, str], ordered: bool, what: str) -> None:
    """A link between two items (a renewal, an overlap flag) moves to the
    kept item. One between the two merged items goes with the merge; one the
    kept item already has keeps the more decided of the two."""
    model = field.model._base_manager
    for link in _rows(field, old):
        a, b = (getattr(link, f"{end}_id") for end in ends)
        a, b = (new.pk if x == old.pk else x for x in (a, b))
        if a == b:
            notes.append(f"the {what} between the two items was dropped")
            link.delete()
            continue
        if ordered and a > b:
            a, b = b, a
        pair = {f"{ends[0]}_id": a, f"{ends[1]}_id": b}
        twin = model.filter(**pair).exclude(pk=link.pk).first()
        if twin is not None:
            if _DECIDED.get(link.state, 0) <= _DECIDED.get(twin.state, 0):
                link.delete()
                continue
            twin.delete()
        model.filter(pk=link.pk).update(**pair)


def _responses(field, old, new, notes) -> None:
    """A response moves to the kept item or body; where the kept one already
    has one for the same item and member, the one recorded last stays."""

    def later_wins(twin, row):
        if (row.recorded_at, row.pk) > (twin.recorded_at or row.recorded_at, twin.pk):
            fields = ("status", "on", "note", "link", "recorded_by_id", "recorded_at")
            values = {f: getattr(row, f) for f in fields}
            type(twin)._base_manager.filter(pk=twin.pk).update(version=F("version") + 1, **values)

    _union(field, old, new, notes, combine=later_wins)


def _renewals(field, old, new, notes) -> None:
    _links(field, old, new, notes, ends=("earlier_item", "later_item"), ordered=False,
           what="renewal link")  # fmt: skip


def _overlaps(field, old, new, notes) -> None:
    _links(field, old, new, notes, ends=("item_a", "item_b"), ordered=True, what="overlap flag")


MERGE_RULES: dict[str, Rule] = {
    # What refers to an action item, when it is folded into the kept item of
    # the same paragraph (item_fold).
    "decisions.ActionItem_partners.actionitem": _partners_of_item,
    "decisions.Comment.item": MOVE,
    "decisions.Evidence.item": MOVE,
    "decisions.Letter_items.actionitem": UNION,
    "decisions.LifecycleDecision.item": MOVE,
    "decisions.MemberResponse.item": _responses,
    "decisions.MemberResponseChange.item": MOVE,  # the histories of both, side by side
    "decisions.Notification.item": MOVE,
    "decisions.OverlapFlag.item_a": _overlaps,
    "decisions.OverlapFlag.item_b": _overlaps,
    "decisions.PublicStatus.item": _public_status,
    "decisions.RenewalLink.earlier_item": _renewals,
    "decisions.RenewalLink.first_item": MOVE,
    "decisions.RenewalLink.later_item": _renewals,
    "decisions.StatusUpdate.item": MOVE,
    "decisions.Submission.item": MOVE,
    "decisions.Theme_items.actionitem": UNION,
    "decisions.Watch.item": UNION,
    # What refers to a body, when it is merged into another (body_merge).
    "decisions.ActionItem.owner": BY_MERGE,
    "decisions.ActionItem_partners.body": _partners_of_body,
    "decisions.Body.parent": _children,
    "decisions.Body_focal_points.body": UNION,
    "decisions.Letter_recipients.body": UNION,
    "decisions.MemberResponse.member": _responses,
    "decisions.MemberResponseChange.member": MOVE,
    "decisions.Membership.collective": UNION,
    "decisions.Membership.member": UNION,
    "decisions.ReminderSent.body": _reminders,
    "decisions.Reply.sender": MOVE,
    "decisions.Watch.body": UNION,
}


# The rules that only re-point rows; the others may drop a row the kept
# object already has, which is safe only while nothing hangs on that row
# (tests/test_relations.py checks it).
REPOINT_ONLY: tuple[Rule, ...] = (MOVE, BY_MERGE, _children)


def unhandled(*targets: type[models.Model]) -> list[str]:
    """The fields referring to `targets` that MERGE_RULES does not know."""
    return [
        field_label(f)
        for model in targets
        for f in references(model)
        if field_label(f) not in MERGE_RULES
    ]


def fold(old: models.Model, new: models.Model, *, notes: list[str]) -> None:
    """Make everything that refers to `old` refer to `new` (of the same
    model), by MERGE_RULES; BY_MERGE relations are left to the caller.
    Notes what could not be kept as a row in `notes`."""
    missing = unhandled(type(old))
    if missing:
        raise RelationError(f"the merge does not know how to move {', '.join(missing)}")
    for field in references(type(old)):
        rule = MERGE_RULES[field_label(field)]
        if rule == BY_MERGE:
            continue
        if rule == MOVE:
            _rows(field, old).update(**{field.name: new})
        elif rule == UNION:
            _union(field, old, new, notes)
        else:
            rule(field, old, new, notes)


def still_referring(obj: models.Model) -> list[str]:
    """The fields through which a row still refers to `obj`: deleting it
    then would cascade to them (or be refused)."""
    return [field_label(f) for f in references(type(obj)) if _rows(f, obj).exists()]
