"""What people type in a note is shown as text, never run as code."""

from __future__ import annotations

import pytest
from playwright.sync_api import Dialog, Page, expect

from tests.e2e.conftest import log_in

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True),
]

NOTE = "<script>alert('script')</script><img src=x onerror=\"alert('img')\"> Done & sent."


# The Content-Security-Policy would block these scripts on its own; the
# browser ignores it here, so that only the escaping of the note is tested.
@pytest.mark.browser_context_args(bypass_csp=True)
def test_a_note_with_markup_is_shown_as_text(page: Page, mali_report, editor):
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    log_in(page, editor, "/items/")
    page.get_by_role("link", name="OIC/ACM-2017/MALI-REP ¶xiv").click()
    form = page.get_by_role("region", name="Record an update")
    form.get_by_label("Status").select_option(label="In progress")
    form.get_by_label("Note").fill(NOTE)
    form.get_by_role("button", name="Record update").click()
    expect(page.get_by_role("status")).to_have_text("Your update was recorded.")

    item_url = page.url
    for path in (item_url, "/", "/items/", "/bodies/secretary-general/"):
        if path != page.url:
            page.goto(path)
        note = page.locator(".note").first
        expect(note).to_have_text(NOTE)
        expect(page.locator(".note script, .note img")).to_have_count(0)
    assert dialogs == []
