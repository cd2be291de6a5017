"""The items' generation (decisions/models/generation.py): with a shared
cache, the dashboard and the item list key their cached content by a token
every write to the items replaces after it commits, instead of reading the
items' change stamp from the database on each request. Here the memory cache
stands for the shared one (one process: the same thing)."""

from __future__ import annotations

import datetime
import re
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from decisions.items import services as item_services
from decisions.models import ActionItem, Report, Status, generation
from decisions.web import items_stamp
from tests.factory import make_body, make_decision, make_item, make_report, make_user
from tests.test_queries import BASE, build
from tests.test_redis import REDIS_URL, redis_settings, run_django, shared_cache  # noqa: F401

DASHBOARD = reverse("decisions:dashboard")
FRENCH = "Avancement global"
LIST = reverse("decisions:item_list") + "?status=in_progress"


@pytest.fixture
def on(settings):
    settings.ITEMS_GENERATION = True


def current() -> str | None:
    return cache.get(generation.KEY)


def write(kind: str, item: ActionItem, editor) -> None:
    items = ActionItem.objects.filter(pk=item.pk)
    if kind == "create":
        make_item(item.decision, owner=make_body())
    elif kind == "save":
        item.summary = "Reworded"
        item.save()
    elif kind == "update":
        items.update(status=Status.STALLED)
    elif kind == "update through a body":
        item.owner.action_items.update(due_date=datetime.date(2030, 1, 1))
    elif kind == "bulk_create":
        ActionItem.objects.bulk_create([ActionItem(decision=item.decision, owner=make_body())])
    elif kind == "bulk_update":
        item.status = Status.COMPLETED
        ActionItem.objects.bulk_update([item], ["status"])
    elif kind == "delete":
        item.delete()
    elif kind == "queryset delete":
        items.delete()
    elif kind == "report deleted (cascade)":
        Report.objects.filter(pk=item.decision.report_id).delete()
    elif kind == "status recorded":
        item_services.action_item_set_status(item=item, status="completed", note="Done", by=editor)
    else:
        raise AssertionError(kind)


WRITES = [
    "create",
    "save",
    "update",
    "update through a body",
    "bulk_create",
    "bulk_update",
    "delete",
    "queryset delete",
    "report deleted (cascade)",
    "status recorded",
]


@pytest.mark.parametrize("kind", WRITES)
def test_every_write_to_the_items_replaces_the_token_once_it_commits(
    settings, editor, kind, django_capture_on_commit_callbacks
):
    item = make_item()
    settings.ITEMS_GENERATION = True  # after the setup, which the test's transaction keeps
    before = generation.token()
    with django_capture_on_commit_callbacks(execute=False) as waiting:
        write(kind, item, editor)
    assert current() == before  # not before the commit: a reader would keep old content
    assert waiting
    for callback in waiting:
        callback()
    assert current() not in (None, before)


@pytest.mark.parametrize("kind", WRITES)
def test_every_write_that_moves_the_database_stamp_replaces_the_token(
    settings, editor, kind, django_capture_on_commit_callbacks
):
    """The token is at least as fresh as the stamp it stands for."""
    item = make_item()
    make_item()  # the table is not emptied by a delete
    settings.ITEMS_GENERATION = True
    stamp, before = ActionItem.objects.change_stamp(), generation.token()
    with django_capture_on_commit_callbacks(execute=True):
        write(kind, item, editor)
    if ActionItem.objects.change_stamp() != stamp:
        assert current() != before


def test_touching_an_items_page_alone_leaves_the_token(
    db, settings, django_capture_on_commit_callbacks
):
    """What only an item's page shows (a comment...) moves page_changed_at,
    which the change stamp ignores too: the dashboard is not drawn again.
    (The items' pages token alone is replaced, after the commit: the item
    pages show it.)"""
    item = make_item()
    settings.ITEMS_GENERATION = True
    before, pages = generation.token(), generation.token(key=generation.PAGES_KEY)
    with django_capture_on_commit_callbacks(execute=True) as done:
        ActionItem.objects.filter(pk=item.pk).update(page_changed_at=timezone.now())
        item.save(update_fields=["page_changed_at"])
    assert len(done) == 1 and current() == before
    assert cache.get(generation.PAGES_KEY) not in (None, pages)


def test_a_transaction_of_many_writes_replaces_it_once(
    db, settings, django_capture_on_commit_callbacks
):
    decision = make_decision()
    settings.ITEMS_GENERATION = True
    with django_capture_on_commit_callbacks(execute=False) as waiting, transaction.atomic():
        for _ in range(5):
            make_item(decision)
    assert len(waiting) == 1


