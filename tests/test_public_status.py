"""With PUBLIC_READ, anonymous visitors see each item's public status and
note (where the secretariat set one), never the internal history."""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse

from decisions.items import services as item_services
from decisions.models import LifecycleDecision, Status
from decisions.workflow import services as workflow
from tests.factory import make_body, make_decision, make_item, make_report, make_user

INTERNAL = "Internal: the minister has not signed yet."
PUBLIC = "The report was handed over."


@pytest.fixture
def world(db, settings, editor):
    settings.PUBLIC_READ = True
    body = make_body("pub-body")
    report = make_report()
    item = make_item(make_decision(report), owner=body, due_date=datetime.date(2001, 1, 1))
    item_services.action_item_set_status(item=item, status=Status.STALLED, note=INTERNAL, by=editor)
    workflow.public_status_set(item=item, status=Status.COMPLETED, note=PUBLIC, by=editor)
    item.refresh_from_db()
    return {"item": item, "body": body, "report": report}


def pages(world) -> dict[str, str]:
    return {
        "dashboard": reverse("decisions:dashboard"),
        "item_list": reverse("decisions:item_list"),
        "body": world["body"].get_absolute_url(),
        "report": world["report"].get_absolute_url(),
        "item": world["item"].get_absolute_url(),
    }


def counts(html: str) -> dict[str, str]:
    """The per-status counts of a page's `status-counts` list."""
    return dict(
        re.findall(r'swatch status-(\w+)" aria-hidden="true"></span>[^<]*</dt><dd>(\d+)', html)
    )


def badges(html: str) -> set[str]:
    """The statuses shown as badges (not the legend's swatches)."""
    return set(re.findall(r'<span class="status status-(\w+)">', html))


@pytest.mark.parametrize("which", ["dashboard", "item_list", "body", "report", "item"])
def test_an_anonymous_visitor_sees_the_public_status_never_the_internal_note(client, world, which):
    html = client.get(pages(world)[which]).content.decode()
    if which != "dashboard":  # no item badge there: it is not overdue any more
        assert badges(html) == {"completed"}
    assert INTERNAL not in html
    if which in ("item_list", "body", "item"):
        assert PUBLIC in html


@pytest.mark.parametrize("which", ["dashboard", "body", "report"])
def test_the_counts_follow_the_public_status_and_nothing_is_overdue(client, world, which):
    html = client.get(pages(world)[which]).content.decode()
    got = counts(html)
    assert got["completed"] == "1" and got["stalled"] == "0"
    assert 'class="overdue"' not in html


@pytest.mark.parametrize("which", ["dashboard", "item_list", "body", "report", "item"])
def test_a_signed_in_viewer_sees_the_status_and_the_internal_note(client, world, viewer, which):
    client.force_login(viewer)
    html = client.get(pages(world)[which]).content.decode()
    if which == "dashboard":
        assert badges(html) == {"stalled", "not_started"}  # overdue; the latest update
    elif which == "item":  # the status, the history, and the public status's card
        assert badges(html) == {"stalled", "not_started", "completed"}
        assert "History" in html
    else:
        assert badges(html) == {"stalled"}
    if which != "report":
        assert INTERNAL in html


def test_the_item_page_hides_the_history_from_anonymous_visitors(client, world, db):
    other = make_item(owner=world["body"])  # no update, no public status
    for item in (world["item"], other):
        html = client.get(item.get_absolute_url()).content.decode()
        assert "History" not in html and "No update recorded yet" not in html


def test_without_a_public_status_the_status_is_shown(client, world, db):
    item = make_item(owner=world["body"], status=Status.IN_PROGRESS)
    html = client.get(item.get_absolute_url()).content.decode()
    assert badges(html) == {"in_progress"}


def test_the_dashboard_cache_is_not_shared_between_visitors_and_staff(client, world, viewer):
    client.get(reverse("decisions:dashboard"))
    client.force_login(viewer)
    assert counts(client.get(reverse("decisions:dashboard")).content.decode())["stalled"] == "1"


@pytest.mark.django_db
def test_an_anonymous_visitor_never_sees_lifecycle_decisions(client, settings):
    settings.PUBLIC_READ = True
    item = make_item()
    editor = make_user(groups=("editors",))
    LifecycleDecision.objects.create(
        item=item,
        action="keep",
        reason="delivered",
        approved_by="Director Secret-Name",
        note="internal reasoning",
        recorded_by=editor,
    )
    page = client.get(item.get_absolute_url()).content.decode()
    assert "Secret-Name" not in page and "internal reasoning" not in page
    client.force_login(editor)
    assert "Secret-Name" in client.get(item.get_absolute_url()).content.decode()
