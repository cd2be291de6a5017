"""Fixtures shared by the suite; the make_* helpers are in tests/factory.py."""

from __future__ import annotations

import os

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache, caches
from hypothesis import settings as hypothesis_settings

from tests.factory import make_user

DATABASE_FIXTURES = frozenset(
    {
        "db",
        "transactional_db",
        "django_db_reset_sequences",
        "django_db_serialized_rollback",
        "live_server",
    }
)
"""pytest-django's fixtures that open the test database (the ``django_db``
marker asks for one of them)."""


def opens_database(item: pytest.Item) -> bool:
    """Whether a test can touch the database.

    pytest-django refuses the database to any test that did not ask for it (the
    ``django_db`` marker, a fixture that needs ``db``, or a Django test case with
    ``databases``), so a test this says no to cannot run a query, whatever it
    does: it can be left out of a pass whose only change is the database."""
    if item.get_closest_marker("django_db"):
        return True
    if DATABASE_FIXTURES.intersection(getattr(item, "fixturenames", ())):
        return True
    cls = getattr(item, "cls", None)
    return bool(cls is not None and getattr(cls, "databases", None))


def kept_on_the_database_pass(item: pytest.Item) -> bool:
    """Whether the PostgreSQL pass runs a test: it can touch the database and
    is not marked ``one_engine``."""
    return opens_database(item) and not item.get_closest_marker("one_engine")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With TEST_DATABASE_ONLY=1, run only the tests that can touch the database.

    CI runs the whole suite on SQLite, then again on PostgreSQL: there, a test
    that opens no database (the text core, the file formats, the linear-growth
    checks) would run the same code a second time for nothing; so would a test
    marked ``one_engine``: what it checks is markup, links, catalogues or the
    permission table, built from the same queries the other tests run on both."""
    _no_browser_outside_e2e(items)
    if os.environ.get("TEST_DATABASE_ONLY") != "1":
        return
    kept = [item for item in items if kept_on_the_database_pass(item)]
    if len(kept) == len(items):
        return
    config.hook.pytest_deselected(
        items=[item for item in items if not kept_on_the_database_pass(item)]
    )
    items[:] = kept


def _no_browser_outside_e2e(items: list[pytest.Item]) -> None:
    """pytest-playwright gives a browser to any test naming one of its fixtures
    ("page", "browser", "context"...), with a session-scoped parameter; pytest then
    groups those tests together, out of the order pytest-django sets (the tests
    that flush the database last), and the tests after a flush lose the
    migrations' rows. Outside tests/e2e such a name is a mistake: say so."""
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if "browser_name" in params and "/e2e/" not in str(item.path):
            raise pytest.UsageError(
                f"{item.nodeid}: an argument named as a pytest-playwright fixture "
                "(page, browser, context...) outside tests/e2e: rename it"
            )


# No time limit per generated example: the suite runs in parallel workers on a
# machine that may be busy, and a slow example is not a wrong one (most of the
# property tests already said deadline=None).
hypothesis_settings.register_profile("suite", deadline=None)
hypothesis_settings.load_profile("suite")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with empty caches (the dashboard's content, the menu)."""
    cache.clear()
    caches["nav"].clear()
    caches["pages"].clear()


@pytest.fixture
def migrated_groups(transactional_db) -> None:
    """The groups that migration 0002 creates, made again for a transactional
    test: its database may start flushed, and a flush keeps no data migration's
    rows (the permissions come back with the flush's post_migrate, under new keys,
    which is why such a test cannot restore a serialized copy instead)."""
    from importlib import import_module

    from django.contrib.auth.models import Group, Permission

    groups = import_module("decisions.migrations.0002_registry_and_groups").GROUPS
    for name, codenames in groups.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="decisions", codename__in=codenames)
        )


@pytest.fixture
def editor(db) -> User:
    return make_user("editor", groups=("editors",))


@pytest.fixture
def viewer(db) -> User:
    return make_user("viewer", groups=("viewers",))


@pytest.fixture
def admin_user(db) -> User:
    return User.objects.create_superuser("boss", password="secret-pass-123")


@pytest.fixture
def builds(monkeypatch) -> list:
    """Each build of a follow-up document, counted (a cached file is not built
    again)."""
    from decisions.reporting import followup, followup_files

    calls = []
    build = followup.followup_build

    def counting(*args, **kwargs):
        calls.append(args)
        return build(*args, **kwargs)

    monkeypatch.setattr(followup_files, "followup_build", counting)
    return calls
