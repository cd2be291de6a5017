"""On a phone, the tables whose last column holds the action show each row as
a card: the renewal's Confirm and Reject, the duplicate's Link and Dismiss,
a letter's recipients and their replies, an API key's Revoke, a part's
Import, the state of a focal point's submissions are on screen. Before, they sat past
the right edge of a table scrolled sideways, where a new editor on a phone
did not see them (static/css/app.css, "table.cards")."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import reverse
from playwright.sync_api import Page

from tests.e2e.conftest import PHONE, log_in
from tests.pages import ADMIN, EDITOR, FOCAL, journey_data

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True),
]

# Role -> page -> what must be on screen there.
ACTIONS = {
    EDITOR: {
        reverse("decisions:renewal_queue"): (
            "table.cards button[value=confirm]",
            "table.cards button[value=reject]",
        ),
        reverse("decisions:duplicates"): (
            "table.cards button[value=related]",
            "table.cards button[value=dismiss]",
        ),
        reverse("decisions:correspondence_log"): ("table.cards td.cell-recipients li",),
        reverse("api:tokens"): ("table.cards td.cell-action button",),
    },
    # What the secretariat made of each submission: its state, last.
    FOCAL: {reverse("decisions:my_submissions"): ("table.cards tbody td:last-child",)},
    ADMIN: {"parts draft": ("table.cards td.cell-action button",)},
}


def on_screen(page: Page, selector: str) -> bool:
    box = page.locator(selector).first.bounding_box()
    return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]


# Right to left is where a row's action slips off first: every role in Arabic,
# and the administrator, who sees every table, in English.
@pytest.mark.parametrize(
    ("role", "language"), [(EDITOR, "ar"), (FOCAL, "ar"), (ADMIN, "ar"), (ADMIN, "en")]
)
def test_on_a_phone_each_rows_action_is_on_screen(
    page: Page, live_server, registry_and_roles, role, language
):
    data = journey_data()
    log_in(page, data["users"][role])
    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}]
    )
    page.set_viewport_size(PHONE)
    off_screen = []
    for path, selectors in ACTIONS[role].items():
        if path == "parts draft":
            path = data["parts_draft"].get_absolute_url()
        page.goto(path)
        for selector in selectors:
            if not on_screen(page, selector):
                off_screen.append(f"{path}: {selector}")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert off_screen == []
