"""The bench scripts wipe and fill the database they run on, so they run only
on a database that is theirs: one that was empty when they first seeded it,
and that they then marked with a table of their own, `bench_marker`.

A database that holds reports, items or users but no marker is refused,
whatever flags the script was given. There is no flag to override this: to
bench, create an empty database (make bench-db does)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import connection, transaction

from bench import BenchError
from decisions.models import ActionItem, Decision, Report, StatusUpdate

MARKER_TABLE = "bench_marker"


def has_marker() -> bool:
    return MARKER_TABLE in connection.introspection.table_names()


def holds_data() -> bool:
    """Anything a person could have put there: reports, paragraphs, items,
    history, users. (Bodies are not counted: `load_bodies` fills them in any
    new database.)"""
    models = (Report, Decision, ActionItem, StatusUpdate, get_user_model())
    return any(model.objects.exists() for model in models)


def claim_database() -> None:
    """Allow the bench to write here, or raise BenchError.

    Allowed: a database with the marker, or an empty one, which gets the
    marker now. Refused: a database with data and no marker."""
    if has_marker():
        return
    if holds_data():
        name = connection.settings_dict.get("NAME")
        raise BenchError(
            f"refusing to run on database {name}: it holds reports, items or users and "
            f"no {MARKER_TABLE} table, so it is not a bench database "
            "(point DATABASE_URL at an empty database of its own, e.g. make bench-db)"
        )
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TABLE {MARKER_TABLE} (id integer PRIMARY KEY, note varchar(200) NOT NULL)"
        )
        cursor.execute(
            f"INSERT INTO {MARKER_TABLE} (id, note) VALUES (1, %s)",  # noqa: S608 (a constant)
            ["made by bench/guard.py; the bench scripts may wipe this database"],
        )
