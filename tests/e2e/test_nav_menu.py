"""The site's navigation on a phone: one "Menu" control (a <details>, no
script) in place of an administrator's twelve links wrapped over four rows;
on a wide screen, the links themselves, with nothing to open
(templates/includes/_site_header.html, static/css/app.css "The menu")."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect

from tests.e2e.conftest import DESKTOP, PASSWORD, PHONE, log_in, screenshot

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True),
]

# What the control and two of the links are called in each language.
NAMES = {
    "en": {"menu": "Menu", "bodies": "Bodies", "reports": "Reports"},
    "ar": {"menu": "القائمة", "bodies": "الجهات", "reports": "التقارير"},
}


@pytest.fixture
def administrator(registry_and_roles) -> User:
    """Every link of the navigation: twelve."""
    return User.objects.create_superuser(
        "nadia", "nadia@example.org", PASSWORD, first_name="Nadia", last_name="Karim"
    )


def in_language(page: Page, live_server, language: str) -> None:
    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}]
    )


def read_by_a_screen_reader(page: Page) -> tuple[str, str, bool]:
    """The control as Chromium's accessibility tree gives it to a screen
    reader: role (a disclosure button), name, expanded or not."""
    cdp = page.context.new_cdp_session(page)
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": "nav summary"})["nodeId"]
    ax = cdp.send("Accessibility.getPartialAXTree", {"nodeId": node, "fetchRelatives": False})
    found = ax["nodes"][0]
    properties = {p["name"]: p["value"].get("value") for p in found.get("properties", [])}
    cdp.detach()
    return found["role"]["value"], found["name"]["value"], bool(properties.get("expanded"))


@pytest.mark.parametrize("language", ["en", "ar"])
def test_on_a_phone_the_links_wait_behind_one_menu_control(
    page: Page, live_server, administrator, language
):
    names = NAMES[language]
    log_in(page, administrator)
    in_language(page, live_server, language)
    page.set_viewport_size(PHONE)
    page.goto("/reports/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if language == "ar" else "ltr")
    nav = page.get_by_role("navigation")
    links = nav.locator(".nav-links a")
    assert links.count() == 12
    menu = nav.locator("details.nav-menu > summary")
    expect(menu).to_be_visible()
    expect(menu).to_have_text(names["menu"])
    for i in range(12):
        expect(links.nth(i)).to_be_hidden()
    # Closed, the header is two short rows: the brand and the control, then
    # the user and the language (it was seven with the links and the search).
    header = page.locator("header.site-header").bounding_box()
    assert header is not None and header["height"] < 0.2 * PHONE["height"], header
    # The control sits on the brand's row, at its end (the left in Arabic).
    brand = nav.locator(".brand").bounding_box()
    control = menu.bounding_box()
    assert abs(brand["y"] + brand["height"] / 2 - control["y"] - control["height"] / 2) < 8
    assert (control["x"] < brand["x"]) if language == "ar" else (control["x"] > brand["x"])
    assert read_by_a_screen_reader(page) == ("DisclosureTriangle", names["menu"], False)
    screenshot(page, f"nav-menu-{language}-phone-closed.png")

    # The keyboard reaches the control; Enter opens it.
    for _ in range(10):
        page.keyboard.press("Tab")
        if menu.evaluate("el => el === document.activeElement"):
            break
    expect(menu).to_be_focused()
    page.keyboard.press("Enter")
    expect(nav.locator("details.nav-menu")).to_have_attribute("open", "")
    assert read_by_a_screen_reader(page) == ("DisclosureTriangle", names["menu"], True)
    for i in range(12):
        expect(links.nth(i)).to_be_visible()
    current = nav.get_by_role("link", name=names["reports"], exact=True)
    expect(current).to_have_attribute("aria-current", "page")
    expect(nav.get_by_role("searchbox")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, f"nav-menu-{language}-phone-open.png")

    nav.get_by_role("link", name=names["bodies"], exact=True).click()
    page.wait_for_url("**/bodies/")
    # The next page starts with the menu closed, its own link marked.
    expect(menu).to_be_visible()
    expect(nav.locator("details.nav-menu")).not_to_have_attribute("open", "")
    bodies = nav.locator('.nav-links a[href="/bodies/"]')  # hidden: no role to find it by
    expect(bodies).to_be_hidden()
    expect(bodies).to_have_attribute("aria-current", "page")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_on_a_wide_screen_the_links_show_without_opening_anything(
    page: Page, live_server, administrator, language
):
    names = NAMES[language]
    log_in(page, administrator)
    in_language(page, live_server, language)
    page.set_viewport_size(DESKTOP)
    page.goto("/reports/")
    nav = page.get_by_role("navigation")
    expect(nav.locator("details.nav-menu > summary")).to_be_hidden()
    expect(nav.locator("details.nav-menu")).not_to_have_attribute("open", "")
    links = nav.locator(".nav-links a")
    assert links.count() == 12
    for i in range(12):
        expect(links.nth(i)).to_be_visible()
    expect(nav.get_by_role("searchbox")).to_be_visible()
    # The links run along one row, in the language's direction.
    first, second = links.nth(0).bounding_box(), links.nth(1).bounding_box()
    assert abs(first["y"] - second["y"]) < 2
    assert (second["x"] < first["x"]) if language == "ar" else (second["x"] > first["x"])
    screenshot(page, f"nav-menu-{language}-desktop.png")
    nav.get_by_role("link", name=names["bodies"], exact=True).click()
    page.wait_for_url("**/bodies/")
    expect(nav.get_by_role("link", name=names["bodies"], exact=True)).to_have_attribute(
        "aria-current", "page"
    )
