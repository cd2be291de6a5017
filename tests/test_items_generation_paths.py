"""The items' generation (decisions/models/generation.py) through the real
write paths, with a real Redis as the shared cache and real commits: after
each write the cached dashboard and item list are the ones drawn afresh from
the database. A path whose write keeps the old content cached fails here.

Each path writes what the change stamp reads (ActionItem.objects.change_stamp:
the items' table); the guard is the table's own writes, whatever issues
them (the ORM, a manager without the project's QuerySet, SQL through
Django's connection), so a new path cannot slip past it."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from decisions.items import services as item_services
from decisions.models import ActionItem, Body, Report, Status, generation
from decisions.registry.services import body_merge
from decisions.responses.services import ResponseValues, member_response_record
from tests.factory import MALI_REPORT, make_body, make_decision, make_item, make_report, make_user
from tests.test_redis import redis_settings, shared_cache  # noqa: F401

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("shared_cache", "migrated_groups"),
]

PAGES = (reverse("decisions:dashboard"), reverse("decisions:item_list"))
MAIN = re.compile(r"<main.*</main>", re.DOTALL)


@pytest.fixture
def on(settings, shared_cache):  # noqa: F811
    settings.ITEMS_GENERATION = True
    # The token read with the session (decisions.accounts.session_user), as in production.
    settings.AUTH_CACHE_SECONDS = 300
    cache.delete(generation.KEY)  # nothing drawn by an earlier test's database is read
    yield
    cache.delete(generation.KEY)


@pytest.fixture
def world(on):
    report = make_report("OIC/GEN/PATHS/1")
    kept = make_body("kept-body")
    items = [
        make_item(make_decision(report), owner=kept, status=Status.IN_PROGRESS),
        make_item(make_decision(report), owner=make_body("found-body", registered=False)),
    ]
    editor = make_user("gen-editor", groups=("editors",))
    client = Client()
    client.force_login(editor)
    return {"report": report, "items": items, "editor": editor, "client": client}


def main(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return MAIN.search(response.content.decode())[0]


def assert_shows_at_once(world, write, prepare=None) -> None:
    """Every page is cached, `write` runs (and commits), then each page from
    the cache is the one drawn from the database under a new token.
    `prepare`: what runs before the pages are cached (a backup taken...)."""
    client = world["client"]
    if prepare is not None:
        prepare(world)
    before = {url: main(client, url) for url in PAGES}
    assert {url: main(client, url) for url in PAGES} == before  # now from the cache
    write(world)
    cached = {url: main(client, url) for url in PAGES}
    cache.delete(generation.KEY)  # a token never used: drawn from the database
    fresh = {url: main(client, url) for url in PAGES}
    assert fresh != before, "the write is not seen on the pages: the test proves nothing"
    for url in PAGES:
        assert cached[url] == fresh[url], f"{url}: stale content after the write"


def recorded_through_the_page(world):
    item = world["items"][0]
    response = world["client"].post(
        reverse("decisions:item_detail", args=[item.pk]),
        {"status": "completed", "note": "Mission sent", "version": item.version},
        follow=True,  # its message shown: the pages compared show none
    )
    assert response.status_code == 200
    assert ActionItem.objects.get(pk=item.pk).status == Status.COMPLETED


def recorded_by_the_service(world):
    item_services.action_item_set_status(
        item=world["items"][0], status="stalled", note="Waiting", by=world["editor"]
    )


def set_by_the_admins_action(world):
    boss = make_user("gen-boss", is_staff=True, is_superuser=True)
    admin = Client()
    admin.force_login(boss)
    response = admin.post(
        reverse("admin:decisions_actionitem_changelist"),
        {"action": "set_status_stalled", "_selected_action": [i.pk for i in world["items"]]},
    )
    assert response.status_code == 302


def imported(world):
    call_command("import_report", str(MALI_REPORT), stdout=StringIO())


def body_merged_through_the_page(world):
    response = world["client"].post(
        reverse("decisions:body_review_merge", args=["found-body"]),
        {"into": "kept-body"},
        follow=True,
    )
    assert response.status_code == 200
    assert not Body.objects.filter(slug="found-body").exists()


def body_merged_onto_an_item(world):
    twin = make_item(world["items"][1].decision, owner=Body.objects.get(slug="kept-body"))
    ActionItem.objects.filter(pk=twin.pk).update(summary="The kept one")
    body_merge(body=Body.objects.get(slug="found-body"), into=twin.owner, by=world["editor"])


def report_deleted_with_its_items(world):
    Report.objects.filter(pk=world["report"].pk).delete()


def backed_up_and_emptied(world):
    call_command("backup", str(world["tmp"] / "backup.xml"), stdout=StringIO())
    Report.objects.all().delete()


def restored(world):
    call_command("restore", str(world["tmp"] / "backup.xml"), stdout=StringIO())


def dumped_and_deleted(world):
    item = world["items"][0]
    path = world["tmp"] / "item.json"
    call_command("dumpdata", "decisions.actionitem", pks=str(item.pk), output=str(path))
    ActionItem.objects.filter(pk=item.pk).delete()


def loaded_from_a_fixture(world):
    call_command("loaddata", str(world["tmp"] / "item.json"), verbosity=0)


def sql_through_djangos_connection(world):
    """A write no signal and no QuerySet sees (a data fix, a new job in SQL)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE decisions_actionitem SET status = %s, updated_at = %s WHERE id = %s",
            [Status.STALLED, timezone.now(), world["items"][0].pk],
        )


