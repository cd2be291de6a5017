"""The trend chart in a real browser: drawn, inside the content security
policy, on a desktop and a phone, in English and Arabic; a page as of a date."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from decisions.items import services as item_services
from decisions.models import ActionItem, Status, StatusUpdate
from tests.e2e.conftest import PASSWORD, PHONE, SCREENSHOTS, log_in, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def history(editor) -> None:
    """A year of work on the Mali requests (meeting of September 2017):
    changes recorded month after month, dated in the past."""
    items = list(ActionItem.objects.order_by("pk"))
    moves = [Status.IN_PROGRESS, Status.COMPLETED, Status.STALLED, Status.IN_PROGRESS]
    start = datetime.datetime(2017, 10, 15, 12, tzinfo=datetime.UTC)
    for i, item in enumerate(items[:12]):
        for j, status in enumerate(moves[: 1 + i % 3]):
            if status == item.status:
                continue
            item_services.action_item_set_status(item=item, status=status, note="", by=editor)
            when = start + datetime.timedelta(days=30 * (i + 2 * j))
            latest = StatusUpdate.objects.filter(item=item).order_by("-pk").first()
            StatusUpdate.objects.filter(pk=latest.pk).update(created_at=when)
            item.refresh_from_db()


def csp_errors(page: Page) -> list[str]:
    errors: list[str] = []
    page.on(
        "console",
        lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None,
    )
    return errors


def test_the_trend_is_drawn_within_the_policy_on_a_desktop_and_a_phone(
    page: Page, mali_report, editor
):
    history(editor)
    errors = csp_errors(page)
    log_in(page, editor)
    chart = page.locator("svg.trend-chart")
    expect(chart).to_be_visible()
    assert chart.locator("polygon").count() >= 3
    expect(page.locator(".trend-summary")).to_contain_text("completed since 20 September 2017")
    box = chart.bounding_box()
    assert box["width"] > 400 and box["height"] > 150
    screenshot(page, "trend-dashboard-desktop.png")
    # The card alone, shown in the README.
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator("section.trend-card").screenshot(
        path=SCREENSHOTS / "trend-chart.png", animations="disabled"
    )
    page.get_by_text("The numbers behind the chart").click()
    expect(page.locator("table.trend-table caption")).to_be_visible()
    page.set_viewport_size(PHONE)
    body = ActionItem.objects.filter(status=Status.COMPLETED).first().owner
    page.goto(body.get_absolute_url())
    expect(page.locator("svg.trend-chart")).to_be_visible()
    widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1]
    screenshot(page, "trend-body-phone.png")
    page.goto(mali_report.get_absolute_url() + "?as_of=2018-03-01")
    expect(page.locator(".as-of-banner")).to_contain_text("As of 1 March 2018: read-only.")
    assert page.locator("main form").count() == 0
    screenshot(page, "trend-report-as-of-phone.png")
    assert errors == []


def test_in_arabic_the_chart_runs_from_right_to_left(browser, live_server, mali_report, editor):
    history(editor)
    context = browser.new_context(base_url=live_server.url, locale="ar", viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors = csp_errors(page)
    page.goto("/accounts/login/")
    page.locator("input[name=username]").fill(editor.username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    labels = page.locator(
        "svg.trend-chart text[text-anchor=start], svg.trend-chart text[text-anchor=end]"
    )
    assert labels.count() >= 2
    first = page.locator("svg.trend-chart > text").nth(3).bounding_box()  # after the 3 count labels
    last = page.locator("svg.trend-chart > text").last.bounding_box()
    assert first["x"] > last["x"]  # the earliest date on the right
    screenshot(page, "trend-dashboard-arabic-phone.png")
    page.set_viewport_size({"width": 1280, "height": 800})
    screenshot(page, "trend-dashboard-arabic-desktop.png")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator("section.trend-card").screenshot(
        path=SCREENSHOTS / "trend-chart-arabic.png", animations="disabled"
    )
    assert errors == []
    context.close()
    assert timezone.now()
