"""Every page a role should reach is reached by following links from that
role's landing page: the home page (or, for a visitor not signed in, the
site's root). A page that exists but that no link leads to fails here.

The crawl is the test client's: GET only, same origin, no sign-out, no
forms (except that a page a form leads to may be listed as reached by its
own link elsewhere), files not downloaded, at most PER_NAME addresses of one
URL name opened (a hundred items' pages prove no more than two), up to
MAX_DEPTH links away from the landing page."""

from __future__ import annotations

from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.test import Client, override_settings
from django.urls import Resolver404, resolve

from tests.factory import make_user
from tests.pages import journey_data
from tests.test_security_matrix import API_RESOURCES
from tests.test_security_matrix import EXPECTED as MATRIX

# What it checks is the links between the pages, not queries: the PostgreSQL
# pass leaves it out (one_engine, tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.one_engine]

MAX_DEPTH = 4
PER_NAME = 2
# Followed but not opened: files (their name is what is checked), the admin's
# inside (its own menu), the sign-out and the language switch (POST anyway).
NOT_OPENED = (".csv", ".xlsx", ".pdf", ".docx", ".ics")
NOT_FOLLOWED = ("/accounts/logout/", "/i18n/")


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href and not href.startswith(("#", "mailto:", "javascript:")):
                self.hrefs.append(href)


def _name(path: str) -> str | None:
    try:
        return resolve(path).view_name
    except Resolver404:
        return None


def crawl(client: Client, start: str, refused: set[str] | None = None) -> set[str]:
    """The URL names reached from `start` by links (redirects followed);
    those that answered 403 go into `refused` too."""
    reached: set[str] = set()
    opened: dict[str, int] = {}
    seen: set[str] = set()
    queue = deque([(start, 0)])
    while queue:
        url, depth = queue.popleft()
        parts = urlsplit(url)
        if parts.netloc not in ("", "testserver") or url in seen:
            continue
        seen.add(url)
        path = parts.path
        if path.startswith(NOT_FOLLOWED):
            continue
        name = _name(path)
        if name is None:
            continue
        reached.add(name)
        if path.endswith(NOT_OPENED) or name.startswith("admin:") and name != "admin:index":
            continue
        if opened.get(name, 0) >= PER_NAME:
            continue
        opened[name] = opened.get(name, 0) + 1
        response = client.get(url)
        if response.status_code in (301, 302, 303, 307, 308):
            queue.appendleft((urljoin(url, response["Location"]), depth))
            continue
        if response.status_code == 403 and refused is not None:
            refused.add(name)
        if response.status_code != 200 or depth >= MAX_DEPTH:
            continue
        if "html" not in response.get("Content-Type", ""):
            continue
        parser = _Links()
        parser.feed(response.content.decode())
        for href in parser.hrefs:
            queue.append((urljoin(url, href), depth + 1))
    return reached


@pytest.fixture
def users():
    data = journey_data()
    return {
        "editor": data["users"]["editor"],
        "focal point": data["users"]["focal point"],
        "superuser": data["users"]["admin"],
        "viewer": make_user("vera", groups=("viewers",)),
        "importer": data["users"]["importer"],
    }