def updated_through_the_base_manager(world):
    """A plain QuerySet (Model._base_manager, as decisions/relations.py uses
    for the rows it moves), without ActionItemQuerySet's update."""
    ActionItem._base_manager.filter(pk=world["items"][0].pk).update(
        status=Status.STALLED, updated_at=timezone.now()
    )


def inserted_through_the_base_manager(world):
    item = ActionItem(
        decision=make_decision(world["report"]), owner=make_body(), summary="Raw insert"
    )
    ActionItem._base_manager.bulk_create([item])


PATHS = {
    "recorded through the item page": recorded_through_the_page,
    "recorded by the service": recorded_by_the_service,
    "set by the admin's action": set_by_the_admins_action,
    "import_report": imported,
    "body merged through the review page": body_merged_through_the_page,
    "body merged onto an item of the same paragraph": body_merged_onto_an_item,
    "report deleted with its items (cascade)": report_deleted_with_its_items,
    "backup restored": (backed_up_and_emptied, restored),
    "loaddata": (dumped_and_deleted, loaded_from_a_fixture),
    "SQL through Django's connection": sql_through_djangos_connection,
    "update through the base manager": updated_through_the_base_manager,
    "bulk_create through the base manager": inserted_through_the_base_manager,
}


@pytest.mark.parametrize("path", PATHS)
def test_every_write_path_shows_at_once_on_the_cached_dashboard_and_list(world, tmp_path, path):
    world["tmp"] = tmp_path
    prepare, write = PATHS[path] if isinstance(PATHS[path], tuple) else (None, PATHS[path])
    assert_shows_at_once(world, write, prepare)


def test_a_write_the_pages_do_not_show_replaces_the_token_as_it_moves_the_stamp(world):
    """A member's response moves its item's updated_at (the change stamp):
    the token follows the stamp, whatever the pages show of it."""
    before, stamp = generation.token(), ActionItem.objects.change_stamp()
    member_response_record(
        item=world["items"][0],
        member=make_body("member-state"),
        values=ResponseValues(status="acted", note="Done"),
        by=world["editor"],
        expected_version=0,
    )
    assert ActionItem.objects.change_stamp() != stamp
    assert cache.get(generation.KEY) not in (None, before)


def test_a_write_rolled_back_keeps_the_token(world):
    before = generation.token()
    with pytest.raises(RuntimeError), transaction.atomic():
        ActionItem.objects.filter(pk=world["items"][0].pk).update(status=Status.STALLED)
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM decisions_actionitem WHERE id = %s", [world["items"][1].pk])
        raise RuntimeError("rolled back")
    assert cache.get(generation.KEY) == before


def test_touching_the_items_pages_alone_keeps_the_token(world):
    """A comment moves page_changed_at only (decisions.items.touch): what the
    dashboard and the list show is unchanged, so they are not drawn again."""
    from decisions.workflow.services import comment_add

    before = generation.token()
    comment_add(item=world["items"][0], text="Seen", by=world["editor"])
    assert cache.get(generation.KEY) == before


@pytest.mark.parametrize(
    "sql",
    [
        'INSERT INTO "decisions_actionitem" ("decision_id", "owner_id") VALUES (%s, %s)',
        'UPDATE "decisions_actionitem" SET "status" = %s WHERE "decisions_actionitem"."id" = %s',
        "update decisions_actionitem set status = 'stalled'",
        'DELETE FROM "decisions_actionitem" WHERE "decisions_actionitem"."id" IN (%s)',
        'TRUNCATE "decisions_body", "decisions_actionitem" RESTART IDENTITY CASCADE',
        'UPDATE "public"."decisions_actionitem" SET "due_date" = NULL',
        "INSERT OR REPLACE INTO decisions_actionitem (id) VALUES (1)",
        "WITH moved AS (SELECT 1) UPDATE decisions_actionitem SET status = 'stalled'",
        "/* job=import */ UPDATE decisions_actionitem SET status = 'stalled'",
        # page_changed_at with a field the stamp reads: the stamp moves with it
        'UPDATE "decisions_actionitem" SET "page_changed_at" = %s, "status" = %s WHERE "id" = %s',
    ],
)
def test_a_statement_writing_the_items_table_is_recognised(sql):
    assert generation.writes_items(sql)


@pytest.mark.parametrize(
    "sql",
    [
        'SELECT MAX("updated_at") FROM "decisions_actionitem"',
        'INSERT INTO "decisions_actionitem_partners" ("actionitem_id", "body_id") VALUES (%s, %s)',
        'DELETE FROM "decisions_comment" WHERE "decisions_comment"."item_id" IN '
        '(SELECT U0."id" FROM "decisions_actionitem" U0)',
        'UPDATE "decisions_actionitem" SET "page_changed_at" = %s WHERE "id" IN (%s, %s)',
        'UPDATE "decisions_actionitem" SET "page_changed_at" = NULL WHERE "id" = %s',
        'SAVEPOINT "s1"',
    ],
)
def test_a_statement_not_writing_what_the_stamp_reads_is_left(sql):
    assert not generation.writes_items(sql)


def test_the_table_watched_is_the_items_table():
    assert ActionItem._meta.db_table == generation.TABLE


def test_every_connection_is_watched_once(world):
    """The guard is on the connection the ORM uses, and on a new one (another
    thread, a reconnection) as it opens."""
    import threading

    assert connection.execute_wrappers.count(generation._watch) == 1
    found = []

    def other():
        from django.db import connection as theirs

        theirs.ensure_connection()
        found.append(theirs.execute_wrappers.count(generation._watch))
        theirs.close()

    thread = threading.Thread(target=other)
    thread.start()
    thread.join()
    assert found == [1]
