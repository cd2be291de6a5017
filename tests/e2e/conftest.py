"""End-to-end tests: Debian's Chromium, driven by pytest-playwright's sync API,
against pytest-django's `live_server`.

No browser is ever downloaded (there is no internet): Playwright launches the
Chromium the system provides. Without one, every e2e test FAILS and says why,
so that a run (CI's above all) cannot stay green without them; `E2E=0` in
the environment is the explicit opt-out that skips them instead.
"""

from __future__ import annotations

import importlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission, User
from django.core.management import call_command
from playwright.sync_api import Page, Playwright

from decisions.models import Report
from tests.factory import MALI_REPORT

DEBIAN_CHROMIUM = "/usr/bin/chromium"
# The README's screenshots are refreshed by `make screenshots` (which sets
# SCREENSHOTS_DIR=docs/screenshots); an ordinary run leaves the work tree alone.
SCREENSHOTS = Path(
    os.environ.get("SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "tracker-screenshots"
)
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
PASSWORD = "correct-horse-battery-staple"
# The roles as migration 0002 defines them: group name -> permission codenames.
ROLE_PERMISSIONS = importlib.import_module("decisions.migrations.0002_registry_and_groups").GROUPS
# And the importers, as migration 0010 adds them.
ROLE_PERMISSIONS = {
    **ROLE_PERMISSIONS,
    "importers": importlib.import_module("decisions.migrations.0010_importers_group").IMPORTERS,
}


def find_chromium() -> str | None:
    if Path(DEBIAN_CHROMIUM).exists():
        return DEBIAN_CHROMIUM
    return shutil.which("chromium") or shutil.which("chromium-browser")


CHROMIUM = find_chromium()


def e2e_opted_out() -> bool:
    return os.environ.get("E2E", "").strip() == "0"


MISSING_CHROMIUM = (
    f"Chromium not found at {DEBIAN_CHROMIUM}: install Debian's chromium package "
    "(make test does this as root), or set E2E=0 to skip the browser tests"
)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run the browser tests last; skip them only when E2E=0 asks to.

    Last, because they leave the database flushed (transactional tests) and
    Django's async-safety check off (see `playwright` below) for the rest of
    the session. pytest-django puts transactional tests after the others,
    but pytest then regroups the tests by pytest-playwright's session-scoped
    `browser_name` parameter, which pytest-playwright also adds to every test
    with an argument named `page`: that can pull ordinary database tests
    behind these. trylast: after both."""
    e2e = [item for item in items if item.get_closest_marker("e2e")]
    if not e2e:
        return
    items[:] = [item for item in items if not item.get_closest_marker("e2e")] + e2e
    if e2e_opted_out():
        skip = pytest.mark.skip(reason="browser tests skipped: E2E=0")
        for item in e2e:
            item.add_marker(skip)


@pytest.fixture(scope="session", autouse=True)
def _chromium_required() -> None:
    """Every browser test fails, not skips, when there is no Chromium."""
    if not CHROMIUM:
        pytest.fail(MISSING_CHROMIUM, pytrace=False)


@pytest.fixture(scope="session")
def playwright(playwright: Playwright) -> Iterator[Playwright]:
    """pytest-playwright's Playwright, with Django told that its event loop is
    not ours.

    Playwright's sync API runs an asyncio loop in a greenlet of this thread and
    marks it as the thread's running loop between calls. Django then sees "an
    async context" and refuses every ORM call made by the tests and by
    pytest-django's database flush (SynchronousOnlyOperation), although no
    coroutine ever touches the ORM. The loop stays marked until the session
    ends, so the flag is set for exactly that long, and only when a browser
    test runs: the rest of the suite keeps Django's check.
    """
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield playwright
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": [
            "--no-sandbox",  # the tests run as root
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict, live_server) -> dict:
    return {**browser_context_args, "base_url": live_server.url, "viewport": DESKTOP}


@pytest.fixture
def page(page: Page) -> Page:
    # Fail in seconds, not in Playwright's default 30 s per step.
    page.set_default_timeout(10_000)
    return page


@pytest.fixture
def registry_and_roles(live_server) -> None:
    """What migrations 0002 and 0010 put in a new database: the body registry
    and the role groups. A transactional test starts from a flushed database, so they
    are made again here, as `make run` and the migration make them.

    (Not serialized_rollback: once an earlier transactional test has flushed
    the database, post_migrate has made the content types again under new
    keys, and restoring the serialized copy fails on them.)"""
    call_command("load_bodies", stdout=StringIO())
    create_permissions(django_apps.get_app_config("decisions"), verbosity=0)
    for name, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="decisions", codename__in=codenames)
        )


@pytest.fixture
def mali_report(registry_and_roles) -> Report:
    """The shipped Mali report, imported as `make run` imports it."""
    call_command("import_report", str(MALI_REPORT), stdout=StringIO())
    return Report.objects.get(symbol="OIC/ACM-2017/MALI-REP")


@pytest.fixture
def editor(registry_and_roles) -> User:
    user = User.objects.create_user(
        "amina", password=PASSWORD, first_name="Amina", last_name="Diallo"
    )
    user.groups.add(Group.objects.get(name="editors"))
    return user


def log_in(page: Page, user: User, path: str = "/") -> None:
    """Through the login form, as a person does."""
    page.goto(path)
    page.get_by_label("User name").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def screenshot(page: Page, name: str) -> None:
    """Full page, into SCREENSHOTS (docs/screenshots/ under `make screenshots`)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / name, full_page=True, animations="disabled")
