"""Every URL x every kind of user x GET and POST.

The list of URLs comes from the URL configuration: a new view that is not
in EXPECTED below fails `test_every_url_is_in_the_matrix`, so none can be
forgotten. Django's admin is left to its own (staff-only) checks, tested
once at the end."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from decisions.api.auth import api_token_create
from decisions.models import CalendarToken, StatusUpdate
from tests.factory import make_body, make_decision, make_item, make_report, make_user

pytestmark = pytest.mark.django_db

USERS = ["anonymous", "no_role", "viewer", "editor", "focal_own", "focal_other", "superuser"]

LOGIN = "login"  # a redirect to the login page
READERS = dict.fromkeys(USERS, 200) | {"anonymous": LOGIN, "no_role": 403}
EVERYONE = dict.fromkeys(USERS, 200)
NOT_ALLOWED = dict.fromkeys(USERS, 405)
UPDATERS_BAD_FORM = {
    "anonymous": LOGIN,
    "no_role": 403,
    "viewer": 403,
    "focal_other": 403,
    "editor": 400,
    "focal_own": 400,
    "superuser": 400,
}
UPLOADERS = READERS | {"viewer": 403}
API_READERS = READERS | {"anonymous": 401}
THEME_EDITORS = READERS | {"viewer": 403, "focal_own": 403, "focal_other": 403}
API_RESOURCES = [
    f"{resource}-{kind}"
    for resource in ("report", "paragraph", "body", "item", "update")
    for kind in ("list", "detail")
]

# name: (GET, POST) -> expected status per user.
EXPECTED = {
    "decisions:dashboard": (READERS, NOT_ALLOWED),
    "decisions:item_list": (READERS, NOT_ALLOWED),
    "decisions:item_detail": (READERS, UPDATERS_BAD_FORM),
    "decisions:body_list": (READERS, NOT_ALLOWED),
    "decisions:body_detail": (READERS, NOT_ALLOWED),
    "decisions:report_list": (READERS, NOT_ALLOWED),
    "decisions:report_detail": (READERS, NOT_ALLOWED),
    "decisions:items_export_csv": (READERS, NOT_ALLOWED),
    "decisions:items_export_xlsx": (READERS, NOT_ALLOWED),
    "decisions:items_upload": (
        UPLOADERS,
        UPLOADERS | {u: 400 for u in USERS if UPLOADERS[u] == 200},
    ),
    "decisions:items_upload_confirm": (
        NOT_ALLOWED,
        UPLOADERS | {u: 302 for u in USERS if UPLOADERS[u] == 200},
    ),
    "decisions:report_followup_pdf": (READERS, NOT_ALLOWED),
    "decisions:report_followup_docx": (READERS, NOT_ALLOWED),
    "decisions:calendar": (READERS, NOT_ALLOWED),
    "decisions:calendar_token_new": (
        NOT_ALLOWED,
        READERS | {u: 302 for u in USERS if READERS[u] == 200},
    ),
    "decisions:calendar_token_delete": (
        NOT_ALLOWED,
        READERS | {u: 302 for u in USERS if READERS[u] == 200},
    ),
    # The secret in the address is the credential: no session needed.
    "decisions:calendar_all": (EVERYONE, NOT_ALLOWED),
    "decisions:calendar_body": (EVERYONE, NOT_ALLOWED),
    "healthz": (EVERYONE, NOT_ALLOWED),
    # The read API: a key or a session of a user with a role; PUBLIC_READ does
    # not open it. The schema and its docs are public (they hold no data).
    **{
        f"api:{name}": (API_READERS, API_READERS | {u: 405 for u in USERS if API_READERS[u] == 200})
        for name in API_RESOURCES
    },
    "decisions:search": (READERS, NOT_ALLOWED),
    "decisions:theme_list": (READERS, NOT_ALLOWED),
    "decisions:theme_detail": (READERS, NOT_ALLOWED),
    # Editors and superusers choose an item's themes; an empty POST clears them.
    "decisions:item_themes_edit": (
        THEME_EDITORS,
        THEME_EDITORS | {"editor": 302, "superuser": 302},
    ),
    "api:schema": (EVERYONE, NOT_ALLOWED),
    "api:docs": (EVERYONE, NOT_ALLOWED),
    "api:tokens": (READERS, READERS | {u: 201 for u in USERS if READERS[u] == 200}),
    "api:token_revoke": (
        NOT_ALLOWED,
        READERS | {u: 302 for u in USERS if READERS[u] == 200},
    ),
    "set_language": (dict.fromkeys(USERS, 302), dict.fromkeys(USERS, 302)),
    "login": (EVERYONE, EVERYONE),  # POST without credentials: the form again
    "logout": (NOT_ALLOWED, dict.fromkeys(USERS, LOGIN)),
    "password_change": (READERS | {"no_role": 200}, READERS | {"no_role": 200}),
    "password_change_done": (READERS | {"no_role": 200}, NOT_ALLOWED | {"anonymous": LOGIN}),
    "password_reset": (EVERYONE, EVERYONE),
    "password_reset_done": (EVERYONE, NOT_ALLOWED),
    "password_reset_confirm": (EVERYONE, EVERYONE),
    "password_reset_complete": (EVERYONE, NOT_ALLOWED),
}


def url_names() -> list[str]:
    """Every named URL outside the admin, with its namespace."""

    def walk(patterns, namespace=""):
        for p in patterns:
            if isinstance(p, URLResolver):
                if p.namespace == "admin":
                    continue
                ns = f"{namespace}{p.namespace}:" if p.namespace else namespace
                yield from walk(p.url_patterns, ns)
            elif isinstance(p, URLPattern) and p.name:
                yield f"{namespace}{p.name}"

    return sorted(set(walk(get_resolver().url_patterns)))


@pytest.fixture
def world(db):
    own_body, other_body = make_body("own-body"), make_body("other-body")
    report = make_report()
    item = make_item(decision=make_decision(report), owner=own_body)
    make_item(decision=make_decision(report), owner=other_body)
    users = {
        "no_role": make_user("no-role"),
        "viewer": make_user("viewer", groups=("viewers",)),
        "editor": make_user("editor", groups=("editors",)),
        "focal_own": make_user("focal-own", groups=("focal points",)),
        "focal_other": make_user("focal-other", groups=("focal points",)),
        "superuser": make_user("root", is_superuser=True, is_staff=True),
    }
    own_body.focal_points.add(users["focal_own"])
    other_body.focal_points.add(users["focal_other"])
    token = CalendarToken.objects.create(user=users["viewer"])
    update = StatusUpdate.objects.create(item=item, old_status="not_started", new_status="stalled")
    api_token, _key = api_token_create(user=users["viewer"], name="matrix")
    kwargs = {
        "decisions:item_detail": {"pk": item.pk},
        "decisions:body_detail": {"slug": own_body.slug},
        "decisions:report_detail": {"pk": report.pk},
        "decisions:report_followup_pdf": {"pk": report.pk},
        "decisions:report_followup_docx": {"pk": report.pk},
        "decisions:calendar_all": {"key": token.key},
        "decisions:calendar_body": {"key": token.key, "slug": own_body.slug},
        "password_reset_confirm": {"uidb64": "MQ", "token": "set-password"},
        "decisions:theme_detail": {"slug": "security"},
        "decisions:item_themes_edit": {"pk": item.pk},
        "api:report-detail": {"pk": report.pk},
        "api:paragraph-detail": {"pk": item.decision_id},
        "api:body-detail": {"slug": own_body.slug},
        "api:item-detail": {"pk": item.pk},
        "api:update-detail": {"pk": update.pk},
        "api:token_revoke": {"pk": api_token.pk},
    }
    return {"users": users, "kwargs": kwargs}


def test_every_url_is_in_the_matrix():
    missing = [name for name in url_names() if name not in EXPECTED]
    assert not missing, f"add these URLs to EXPECTED with who may do what: {missing}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_kind_of_user_gets_what_the_matrix_says(world, name):
    if name not in url_names():
        pytest.skip(f"{name} is not in the URL configuration")
    url = reverse(name, kwargs=world["kwargs"].get(name))
    got = {}
    for user_kind in USERS:
        for method, expected in zip(("get", "post"), EXPECTED[name], strict=True):
            client = Client()
            if user_kind != "anonymous":
                client.force_login(world["users"][user_kind])
            response = getattr(client, method)(url)
            status = response.status_code
            if status == 302 and response["Location"].startswith(reverse("login")):
                status = LOGIN
            got[(user_kind, method)] = (status, expected[user_kind])
    wrong = {k: v for k, v in got.items() if v[0] != v[1]}
    assert not wrong, f"{url}: (got, expected) {wrong}"


def test_every_form_enforces_csrf(world):
    """Each URL that accepts POST refuses it without a CSRF token."""
    editor = world["users"]["superuser"]
    for name, (_, post) in EXPECTED.items():
        if name not in url_names() or all(s == 405 for s in post.values()):
            continue
        client = Client(enforce_csrf_checks=True)
        client.force_login(editor)
        url = reverse(name, kwargs=world["kwargs"].get(name))
        assert client.post(url).status_code == 403, f"{url} accepts a POST without CSRF token"


def test_the_admin_is_for_staff_only(world):
    url = reverse("admin:index")
    for kind in ("editor", "viewer", "focal_own"):
        client = Client()
        client.force_login(world["users"][kind])
        assert client.get(url).status_code == 302
    client = Client()
    client.force_login(world["users"]["superuser"])
    assert client.get(url).status_code == 200
