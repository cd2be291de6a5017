"""The items' generation: a token in the shared cache, replaced after every
write to the items table commits, read instead of the items' change stamp
from the database (ActionItem.objects.change_stamp, a round trip on every
request).

The dashboard and the item list key their cached content by it
(decisions.web.items_stamp); the session engine reads it in the same round
trip as the session (decisions.accounts.session_user), so a page from the
cache asks nothing of the database. Only with a shared cache
(settings.ITEMS_GENERATION, on with REDIS_URL): a process's own memory cache
would miss the other processes' writes, and those pages read the stamp from
the database as before.

Caught where the change stamp's own input changes: every statement that
writes the items table (INSERT, UPDATE, DELETE, TRUNCATE...), watched on
each database connection (an execute wrapper, installed as the connection
opens). Whatever issues it is seen: a save, a delete and its cascades, the
QuerySet's update and bulk writes, a manager without ActionItemQuerySet
(Model._base_manager), a proxy model, loaddata, a migration, SQL run
through Django's connection; a new write path cannot slip past.
tests/test_items_generation_paths.py goes through them. An update of
`page_changed_at` alone leaves it, as the change stamp ignores it
(decisions.items.touch: what an item's own page shows). A token is random
and never used twice: one lost (evicted, Redis emptied) is replaced by a new
one, so content kept under an older token is never shown again. What no
write to the table signals (a body renamed, SQL run outside Django, a
process without REDIS_URL writing the same database, a token that could
not be replaced because Redis failed after the commit) shows within the
cached content's time (settings.DASHBOARD_CACHE_SECONDS).

A second token, the items' pages (PAGES_KEY), is replaced by the same
statements and also by an update of `page_changed_at` alone: what an item's
page shows (decisions.items.touch moves it for every write the page shows).
The item page keys its cached content by it (decisions.items.page_cache), so
that page too asks nothing of the database when its content is kept; the
report and body pages key their content and their row by it too (a report's,
a paragraph's or a body's write replaces it: decisions.items.touch).

A third, the people token (PEOPLE_KEY), is replaced after every change to a
user or to the bodies' focal points: the body page keeps its focal points
(decisions.progress.body_row) under it.
"""

from __future__ import annotations

import logging
import re
import secrets
import threading
from functools import partial

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.backends.signals import connection_created
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

logger = logging.getLogger(__name__)
KEY = "items:generation"
PAGES_KEY = "items:pages"  # also replaced by a write of page_changed_at alone
PEOPLE_KEY = "bodies:people"  # replaced by a change to a user or to a body's focal points
PAGE_KEYS = (PAGES_KEY, PEOPLE_KEY)  # read with the session (decisions.web.token_read)
TABLE = "decisions_actionitem"  # what the change stamp reads
# A statement that writes a table, and the table(s) it writes: the first
# name after its verb (TRUNCATE: each name of its list), quoted or not,
# with or without its schema. Any other statement (SELECT...) is not read.
_LEAD = r"\s*(?:/\*.*?\*/\s*|--[^\n]*\n\s*)*"  # comments before the verb (a tracing tag)
_WRITES = re.compile(
    _LEAD + r"(?P<verb>INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|MERGE\s+INTO"
    r"|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?|COPY)"
    r"(?:\s+ONLY)?\s+(?P<names>[\w.\"]+(?:\s*,\s*[\w.\"]+)*)",
    re.IGNORECASE | re.DOTALL,
)
# A statement of a common table expression may write any table it names.
_WITH = re.compile(_LEAD + r"WITH\b", re.IGNORECASE | re.DOTALL)
_NAMED = re.compile(rf"(?<![\w]){TABLE}(?![\w])", re.IGNORECASE)
# An update of `page_changed_at` alone, which the change stamp ignores too.
_PAGE_ONLY = re.compile(
    rf'\s*UPDATE\s+"?{TABLE}"?\s+SET\s+"?page_changed_at"?\s*=\s*(?:%s(?:::[\w ]+)?|NULL)'
    r"(?:\s+WHERE\b|\s*$)",
    re.IGNORECASE,
)
_written = threading.local()  # writes this thread bumped: a token read before one is stale


def enabled() -> bool:
    return bool(settings.ITEMS_GENERATION)


def writes() -> int:
    return getattr(_written, "n", 0)


def _replace(keys=(KEY, PAGES_KEY)) -> None:
    cache.set_many({key: secrets.token_hex(8) for key in keys}, None)


def _robust(keys) -> None:
    try:
        _replace(keys)
    except Exception:  # the content then shows the change within its time
        logger.exception("the items' generation could not be replaced")


