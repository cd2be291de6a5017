"""The body page's focal points panel, kept per process under what it shows
(decisions.registry.focal_points.focal_points_html): each reader gets their
own CSRF token, and a change of a focal point shows at once."""

from __future__ import annotations

import pickle
import re

import pytest
from django.core.cache import caches
from django.test import Client
from django.urls import reverse

from decisions.web import token_placeholder
from tests.factory import make_body, make_user


@pytest.fixture
def body(db):
    return make_body("cached-panel", name_en="Cached panel body")


@pytest.fixture
def focal(body):
    user = make_user("panelfocal", groups=("focal points",), email="panel@example.org")
    body.focal_points.add(user)
    return user


def panel(client: Client, body) -> str:
    html = client.get(body.get_absolute_url()).content.decode()
    return re.search(r'<section class="card focal-points".*?</section>', html, re.DOTALL)[0]


def test_each_reader_gets_their_own_token_and_the_form_works(body, focal, editor):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.force_login(editor)
    second.force_login(editor)
    tokens = []
    for client in (first, second):
        html = panel(client, body)
        assert token_placeholder() not in html
        tokens.append(re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1])
    assert tokens[0] != tokens[1]
    added = make_user("paneladded", email="added@example.org")
    response = second.post(
        reverse("decisions:body_focal_points", args=[body.slug]),
        {"email": added.email, "csrfmiddlewaretoken": tokens[1]},
    )
    assert response.status_code == 302
    assert "added@example.org" in panel(second, body)


def test_a_focal_points_change_shows_at_once(client, body, focal, editor):
    client.force_login(editor)
    assert "panel@example.org" in panel(client, body)
    focal.first_name, focal.last_name = "Panel", "Renamed"
    focal.save()
    assert "Panel Renamed" in panel(client, body)
    focal.is_active = False
    focal.save()
    assert "deactivated" in panel(client, body)
    body.focal_points.remove(focal)
    assert "panel@example.org" not in panel(client, body)


def test_a_focal_point_gets_the_panel_without_the_forms_an_editor_gets(client, body, focal, editor):
    client.force_login(editor)
    assert "Add a focal point" in panel(client, body)
    client.force_login(focal)
    assert "Add a focal point" not in panel(client, body)
    assert "panel@example.org" in panel(client, body)


# The watch form, the letters' links and the focal points' place, kept per
# process for each body and kind of reader (decisions.progress.body_tools).


def tools(html: str) -> str:
    """The page between its title and its cached content."""
    return html[html.index("</h1>") : html.index('<div class="item-layout">')]


def test_readers_of_different_kinds_never_share_the_kept_tools(
    body, focal, editor, viewer, settings
):
    settings.PUBLIC_READ = True
    seen = {}
    for name, user in (("editor", editor), ("focal", focal), ("viewer", viewer), ("public", None)):
        client = Client()
        if user is not None:
            client.force_login(user)
        seen[name] = tools(client.get(body.get_absolute_url()).content.decode())
    assert "Record a letter sent" in seen["editor"] and "Add a focal point" in seen["editor"]
    assert "Letters to and from" in seen["focal"] and "panel@example.org" in seen["focal"]
    assert "Record a letter sent" not in seen["focal"]
    assert "Add a focal point" not in seen["focal"]
    assert "Watch this body" in seen["viewer"]
    assert "Letters to and from" not in seen["viewer"]
    assert "panel@example.org" not in seen["viewer"]
    assert "Watch this body" not in seen["public"] and "csrfmiddlewaretoken" not in seen["public"]


def test_the_kept_tools_hold_no_token_and_each_reader_gets_their_own(body, focal, editor):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.force_login(editor)
    second.force_login(focal)
    tokens = []
    for client in (first, second):
        html = tools(client.get(body.get_absolute_url()).content.decode())
        assert token_placeholder() not in html
        found = set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html))
        assert len(found) == 1  # the watch form and the panel's forms: one token
        tokens.append(found.pop())
    assert tokens[0] != tokens[1]
    kept = [str(pickle.loads(v)) for v in caches["nav"]._cache.values()]  # noqa: S301
    assert kept and not any(t in v for v in kept for t in tokens)
    response = second.post(
        reverse("decisions:body_watch", args=[body.slug]), {"csrfmiddlewaretoken": tokens[1]}
    )
    assert response.status_code == 302


def test_a_renamed_body_shows_at_once_in_its_kept_tools(client, body, editor):
    client.force_login(editor)
    assert "Letters to and from Cached panel body" in tools(
        client.get(body.get_absolute_url()).content.decode()
    )
    body.name_en = "Renamed panel body"
    body.save()
    assert "Letters to and from Renamed panel body" in tools(
        client.get(body.get_absolute_url()).content.decode()
    )
