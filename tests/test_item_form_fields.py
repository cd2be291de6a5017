"""The item page's form fields, kept per process when the form is unbound
(decisions/templatetags/form_fields.py): each visitor gets the forms its
permissions give, with the item's current values, in its language, its own
CSRF token, and what it typed when a form comes back with errors."""

from __future__ import annotations

import re

import pytest
from django.core.cache import caches
from django.test import Client

from decisions.models import PublicStatus
from tests.factory import make_body, make_item, make_user

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _selected(html: str, name_id: str) -> str:
    select = re.search(rf'<select name="status"[^>]*id="{name_id}".*?</select>', html, re.S)[0]
    return re.search(r'<option value="(\w+)"[^>]*selected', select)[1]


def _page(client, item) -> str:
    response = client.get(item.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_the_status_form_follows_the_item_status(client, editor):
    item = make_item()
    client.force_login(editor)
    assert _selected(_page(client, item), "id_status") == "not_started"
    # The unbound fields are kept (status and note; public; evidence; comment).
    assert len([k for k in caches["nav"]._cache if "form_fields:" in k]) >= 4
    html = _page(client, item)
    version = re.search(r'name="version" value="(\d+)"', html)[1]
    response = client.post(
        item.get_absolute_url(), {"status": "in_progress", "note": "began", "version": version}
    )
    assert response.status_code == 302
    html = _page(client, item)
    assert _selected(html, "id_status") == "in_progress"
    assert re.search(r'name="version" value="(\d+)"', html)[1] == str(int(version) + 1)


def test_the_public_form_follows_the_public_status(client, editor):
    item = make_item()
    client.force_login(editor)
    assert "Said in public" not in _page(client, item)
    response = client.post(
        f"{item.get_absolute_url()}public/", {"status": "completed", "note": "Said in public"}
    )
    assert response.status_code == 302
    assert PublicStatus.objects.get(item=item).note == "Said in public"
    html = _page(client, item)
    assert _selected(html, "public_status") == "completed"
    assert re.search(r'<textarea name="note"[^>]*id="public_note"[^>]*>\s*Said in public', html)


def test_a_form_with_errors_keeps_what_was_typed_and_the_next_page_does_not(client, editor):
    item = make_item()
    client.force_login(editor)
    _page(client, item)  # the unbound fields kept
    response = client.post(
        item.get_absolute_url(), {"status": "bogus", "note": "typed here", "version": "0"}
    )
    assert response.status_code == 400
    assert "typed here" in response.content.decode()
    assert "has-error" in response.content.decode()
    html = _page(client, item)
    assert "typed here" not in html
    assert "has-error" not in html


def test_users_with_different_permissions_never_get_each_others_forms():
    body = make_body()
    item = make_item(owner=body)
    editor = make_user(groups=("editors",))
    focal = make_user(groups=("focal points",))
    body.focal_points.add(focal)
    viewer = make_user(groups=("viewers",))
    pages = {}
    for _round in range(2):  # the second round from the kept fields
        for name, user in (("editor", editor), ("focal", focal), ("viewer", viewer)):
            client = Client()
            client.force_login(user)
            pages[name] = _page(client, item)
            if name == "editor":
                assert 'id="id_status"' in pages[name] and 'id="public_status"' in pages[name]
                assert "Submit for review" not in pages[name]
            if name == "focal":
                assert "Submit for review" in pages[name]
                assert 'id="public_status"' not in pages[name]
                assert "Record update" not in pages[name]
            if name == "viewer":
                assert 'name="status"' not in pages[name]
                assert "Record update" not in pages[name] and "Submit for review" not in pages[name]
        tokens = {name: set(TOKEN.findall(html)) for name, html in pages.items()}
        assert not tokens["editor"] & tokens["focal"]
        assert not tokens["editor"] & tokens["viewer"]


def test_each_language_gets_its_own_fields(client, editor):
    item = make_item()
    client.force_login(editor)
    english = _page(client, item)
    client.cookies.load({"django_language": "fr"})
    french = client.get(item.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert _selected(french, "id_status") == "not_started"
    label = re.search(r'<label for="id_note">([^<]*)</label>', english)[1]
    label_fr = re.search(r'<label for="id_note">([^<]*)</label>', french)[1]
    assert label != label_fr
