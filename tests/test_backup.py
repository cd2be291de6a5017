"""A backup restored into an empty database gives back every report, item and update."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from decisions.models import ActionItem, Body, Report, StatusUpdate
from decisions.services import action_item_set_status
from tests.factory import MALI_REPORT, make_user

pytestmark = pytest.mark.django_db


def snapshot() -> dict:
    return {
        "reports": list(Report.objects.values_list("symbol", "title", "date", "source_sha256")),
        "items": sorted(
            ActionItem.objects.values_list(
                "decision__report__symbol",
                "decision__number",
                "owner__slug",
                "status",
                "due_date",
                "version",
            )
        ),
        "partners": sorted(
            ActionItem.partners.through.objects.values_list("actionitem__owner__slug", "body__slug")
        ),
        "updates": sorted(
            StatusUpdate.objects.values_list(
                "item__owner__slug",
                "old_status",
                "new_status",
                "note",
                "author__username",
                "created_at",
            )
        ),
        "bodies": sorted(Body.objects.values_list("slug", "registered", "parent__slug")),
        "focal points": sorted(
            Body.focal_points.through.objects.values_list("body__slug", "user__username")
        ),
    }


def test_a_backup_restored_into_an_empty_database_gives_everything_back(tmp_path):
    call_command("import_report", str(MALI_REPORT), stdout=StringIO())
    user = make_user("focal", groups=("focal points",))
    Body.objects.get(slug="isdb").focal_points.add(user)
    for item in ActionItem.objects.all()[:5]:
        action_item_set_status(item=item, status="in_progress", note=f"note {item.pk}", by=user)
    before = snapshot()
    path = tmp_path / "backup.xml"
    call_command("backup", str(path), stdout=StringIO())

    Report.objects.all().delete()
    Body.objects.filter(registered=False).delete()
    User.objects.all().delete()
    assert not ActionItem.objects.exists()

    out = StringIO()
    call_command("restore", str(path), stdout=out)
    assert snapshot() == before
    assert User.objects.get(username="focal").groups.filter(name="focal points").exists()
    assert "restored 1 reports" in out.getvalue()


def test_restore_refuses_a_database_that_holds_reports(tmp_path):
    call_command("import_report", str(MALI_REPORT), stdout=StringIO())
    path = tmp_path / "backup.xml"
    call_command("backup", str(path), stdout=StringIO())
    with pytest.raises(CommandError, match="already holds reports"):
        call_command("restore", str(path), stdout=StringIO())


def test_restore_rejects_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="no such backup file"):
        call_command("restore", str(tmp_path / "nope.json"), stdout=StringIO())
