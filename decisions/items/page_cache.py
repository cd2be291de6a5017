"""The item page's content, rendered once and kept in the cache.

What the page shows under its title depends on the item and everything that
hangs on it (its history, submissions, evidence, comments, letters, themes,
renewal links...), on the other items its lineage shows, on the day (overdue,
"asked N days ago"), on the language, and on what the reader may see and do
(the flags below). The content is kept under a key made of all of those:

- with a shared cache, the items' pages token (decisions.models.generation,
  read with the session: no query), replaced after every write to the items
  table, `page_changed_at` alone included; without one, the item's own
  `updated_at`, `page_changed_at` and `version`, and the latest of each over
  all the items with the latest id (item_head: one query). The item's own
  writes move `updated_at`; every other write that changes what an item page
  shows touches `page_changed_at` of the items it concerns
  (decisions.items.touch: signals on every model that refers to an item, on
  the bodies, reports, paragraphs, themes, letters and users' names), so no
  page is served from before the write, nor a page that shows another item
  (its lineage);
- the reader's flags: reads as the public, sees the internal work, may
  record an update, submits for review, reviews (and decides lifecycles);
- the day and the language.

Nothing of one user is kept: the CSRF tokens of the page's forms are kept as
a placeholder and the reader's own token is put in on the way out; the
user's name and the menu are in base.html, outside the content. A page with
a bound form (what a user typed, its errors, a conflict) is never kept."""

from __future__ import annotations

import hashlib

from django.core.cache import caches
from django.db import connection
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language

from decisions.models import ActionItem, Body
from decisions.permissions import (
    can_review,
    can_see_internal,
    can_update,
    needs_review,
    reads_as_public,
)
from decisions.web import kept_without_token

CONTENT_TEMPLATE = "decisions/items/_page.html"
# Every write touches what it changes, so the time only bounds what could
# slip between two writers' clocks (a stamp of an earlier time committed later).
KEEP_SECONDS = 600


def reader_flags(request, item: ActionItem) -> dict[str, bool]:
    """All that the content varies on about the reader: each is asked of
    the permissions, none runs a query (decisions.user_access)."""
    user = request.user
    public = reads_as_public(request)
    internal = not public and can_see_internal(user, item)
    updater = not public and can_update(user, item)
    review = updater and needs_review(user, item)
    return {
        "public": public,
        "internal": internal,
        "apply": updater and not review,
        "submit": internal and review,
        "review": not public and can_review(user),
    }


# The flags of a reader who may review: the same for every item (they see
# the internal work of all, and record updates without review), so their
# page's key needs nothing of the item. tests/test_item_page_cache.py checks
# them against reader_flags.
REVIEWER_FLAGS = {"public": False, "internal": True, "apply": True, "submit": False, "review": True}
PUBLIC_FLAGS = {"public": True, "internal": False, "apply": False, "submit": False, "review": False}


def flags_for_any_item(request) -> dict[str, bool] | None:
    """The reader's flags when they are the same whatever the item (a
    visitor who reads as the public, a reviewer), else None (a focal point:
    they depend on the item's owner)."""
    if reads_as_public(request):
        return PUBLIC_FLAGS
    if can_review(request.user):
        return REVIEWER_FLAGS
    return None


class Head:
    """What a request needs of its item before the content: its owner (the
    reader's permissions), its status and version (the update form), and
    the key's stamps."""

    __slots__ = ("item", "stamp")

    def __init__(self, item: ActionItem, stamp: str) -> None:
        self.item, self.stamp = item, stamp


def item_head(pk: int) -> Head | None:
    """The item's head in one query of fixed SQL: the ORM would spend more
    time building this query than the database takes to run it. None when
    there is no such item."""
    q = connection.ops.quote_name
    items, bodies = q(ActionItem._meta.db_table), q(Body._meta.db_table)
    # Names from the models' _meta, quoted; the id a parameter.
    sql = (
        f"SELECT i.{q('owner_id')}, b.{q('slug')}, i.{q('status')}, i.{q('version')}, "  # noqa: S608
        f"i.{q('updated_at')}, i.{q('page_changed_at')}, "
        f"(SELECT MAX({q('updated_at')}) FROM {items}), "
        f"(SELECT MAX({q('page_changed_at')}) FROM {items}), "
        f"(SELECT MAX({q('id')}) FROM {items}) "
        f"FROM {items} i JOIN {bodies} b ON b.{q('id')} = i.{q('owner_id')} "
        f"WHERE i.{q('id')} = %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [pk])
        row = cursor.fetchone()
    if row is None:
        return None
    owner_id, slug, status, version, *stamps = row
    item = ActionItem(pk=pk, owner_id=owner_id, status=status, version=version)
    item.owner = Body(pk=owner_id, slug=slug)
    return Head(item, ":".join(str(s) for s in stamps))


def head_stamp(head: Head) -> str:
    """The stamp of page_key without a shared cache: the item's own and that
    of all the items (the latest updated_at, the latest id), its version."""
    return f"{head.stamp}:{head.item.version}"


def page_key(pk: int, stamp: str, flags: dict[str, bool]) -> str:
    """The item, the stamp (web.pages_stamp, or head_stamp), the day, the
    language and the flags."""
    parts = [
        str(pk),
        stamp,
        str(timezone.localdate()),
        get_language() or "",
        "".join("1" if flags[k] else "0" for k in sorted(flags)),
    ]
    return "item_page:" + hashlib.sha256("\x00".join(parts).encode()).hexdigest()


def cached_page(key: str) -> tuple[str, str] | None:
    """The title and the content kept under `key` (the content with the
    placeholder for the token): in the shared cache, and in front of it in
    the process's memory (tracker.layered_cache: a key's content never
    changes, a change makes a new key), so a page read again skips a Redis
    round trip and the unpickling of its content."""
    return caches["pages"].get(key)


def render_content(request, title: str, ctx: dict, *, key: str | None) -> str:
    """The content rendered for this reader; with a key, also kept with
    the page's title, the placeholder where the reader's token was (a page
    with a bound form: never)."""
    token = get_token(request)
    html = render_to_string(CONTENT_TEMPLATE, {**ctx, "csrf_token": token}, request)
    if key is not None:
        caches["pages"].set(key, (title, kept_without_token(html, token)), KEEP_SECONDS)
    return html
