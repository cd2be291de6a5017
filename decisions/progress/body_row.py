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

import copy
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


def _converted(row: tuple) -> list:
    """The body's columns as the ORM reads them from this database."""
    values = []
    for field, value in zip(Body._meta.concrete_fields, row, strict=False):
        col = field.get_col(Body._meta.db_table)
        for convert in connection.ops.get_db_converters(col) + field.get_db_converters(connection):
            value = convert(value, col, connection)
        values.append(value)
    return values


def _built(values: list, people: list[tuple]) -> tuple[Body, list]:
    """The body of its converted `values`, its focal points of their rows."""
    fields = Body._meta.concrete_fields
    body = Body.from_db(connection.alias, [f.attname for f in fields], values)
    return body, focal_points_from_rows(people)


def body_row(slug: str) -> tuple[Body, list]:
    """The body (with stamp_last and stamp_top: decisions.web.stamp_of) and
    its focal points (registry.focal_points.focal_points_from_rows); 404
    when there is no such body."""
    rows = _rows(slug, stamp=True)
    n = len(Body._meta.concrete_fields)
    body, people = _built(_converted(rows[0]), [row[n + 2 :] for row in rows])
    body.stamp_last, body.stamp_top = rows[0][n], rows[0][n + 1]
    return body, people


def kept_body_row(slug: str, *tokens: str) -> tuple[Body, list]:
    """The body (no stamp) and its focal points, their rows kept under
    `tokens` (the pages and people tokens: decisions.web.token_read), the
    body's already converted; a new object of each for every request."""
    key = f"body_row:{slug}:{':'.join(tokens)}"
    kept = caches["pages"].get(key)
    if kept is None:
        rows = _rows(slug, stamp=False)
        n = len(Body._meta.concrete_fields)
        kept = (tuple(_converted(rows[0])), [row[n:] for row in rows])
        caches["pages"].set(key, kept, settings.DASHBOARD_CACHE_SECONDS)
    # A list or a dict (aliases) copied: the memory's copy is shared by requests.
    values = [copy.deepcopy(v) if isinstance(v, list | dict) else v for v in kept[0]]
    return _built(values, kept[1])
