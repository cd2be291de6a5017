"""The working pages keep their content in the cache (under the change
stamp): what a user typed stays escaped on the first request, which renders
it, and on the next ones, which serve it from the cache."""

from __future__ import annotations

import pytest
from django.urls import reverse

from decisions.items import services as item_services
from decisions.models import Status
from tests.factory import make_body, make_decision, make_item, make_report

SCRIPT = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


@pytest.fixture
def hostile(db, editor):
    body = make_body("hostile", name_en=f"Body {SCRIPT}")
    report = make_report("OIC/XSS/REP", title=f"Report {SCRIPT}", meeting=f"Meeting {SCRIPT}")
    item = make_item(make_decision(report), owner=body, summary=f"Do {SCRIPT}")
    item_services.action_item_set_status(
        item=item, status=Status.IN_PROGRESS, note=f"Note {SCRIPT}", by=editor
    )
    return item


def pages(item) -> dict[str, str]:
    return {
        "item list": reverse("decisions:item_list"),
        "filtered item list": f"{reverse('decisions:item_list')}?owner=hostile&q={SCRIPT}",
        "body page": item.owner.get_absolute_url(),
        "report page": item.decision.report.get_absolute_url(),
        "dashboard": reverse("decisions:dashboard"),
        "item page": item.get_absolute_url(),
    }


@pytest.mark.parametrize(
    "which",
    ["item list", "filtered item list", "body page", "report page", "dashboard", "item page"],
)
def test_text_typed_by_users_stays_escaped_rendered_and_from_the_cache(
    client, editor, hostile, which
):
    client.force_login(editor)
    url = pages(hostile)[which]
    for attempt in ("rendered", "cached"):
        html = client.get(url).content.decode()
        assert SCRIPT not in html, attempt
        assert ESCAPED in html, attempt


def test_a_signed_in_page_is_not_served_to_an_anonymous_visitor(client, editor, hostile, settings):
    # With PUBLIC_READ, anonymous visitors read the pages: the cached content
    # a signed-in user saw is kept apart from theirs.
    settings.PUBLIC_READ = True
    client.force_login(editor)
    url = reverse("decisions:item_list")
    client.get(url)
    client.logout()
    response = client.get(url)
    assert response.status_code == 200
    assert response.context["stamp"].endswith(":0")
