"""The healthchecks trio for every page: the allowed user gets the page, a
user without a role gets 403, an anonymous visitor is sent to the login page
(or sees the page when PUBLIC_READ is on), a wrong method gets 405."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factory import make_body, make_decision, make_item, make_user


@pytest.fixture
def item(db):
    body = make_body("islamic-development-bank", name_en="Islamic Development Bank")
    return make_item(make_decision(text="The meeting asks the IsDB to fund."), owner=body)


def page_urls(item) -> dict[str, str]:
    return {
        "dashboard": reverse("decisions:dashboard"),
        "item_list": reverse("decisions:item_list"),
        "item_detail": item.get_absolute_url(),
        "body_list": reverse("decisions:body_list"),
        "body_detail": item.owner.get_absolute_url(),
        "report_list": reverse("decisions:report_list"),
        "report_detail": item.decision.report.get_absolute_url(),
    }


PAGES = [
    "dashboard",
    "item_list",
    "item_detail",
    "body_list",
    "body_detail",
    "report_list",
    "report_detail",
]


@pytest.mark.parametrize("page_name", PAGES)
def test_a_viewer_gets_the_page(client, viewer, item, page_name):
    client.force_login(viewer)
    response = client.get(page_urls(item)[page_name])
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert b"<!doctype html>" in response.content


@pytest.mark.parametrize("page_name", PAGES)
def test_a_user_with_no_role_gets_403(client, item, page_name):
    client.force_login(make_user("nobody"))
    assert client.get(page_urls(item)[page_name]).status_code == 403


@pytest.mark.parametrize("page_name", PAGES)
def test_an_anonymous_visitor_is_sent_to_the_login_page(client, item, page_name):
    url = page_urls(item)[page_name]
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next={url}"


@pytest.mark.parametrize("page_name", PAGES)
def test_an_anonymous_visitor_reads_the_page_when_public_read_is_on(
    client, settings, item, page_name
):
    settings.PUBLIC_READ = True
    response = client.get(page_urls(item)[page_name])
    assert response.status_code == 200
    assert b"Log in" in response.content
    assert b"Record an update" not in response.content


@pytest.mark.parametrize("page_name", [p for p in PAGES if p != "item_detail"])
def test_a_read_only_page_refuses_post_with_405(client, viewer, item, page_name):
    client.force_login(viewer)
    assert client.post(page_urls(item)[page_name]).status_code == 405


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_the_item_page_refuses_other_methods_with_405(client, editor, item, method):
    client.force_login(editor)
    assert getattr(client, method)(item.get_absolute_url()).status_code == 405


def test_a_superuser_gets_every_page(client, admin_user, item):
    client.force_login(admin_user)
    for url in page_urls(item).values():
        assert client.get(url).status_code == 200, url


def test_a_focal_point_reads_every_page(client, item):
    user = make_user(groups=("focal points",))
    client.force_login(user)
    for url in page_urls(item).values():
        assert client.get(url).status_code == 200, url


def test_an_unknown_item_body_or_report_is_404(client, viewer, db):
    client.force_login(viewer)
    assert client.get(reverse("decisions:item_detail", args=[999])).status_code == 404
    assert client.get(reverse("decisions:body_detail", args=["nope"])).status_code == 404
    assert client.get(reverse("decisions:report_detail", args=[999])).status_code == 404
