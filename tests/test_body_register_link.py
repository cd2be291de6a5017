"""The page of a body an import found and the registry does not know says
"To be reviewed"; who may register or merge it (editors, importers) is led
from there to its entry on /bodies/review/. Before, the page said it and led
nowhere."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factory import make_body, make_item, make_user

pytestmark = pytest.mark.django_db

LINK = f'href="{reverse("decisions:bodies_review")}#body-'


@pytest.fixture
def unknown():
    body = make_body("found-addressee", name_en="Found Addressee", registered=False)
    make_item(owner=body)
    return body


def page_of(client, user, body) -> str:
    client.force_login(user)
    response = client.get(body.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("groups", "led"),
    [
        (("editors",), True),
        (("importers",), True),
        (("viewers",), False),
        (("focal points",), False),
    ],
)
def test_who_may_register_a_body_is_led_there_from_its_page(client, unknown, groups, led):
    content = page_of(client, make_user(groups=groups), unknown)
    assert (f"{LINK}found-addressee" in content) is led


def test_a_registered_body_leads_no_one_there(client, editor):
    body = make_body("known-addressee")
    make_item(owner=body)
    assert LINK not in page_of(client, editor, body)


def test_the_link_kept_for_an_editor_is_not_shown_to_a_viewer_after(client, unknown, editor):
    """The page's tools are kept per kind of reader: the editor's, kept
    first, must not reach a viewer of the same body."""
    assert LINK in page_of(client, editor, unknown)
    assert LINK not in page_of(client, make_user(groups=("viewers",)), unknown)