# Each role's pages: what its menu, home and account page must lead to.
SIGNED_IN = {
    "decisions:home",
    "decisions:dashboard",
    "decisions:item_list",
    "decisions:item_detail",
    "decisions:body_list",
    "decisions:body_detail",
    "decisions:report_list",
    "decisions:report_detail",
    "decisions:theme_list",
    "decisions:theme_detail",
    "decisions:calendar",
    "decisions:correspondence_log",
    "decisions:account",
    "password_change",
    "mfa_index",
    "mfa_list_webauthn",
    "decisions:my_jobs",
    "api:tokens",
    "api:docs",
    # Across meetings: every role reads them, editors decide on them.
    "decisions:renewal_queue",
    "decisions:duplicates",
    # Exports: the item list's and each report's follow-up.
    "decisions:items_export_csv",
    "decisions:items_export_xlsx",
    "decisions:report_followup_pdf",
    "decisions:report_followup_docx",
}
EDITOR = SIGNED_IN | {
    "decisions:review_queue",
    "decisions:item_responses",
    "decisions:item_response_edit",
    "decisions:item_responses_xlsx",
    "decisions:item_responses_upload",
    "decisions:item_themes_edit",
    "decisions:letter_new",
    "decisions:body_correspondence",
    "decisions:note_verbale_docx",
    "decisions:evidence_download",
    "decisions:letter_detail",
    "decisions:bodies_review",
    "decisions:submission_detail",
    "decisions:items_upload",
}
IMPORTER = SIGNED_IN | {
    "decisions:intake_new",
    "decisions:intake_drafts",
    "decisions:bodies_review",
}
EXPECTED = {
    "anonymous": {"login", "password_reset"},
    "viewer": SIGNED_IN,
    "focal point": SIGNED_IN
    | {
        # From their home page: the requests made of all members that their
        # body has not answered yet, each with its own response's form.
        "decisions:item_response_edit",
        "decisions:my_submissions",
        "decisions:submission_detail",
        "decisions:items_upload",
        "decisions:letter_detail",
        "decisions:body_correspondence",
        "decisions:evidence_download",
    },
    "editor": EDITOR,
    "importer": IMPORTER,
    "superuser": EDITOR
    | IMPORTER
    | {
        "decisions:intake_draft",
        "decisions:backups",
        "decisions:all_jobs",
        "decisions:job_detail",
        "admin:index",
        "admin:decisions_securityevent_changelist",
        "admin:decisions_job_changelist",
    },
}


# The security matrix's user for each role here (the importer has none there).
MATRIX_USER = {
    "anonymous": "anonymous",
    "viewer": "viewer",
    "focal point": "focal_own",
    "editor": "editor",
    "superuser": "superuser",
}
# The pages someone reaches by links: those a role may open must be among its own.
LINKED_PAGES = set().union(*EXPECTED.values())
# Pages a role may open that its links need not lead to, and why.
NOT_FOR = {
    # The signed-out pages: open to all, of use to no one signed in.
    **{role: {"login", "password_reset"} for role in MATRIX_USER if role != "anonymous"},
    # The API's documentation is open to anyone for client developers; a
    # person signed out is shown the login page only.
    "anonymous": {"api:docs"},
}
# Editors and superusers record updates directly and submit none: their menu
# leads to the review queue instead of their (empty) submissions.
NOT_FOR["editor"] = NOT_FOR["editor"] | {"decisions:my_submissions"}
NOT_FOR["superuser"] = NOT_FOR["superuser"] | {"decisions:my_submissions"}
# A viewer submits nothing either: the page opens (an empty list), no link
# leads there.
NOT_FOR["viewer"] = NOT_FOR["viewer"] | {"decisions:my_submissions"}
# Each member's response is linked from the page of an item asked of the
# member states or a group, to every reader (tests/test_responses.py,
# test_the_item_page_links_to_the_matrix); the crawl opens two item pages, the
# first it finds, which for these roles are other bodies' items.
for role in ("viewer", "focal point"):
    NOT_FOR[role] = NOT_FOR[role] | {"decisions:item_responses"}


