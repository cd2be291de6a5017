"""The migration that starts the history of the responses: each response
recorded before it becomes its first change, at the time it was recorded,
so that the matrix as of a date counts it from then (issue 22)."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

MIGRATION = "_response_history"


def _executor() -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    return executor


@pytest.fixture
def nodes():
    """(the migration before, this one), found by name (renumbering does not
    break the test); the database is brought back to the latest state."""
    executor = _executor()
    data = next(
        key
        for key in executor.loader.graph.nodes
        if key[0] == "decisions" and key[1].endswith(MIGRATION)
    )
    (before,) = [
        p.key for p in executor.loader.graph.node_map[data].parents if p.key[0] == "decisions"
    ]
    yield before, data
    executor = _executor()
    executor.migrate(executor.loader.graph.leaf_nodes())


def _migrate(target):
    _executor().migrate([target])
    return _executor().loader.project_state([target]).apps


def test_each_response_recorded_before_becomes_its_first_change(nodes):
    before, data = nodes
    apps = _migrate(before)
    Body = apps.get_model("decisions", "Body")
    Report = apps.get_model("decisions", "Report")
    Decision = apps.get_model("decisions", "Decision")
    ActionItem = apps.get_model("decisions", "ActionItem")
    MemberResponse = apps.get_model("decisions", "MemberResponse")
    report = Report.objects.create(symbol="OIC/MIG-R/REP", title="t", source_sha256="1" * 64)
    decision = Decision.objects.create(report=report, number="1", position=1, text="t")
    group = Body.objects.create(slug="mig-group", name_en="Group", kind="group")
    item = ActionItem.objects.create(decision=decision, owner=group, summary="s")
    when = datetime.datetime(2021, 3, 1, 12, tzinfo=datetime.UTC)
    for slug, status, at in (("mig-a", "acted", when), ("mig-b", "asked", None)):
        member = Body.objects.create(slug=slug, name_en=slug)
        MemberResponse.objects.create(
            item=item, member=member, status=status, note=f"note {slug}", recorded_at=at
        )
    apps = _migrate(data)
    Change = apps.get_model("decisions", "MemberResponseChange")
    got = {
        c.member.slug: (c.status, c.note, c.recorded_at)
        for c in Change.objects.select_related("member")
    }
    assert got["mig-a"] == ("acted", "note mig-a", when)
    assert got["mig-b"][:2] == ("asked", "note mig-b") and got["mig-b"][2] is not None
    assert len(got) == 2
