"""The items' generation: a token in the shared cache, replaced after every
write to the items table commits (an item created, saved, updated, deleted,
one by one or in bulk), read instead of the items' change stamp from the
database (ActionItem.objects.change_stamp, a round trip on every request).

The dashboard and the item list key their cached content by it
(decisions.web.items_stamp); the session engine reads it in the same round
trip as the session (decisions.accounts.session_user), so a page from the
cache asks nothing of the database. Only with a shared cache
(settings.ITEMS_GENERATION, on with REDIS_URL): a process's own memory cache
would miss the other processes' writes, and those pages read the stamp from
the database as before.

Caught: an item's save and delete (signals, cascades included), and the
QuerySet's update, bulk_create and bulk_update (ActionItemQuerySet), except
an update of `page_changed_at` alone, which the change stamp ignores too
(decisions.items.touch: what an item's own page shows). A token is random
and never used twice: one lost (evicted, Redis emptied) is replaced by a new
one, so content kept under an older token is never shown again. What no
write here signals (a body renamed, a migration's SQL) shows within the
cached content's time (settings.DASHBOARD_CACHE_SECONDS), as before.
"""

from __future__ import annotations

import secrets
import threading

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models.signals import post_delete, post_migrate, post_save

KEY = "items:generation"
# The fields whose update alone leaves the generation (and the change stamp) alone.
IGNORED = frozenset({"page_changed_at"})
_written = threading.local()  # writes this thread bumped: a token read before one is stale


def enabled() -> bool:
    return bool(settings.ITEMS_GENERATION)


def writes() -> int:
    return getattr(_written, "n", 0)


def _replace() -> None:
    cache.set(KEY, secrets.token_hex(8), None)


def bump(fields=None, *, using: str = DEFAULT_DB_ALIAS) -> None:
    """Replace the token once the current transaction commits (at once
    outside one), once per transaction; `fields`: the fields written, when
    known (an update of IGNORED fields alone changes nothing)."""
    if not enabled() or (fields is not None and set(fields) <= IGNORED):
        return
    _written.n = writes() + 1
    connection = connections[using]
    if connection.in_atomic_block and any(e[1] is _replace for e in connection.run_on_commit):
        return
    # robust: a cache that fails after the commit must not fail the write;
    # the content then shows the change within its time.
    transaction.on_commit(_replace, using=using, robust=True)


def token(prefetched: str | None = None) -> str:
    """The current token: `prefetched` (read with the session) or the cache's;
    a new one if it was lost."""
    if prefetched:
        return prefetched
    found = cache.get(KEY)
    if found is None:
        cache.add(KEY, secrets.token_hex(8), None)
        found = cache.get(KEY)
    # The cache unreadable: a token of this request alone (nothing reused).
    return found or secrets.token_hex(8)


def _saved(sender, update_fields=None, using=DEFAULT_DB_ALIAS, **kwargs) -> None:
    bump(update_fields, using=using)


def _deleted(sender, using=DEFAULT_DB_ALIAS, **kwargs) -> None:
    bump(using=using)


def _migrated(sender, using=DEFAULT_DB_ALIAS, **kwargs) -> None:
    bump(using=using)  # a data migration's writes send no signal


def connect(model) -> None:
    """The signals of `model` (ActionItem), connected in DecisionsConfig.ready."""
    post_save.connect(_saved, sender=model, dispatch_uid="items.generation.save")
    post_delete.connect(_deleted, sender=model, dispatch_uid="items.generation.delete")
    post_migrate.connect(_migrated, dispatch_uid="items.generation.migrate")