def bump(
    *, using: str = DEFAULT_DB_ALIAS, pages_only: bool = False, keys: tuple[str, ...] = ()
) -> None:
    """Replace the tokens once the current transaction commits (at once
    outside one), once per transaction; `pages_only`: the items' pages
    token alone (a write of page_changed_at alone); `keys`: these alone."""
    if not enabled():
        return
    _written.n = writes() + 1
    keys = keys or ((PAGES_KEY,) if pages_only else (KEY, PAGES_KEY))
    connection = connections[using]
    if not connection.in_atomic_block and not connection.get_autocommit():
        # A transaction managed by hand: no commit to wait for (robust, as below).
        _robust(keys)
        return
    # Django replaces this list when the transaction (or a savepoint) ends.
    waiting = getattr(connection, "_items_bump", None)
    if connection.in_atomic_block and waiting and waiting[0] is connection.run_on_commit:
        waiting[1].update(keys)  # the callback already waiting replaces these too
        return
    pending = set(keys)
    # robust: a cache that fails after the commit must not fail the write;
    # the content then shows the change within its time.
    transaction.on_commit(partial(_replace, pending), using=using, robust=True)
    if connection.in_atomic_block:
        # Outside one, the callback ran at once and the list stays: marked,
        # the next transaction's first write would wait for nothing.
        connection._items_bump = (connection.run_on_commit, pending)


def writes_items(sql: str) -> str | None:
    """The verb of `sql` (INSERT, UPDATE...) when it may write the items
    table (what the change stamp reads), else None."""
    verb = writes_table(sql)
    return None if verb and _PAGE_ONLY.match(sql) else verb


def writes_table(sql: str) -> str | None:
    """The verb of `sql` when it may write the items table, what the change
    stamp reads or page_changed_at alone (what the items' pages show)."""
    found = _WRITES.match(sql)
    if found is None:
        return "WITH" if _WITH.match(sql) and _NAMED.search(sql) else None
    names = (n.strip().replace('"', "").rsplit(".", 1)[-1] for n in found["names"].split(","))
    if any(n.lower() == TABLE for n in names):
        return found["verb"].split()[0].upper()
    return None


def _watch(execute, sql, params, many, context):
    """An execute wrapper: a statement that wrote the items table bumps
    (page_changed_at alone: the pages' token alone)."""
    result = execute(sql, params, many, context)
    if enabled() and isinstance(sql, str):
        verb = writes_table(sql)
        # An update or a delete that matched no row changed nothing (its
        # count is known at once, unless it returns rows).
        if (
            verb in ("UPDATE", "DELETE")
            and "RETURNING" not in sql.upper()
            and getattr(context["cursor"], "rowcount", -1) == 0
        ):
            verb = None
        if verb:
            bump(using=context["connection"].alias, pages_only=bool(_PAGE_ONLY.match(sql)))
    return result


def token(prefetched: str | None = None, key: str = KEY) -> str:
    """The current token (`key`: KEY or PAGES_KEY): `prefetched` (read with
    the session) or the cache's; a new one if it was lost."""
    if prefetched:
        return prefetched
    found = cache.get(key)
    if found is None:
        cache.add(key, secrets.token_hex(8), None)
        found = cache.get(key)
    # The cache unreadable: a token of this request alone (nothing reused).
    return found or secrets.token_hex(8)


def _opened(sender, connection, **kwargs) -> None:
    if _watch not in connection.execute_wrappers:
        # First (the outermost): a wrapper added for a while by
        # connection.execute_wrapper() is the last, which it removes.
        connection.execute_wrappers.insert(0, _watch)


def _migrated(sender, using=DEFAULT_DB_ALIAS, **kwargs) -> None:
    bump(using=using)  # a migration may change the rows without writing them (a column's type)


def _people_changed(sender, raw=False, action="post_add", **kwargs) -> None:
    if not raw and action in ("post_add", "post_remove", "post_clear"):
        bump(keys=(PEOPLE_KEY,))


def connect() -> None:
    """Watch every database connection as it opens (and those already
    open), connected in DecisionsConfig.ready; and the users and the
    bodies' focal points (the people token)."""
    from django.contrib.auth import get_user_model

    from decisions.models import Body

    connection_created.connect(_opened, dispatch_uid="items.generation.watch")
    for connection in connections.all(initialized_only=True):
        _opened(None, connection)
    post_migrate.connect(_migrated, dispatch_uid="items.generation.migrate")
    for signal in (post_save, post_delete):
        signal.connect(_people_changed, sender=get_user_model(),
                       dispatch_uid=f"people.generation.user.{id(signal)}")  # fmt: skip
    m2m_changed.connect(_people_changed, sender=Body.focal_points.through,
                        dispatch_uid="people.generation.focal_points")  # fmt: skip
