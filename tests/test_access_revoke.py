"""A password someone else may know: what a reset, a change and the admin
take away with it (decisions/accounts/access.py). Each is checked as its
holder would meet it: the API answering a key, the calendar feed answering
its address, a second browser still signed in or not."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from decisions.api.auth import api_token_create
from decisions.models import CalendarToken, SecurityEvent, SecurityEventKind
from tests.factory import make_user

pytestmark = pytest.mark.django_db

PASSWORD = "secret-pass-123"  # tests.factory.make_user's
NEW_PASSWORD = "another-long-pass-456"
API = "/api/v1/items/"


def signed_in(user) -> Client:
    client = Client()
    assert (
        client.post(reverse("login"), {"username": user.username, "password": PASSWORD}).status_code
        == 302
    )
    return client


def api_answers(key: str) -> int:
    return Client().get(API, headers={"Authorization": f"Token {key}"}).status_code


def feed_answers(token: CalendarToken) -> int:
    return Client().get(reverse("decisions:calendar_all", args=[token.key])).status_code


def still_signed_in(client: Client) -> bool:
    return client.get(reverse("decisions:dashboard")).status_code == 200


@pytest.fixture
def amina(db):
    return make_user("amina", groups=("viewers",), email="amina@example.org")


@pytest.fixture
def held(amina):
    """Amina's API key, calendar address and a browser signed in elsewhere."""
    _, key = api_token_create(user=amina, name="sheet")
    token = CalendarToken.objects.create(user=amina)
    elsewhere = signed_in(amina)
    assert api_answers(key) == 200 and feed_answers(token) == 200
    assert still_signed_in(elsewhere)
    return key, token, elsewhere


def test_the_api_path_used_here_exists(amina):
    _, key = api_token_create(user=amina, name="probe")
    assert api_answers(key) == 200
    assert api_answers("not-a-key") == 401


def test_a_password_reset_revokes_keys_calendar_and_sessions(client, amina, held, settings):
    settings.PASSWORD_RESET_ENABLED = True
    settings.PASSWORD_RESET_MIN_SECONDS = 0
    key, token, elsewhere = held
    client.post(reverse("password_reset"), {"email": "amina@example.org"})
    (message,) = mail.outbox
    link = re.search(r"/accounts/reset/\S+/", message.body).group(0)
    form_page = client.get(link, follow=True)
    response = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )
    assert response.status_code == 200
    assert "were revoked" in response.content.decode()
    assert api_answers(key) == 401
    assert feed_answers(token) == 404
    assert not CalendarToken.objects.filter(user=amina).exists()
    assert not still_signed_in(elsewhere)
    event = SecurityEvent.objects.get(kind=SecurityEventKind.PASSWORD_RESET, user=amina)
    assert "1 API keys revoked, calendar address revoked" in event.detail


def change_password(client: Client, **extra):
    data = {"old_password": PASSWORD, "new_password1": NEW_PASSWORD}
    data["new_password2"] = NEW_PASSWORD
    return client.post(reverse("password_change"), {**data, **extra}, follow=True)


def test_a_password_change_keeps_keys_and_calendar_unless_asked(amina, held):
    key, token, elsewhere = held
    client = signed_in(amina)
    page = client.get(reverse("password_change")).content.decode()
    assert "Also revoke your 1 API key and your calendar address" in page
    assert change_password(client).status_code == 200
    assert api_answers(key) == 200 and feed_answers(token) == 200
    # Django ends the other sessions on any password change; this one stays.
    assert not still_signed_in(elsewhere)
    assert still_signed_in(client)


def test_a_password_change_with_the_box_revokes_keys_and_calendar(amina, held):
    key, token, _ = held
    client = signed_in(amina)
    response = change_password(client, revoke_secrets="on")
    assert "Revoked: 1 API key, the calendar address." in response.content.decode()
    assert api_answers(key) == 401
    assert feed_answers(token) == 404
    assert still_signed_in(client)
    event = SecurityEvent.objects.get(kind=SecurityEventKind.PASSWORD_CHANGED, user=amina)
    assert event.detail.startswith("1 API keys revoked")


def test_the_box_is_not_offered_to_a_user_with_nothing_to_revoke(amina):
    client = signed_in(amina)
    page = client.get(reverse("password_change")).content.decode()
    assert 'name="revoke_secrets"' not in page
    # A forged box changes nothing either.
    assert change_password(client, revoke_secrets="on").status_code == 200


def test_a_wrong_old_password_revokes_nothing(amina, held):
    key, token, _ = held
    client = signed_in(amina)
    response = client.post(
        reverse("password_change"),
        {
            "old_password": "wrong",
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
            "revoke_secrets": "on",
        },
    )
    assert response.status_code == 200
    assert api_answers(key) == 200 and feed_answers(token) == 200


def test_an_administrator_revokes_all_access_from_the_admin(admin_user, amina, held):
    key, token, elsewhere = held
    other = make_user("omar", groups=("viewers",))
    _, other_key = api_token_create(user=other, name="omar's")
    admin = Client()
    admin.force_login(admin_user)
    response = admin.post(
        reverse("admin:auth_user_changelist"),
        {"action": "access_revoke", "_selected_action": [amina.pk]},
        follow=True,
    )
    assert "Revoked: 1 API key, the calendar address, 1 session." in response.content.decode()
    assert api_answers(key) == 401
    assert feed_answers(token) == 404
    assert not still_signed_in(elsewhere)
    assert api_answers(other_key) == 200
    event = SecurityEvent.objects.get(kind=SecurityEventKind.SESSIONS_ENDED, user=amina)
    assert f"revoked from the admin by {admin_user.username}" in event.detail


def test_a_user_without_the_admin_cannot_revoke_anyones_access(amina, held):
    key, _, _ = held
    someone = make_user("omar", groups=("editors",))
    client = Client()
    client.force_login(someone)
    response = client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "access_revoke", "_selected_action": [amina.pk]},
    )
    assert response.status_code == 302  # to the admin's login
    assert api_answers(key) == 200


def test_a_deactivated_users_key_and_address_stop_answering(amina, held):
    key, token, _ = held
    amina.is_active = False
    amina.save()
    assert api_answers(key) == 401
    assert feed_answers(token) == 404
