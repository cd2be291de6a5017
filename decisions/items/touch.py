"""Every write that changes what an item's page shows touches the items it
concerns: their `page_changed_at` moves, part of the key of the cached item
page (decisions.items.page_cache) with `updated_at` (which the item's own
writes move, and which keys the dashboard, the lists and the follow-up
files: a comment does not redraw those).

The writes are caught by signals, connected in DecisionsConfig.ready:

- a row of any model that refers to an item (relations.references: comments,
  evidence, submissions, history, public status, lifecycle decisions,
  renewal links, overlap flags, member responses), saved or deleted, and the
  many-to-many links to items (partners, letters, themes) and of those rows
  (a comment's mentions), added, removed or cleared;
- the rows the page shows around them: a body (its names: owner, partner,
  a letter's recipient), a report, a paragraph and its translations, a
  theme, a letter and its replies, a user's name.

The writes that skip signals (QuerySet.update, bulk_create) touch the items
themselves, each where it writes (`touch_items`, `touch_bodies`): a merge
touches the items it keeps, the admin's "mark registered" the bodies' items;
the overlap scan's new flags (bulk_create) are not shown on item pages until
an editor decides one (a save). An item deleted touches the items whose
pages show it. The page key holds the stamp of all the items, so any touch
redraws every item page: what one item's page shows of another (its renewal
chain, related items, a letter's other recipients) is never stale either.

NOT_SHOWN names the references whose rows no item page shows;
tests/test_item_page_cache.py fails on a reference in neither."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import contextmanager
from contextvars import ContextVar

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.utils import timezone

from decisions import relations
from decisions.models import (
    ActionItem,
    Body,
    Comment,
    Decision,
    DecisionTranslation,
    Letter,
    LifecycleDecision,
    OverlapFlag,
    RenewalLink,
    Reply,
    Report,
    StatusUpdate,
    Submission,
    Theme,
    generation,
)

NOT_SHOWN = {
    "decisions.Notification.item": "a user's own notifications, on their own page",
    "decisions.Watch.item": "who watches an item: its page's watch button is the same for all",
}
# Rows created only together with a write of their item's own row, which
# moves its updated_at (part of the page's key): a new one touches nothing more.
CREATED_WITH_ITEM = {
    "decisions.StatusUpdate.item": "items.services.action_item_set_status updates the item; "
    "a merge's note (registry.services._item_fold) comes with the merge's own touch",
}
# Deleting these deletes the items (cascade or protect): nothing to touch.
ITEM_DELETIONS = (ActionItem, Decision, Report)
BATCH = 2000


_SKIPPED: ContextVar[bool] = ContextVar("items_touch_skipped", default=False)


@contextmanager
def new_items():
    """Within it, nothing is touched: for the links a writer makes to items
    it has just created in the same transaction (an import's partners and
    themes), whose pages no one has seen yet."""
    token = _SKIPPED.set(True)
    try:
        yield
    finally:
        _SKIPPED.reset(token)


def touch_items(ids: Iterable[int | None]) -> None:
    """Move the `page_changed_at` of these items (their updated_at and
    version stay)."""
    if _SKIPPED.get():
        return
    ids = sorted({i for i in ids if i is not None})
    now = timezone.now()
    for start in range(0, len(ids), BATCH):
        ActionItem.objects.filter(pk__in=ids[start : start + BATCH]).update(page_changed_at=now)


def touch_where(items: Q) -> None:
    """Move the `page_changed_at` of the items matching `items`, in one query
    (and the items' pages token, items or none: the report and body pages
    show the row that changed)."""
    if _SKIPPED.get():
        return
    generation.bump(pages_only=True)
    ActionItem.objects.filter(pk__in=ActionItem.objects.filter(items).values("pk")).update(
        page_changed_at=timezone.now()
    )


def item_fields(model) -> list:
    """The fields of `model` (not a many-to-many table) that refer to an item."""
    return [f for f in relations.references(ActionItem) if f.model is model]


# --- Rows that refer to an item ----------------------------------------------------


def _row_saved(sender, instance, raw=False, created=False, **kwargs) -> None:
    if created and any(f in _CREATED_WITH_ITEM for f in item_fields(sender)):
        return
    if not raw:  # loaddata (a restore) writes into an empty database
        touch_items(getattr(instance, f.attname) for f in item_fields(sender))


def _row_deleted(sender, instance, origin=None, **kwargs) -> None:
    model = origin.model if isinstance(origin, QuerySet) else type(origin)
    if issubclass(model, ITEM_DELETIONS):
        return  # the items go with it
    ids = {getattr(instance, f.attname) for f in item_fields(sender)}
    # One touch per item for a whole QuerySet.delete().
    seen = origin.__dict__.setdefault("_touched_items", set()) if origin is not None else set()
    touch_items(ids - seen)
    seen |= ids


def _item_saved(sender, instance, raw=False, update_fields=None, **kwargs) -> None:
    # save() moves updated_at (auto_now) unless update_fields leaves it out.
    if not raw and update_fields is not None and "updated_at" not in update_fields:
        touch_items([instance.pk])


def _item_deleting(sender, instance, **kwargs) -> None:
    """An item about to go: the items whose pages show it (its renewal chain,
    the items related to it) are touched; its own page is gone (404)."""
    pk = instance.pk
    touch_where(
        Q(pk__in=RenewalLink.objects.filter(earlier_item=pk).values("later_item"))
        | Q(pk__in=RenewalLink.objects.filter(later_item=pk).values("earlier_item"))
        | Q(pk__in=OverlapFlag.objects.filter(item_a=pk).values("item_b"))
        | Q(pk__in=OverlapFlag.objects.filter(item_b=pk).values("item_a"))
    )


def _links_changed(sender, instance, action, reverse, model, pk_set, **kwargs) -> None:
    """A many-to-many table with an item on one side (partners, letters,
    themes): the items on the item side."""
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    if isinstance(instance, ActionItem):
        touch_items([instance.pk])
    elif action == "pre_clear":
        _touch_linked(sender, instance)
    else:
        touch_items(pk_set or ())


def _touch_linked(through, other) -> None:
    """The items linked to `other` through the table `through`."""
    item_fk = next(f for f in through._meta.fields if f.related_model is ActionItem)
    other_fk = next(
        f for f in through._meta.fields if f.related_model and isinstance(other, f.related_model)
    )
    touch_items(
        through.objects.filter(**{other_fk.attname: other.pk}).values_list(
            item_fk.attname, flat=True
        )
    )


def _other_side_deleted(sender, instance, **kwargs) -> None:
    """A theme or a letter deleted: its links to items go without a signal."""
    for field in sender._meta.many_to_many:
        if field.related_model is ActionItem:
            _touch_linked(field.remote_field.through, instance)


def _row_links_changed(sender, instance, action, reverse, model, pk_set, **kwargs) -> None:
    """A many-to-many field of a row that refers to an item (a comment's
    mentions): the row's items."""
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    owner = next(f.related_model for f in sender._meta.fields if f.related_model in _ROW_MODELS)
    rows = [instance] if isinstance(instance, owner) else owner.objects.filter(pk__in=pk_set or ())
    if action == "pre_clear" and not isinstance(instance, owner):
        field = next(f for f in owner._meta.many_to_many if f.remote_field.through is sender)
        rows = owner.objects.filter(**{field.name: instance})
    touch_items(getattr(row, f.attname) for row in rows for f in item_fields(owner))


