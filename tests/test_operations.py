"""Health check, error pages and login throttling."""

from __future__ import annotations

import datetime
import re

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.db import OperationalError
from django.test import Client
from django.urls import reverse

from decisions.items.services import action_item_set_status
from decisions.reporting import feeds
from tests.factory import make_item, make_user

pytestmark = pytest.mark.django_db


def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"


def test_healthz_answers_503_without_a_traceback_when_the_database_fails(client, monkeypatch):
    from django.db.backends.base.base import BaseDatabaseWrapper

    def broken(self, *args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert b"Traceback" not in response.content


def test_healthz_refuses_post(client):
    assert client.post("/healthz").status_code == 405


@pytest.fixture
def production_http(settings):
    """Production's HTTPS redirect and host list; requests come in over plain HTTP."""
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["tracker.example.org"]
    return settings


def test_healthz_answers_a_plain_http_probe_without_redirecting(client, production_http):
    response = client.get("/healthz", HTTP_HOST="tracker.example.org")
    assert response.status_code == 200
    assert response.content == b"ok\n"


def test_healthz_answers_a_probe_by_ip_address(client, production_http):
    response = client.get("/healthz", HTTP_HOST="10.0.0.5:8000")
    assert response.status_code == 200


def test_other_pages_still_redirect_to_https_and_check_the_host(client, production_http):
    response = client.get("/accounts/login/", HTTP_HOST="tracker.example.org")
    assert response.status_code == 301
    assert response["Location"] == "https://tracker.example.org/accounts/login/"
    assert client.get("/accounts/login/", HTTP_HOST="10.0.0.5").status_code == 400
    assert client.get("/healthz/", HTTP_HOST="10.0.0.5").status_code == 400


def test_a_database_outage_on_a_page_is_a_503_page(viewer, monkeypatch):
    from decisions.progress import views as progress_views

    def broken(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    client = Client(raise_request_exception=False)
    client.force_login(viewer)
    monkeypatch.setattr(progress_views.ActionItem.objects, "aggregate", broken)
    response = client.get(reverse("decisions:dashboard"))
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Temporarily unavailable" in response.content.decode()
    assert "server closed the connection" not in response.content.decode()


def test_any_other_error_is_a_plain_500_page(viewer, monkeypatch):
    from decisions.progress import views as progress_views

    def broken(*args, **kwargs):
        raise ZeroDivisionError("secret detail")

    client = Client(raise_request_exception=False)
    client.force_login(viewer)
    monkeypatch.setattr(progress_views.ActionItem.objects, "aggregate", broken)
    response = client.get(reverse("decisions:dashboard"))
    assert response.status_code == 500
    assert "secret detail" not in response.content.decode()


def test_a_user_without_role_sees_the_403_page_in_the_layout(client):
    client.force_login(make_user())
    response = client.get(reverse("decisions:dashboard"))
    assert response.status_code == 403
    assert "Access denied" in response.content.decode()


def login(client, username, password):
    return client.post(reverse("login"), {"username": username, "password": password})


def test_repeated_failed_logins_lock_the_account(client, settings):
    settings.AXES_FAILURE_LIMIT = 3
    make_user("amina")
    assert login(client, "amina", "wrong").status_code == 200
    assert login(client, "amina", "wrong").status_code == 200
    assert login(client, "amina", "wrong").status_code == 429  # the third failure locks
    response = login(client, "amina", "secret-pass-123")
    assert response.status_code == 429
    assert "15 minutes" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_locked_user_name_stays_locked_at_that_address_for_any_password(client, settings):
    settings.AXES_FAILURE_LIMIT = 3
    make_user("other")
    for _ in range(3):
        login(client, "other", "wrong")
    assert login(client, "other", "secret-pass-123").status_code == 429


def test_a_successful_login_before_the_limit_resets_the_count(client, settings):
    settings.AXES_FAILURE_LIMIT = 3
    make_user("amina")
    login(client, "amina", "wrong")
    login(client, "amina", "wrong")
    assert login(client, "amina", "secret-pass-123").status_code == 302
    client.logout()
    login(client, "amina", "wrong")
    assert login(client, "amina", "secret-pass-123").status_code == 302


def test_security_headers_are_set(client, viewer):
    client.force_login(viewer)
    response = client.get(reverse("decisions:dashboard"))
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


def test_a_logout_ends_the_session_for_every_server_process(client, viewer):
    """Each gunicorn worker has its own memory cache. Were sessions kept in
    it, a worker that had cached one would still accept it after a logout
    handled by another worker. Sessions live in the shared database only."""
    from django.contrib.sessions.backends import cached_db
    from django.core.cache import cache

    client.force_login(viewer)
    key = client.cookies["sessionid"].value
    data = SessionStore(session_key=key).load()
    client.post(reverse("logout"))
    # What another worker's cache would still hold for that session:
    cache.set(cached_db.KEY_PREFIX + key, data)
    other = Client()
    other.cookies["sessionid"] = key
    assert other.get(reverse("decisions:dashboard")).status_code == 302


# A valid HTML date-time: whole seconds and an offset, no microseconds.
HTML_DATETIME = re.compile(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d([+-]\d\d:?\d\d|Z))?")


def test_every_time_element_carries_a_valid_html_datetime(client, editor):
    item = make_item(due_date=datetime.date(2030, 1, 1))
    action_item_set_status(item=item, status="in_progress", note="Started.", by=editor)
    feeds.calendar_token_renew(user=editor)
    client.force_login(editor)
    pages = [
        item.get_absolute_url(),
        reverse("decisions:dashboard"),
        reverse("decisions:item_list"),
        item.owner.get_absolute_url(),
        reverse("decisions:calendar"),
    ]
    found = []
    for url in pages:
        html = client.get(url).content.decode()
        found += [(url, value) for value in re.findall(r'<time datetime="([^"]*)"', html)]
    assert len({url for url, _ in found}) == len(pages), found
    bad = [(url, value) for url, value in found if not HTML_DATETIME.fullmatch(value)]
    assert not bad
    for _, value in found:
        if "T" in value:
            datetime.datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z")
