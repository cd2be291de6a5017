"""Whatever a cache keeps, a reader is served what would be rendered for
them alone. For every page that keeps content between readers (the item
page, a body's page and its tools and focal points panel, a report's page,
the dashboard, the list, the header), and every pair of kinds of reader,
the cache is filled by the one, then read by the other: the other must get
what they get from an empty cache. Kinds of reader include those a role
check could mistake: a signed-in user without a role, one given a
permission without a role, staff without a role, an importer, staff with a
role, focal points of the item's body and of another.

A key that misses something the content varies on (a flag asked of another
predicate than the key's, a per-user choice) fails here, on any cached page,
whatever the cause."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import caches
from django.test import Client
from django.urls import reverse

from decisions.models import Status
from decisions.workflow import services as workflow
from tests.factory import make_body, make_decision, make_item, make_report, make_user

pytestmark = [pytest.mark.django_db, pytest.mark.one_engine]

TOKEN = re.compile(
    r'(name="csrfmiddlewaretoken" value=")[^"]*"|(<meta name="csrf-token" content=")[^"]*"'
)


@pytest.fixture(params=["stamps", "tokens"])
def world(request, settings):
    """With the stamps read from the database (no shared cache), and with the
    items' generation tokens and each user's access kept in the cache (as with
    Redis): the two ways the pages' keys are made."""
    settings.PUBLIC_READ = True
    if request.param == "tokens":
        settings.ITEMS_GENERATION = True
        settings.AUTH_CACHE_SECONDS = 300
    body, other = make_body("cr-own"), make_body("cr-other")
    report = make_report("OIC/CR-2026/REP")
    item = make_item(make_decision(report), owner=body)
    make_item(make_decision(report), owner=other)
    editor = make_user("cr-editor", groups=("editors",))
    bare = make_user("cr-bare")
    bare.user_permissions.add(Permission.objects.get(codename="record_update"))
    importer = make_user("cr-importer", groups=("importers",))
    readers = {
        "anonymous": None,
        "no role": make_user("cr-norole"),
        "permission without a role": bare,
        "staff without a role": make_user("cr-staff", is_staff=True),
        "importer": importer,
        "viewer": make_user("cr-viewer", groups=("viewers",)),
        "staff viewer": make_user("cr-staffviewer", groups=("viewers",), is_staff=True),
        "focal point": make_user("cr-focal", groups=("focal points",)),
        "another body's focal point": make_user("cr-focal-other", groups=("focal points",)),
        "editor": editor,
        "superuser": make_user("cr-root", is_superuser=True, is_staff=True),
    }
    body.focal_points.add(readers["focal point"])
    other.focal_points.add(readers["another body's focal point"])
    workflow.comment_add(item=item, text="An internal remark.", by=editor)
    workflow.submission_create(
        item=item,
        status=Status.IN_PROGRESS,
        note="A submitted note.",
        by=readers["focal point"],
        base_version=item.version,
    )
    pages = [
        item.get_absolute_url(),
        body.get_absolute_url(),
        report.get_absolute_url(),
        reverse("decisions:dashboard"),
        reverse("decisions:item_list"),
    ]
    return {"readers": readers, "pages": pages}


def clear() -> None:
    for name in ("default", "pages", "nav"):
        caches[name].clear()


def served(user, url: str) -> str:
    client = Client()
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    html = TOKEN.sub(r"\1\2", response.content.decode())
    if user is not None:  # the header's own hole: the reader's name
        html = html.replace(user.get_full_name() or user.get_username(), "READER")
    return f"{response.status_code}\n{html}"


@pytest.mark.parametrize("index", range(5))
def test_a_reader_gets_what_they_would_alone_whoever_filled_the_cache(world, index):
    url = world["pages"][index]
    readers = world["readers"]
    alone = {}
    for name, user in readers.items():
        clear()
        alone[name] = served(user, url)
    assert len(set(alone.values())) > 2, "the readers should not all get the same page"
    wrong = []
    # Each reader fills the cache first, then every other reads in turn:
    # whoever shares a key with the first reads what the first left.
    for filler, first in readers.items():
        clear()
        served(first, url)
        for name, user in readers.items():
            if name != filler and served(user, url) != alone[name]:
                wrong.append(f"{name} after {filler}")
    assert wrong == [], f"{url}: served what was kept for another: {wrong}"
