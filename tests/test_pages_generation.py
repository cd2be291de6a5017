"""The body and report pages keyed by the items' pages token and (the body's
focal points) the people token (decisions.models.generation, with a shared
cache: settings.ITEMS_GENERATION): from the cache they ask nothing of the
database, and every write they show shows at once after its commit, for a
body or a report with items or none. The memory cache stands for the shared
one; the writes commit for real (transactional tests), as the tokens are
replaced only after a commit."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import update_last_login
from django.test import Client
from django.urls import reverse

from decisions.models import Body, Decision, Report
from tests.factory import make_body, make_decision, make_item, make_report, make_user
from tests.test_body_page_cache import panel
from tests.test_queries import BASE

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def on(settings, migrated_groups):
    settings.ITEMS_GENERATION = True


@pytest.fixture
def editor():
    return make_user("gen-pages-editor", groups=("editors",))


@pytest.fixture
def signed_in(editor):
    client = Client()
    client.force_login(editor)
    return client


def html_of(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def title(html: str) -> str:
    return re.search(r"<title>(.*?)</title>", html, re.DOTALL)[1]


@pytest.mark.parametrize("kind", ["body", "report"])
def test_from_the_cache_the_body_and_report_pages_run_no_query_of_their_own(
    signed_in, kind, django_assert_num_queries
):
    item = make_item()
    url = (item.owner if kind == "body" else item.decision.report).get_absolute_url()
    first = html_of(signed_in, url)
    with django_assert_num_queries(BASE):  # the session, the user, the menu's check
        again = html_of(signed_in, url)
    main = re.compile(r"<main.*</main>", re.DOTALL)
    strip = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')
    assert strip.sub("", main.search(again)[0]) == strip.sub("", main.search(first)[0])


@pytest.mark.parametrize("with_items", [True, False])
def test_a_renamed_body_shows_at_once(signed_in, with_items):
    body = make_body("gen-renamed", name_en="Before the rename", name_fr="Nom")
    if with_items:
        make_item(owner=body)
    assert "Before the rename" in title(html_of(signed_in, body.get_absolute_url()))
    body.name_en = "After the rename"
    body.save()
    html = html_of(signed_in, body.get_absolute_url())
    assert "After the rename" in title(html) and "Before the rename" not in html


def test_a_deleted_body_is_404_though_its_page_was_kept(signed_in):
    body = make_body("gen-deleted")
    html_of(signed_in, body.get_absolute_url())
    Body.objects.filter(pk=body.pk).delete()
    assert signed_in.get(body.get_absolute_url()).status_code == 404


def test_a_change_of_the_focal_points_shows_at_once(signed_in):
    body = make_body("gen-panel")
    assert "gen-panel@example.org" not in panel(signed_in, body)
    focal = make_user("gen-panel-focal", groups=("focal points",), email="gen-panel@example.org")
    focal.set_unusable_password()  # invited: no password chosen, never signed in
    focal.save()
    body.focal_points.add(focal)
    assert "gen-panel@example.org" in panel(signed_in, body)
    assert "invited</small>" in panel(signed_in, body)
    update_last_login(None, focal)  # a first sign-in: no longer invited
    assert "invited</small>" not in panel(signed_in, body)
    focal.first_name, focal.last_name = "Panel", "Renamed"
    focal.save()
    assert "Panel Renamed" in panel(signed_in, body)
    focal.is_active = False
    focal.save()
    assert "deactivated" in panel(signed_in, body)
    body.focal_points.remove(focal)
    assert "gen-panel@example.org" not in panel(signed_in, body)


@pytest.mark.parametrize("with_items", [True, False])
def test_a_report_edited_shows_at_once(signed_in, with_items):
    report = make_report("OIC/GEN-BEFORE/1", title="A report")
    paragraph = make_decision(report, kind="statement", text="Stated before.")
    if with_items:
        make_item(make_decision(report))
    url = report.get_absolute_url()
    assert "OIC/GEN-BEFORE/1" in title(html_of(signed_in, url))
    report.symbol = "OIC/GEN-AFTER/1"
    report.save()
    html = html_of(signed_in, url)
    assert "OIC/GEN-AFTER/1" in title(html) and "OIC/GEN-BEFORE/1" not in html
    paragraph.text = "Stated after."
    paragraph.save()
    assert "Stated after." in html_of(signed_in, url)
    make_decision(report, kind="statement", text="A paragraph added.")
    assert "A paragraph added." in html_of(signed_in, url)
    Decision.objects.filter(pk=paragraph.pk).delete()
    assert "Stated after." not in html_of(signed_in, url)


def test_a_deleted_report_is_404_though_its_page_was_kept(signed_in):
    report = make_report()
    make_decision(report, kind="statement")
    html_of(signed_in, report.get_absolute_url())
    Report.objects.filter(pk=report.pk).delete()
    assert signed_in.get(report.get_absolute_url()).status_code == 404
    assert signed_in.get(reverse("decisions:report_detail", args=[report.pk])).status_code == 404
