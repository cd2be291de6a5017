"""The body page's one query: the body, the items' change stamp and the
body's focal points, in fixed SQL read through a plain cursor. Through the
ORM (a RawQuerySet of the body's table joined to its users), building the
query and the rows cost a third of the page's time served from the cache.

With a shared cache (settings.ITEMS_GENERATION) the rows are kept instead
(kept_body_row), under the items' pages token (a body's write replaces it:
decisions.items.touch) and the people token (a change to a user or to a
body's focal points: decisions.models.generation), both read with the
session: a page from the cache asks nothing of the database."""

from __future__ import annotations

import functools

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import Http404

from decisions.models import Body
from decisions.registry.focal_points import focal_points_from_rows, focal_points_join
from decisions.web import items_stamp_sql


@functools.cache
def _sql(vendor: str, stamp: bool = True) -> str:
    """The query for a database of `vendor` (its quoting), built once;
    `stamp`: with the items' change stamp."""
    q = connection.ops.quote_name
    columns, joins, order = focal_points_join("b")
    fields = ", ".join(f"b.{q(f.column)}" for f in Body._meta.concrete_fields)
    stamp_sql = f"{items_stamp_sql()}, " if stamp else ""
    return (
        f"SELECT {fields}, {stamp_sql}{columns} "  # noqa: S608
        f"FROM {q(Body._meta.db_table)} b {joins} WHERE b.{q('slug')} = %s ORDER BY {order}"
    )


def _rows(slug: str, *, stamp: bool) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(_sql(connection.vendor, stamp), [slug])
        rows = cursor.fetchall()
    if not rows:
        raise Http404
    return [tuple(row) for row in rows]


def _built(rows: list[tuple], *, stamp: bool) -> tuple[Body, list]:
    fields = Body._meta.concrete_fields
    values = []
    for field, value in zip(fields, rows[0], strict=False):
        # What the ORM does to a column's value read from this database.
        col = field.get_col(Body._meta.db_table)
        for convert in connection.ops.get_db_converters(col) + field.get_db_converters(connection):
            value = convert(value, col, connection)
        values.append(value)
    body = Body.from_db(connection.alias, [f.attname for f in fields], values)
    n = len(fields)
    if stamp:
        body.stamp_last, body.stamp_top = rows[0][n], rows[0][n + 1]
        n += 2
    return body, focal_points_from_rows(row[n:] for row in rows)


def body_row(slug: str) -> tuple[Body, list]:
    """The body (with stamp_last and stamp_top: decisions.web.stamp_of) and
    its focal points (registry.focal_points.focal_points_from_rows); 404
    when there is no such body."""
    return _built(_rows(slug, stamp=True), stamp=True)


def kept_body_row(slug: str, *tokens: str) -> tuple[Body, list]:
    """The body (no stamp) and its focal points, their rows kept under
    `tokens` (the pages and people tokens: decisions.web.token_read); a new
    object of each for every request."""
    key = f"body_row:{slug}:{':'.join(tokens)}"
    rows = caches["pages"].get(key)
    if rows is None:
        rows = _rows(slug, stamp=False)
        caches["pages"].set(key, rows, settings.DASHBOARD_CACHE_SECONDS)
    return _built(rows, stamp=False)
