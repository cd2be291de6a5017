"""The item page keyed by the items' pages token (decisions.models.generation,
with a shared cache: settings.ITEMS_GENERATION): from the cache it asks
nothing of the database for a reader whose flags are the same for every item
(a reviewer, the public), and every write the page shows, page_changed_at
alone included, shows at once after its commit. Here the memory cache stands
for the shared one (one process: the same thing); the writes commit for real
(transactional tests), as the token is replaced only after a commit."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client, RequestFactory
from django.urls import reverse

from decisions.items import page_cache
from decisions.models import ActionItem, generation
from decisions.web import token_placeholder
from decisions.workflow.services import comment_add
from tests.factory import make_body, make_item, make_user
from tests.test_item_page_cache import (  # noqa: F401 (a test run here again)
    page,
    test_a_write_shows_at_once_on_the_cached_page,
    tokens,
)
from tests.test_queries import BASE

pytestmark = pytest.mark.django_db(transaction=True)

# test_a_write_shows_at_once_on_the_cached_page, imported above, runs every writer
# of tests/test_item_page_cache.py again here: the token on, the writes committed.


@pytest.fixture(autouse=True)
def on(settings, tmp_path, migrated_groups):
    settings.ITEMS_GENERATION = True
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def item():
    return make_item(owner=make_body("gen-owner", name_en="Gen Owner"), summary="Asked.")


@pytest.fixture
def editor():
    return make_user("gen-page-editor", groups=("editors",))


def reader(user):
    request = RequestFactory().get("/")
    request.user = user
    return request


@pytest.mark.parametrize("role", ["editor", "superuser", "public"])
def test_a_reviewer_and_the_public_have_the_same_flags_for_every_item(settings, role):
    settings.PUBLIC_READ = True
    user = {
        "editor": lambda: make_user(groups=("editors",)),
        "superuser": lambda: make_user(is_superuser=True, is_staff=True),
        "public": AnonymousUser,
    }[role]()
    skipped = make_body(settings.REVIEW_SKIP_BODIES[0]) if settings.REVIEW_SKIP_BODIES else None
    items = [make_item(), make_item(owner=make_body())]
    if skipped:
        items.append(make_item(owner=skipped))
    flags = page_cache.flags_for_any_item(reader(user))
    assert flags is not None
    for one in items:
        assert page_cache.reader_flags(reader(user), one) == flags


def test_a_focal_points_flags_depend_on_the_item(item):
    focal = make_user("gen-focal", groups=("focal points",))
    item.owner.focal_points.add(focal)
    assert page_cache.flags_for_any_item(reader(focal)) is None
    assert page_cache.reader_flags(reader(focal), item) != page_cache.reader_flags(
        reader(focal), make_item()
    )


def test_from_the_cache_a_reviewers_item_page_runs_no_query_of_its_own(
    client, item, editor, django_assert_num_queries
):
    client.force_login(editor)
    first = page(client, item)
    with django_assert_num_queries(BASE):  # the session, the user, the menu's check
        again = page(client, item)
    assert token_placeholder() not in again and tokens(again)
    assert tokens(again).isdisjoint(tokens(first))  # each request its own mask
    # The page's forms and base.html carry one token: the one this request draws.
    assert len(tokens(again)) == 1


def test_a_comment_shows_at_once_though_the_dashboards_token_stays(client, item, editor):
    client.force_login(editor)
    page(client, item)
    before = generation.token()
    comment_add(item=item, text="written-after-kept", by=editor)
    assert "written-after-kept" in page(client, item)
    assert generation.token() == before  # what the dashboard shows did not change


def test_a_focal_point_and_a_reviewer_never_share_the_content(client, item, editor):
    comment_add(item=item, text="An internal remark.", by=editor)
    focal = make_user("gen-focal2", groups=("focal points",))
    make_body("gen-other").focal_points.add(focal)  # of another body
    client.force_login(editor)
    assert "An internal remark." in page(client, item)
    client.force_login(focal)
    assert "An internal remark." not in page(client, item)


def test_a_deleted_item_is_404_though_its_page_was_kept(client, item, editor):
    client.force_login(editor)
    page(client, item)
    pk = item.pk
    ActionItem.objects.filter(pk=pk).delete()
    assert client.get(reverse("decisions:item_detail", args=[pk])).status_code == 404
    assert Client().get(reverse("decisions:item_detail", args=[pk])).status_code in (302, 404)
