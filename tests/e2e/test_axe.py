"""axe-core finds no serious or critical problem on the pages of tests/pages.py
that an editor, a focal point and a visitor not logged in open, in English
and in Arabic (right to left), in Chromium (issue 20). axe.min.js comes in the pinned PyPI package
axe-playwright-python: nothing is fetched at run time."""

from __future__ import annotations

import time

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from playwright.sync_api import Browser

from tests.e2e.conftest import DESKTOP, log_in
from tests.pages import ANONYMOUS, EDITOR, FOCAL, IMPORTER, LANGUAGES, PAGES, journey_data

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True),
]

SERIOUS = {"serious", "critical"}
AXE = Axe()


def problems(page, where: str) -> list[str]:
    """The serious and critical violations axe finds on the page, one line
    per element: rule, impact, element, page. Sections that open on demand
    (<details>) are opened first: axe skips what is hidden."""
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    found = AXE.run(page).response["violations"]
    return [
        f"{v['id']} ({v['impact']}) {', '.join(map(str, node['target']))} on {where}: {v['help']}"
        for v in found
        if v["impact"] in SERIOUS
        for node in v["nodes"]
    ]


def test_axe_finds_what_it_should(page):
    """The checker can fail: an image without a text and an unlabelled field."""
    page.set_content('<html lang="en"><title>t</title><main><img src="x.png"><input></main>')
    assert {line.split()[0] for line in problems(page, "a planted page")} >= {"image-alt", "label"}


# The working roles' pages in one language each, both languages across them (the
# editor's, whose pages are the most, in English; the focal point's and the
# importer's right to left); the public pages in both.
@pytest.mark.parametrize(
    ("role", "lang"),
    [(EDITOR, "en"), (FOCAL, "ar"), (IMPORTER, "ar"), *((ANONYMOUS, lang) for lang in LANGUAGES)],
)
def test_the_pages_have_no_serious_accessibility_problem(
    browser: Browser, live_server, registry_and_roles, role, lang
):
    """One test per role and language, so that parallel workers share them."""
    data = journey_data()
    started = time.monotonic()
    found, wrong_status, checked = [], [], 0
    context = browser.new_context(base_url=live_server.url, viewport=DESKTOP)
    page = context.new_page()
    page.set_default_timeout(10_000)
    if role != ANONYMOUS:
        log_in(page, data["users"][role])  # in English: it finds the fields by their labels
    context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": lang, "url": live_server.url}]
    )
    for entry in PAGES:
        if role not in entry.roles or entry.post is not None or not entry.axe:
            continue
        path = entry.path(data)
        response = page.goto(path)
        if response is None or response.status != entry.status:
            wrong_status.append(f"{path}: {response and response.status}")
            continue
        found += problems(page, f"{path} ({lang})")
        checked += 1
    context.close()
    print(f"\n{role}, {lang}: {checked} pages checked by axe in {time.monotonic() - started:.1f} s")
    assert wrong_status == [], "\n".join(wrong_status)
    assert found == [], f"{len(found)} serious or critical problems:\n" + "\n".join(found)
