"""Helpers shared by the pages of every area: the site's address, the public
visit, the cache's context and lazy pagination."""

from __future__ import annotations

import datetime
import functools
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.paginator import Paginator
from django.db import connection
from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.utils.crypto import salted_hmac
from django.utils.functional import SimpleLazyObject

from decisions.models import (
    ActionItem,
    generation,
)
from decisions.permissions import reads_as_public


def site_url() -> str:
    """The site's address, from settings only (SITE_URL, required in production)."""
    return settings.SITE_URL.rstrip("/")


def site_domain() -> str:
    return urlsplit(site_url()).hostname or "localhost"


def is_public_visit(request: HttpRequest) -> bool:
    """A visitor who reads as the public (permissions.reads_as_public: not
    signed in, or without a role; only ever here with settings.PUBLIC_READ):
    the pages show each item's public status, note and time, never the
    internal ones."""
    return reads_as_public(request)


def items_stamp_sql() -> str:
    """Two columns for a query of fixed SQL: the latest `updated_at` and the
    latest id of the items (what ActionItem.objects.change_stamp reads), as
    stamp_last and stamp_top; read with the row a page needs, in one query."""
    q = connection.ops.quote_name
    items = q(ActionItem._meta.db_table)
    return (
        f"(SELECT MAX({q('updated_at')}) FROM {items}) AS stamp_last, "  # noqa: S608
        f"(SELECT MAX({q('id')}) FROM {items}) AS stamp_top"
    )


def items_stamp(request: HttpRequest) -> str:
    """The key of the content that changes with every item (the dashboard's,
    the item list's): the items' generation from the shared cache, read with
    the session when it was (decisions.models.generation), or without a
    shared cache the change stamp from the database."""
    if not generation.enabled():
        return ActionItem.objects.change_stamp()
    read = getattr(getattr(request, "session", None), "items_generation", None)
    prefetched = read[0] if read and read[1] == generation.writes() else None
    return f"g{generation.token(prefetched)}"


def pages_stamp(request: HttpRequest) -> str | None:
    """The key of content that changes with every write an item's page shows
    (the item page's): the items' pages token (decisions.models.generation),
    read with the session when it was; None without a shared cache (the
    caller then reads its stamps from the database)."""
    return token_read(request, generation.PAGES_KEY)


def token_read(request: HttpRequest, key: str) -> str | None:
    """The token `key` of decisions.models.generation (PAGE_KEYS), read with
    the session when it was (and no write of this request came after), or
    from the cache; None without a shared cache."""
    if not generation.enabled():
        return None
    read = getattr(getattr(request, "session", None), "tokens_read", None)
    prefetched = read[0].get(key) if read and read[1] == generation.writes() else None
    return f"{key[0]}{generation.token(prefetched, key)}"


def stamp_of(row) -> str:
    """The change stamp read with `row` (items_stamp_sql)."""
    return f"{row.stamp_top or 0}:{row.stamp_last}"


def cache_context(
    request: HttpRequest, today: datetime.date, *, change_stamp: str | None = None
) -> dict:
    """What a page's cached content (the `{% cache %}` block of its template,
    also keyed by the language) varies on: the day (overdue), the change stamp
    (every item created or updated), whether the visitor is signed in, and the
    query string (filters, sort, page). The page's own queries are lazy, so a
    cached request runs only the stamp's. The time bounds what the stamp does
    not signal (an admin renaming a body, a translation added). `change_stamp`:
    the items' stamp when the caller read it with its own row (stamp_of)."""
    public = is_public_visit(request)
    change_stamp = change_stamp or items_stamp(request)
    stamp = f"{today}:{change_stamp}:{'0' if public else '1'}"
    return {
        "stamp": stamp,
        # What the content may differ in between visitors: it is in the stamp.
        # Never the user itself inside the cached content (a form's token, a name).
        "public_visit": public,
        "query": request.GET.urlencode(),
        "cache_seconds": settings.DASHBOARD_CACHE_SECONDS,
    }


@functools.cache
def _placeholder(secret: str) -> str:
    return (
        "csrf" + salted_hmac("decisions.items.page_cache", "token", secret=secret).hexdigest()[:32]
    )


def token_placeholder() -> str:
    """What stands for the reader's CSRF token in content kept for many
    readers (the item page, the focal points of a body): not guessable
    (derived from SECRET_KEY), so no text a user writes can carry it;
    letters and digits only, so escaping leaves it as it is."""
    return _placeholder(settings.SECRET_KEY)


def kept_without_token(html: str, token: str) -> str:
    """Rendered content as it may be kept: the reader's token taken out."""
    return html.replace(token, token_placeholder())


def with_reader_token(html: str, request: HttpRequest, token: str | None = None) -> str:
    """Kept content with this reader's CSRF token put back in its forms:
    `token`, the one the rest of the page shows, when the caller has it
    (each get_token draws a new mask)."""
    placeholder = token_placeholder()
    if placeholder not in html:
        return html
    return html.replace(placeholder, token or get_token(request))


def lazy_page(items, request: HttpRequest, per_page: int, *, count=None):
    """A Paginator page that counts and reads only if the template asks for
    it, i.e. when its cached content is missing. `items`: a QuerySet, or a
    function that returns one (a FilterSet's qs validates its form: a query).
    `count`: the number of items when known already (no count query), or a
    function that returns it."""

    def get_page():
        paginator = Paginator(items() if callable(items) else items, per_page)
        if count is not None:
            paginator.count = count() if callable(count) else count
        return paginator.get_page(request.GET.get("page"))

    return SimpleLazyObject(get_page)


def pop_signed_preview(request: HttpRequest, key: str, *, salt: str, max_age: int) -> dict | None:
    """What an upload's preview kept signed in the session under `key`,
    taken out of it: None when it is missing, expired, forged or another
    user's (the confirmation then asks for the file again)."""
    token = request.session.pop(key, None)
    try:
        payload = signing.loads(token or "", salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None
    return payload if payload and payload.get("user") == request.user.pk else None
