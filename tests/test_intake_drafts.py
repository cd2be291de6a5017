"""The intake drafts list and page: dates in the reader's language (Django's
DATE_FORMAT / DATETIME_FORMAT), with ISO dates for machines in <time>; an importer
discards a draft not imported, once confirmed."""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from decisions.intake.drafts import draft_start
from decisions.models import ImportDraft
from tests.factory import MALI_REPORT, make_user

pytestmark = pytest.mark.django_db

MALI_TEXT = MALI_REPORT.read_text(encoding="utf-8")
IMPORTED = datetime.datetime(2024, 3, 5, 14, 30, tzinfo=datetime.UTC)


@pytest.fixture
def draft(client) -> ImportDraft:
    importer = make_user("imane", groups=("importers",))
    client.force_login(importer)
    draft, _ = draft_start(user=importer, text=MALI_TEXT)
    plan = dict(draft.plan)
    plan["report"] = {**plan["report"], "date": "2017-12-06"}
    ImportDraft.objects.filter(pk=draft.pk).update(plan=plan, imported_at=IMPORTED)
    draft.refresh_from_db()
    return draft


def times(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<time datetime="([^"]+)">(?:<a [^>]*>)?([^<]+)', html)


@pytest.mark.parametrize(
    ("lang", "report_date", "imported", "imported_day"),
    [
        ("en", "Dec. 6, 2017", "March 5, 2024, 2:30 p.m.", "March 5, 2024"),
        ("fr", "6 décembre 2017", "5 mars 2024 14:30", "5 mars 2024"),
        # Django's Arabic locale has no DATETIME_FORMAT; tracker/formats/ar gives it.
        ("ar", "6 ديسمبر، 2017", "5 مارس، 2024، 2:30 م", "5 مارس، 2024"),
    ],
)
def test_the_draft_dates_read_in_the_users_language(
    client, draft, lang, report_date, imported, imported_day
):
    html = client.get(draft.get_absolute_url(), HTTP_ACCEPT_LANGUAGE=lang).content.decode()
    shown = times(html)
    assert ("2017-12-06", report_date) in shown
    assert ("2024-03-05T14:30:00+0000", imported) in shown
    listing = client.get(reverse("decisions:intake_drafts"), HTTP_ACCEPT_LANGUAGE=lang)
    assert ("2024-03-05T14:30:00+0000", imported_day) in times(listing.content.decode())
    assert "2017-12-06<" not in html


@pytest.mark.parametrize("value", ["not a date", "2017-13-45", None, 42, ""])
def test_a_missing_or_unreadable_date_is_not_an_error(client, draft, value):
    plan = dict(draft.plan)
    plan["report"] = {**plan["report"], "date": value}
    ImportDraft.objects.filter(pk=draft.pk).update(plan=plan, updated_at=timezone.now())
    response = client.get(draft.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    if value == "not a date":
        assert "<bdi>not a date</bdi>" in response.content.decode()


# --- Discarding a draft -------------------------------------------------------


def discard(client, draft: ImportDraft, **data):
    return client.post(reverse("decisions:intake_draft_discard", args=[draft.pk]), data)


def test_an_importer_discards_a_draft_not_imported_once_confirmed(client, draft):
    ImportDraft.objects.filter(pk=draft.pk).update(imported_at=None)
    listing = client.get(reverse("decisions:intake_drafts")).content.decode()
    assert 'name="confirm"' in listing and "csrfmiddlewaretoken" in listing
    refused = discard(client, draft)  # not confirmed: kept, and said why
    assert refused.status_code == 400
    assert "Tick the box to confirm" in refused.content.decode()
    assert ImportDraft.objects.filter(pk=draft.pk).exists()
    response = discard(client, draft, confirm="yes")
    assert response.status_code == 302 and response["Location"] == reverse(
        "decisions:intake_drafts"
    )
    assert not ImportDraft.objects.filter(pk=draft.pk).exists()
    page = client.get(response["Location"]).content.decode()
    assert "The draft was discarded." in page


def test_an_imported_draft_cannot_be_discarded(client, draft):
    listing = client.get(reverse("decisions:intake_drafts")).content.decode()
    assert 'name="confirm"' not in listing  # imported: no discard button
    response = discard(client, draft, confirm="yes")
    assert response.status_code == 400
    assert "cannot be discarded" in response.content.decode()
    assert ImportDraft.objects.filter(pk=draft.pk).exists()


def test_others_cannot_discard_a_draft(client, draft, editor):
    ImportDraft.objects.filter(pk=draft.pk).update(imported_at=None)
    client.force_login(editor)  # no import permission
    assert discard(client, draft, confirm="yes").status_code == 403
    client.force_login(make_user("other-importer", groups=("importers",)))
    assert discard(client, draft, confirm="yes").status_code == 404  # not theirs
    client.logout()
    assert discard(client, draft, confirm="yes").status_code == 302  # to the login page
    assert ImportDraft.objects.filter(pk=draft.pk).exists()


def test_discarding_in_french_says_so_in_french(client, draft):
    ImportDraft.objects.filter(pk=draft.pk).update(imported_at=None)
    response = client.post(
        reverse("decisions:intake_draft_discard", args=[draft.pk]),
        {},
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert "Cochez la case" in response.content.decode()