_ROW_MODELS: set = set()
_CREATED_WITH_ITEM: set = set()


# --- What the page shows around them ------------------------------------------------


def _body_changed(sender, instance, raw=False, created=False, **kwargs) -> None:
    if not (raw or created or instance.pk is None):
        touch_bodies([instance.pk])


def touch_bodies(ids: Iterable[int]) -> None:
    """The items whose pages show these bodies' names or flags: those they
    own, those they are partners of, those of the letters sent to them."""
    ids = list(ids)
    touch_where(Q(owner__in=ids) | Q(partners__in=ids) | Q(letters__recipients__in=ids))


def _report_saved(sender, instance, raw=False, created=False, **kwargs) -> None:
    if not (raw or created):  # a new one has no items yet
        touch_where(Q(decision__report=instance.pk))


def _page_row_written(sender, instance, raw=False, **kwargs) -> None:
    """A report or a paragraph saved or deleted, new or not, with items or
    none: the report page shows it (the items' pages token)."""
    if not raw:
        generation.bump(pages_only=True)


def _decision_saved(sender, instance, raw=False, created=False, **kwargs) -> None:
    if not (raw or created):  # a new one has no items yet
        touch_where(Q(decision=instance.pk))


def _translation_changed(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        touch_where(Q(decision=instance.decision_id))


def _theme_saved(sender, instance, raw=False, created=False, **kwargs) -> None:
    if not (raw or created):  # a new one has no items yet
        touch_where(Q(themes=instance.pk))


def _letter_changed(sender, instance, raw=False, created=False, **kwargs) -> None:
    # Its items, and those of the letters that chase it (they show its reference);
    # a new letter's items come after it (_links_changed).
    if not (raw or created):
        touch_where(Q(letters=instance.pk) | Q(letters__chases=instance.pk))


def _letter_recipients_changed(sender, instance, action, **kwargs) -> None:
    if action in ("post_add", "post_remove", "pre_clear"):
        if isinstance(instance, Letter):
            touch_where(Q(letters=instance.pk))
        else:  # a body's letters, changed from the body's side
            touch_where(Q(letters__recipients=instance.pk))


def _reply_changed(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        touch_where(Q(letters=instance.letter_id))


NAME_FIELDS = ("username", "first_name", "last_name")


def _user_saving(sender, instance, raw=False, update_fields=None, **kwargs) -> None:
    """Note whether a user's name changes (a sign-in saves last_login only)."""
    if raw or instance.pk is None:
        return
    if update_fields is not None and not set(update_fields) & set(NAME_FIELDS):
        return
    before = sender.objects.filter(pk=instance.pk).values_list(*NAME_FIELDS).first()
    now = tuple(getattr(instance, f) for f in NAME_FIELDS)
    instance._name_changed = before is not None and before != now


def _user_saved(sender, instance, raw=False, **kwargs) -> None:
    if not raw and instance.__dict__.pop("_name_changed", False):
        _touch_written_by(instance.pk)


def _user_deleted(sender, instance, **kwargs) -> None:
    # Their name on the items' pages becomes "unknown" (SET_NULL: no signal).
    _touch_written_by(instance.pk)


def _touch_written_by(user_id: int) -> None:
    """The items whose pages show a user's name."""
    written = [
        StatusUpdate.objects.filter(Q(author=user_id) | Q(submitted_by=user_id)),
        Comment.objects.filter(author=user_id),
        Submission.objects.filter(Q(author=user_id) | Q(reviewed_by=user_id)),
        LifecycleDecision.objects.filter(recorded_by=user_id),
    ]
    for rows in written:
        ActionItem.objects.filter(pk__in=rows.values("item_id")).update(
            page_changed_at=timezone.now()
        )


def connect() -> None:
    """Connect the receivers (DecisionsConfig.ready); dispatch_uid keeps it once."""
    for field in relations.references(ActionItem):
        label = relations.field_label(field)
        if label in NOT_SHOWN:
            continue
        model = field.model
        uid = f"items.touch.{label}"
        if model._meta.auto_created:  # a many-to-many table
            m2m_changed.connect(_links_changed, sender=model, dispatch_uid=uid)
            other = next(
                f.related_model for f in model._meta.fields
                if f.related_model not in (None, ActionItem)
            )  # fmt: skip
            if other is not Body:  # a body: _body_changed
                pre_delete.connect(_other_side_deleted, sender=other, dispatch_uid=f"{uid}.other")
            continue
        _ROW_MODELS.add(model)
        if label in CREATED_WITH_ITEM:
            _CREATED_WITH_ITEM.add(field)
        post_save.connect(_row_saved, sender=model, dispatch_uid=f"items.touch.{model._meta.label}")
        post_delete.connect(
            _row_deleted, sender=model, dispatch_uid=f"items.touch.del.{model._meta.label}"
        )
        for m2m in model._meta.many_to_many:
            m2m_changed.connect(
                _row_links_changed,
                sender=m2m.remote_field.through,
                dispatch_uid=f"{uid}.{m2m.name}",
            )
    post_save.connect(_item_saved, sender=ActionItem, dispatch_uid="items.touch.item")
    pre_delete.connect(_item_deleting, sender=ActionItem, dispatch_uid="items.touch.item.del")
    for sender in (Body,):
        post_save.connect(_body_changed, sender=sender, dispatch_uid="items.touch.body")
        pre_delete.connect(_body_changed, sender=sender, dispatch_uid="items.touch.body.del")
    post_save.connect(_report_saved, sender=Report, dispatch_uid="items.touch.report")
    post_save.connect(_decision_saved, sender=Decision, dispatch_uid="items.touch.decision")
    for model in (Report, Decision):
        for signal in (post_save, post_delete):
            uid = f"items.touch.page_row.{model.__name__}.{id(signal)}"
            signal.connect(_page_row_written, sender=model, dispatch_uid=uid)
    for signal in (post_save, post_delete):
        signal.connect(_translation_changed, sender=DecisionTranslation,
                       dispatch_uid=f"items.touch.translation.{id(signal)}")  # fmt: skip
        signal.connect(_reply_changed, sender=Reply, dispatch_uid=f"items.touch.reply.{id(signal)}")
    post_save.connect(_theme_saved, sender=Theme, dispatch_uid="items.touch.theme")
    post_save.connect(_letter_changed, sender=Letter, dispatch_uid="items.touch.letter")
    m2m_changed.connect(
        _letter_recipients_changed, sender=Letter.recipients.through,
        dispatch_uid="items.touch.letter_recipients",
    )  # fmt: skip
    user = get_user_model()
    pre_save.connect(_user_saving, sender=user, dispatch_uid="items.touch.user_saving")
    post_save.connect(_user_saved, sender=user, dispatch_uid="items.touch.user_saved")
    pre_delete.connect(_user_deleted, sender=user, dispatch_uid="items.touch.user_deleted")