# Pages no link needs to lead to, for any role, and why. Every other page a
# role may open (a GET answers 200) must be in EXPECTED for it (the crawl
# then proves a link leads there) or in NOT_FOR.
NO_LINK_NEEDED = {
    "account_login": "the same page as login, under allauth's name",
    "account_inactive": "where a sign-in of a deactivated account ends",
    "socialaccount_login_cancelled": "where a cancelled single sign-on ends",
    "password_change_done": "where the password change form leads",
    "password_reset_done": "where the password reset form leads",
    "password_reset_confirm": "the link in the password reset email",
    "password_reset_complete": "where the reset link's form leads",
    "healthz": "for the load balancer",
    "floor": "for make bench",
    "account_reauthenticate": "where adding or removing a second factor leads first",
    "api:schema": "for API clients; the API documentation reads it",
    **{f"api:{name}": "for API clients" for name in API_RESOURCES},
    "decisions:calendar_all": "a feed address shown on the calendar page, for a calendar app",
    "decisions:calendar_body": "a feed address shown on the calendar page, for a calendar app",
    "decisions:search": "the search form in every page's header leads there, not a link",
    "decisions:body_focal_points": "its form is on the body's page; alone, it shows the errors",
    "decisions:job_status": "read by the job page's script",
    "decisions:job_file": "linked from a finished job's page (the data has none)",
}
# The crawl opens two item pages, not those of items asked of all members.
for role in ("viewer", "focal point"):
    NOT_FOR[role] = NOT_FOR[role] | {
        "decisions:item_responses_xlsx",
        "decisions:item_responses_upload",
    }


def permitted(role: str) -> set[str]:
    """The linked pages the security matrix opens (200 to a GET) to `role`."""
    user = MATRIX_USER[role]
    return {name for name in LINKED_PAGES if name in MATRIX and MATRIX[name][0][user] == 200}


def test_each_role_must_reach_every_linked_page_it_may_open():
    """A page a role may open (the security matrix says 200) but that this
    file does not expect the role to reach would go unlinked unnoticed: the
    crawl below would not look for it."""
    unlisted = {
        role: sorted(permitted(role) - EXPECTED[role] - NOT_FOR[role]) for role in MATRIX_USER
    }
    assert {role: names for role, names in unlisted.items() if names} == {}


@override_settings(MFA_REQUIRED_FOR=[])
def test_each_role_reaches_its_pages_by_links(users):
    missing, forbidden = {}, {}
    for role, expected in EXPECTED.items():
        client = Client()
        if role != "anonymous":
            client.force_login(users[role])
        refused: set[str] = set()
        reached = crawl(client, "/home/" if role != "anonymous" else "/", refused)
        if expected - reached:
            missing[role] = sorted(expected - reached)
        if refused:
            forbidden[role] = sorted(refused)
    # Every page a role reaches, and no link to a page that refuses it.
    assert (missing, forbidden) == ({}, {})


@override_settings(PUBLIC_READ=True)
def test_the_public_reaches_the_published_pages(users):
    reached = crawl(Client(), "/")
    public = {
        "decisions:dashboard",
        "decisions:item_list",
        "decisions:item_detail",
        "decisions:body_list",
        "decisions:body_detail",
        "decisions:report_list",
        "decisions:report_detail",
        "decisions:theme_list",
        "decisions:theme_detail",
        "login",
    }
    assert public - reached == set()


@override_settings(PUBLIC_READ=True, MFA_REQUIRED_FOR=[])
def test_a_signed_in_user_without_a_role_gets_no_link_that_refuses_them(users):
    """PUBLIC_READ lets a signed-in user with no role read as the public. The
    menu is cached by what it varies on: once a role's menu is cached, the
    role-less user must still get the public one, with no link to a page
    that answers 403 (calendar, correspondence, renewals...)."""
    editor = Client()
    editor.force_login(users["editor"])
    crawl(editor, "/home/")  # the editor's menu is now in the cache
    client = Client()
    client.force_login(make_user("nora"))
    refused: set[str] = set()
    reached = crawl(client, "/", refused)
    assert refused == set()
    assert {"decisions:dashboard", "decisions:item_list", "decisions:report_list"} <= reached


def test_every_page_a_role_may_open_is_linked_for_it_or_says_why_not():
    """A new page that some role may open, left out of EXPECTED, would never
    be looked for by the crawl: it fails here until it is listed as reached
    by links (or its reason for needing no link is written above)."""
    unlisted = {}
    for role, user in MATRIX_USER.items():
        opens = {name for name, (get, _) in MATRIX.items() if get[user] == 200}
        left = opens - EXPECTED[role] - NOT_FOR[role] - set(NO_LINK_NEEDED)
        if left:
            unlisted[role] = sorted(left)
    assert unlisted == {}
