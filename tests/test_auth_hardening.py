"""Logging in behind a proxy, lockouts, password reset, deactivated users."""

from __future__ import annotations

import time

import pytest
from axes.models import AccessAttempt
from django.contrib.sessions.models import Session
from django.core import mail
from django.test import Client, RequestFactory
from django.urls import reverse

from tests.factory import make_user
from tracker.client_ip import client_ip

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"  # the TLS proxy: REMOTE_ADDR of every request behind it
CLIENT_A, CLIENT_B = "203.0.113.5", "198.51.100.7"


PASSWORD = "secret-pass-123"  # tests.factory.make_user's


def login(client, username, password=PASSWORD, **headers):
    return client.post(reverse("login"), {"username": username, "password": password}, **headers)


def via_proxy(forwarded_for: str) -> dict:
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": forwarded_for}


# --- The client address behind the proxy --------------------------------------------


def test_behind_one_proxy_failures_from_one_client_do_not_lock_out_another(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    make_user("amina", groups=("viewers",))
    for _ in range(5):
        login(client, "amina", "wrong", **via_proxy(CLIENT_A))
    assert login(client, "amina", **via_proxy(CLIENT_A)).status_code == 429
    response = login(Client(), "amina", **via_proxy(CLIENT_B))
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(ip_address=CLIENT_B).exists()


def test_a_forged_leftmost_forwarded_address_does_not_change_the_counted_one(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    make_user("amina")
    for i in range(5):
        # The client wrote "192.0.2.i"; the proxy appended the real address.
        login(client, "amina", "wrong", **via_proxy(f"192.0.2.{i}, {CLIENT_A}"))
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {CLIENT_A}
    assert login(client, "amina", **via_proxy(f"192.0.2.99, {CLIENT_A}")).status_code == 429


def test_with_no_trusted_proxy_the_forwarded_header_is_ignored(client, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    make_user("amina")
    for i in range(5):
        login(client, "amina", "wrong", REMOTE_ADDR=CLIENT_A, HTTP_X_FORWARDED_FOR=f"192.0.2.{i}")
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {CLIENT_A}
    response = login(client, "amina", REMOTE_ADDR=CLIENT_A, HTTP_X_FORWARDED_FOR=CLIENT_B)
    assert response.status_code == 429


@pytest.mark.parametrize(
    ("count", "forwarded_for", "expected"),
    [
        (1, "198.51.100.7", "198.51.100.7"),
        (1, "1.2.3.4, 198.51.100.7", "198.51.100.7"),
        (2, "1.2.3.4, 198.51.100.7, 10.0.0.9", "198.51.100.7"),
        (2, "198.51.100.7", PROXY),  # not through both proxies: the peer
        (1, "", PROXY),  # a direct probe
        (1, "not-an-address", PROXY),
        (0, "198.51.100.7", PROXY),
    ],
)
def test_the_client_address_is_the_one_the_outermost_trusted_proxy_appended(
    settings, count, forwarded_for, expected
):
    settings.TRUSTED_PROXY_COUNT = count
    request = RequestFactory().get("/", **via_proxy(forwarded_for))
    assert client_ip(request) == expected


# --- The lockout is for a user name at an address -------------------------------------


def test_failing_with_someones_user_name_does_not_lock_them_out_elsewhere(client):
    make_user("amina", groups=("viewers",))
    for _ in range(5):
        login(client, "amina", "wrong", REMOTE_ADDR=CLIENT_A)
    # The attacker's address stays locked for that user name...
    assert login(client, "amina", REMOTE_ADDR=CLIENT_A).status_code == 429
    # ...and Amina, at her own address, still logs in.
    assert login(Client(), "amina", REMOTE_ADDR=CLIENT_B).status_code == 302


def test_a_locked_user_name_does_not_lock_its_address_for_another_user(client):
    """Colleagues behind one office address are not locked out by one of them."""
    make_user("amina")
    make_user("omar")
    for _ in range(5):
        login(client, "amina", "wrong", REMOTE_ADDR=CLIENT_A)
    assert login(client, "omar", REMOTE_ADDR=CLIENT_A).status_code == 302


# --- Password reset -------------------------------------------------------------------


@pytest.fixture
def reset(settings):
    settings.PASSWORD_RESET_ENABLED = True
    settings.PASSWORD_RESET_MIN_SECONDS = 0
    settings.SITE_URL = "https://tracker.example.org"
    return settings


def ask_reset(client, email, ip=CLIENT_A):
    return client.post(reverse("password_reset"), {"email": email}, REMOTE_ADDR=ip)


def test_a_reset_link_is_built_on_the_site_address(client, reset):
    make_user("amina", email="amina@example.org")
    response = ask_reset(client, "amina@example.org")
    assert response.status_code == 302
    (message,) = mail.outbox
    assert "https://tracker.example.org/accounts/reset/" in message.body
    assert "testserver" not in message.body


def test_reset_requests_are_limited_per_client_address(client, reset):
    make_user("amina", email="amina@example.org")
    for i in range(5):
        ask_reset(client, f"nobody{i}@example.org")
    response = ask_reset(client, "amina@example.org")
    assert response.status_code == 302
    assert response["Location"] == reverse("password_reset_done")
    assert mail.outbox == []
    assert ask_reset(client, "amina@example.org", ip=CLIENT_B).status_code == 302
    assert len(mail.outbox) == 1


def test_reset_requests_are_limited_per_email_address(client, reset):
    make_user("amina", email="amina@example.org")
    for i in range(3):
        ask_reset(client, "amina@example.org", ip=f"192.0.2.{i}")
    assert len(mail.outbox) == 3
    response = ask_reset(client, "AMINA@example.org", ip="192.0.2.50")
    assert response["Location"] == reverse("password_reset_done")
    assert len(mail.outbox) == 3


def test_a_known_and_an_unknown_address_get_the_same_answer_in_the_same_time(client, reset):
    reset.PASSWORD_RESET_MIN_SECONDS = 0.3
    make_user("amina", email="amina@example.org")
    answers = []
    for email in ("amina@example.org", "nobody@example.org"):
        started = time.monotonic()
        response = ask_reset(client, email)
        answers.append((response.status_code, response["Location"]))
        assert time.monotonic() - started >= 0.3, email
    assert answers[0] == answers[1] == (302, reverse("password_reset_done"))
    assert len(mail.outbox) == 1


def test_with_reset_turned_off_there_is_no_reset_page_but_a_pointer_to_an_admin(client, settings):
    settings.PASSWORD_RESET_ENABLED = False
    make_user("amina", email="amina@example.org")
    for url in (
        reverse("password_reset"),
        reverse("password_reset_done"),
        reverse("password_reset_confirm", args=["MQ", "set-password"]),
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Ask an administrator" in response.content.decode()
    assert client.post(reverse("password_reset"), {"email": "amina@example.org"}).status_code == 404
    assert mail.outbox == []
    assert reverse("password_reset") not in client.get(reverse("login")).content.decode()


def test_with_reset_turned_on_the_login_page_links_to_it(client, settings):
    settings.PASSWORD_RESET_ENABLED = True
    assert reverse("password_reset") in client.get(reverse("login")).content.decode()


# --- A deactivated user ---------------------------------------------------------------


def deactivate_in_the_admin(admin_client, user) -> None:
    """Unticks "Active" on the user's admin page and saves, as an administrator does."""
    data = {
        "username": user.username,
        "first_name": "",
        "last_name": "",
        "email": user.email,
        "is_staff": "",
        "is_superuser": "",
        "last_login_0": "",
        "last_login_1": "",
        "date_joined_0": user.date_joined.strftime("%Y-%m-%d"),
        "date_joined_1": user.date_joined.strftime("%H:%M:%S"),
        "groups": [str(pk) for pk in user.groups.values_list("pk", flat=True)],
    }  # no "is_active": unticked
    response = admin_client.post(reverse("admin:auth_user_change", args=[user.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    user.refresh_from_db()
    assert not user.is_active


@pytest.fixture
def admin_client(admin_user):
    client = Client()
    client.force_login(admin_user)
    return client


def test_a_deactivated_users_old_session_is_anonymous_and_gone(client, admin_client):
    amina = make_user("amina", groups=("viewers",))
    assert login(client, "amina").status_code == 302
    key = client.cookies["sessionid"].value
    assert client.get(reverse("decisions:dashboard")).status_code == 200

    deactivate_in_the_admin(admin_client, amina)

    response = client.get(reverse("decisions:dashboard"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert not Session.objects.filter(session_key=key).exists()
    # Reactivating the account does not bring the old session back.
    amina.is_active = True
    amina.save()
    stale = Client()
    stale.cookies["sessionid"] = key
    assert stale.get(reverse("decisions:dashboard")).status_code == 302


def test_deactivating_one_user_leaves_the_others_sessions(client, admin_client):
    amina = make_user("amina", groups=("viewers",))
    omar = make_user("omar", groups=("viewers",))
    client.force_login(omar)
    deactivate_in_the_admin(admin_client, amina)
    assert client.get(reverse("decisions:dashboard")).status_code == 200
