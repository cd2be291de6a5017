"""The data migration that takes "[Submitted by … on …]" out of the notes
written before the credit became fields (StatusUpdate.submitted_by and
submitted_at): migrated from the state before it, on the test database."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from tests.migrating import around, migrate_to

pytestmark = pytest.mark.django_db(transaction=True)

DATA_MIGRATION = "_submission_credit_out_of_notes"


@pytest.fixture
def nodes():
    yield from around(DATA_MIGRATION)


def _old_rows(apps):
    User = apps.get_model("auth", "User")
    Body = apps.get_model("decisions", "Body")
    Report = apps.get_model("decisions", "Report")
    Decision = apps.get_model("decisions", "Decision")
    ActionItem = apps.get_model("decisions", "ActionItem")
    StatusUpdate = apps.get_model("decisions", "StatusUpdate")
    Submission = apps.get_model("decisions", "Submission")
    aisha = User.objects.create(username="fp.isdb", first_name="Aisha", last_name="Rahman")
    plain = User.objects.create(username="fp2")
    editor = User.objects.create(username="editor")
    report = Report.objects.create(symbol="OIC/MIG/REP", title="t", source_sha256="0" * 64)
    decision = Decision.objects.create(
        report=report, number="1", position=1, text="t", kind="request"
    )
    item = ActionItem.objects.create(
        decision=decision, owner=Body.objects.create(slug="b", name_en="B"), summary="s"
    )

    def update(note):
        return StatusUpdate.objects.create(
            item=item, author=editor, old_status="not_started", new_status="in_progress", note=note
        )

    submitted = timezone.make_aware(datetime.datetime(2026, 12, 3, 9, 30))
    linked = update("Seminar held.\n\n[Submitted by Aisha Rahman (fp.isdb) on 2026-12-03]")
    Submission.objects.create(
        item=item,
        author=aisha,
        status="in_progress",
        note="Seminar held.",
        base_version=0,
        state="accepted",
        created_at=submitted,
        update=linked,
    )
    return {
        "linked": linked.pk,
        "by username": update("Letter sent.\n\n[Submitted by fp2 on 2026-11-02]").pk,
        "deleted user": update("Done.\n\n[Submitted by Gone Away (gone) on 2026-10-01]").pk,
        "no author": update("Begun.\n\n[Submitted by unknown on 2026-09-01]").pk,
        "in the text": update("Quote: [Submitted by fp2 on 2026-11-02] and more.").pk,
        "plain": update("Nothing to see.").pk,
    }, {"aisha": aisha.pk, "plain": plain.pk, "submitted": submitted}


def test_the_credit_leaves_the_note_for_fields_and_comes_back_on_the_way_down(nodes):
    before, data = nodes
    ids, who = _old_rows(migrate_to(before))

    apps = migrate_to(data)
    rows = apps.get_model("decisions", "StatusUpdate").objects.in_bulk(list(ids.values()))

    def row(name):
        r = rows[ids[name]]
        return r.note, r.submitted_by_id, r.submitted_at

    midnight = lambda d: timezone.make_aware(datetime.datetime.combine(d, datetime.time.min))  # noqa: E731
    assert row("linked") == ("Seminar held.", who["aisha"], who["submitted"])
    assert row("by username") == (
        "Letter sent.",
        who["plain"],
        midnight(datetime.date(2026, 11, 2)),
    )
    assert row("deleted user") == ("Done.", None, midnight(datetime.date(2026, 10, 1)))
    assert row("no author") == ("Begun.", None, midnight(datetime.date(2026, 9, 1)))
    assert row("in the text") == ("Quote: [Submitted by fp2 on 2026-11-02] and more.", None, None)
    assert row("plain") == ("Nothing to see.", None, None)

    apps = migrate_to(before)
    notes = dict(
        apps.get_model("decisions", "StatusUpdate")
        .objects.filter(pk__in=ids.values())
        .values_list("pk", "note")
    )
    assert notes[ids["linked"]] == (
        "Seminar held.\n\n[Submitted by Aisha Rahman (fp.isdb) on 2026-12-03]"
    )
    assert notes[ids["by username"]] == "Letter sent.\n\n[Submitted by fp2 on 2026-11-02]"
    assert notes[ids["deleted user"]] == "Done.\n\n[Submitted by unknown on 2026-10-01]"
    assert notes[ids["plain"]] == "Nothing to see."

    # Forwards again: the same fields, nothing doubled.
    apps = migrate_to(data)
    again = apps.get_model("decisions", "StatusUpdate").objects.get(pk=ids["by username"])
    assert (again.note, again.submitted_by_id) == ("Letter sent.", who["plain"])
