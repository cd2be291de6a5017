"""Running a data migration in a test: the migration found by the end of its
name (renumbering the migrations does not break the test), the one before it,
and the database brought back to the latest state afterwards."""

from __future__ import annotations

from collections.abc import Iterator

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def _executor() -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    return executor


def around(name_end: str) -> Iterator[tuple[tuple[str, str], tuple[str, str]]]:
    """Yields (the migration before, the migration whose name ends with
    `name_end`); then migrates to the latest state. For a pytest fixture."""
    executor = _executor()
    data = next(
        key
        for key in executor.loader.graph.nodes
        if key[0] == "decisions" and key[1].endswith(name_end)
    )
    (before,) = [
        p.key for p in executor.loader.graph.node_map[data].parents if p.key[0] == "decisions"
    ]
    yield before, data
    executor = _executor()
    executor.migrate(executor.loader.graph.leaf_nodes())


def migrate_to(target: tuple[str, str]):
    """Migrates the test database to `target`; returns the apps of that state."""
    _executor().migrate([target])
    return _executor().loader.project_state([target]).apps