def test_without_a_shared_cache_the_pages_read_the_stamp_from_the_database(db, settings):
    settings.ITEMS_GENERATION = False
    assert generation.token()  # readable, but not used
    make_item()
    assert items_stamp(SimpleNamespace()) == ActionItem.objects.change_stamp()
    generation.bump()
    assert current() is None or items_stamp(SimpleNamespace()) == ActionItem.objects.change_stamp()


def test_a_lost_token_is_replaced_by_one_never_used(on, db):
    first = generation.token()
    cache.delete(generation.KEY)  # evicted, or Redis emptied
    assert generation.token() not in (None, first)


def test_a_token_read_with_the_session_is_not_used_after_a_write_of_the_request(on, db):
    stale = SimpleNamespace(session=SimpleNamespace(items_generation=("old", generation.writes())))
    assert items_stamp(stale) == "gold"
    generation.bump()
    assert items_stamp(stale) != "gold"


def test_from_the_cache_the_dashboard_and_the_list_run_no_query_of_their_own(
    on, client, editor, django_assert_num_queries
):
    build(1, editor)
    client.force_login(editor)
    for url in (DASHBOARD, LIST):
        first = client.get(url).content.decode()
        with django_assert_num_queries(BASE):  # the session, the user, the menu's check
            again = client.get(url).content.decode()
        main = re.compile(r"<main.*</main>", re.DOTALL)
        assert main.search(again)[0] == main.search(first)[0]


@pytest.mark.django_db(transaction=True)
def test_a_write_shows_at_once_on_the_cached_dashboard_and_list(on, client, migrated_groups):
    editor = make_user("gen-editor", groups=("editors",))
    item = make_item(make_decision(make_report("OIC/GEN/1")), status=Status.IN_PROGRESS)
    client.force_login(editor)
    assert "no update recorded yet" in client.get(DASHBOARD).content.decode().lower()
    assert item.get_absolute_url() in client.get(LIST).content.decode()
    item_services.action_item_set_status(
        item=item, status="completed", note="Mission sent in May", by=editor
    )
    assert "Mission sent in May" in client.get(DASHBOARD).content.decode()
    assert item.get_absolute_url() not in client.get(LIST).content.decode()


def test_each_kind_of_visitor_and_language_keeps_its_own_content(on, settings, editor, viewer):
    """The token is the same for everyone: what differs between visitors
    (the public's statuses and notes, the language) stays in the key, and
    nothing of one user goes into the content (tests/test_cached_fragments.py)."""
    settings.PUBLIC_READ = True
    item = make_item(status=Status.IN_PROGRESS)
    item_services.action_item_set_status(
        item=item, status="stalled", note="Internal note only", by=editor
    )
    staff = Client()
    staff.force_login(editor)
    assert "Internal note only" in staff.get(DASHBOARD).content.decode()
    public = Client().get(DASHBOARD).content.decode()
    assert "Internal note only" not in public
    reader = Client()
    reader.force_login(viewer)
    assert "Internal note only" in reader.get(DASHBOARD).content.decode()
    french = Client(headers={"accept-language": "fr"})
    french.force_login(viewer)
    assert FRENCH in french.get(DASHBOARD).content.decode()
    assert FRENCH not in reader.get(DASHBOARD).content.decode()


def test_the_session_engine_reads_the_token_with_the_session(
    on, settings, client, editor, monkeypatch
):
    """Signed in, the token comes in the session's round trip: no read of its own."""
    settings.SESSION_ENGINE = "decisions.accounts.session_user"
    settings.AUTH_CACHE_SECONDS = 300
    client.force_login(editor)
    client.get(DASHBOARD)
    asked = []
    token = generation.token

    def spy(prefetched=None):
        asked.append(prefetched)
        return token(prefetched)

    monkeypatch.setattr(generation, "token", spy)
    assert client.get(DASHBOARD).status_code == 200
    assert asked == [current()]


@pytest.mark.django_db
@pytest.mark.usefixtures("shared_cache")
def test_with_redis_a_write_on_one_server_is_seen_by_another(settings, tmp_path):
    """Two app servers share the token through Redis: one's write (after its
    commit) changes the key the other's next request reads."""
    settings.ITEMS_GENERATION = True
    seen = generation.token()
    code = "from decisions.models import generation\ngeneration.bump()\nprint(generation.token())"
    other = run_django(code, redis_url=REDIS_URL, tmp_path=tmp_path)
    assert other != seen
    assert generation.token() == other


@pytest.mark.django_db(transaction=True)
def test_a_write_in_a_transaction_after_one_outside_any_replaces_the_token(on):
    """Outside a transaction the replacement runs at once; the next
    transaction's write must still wait for its own commit, not be taken for
    one already waiting."""
    item = make_item()
    item.save()  # autocommit: replaced at once
    before = generation.token()
    with transaction.atomic():
        item.save()
    assert generation.token() != before
