"""Every page of tests/pages.py, for each role that reaches it, in English and
in Arabic (right to left), passes the W3C HTML checker (vnu) with no error;
so does the follow-up report's HTML, from which its PDF is made. All pages go
to one run of the checker (issue 20)."""

from __future__ import annotations

import datetime
import re
import time

import pytest
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.db import SessionStore
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.utils import translation

from decisions.notifications.reminders import _message as reminder_message
from decisions.ops import views as ops
from decisions.reporting.followup import followup_build
from decisions.reporting.followup_files import followup_html
from tests import vnu
from tests.pages import ANONYMOUS, FOCAL, LANGUAGES, PAGES, journey_data

# What it checks is the markup of the pages, not queries: the PostgreSQL
# pass leaves it out (one_engine, tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.one_engine]

# The follow-up report's print style sheet names the running page header with
# CSS Generated Content for Paged Media (string-set, string()), which
# WeasyPrint reads and vnu's CSS checker does not know. Only there.
PRINT_CSS = re.compile(r"^CSS: .*(string-set|string\(symbol\))")


def wanted(name: str, message: dict) -> bool:
    return not (name.startswith("follow-up report") and PRINT_CSS.match(message["message"]))


@pytest.fixture(autouse=True)
def _java_required() -> None:
    """Fails, not skips, without Java: CI must not pass without the checker."""
    if not vnu.java():
        pytest.fail(vnu.MISSING_JAVA, pytrace=False)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@pytest.fixture(autouse=True)
def _language_kept():
    """The pages' requests switch this thread's language (LocaleMiddleware
    leaves it active): the tests after these must find it as it was."""
    before = translation.get_language()
    yield
    translation.activate(before)


def other_documents(data: dict, lang: str) -> dict[str, str]:
    """The HTML that no menu leads to: the follow-up report before WeasyPrint
    makes it a PDF, the reminder email, the error pages (rendered without a
    request, as the error handlers do), the lockout and logged-out pages."""
    request = RequestFactory().get("/")
    request.user, request.session = AnonymousUser(), SessionStore()
    item = data["item"]
    item.due_date = datetime.date(2020, 1, 1)
    with translation.override(lang):
        reminder = reminder_message(
            user=data["users"][FOCAL],
            body=item.owner,
            items=[item],
            today=datetime.date(2020, 2, 1),
            days=14,
        )
        documents = {
            f"follow-up report of {data['report'].symbol}": followup_html(
                followup_build(data["report"], lang)
            ),
            "reminder email": reminder.alternatives[0][0],
            "locked out page": ops.locked_out(request).content.decode(),
            "logged out page": render_to_string("registration/logged_out.html", request=request),
            # Single sign-on: the sign-in page with a provider's button, and
            # the page that refuses a sign-in (tests/test_sso.py reaches both).
            "sign-in page with single sign-on": render_to_string(
                "registration/login.html",
                {
                    "form": AuthenticationForm(),
                    "sso_choices": [("OIC account", "/accounts/oidc/organisation/login/")],
                    "local_passwords_for_staff": False,
                },
                request=request,
            ),
            "sign-in refused page": render_to_string(
                "socialaccount/refused.html", {"message": "Refused."}, request=request
            ),
        }
        for status in (400, 403, 404, 500, 503):
            documents[f"{status} page"] = render_to_string(f"{status}.html")
    return {f"{name} ({lang})": html for name, html in documents.items()}


def test_the_checker_reports_what_it_refuses(tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>'
        '<table><tr role="row"><td>x</td></tr></table><p id="a"></p><p id="a"></p>'
        "</body></html>",
        encoding="utf-8",
    )
    good = tmp_path / "good.html"
    good.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body></body></html>',
        encoding="utf-8",
    )
    errors = vnu.check([bad, good])
    assert list(errors) == [bad]
    messages = [m["message"] for m in errors[bad]]
    assert len(messages) == 2 and "Duplicate ID" in messages[1]


def test_every_page_of_every_role_passes_the_html_checker(tmp_path):
    data = journey_data()
    started = time.monotonic()
    written: dict = {}
    wrong_status = []
    for lang in LANGUAGES:
        for role in (ANONYMOUS, *data["users"]):
            client = Client()
            client.cookies[settings.LANGUAGE_COOKIE_NAME] = lang
            if role != ANONYMOUS:
                client.force_login(data["users"][role])
            for page in PAGES:
                if role not in page.roles:
                    continue
                path = page.path(data)
                send = client.get if page.post is None else client.post
                response = send(path, page.post or {})
                if response.status_code != page.status:
                    wrong_status.append(f"{role} {path}: {response.status_code}")
                    continue
                file = tmp_path / f"{slug(role)}-{lang}-{slug(page.name)}.html"
                file.write_bytes(response.content)
                written[file] = f"{path} ({role}, {lang})"
        for name, html in other_documents(data, lang).items():
            file = tmp_path / f"{slug(name)}.html"
            file.write_text(html, encoding="utf-8")
            written[file] = name
    rendered = time.monotonic()
    errors = vnu.check(list(written))
    print(
        f"\n{len(written)} pages rendered in {rendered - started:.1f} s, "
        f"checked in {time.monotonic() - rendered:.1f} s"
    )
    assert wrong_status == [], "\n".join(wrong_status)
    report = [
        f"{written.get(file, file)}: {vnu.describe(message)}"
        for file, messages in errors.items()
        for message in messages
        if wanted(written.get(file, ""), message)
    ]
    assert report == [], f"{len(report)} errors:\n" + "\n".join(report)
