"""The layout shared by every page: navigation, log in and out, one colour
per status."""

from __future__ import annotations

import re

from django.conf import settings
from django.urls import reverse

from decisions.models import STATUS_COLOURS, Status
from tests.factory import make_user


def test_the_nav_links_every_section_and_marks_the_current_one(client, viewer):
    client.force_login(viewer)
    content = client.get(reverse("decisions:body_list")).content.decode()
    for name in ("dashboard", "item_list", "body_list", "report_list"):
        assert f'href="{reverse(f"decisions:{name}")}"' in content
    assert f'<a href="{reverse("decisions:body_list")}" aria-current="page">Bodies</a>' in content


def test_the_admin_link_is_shown_to_staff_only(client, viewer):
    client.force_login(viewer)
    assert b'href="/admin/"' not in client.get(reverse("decisions:dashboard")).content
    staff = make_user(groups=("viewers",), is_staff=True)
    client.force_login(staff)
    assert b'href="/admin/"' in client.get(reverse("decisions:dashboard")).content


def test_logout_is_a_post_form_with_a_csrf_token(client, viewer):
    client.force_login(viewer)
    content = client.get(reverse("decisions:dashboard")).content.decode()
    form = re.search(r'<form method="post" action="/accounts/logout/".*?</form>', content, re.S)
    assert form is not None
    assert 'name="csrfmiddlewaretoken"' in form.group(0)


def test_logging_out_by_post_ends_the_session(client, viewer):
    client.force_login(viewer)
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert client.get(reverse("decisions:dashboard")).status_code == 302


def test_the_login_page_uses_the_layout_and_logs_in(client, viewer):
    page = client.get(reverse("login"), {"next": "/items/"})
    assert page.status_code == 200
    content = page.content.decode()
    assert 'link rel="stylesheet"' in content
    assert '<label for="id_username">' in content
    assert 'name="next" value="/items/"' in content
    response = client.post(
        reverse("login"),
        {"username": "viewer", "password": "secret-pass-123", "next": "/items/"},
    )
    assert response["Location"] == "/items/"


def test_a_wrong_password_is_reported(client, viewer):
    response = client.post(reverse("login"), {"username": "viewer", "password": "wrong"})
    assert response.status_code == 200
    assert b"didn't match" in response.content


def test_the_stylesheet_gives_each_status_its_model_colour():
    css = (settings.BASE_DIR / "static" / "css" / "app.css").read_text()
    for status in Status:
        assert f".status-{status.value} {{ background: {STATUS_COLOURS[status.value]}; }}" in css


def test_pages_use_no_inline_style_attribute(client, admin_user, db):
    client.force_login(admin_user)
    for name in ("dashboard", "item_list", "body_list", "report_list"):
        assert b"style=" not in client.get(reverse(f"decisions:{name}")).content, name
