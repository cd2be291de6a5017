"""With PUBLIC_READ, the item list's filters and sort go by the status an
anonymous visitor is shown (the public one), so that filtering cannot tell
an item's internal status; signed-in staff filter on the internal status.
The theme pages and an item's renewal chain show the public status too."""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse

from decisions.models import RenewalLink, Status
from decisions.models.catalog import Theme
from decisions.models.lineage import LinkState
from decisions.workflow import services as workflow
from tests.factory import make_body, make_decision, make_item, make_report

pytestmark = pytest.mark.django_db

LONG_AGO = datetime.date(2001, 1, 1)


@pytest.fixture
def items(settings, editor):
    """`hidden`: internally stalled and overdue, publicly in progress;
    `plain`: in progress, no public status, not overdue."""
    settings.PUBLIC_READ = True
    body = make_body("pub-body")
    hidden = make_item(owner=body, status=Status.STALLED, due_date=LONG_AGO)
    workflow.public_status_set(item=hidden, status=Status.IN_PROGRESS, note="", by=editor)
    plain = make_item(owner=body, status=Status.IN_PROGRESS)
    return {"hidden": hidden, "plain": plain}


def listed(client, **params) -> list[int]:
    """The item ids the list shows, in their order."""
    html = client.get(reverse("decisions:item_list"), params).content.decode()
    ids = re.findall(r'href="/items/(\d+)/"', html)
    return list(dict.fromkeys(int(i) for i in ids))


def test_an_anonymous_visitor_filters_by_the_public_status(client, items):
    hidden, plain = items["hidden"].pk, items["plain"].pk
    assert listed(client, status="stalled") == []
    assert sorted(listed(client, status="in_progress")) == sorted([hidden, plain])
    assert listed(client, status=["stalled", "not_started"]) == []


def test_staff_filter_by_the_internal_status(client, items, viewer):
    client.force_login(viewer)
    assert listed(client, status="stalled") == [items["hidden"].pk]
    assert listed(client, status="in_progress") == [items["plain"].pk]


def test_overdue_goes_by_the_public_status(client, items, editor, viewer):
    hidden = items["hidden"]
    workflow.public_status_set(item=hidden, status=Status.COMPLETED, note="", by=editor)
    assert listed(client, overdue="yes") == []
    assert items["hidden"].pk in listed(client, overdue="no")
    client.force_login(viewer)
    assert listed(client, overdue="yes") == [hidden.pk]
    assert hidden.pk not in listed(client, overdue="no")


def test_the_status_sort_goes_by_the_public_status(client, items, editor, viewer):
    hidden, plain = items["hidden"], items["plain"]
    # Publicly "not started", first in an item's life; internally "stalled", after "in progress".
    workflow.public_status_set(item=hidden, status=Status.NOT_STARTED, note="", by=editor)
    assert listed(client, o="status") == [hidden.pk, plain.pk]
    assert listed(client, o="-status") == [plain.pk, hidden.pk]
    client.force_login(viewer)
    assert listed(client, o="status") == [plain.pk, hidden.pk]


def test_the_theme_pages_show_the_public_status(client, items, editor, viewer):
    workflow.public_status_set(item=items["hidden"], status=Status.COMPLETED, note="", by=editor)
    theme = Theme.objects.order_by("pk").first()
    theme.items.add(items["hidden"])
    url = reverse("decisions:theme_detail", args=[theme.slug])
    html = client.get(url).content.decode()
    assert set(re.findall(r'<span class="status status-(\w+)">', html)) == {"completed"}
    assert 'class="overdue"' not in html
    listing = client.get(reverse("decisions:theme_list")).content.decode()
    client.force_login(viewer)
    html = client.get(url).content.decode()
    assert set(re.findall(r'<span class="status status-(\w+)">', html)) == {"stalled"}
    assert 'class="overdue"' in html
    assert client.get(reverse("decisions:theme_list")).content.decode() != listing


def test_the_renewal_chain_shows_the_public_status(client, items, viewer):
    earlier = items["hidden"]
    later = make_item(make_decision(make_report("OIC/LATER")), owner=earlier.owner)
    RenewalLink.objects.create(
        earlier_item=earlier, later_item=later, score=0.9, state=LinkState.CONFIRMED
    )
    html = client.get(later.get_absolute_url()).content.decode()
    chain = html.split('class="lineage-steps"')[1].split("</ol>")[0]
    assert "status-in_progress" in chain and "status-stalled" not in chain
    assert "status-not_started" in chain  # the later item: no public status
    client.force_login(viewer)
    html = client.get(later.get_absolute_url()).content.decode()
    chain = html.split('class="lineage-steps"')[1].split("</ol>")[0]
    assert "status-stalled" in chain
