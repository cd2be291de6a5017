"""The body page's focal points panel, kept per process under what it shows
(decisions.registry.focal_points.focal_points_html): each reader gets their
own CSRF token, and a change of a focal point shows at once."""

from __future__ import annotations

import re

import pytest
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
