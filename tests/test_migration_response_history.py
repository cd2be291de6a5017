"""The migration that starts the history of the responses: each response
recorded before it becomes its first change, at the time it was recorded,
so that the matrix as of a date counts it from then (issue 22)."""

from __future__ import annotations

import datetime

import pytest

from tests.migrating import around, migrate_to

pytestmark = pytest.mark.django_db(transaction=True)

MIGRATION = "_response_history"


@pytest.fixture
def nodes():
    yield from around(MIGRATION)


def test_each_response_recorded_before_becomes_its_first_change(nodes):
    before, data = nodes
    apps = migrate_to(before)
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
    apps = migrate_to(data)
    Change = apps.get_model("decisions", "MemberResponseChange")
    got = {
        c.member.slug: (c.status, c.note, c.recorded_at)
        for c in Change.objects.select_related("member")
    }
    assert got["mig-a"] == ("acted", "note mig-a", when)
    assert got["mig-b"][:2] == ("asked", "note mig-b") and got["mig-b"][2] is not None
    assert len(got) == 2
