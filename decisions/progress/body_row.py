"""The body page's one query: the body, the items' change stamp and the
body's focal points, in fixed SQL read through a plain cursor. Through the
ORM (a RawQuerySet of the body's table joined to its users), building the
query and the rows cost a third of the page's time served from the cache."""

from __future__ import annotations

import functools

from django.db import connection
from django.http import Http404

from decisions.models import Body
from decisions.registry.focal_points import focal_points_from_rows, focal_points_join
from decisions.web import items_stamp_sql


@functools.cache
def _sql(vendor: str) -> str:
    """The query for a database of `vendor` (its quoting), built once."""
    q = connection.ops.quote_name
    columns, joins, order = focal_points_join("b")
    fields = ", ".join(f"b.{q(f.column)}" for f in Body._meta.concrete_fields)
    return (
        f"SELECT {fields}, {items_stamp_sql()}, {columns} "  # noqa: S608
        f"FROM {q(Body._meta.db_table)} b {joins} WHERE b.{q('slug')} = %s ORDER BY {order}"
    )


def body_row(slug: str) -> tuple[Body, list]:
    """The body (with stamp_last and stamp_top: decisions.web.stamp_of) and
    its focal points (registry.focal_points.focal_points_from_rows); 404
    when there is no such body."""
    with connection.cursor() as cursor:
        cursor.execute(_sql(connection.vendor), [slug])
        rows = cursor.fetchall()
    if not rows:
        raise Http404
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
    body.stamp_last, body.stamp_top = rows[0][n], rows[0][n + 1]
    return body, focal_points_from_rows(row[n + 2 :] for row in rows)
