"""A document holding several resolutions, imported "each part" after a
review (issue 18, part 5): what the reviewer typed and corrected for the part
under review is used for that part, and for no other; the other parts are
imported as read."""

from __future__ import annotations

import pytest
from django.urls import reverse

from decisions.intake.drafts import draft_start
from decisions.models import Decision, ImportDraft, Report
from tests.factory import form_data, make_user, post_as_browser
from tests.test_parts_text import VOLUME_FR

pytestmark = pytest.mark.django_db

TYPED = "S/RES/12 (1950) Rev.1"


@pytest.fixture
def importer(client, db):
    user = make_user("ines", groups=("importers",))
    client.force_login(user)
    return user


@pytest.fixture
def draft(importer) -> ImportDraft:
    return draft_start(user=importer, text=VOLUME_FR, source_name="volume.txt")[0]


def _save(client, draft, changes):
    html = client.get(draft.get_absolute_url()).content.decode()
    response = post_as_browser(
        client, draft.get_absolute_url(), form_data(html, "review", changes=changes)
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    draft.refresh_from_db()


def _import_each(client, draft):
    response = client.post(reverse("decisions:intake_draft_import_parts", args=[draft.pk]))
    assert response.status_code == 302
    return {r.symbol: r for r in Report.objects.all()}


def test_the_symbol_typed_wins_for_the_part_it_was_typed_for(client, draft):
    _save(client, draft, {"report-symbol": TYPED, "report-meeting": "Conseil de sécurité"})
    reports = _import_each(client, draft)
    assert set(reports) == {TYPED, "S/RES/13 (1950)"}  # the other part keeps its heading's
    assert reports[TYPED].meeting == "Conseil de sécurité"
    assert reports["S/RES/13 (1950)"].meeting != "Conseil de sécurité"
    draft.refresh_from_db()
    assert draft.report == reports[TYPED]


def test_the_symbol_typed_for_the_second_part_goes_to_the_second(client, draft):
    response = client.post(draft.get_absolute_url(), {"action": "part", "part": "2"})
    assert response.status_code == 302
    draft.refresh_from_db()
    _save(client, draft, {"report-symbol": "S/RES/13 (1950) Corr.1"})
    reports = _import_each(client, draft)
    assert set(reports) == {"S/RES/12 (1950)", "S/RES/13 (1950) Corr.1"}
    assert reports["S/RES/13 (1950) Corr.1"].decisions.count() == 3


def test_the_paragraphs_corrected_in_the_part_reviewed_are_kept(client, draft):
    read = {d["number"]: d["kind"] for d in draft.plan["decisions"]}
    flipped = "statement" if read["2"] == "request" else "request"
    _save(client, draft, {"p-1-kind": flipped, "p-1-item-0-owner": "Commission de conciliation"})
    reports = _import_each(client, draft)
    first = reports["S/RES/12 (1950)"]
    assert Decision.objects.get(report=first, number="2").kind == flipped
    # The other part, as read.
    second = reports["S/RES/13 (1950)"]
    assert Decision.objects.get(report=second, number="1").kind == "request"


def test_without_corrections_each_part_is_imported_as_read(client, draft):
    reports = _import_each(client, draft)
    assert set(reports) == {"S/RES/12 (1950)", "S/RES/13 (1950)"}
