"""The title block in the review before import (issue 18/19): a report whose
title block gives no symbol the importer reads is not a dead end. The review
form shows the symbol, the meeting and the date, prefilled when read and
editable always; what is typed is checked, saved with the rest of the review,
and the import uses it. An import refused for want of a symbol says where to
type it. Texts written for the tests."""

from __future__ import annotations

import pytest

from decisions.intake.draft_plans import draft_plan
from decisions.intake.drafts import draft_start
from decisions.models import Decision, ImportDraft, Report
from tests.factory import form_data, make_user, post_as_browser

pytestmark = pytest.mark.django_db

# A title block with no symbol at all: a heading, a place and a date.
NO_SYMBOL = """بيان ختامي
بشأن التعاون في مجال مكافحة التصحر
إسلام آباد، ٢٢ مارس ٢٠٢٢

إن المؤتمر،

١- يطلب من الأمانة العامة متابعة تنفيذ هذا البيان وتقديم تقرير بشأنه.
٢- يدعو الدول الأعضاء إلى دعم برامج مكافحة التصحر.
"""

# A symbol the importer reads since issue 19: the resolution's number.
READ_SYMBOL = """القرار رقم ٤٨/٣٢-س
بشأن التعاون في مجال مكافحة التصحر
إسلام آباد، ٢٢ مارس ٢٠٢٢

إن مجلس وزراء الخارجية،

١- يطلب من الأمانة العامة متابعة تنفيذ هذا القرار وتقديم تقرير بشأنه.
٢- يدعو الدول الأعضاء إلى دعم برامج مكافحة التصحر.
"""

TYPED = "قرار رقم: 8913 د.ع (159)"


@pytest.fixture
def importer(client, db):
    user = make_user("imane", groups=("importers",))
    client.force_login(user)
    return user


@pytest.fixture
def draft(importer) -> ImportDraft:
    return draft_start(user=importer, text=NO_SYMBOL)[0]


def _page(client, draft) -> str:
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def _save(client, draft, **fields):
    """The review form as the page fills it in, with the title block's fields changed."""
    data = form_data(
        _page(client, draft), "review", changes={f"report-{k}": v for k, v in fields.items()}
    )
    return post_as_browser(client, draft.get_absolute_url(), data)


def _import(client, draft):
    return client.post(f"{draft.get_absolute_url()}import/")


def test_the_review_form_asks_for_the_symbol_when_none_was_read(client, draft):
    html = _page(client, draft)
    form = html.split('id="review"')[1].split("</form>")[0]
    assert 'id="title-block"' in form  # one form with the paragraphs
    assert 'name="report-symbol" value=""' in form and 'aria-describedby="symbol-missing"' in form
    assert "No document symbol was read in the title block" in html


def test_a_symbol_read_is_prefilled_and_still_editable(client, importer):
    draft = draft_start(user=importer, text=READ_SYMBOL)[0]
    html = _page(client, draft)
    assert 'name="report-symbol" value="القرار رقم ٤٨/٣٢-س"' in html
    assert 'id="symbol-missing"' not in html
    assert 'name="report-date" value="2022-03-22"' in html


def test_the_import_refused_for_want_of_a_symbol_points_to_the_field(client, draft):
    response = _import(client, draft)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Type the symbol in the field “Document symbol” below" in html
    assert '<a href="#report-symbol">' in html
    assert 'aria-invalid="true" autofocus' in html
    assert not Report.objects.exists()


def test_the_symbol_typed_is_saved_and_the_import_uses_it(client, draft):
    response = _save(client, draft, symbol=TYPED, meeting="مجلس الجامعة", date="2023-03-07")
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.symbol == TYPED
    plan = draft_plan(draft)
    assert plan["report"]["symbol"] == TYPED
    assert not any("no document symbol" in w for w in plan["warnings"])
    assert f'value="{TYPED}"' in _page(client, draft)

    response = _import(client, draft)
    assert response.status_code == 302
    report = Report.objects.get()
    assert (report.symbol, report.meeting) == (TYPED, "مجلس الجامعة")
    assert str(report.date) == "2023-03-07"
    assert Decision.objects.filter(report=report).count() == 2
    assert response.url == report.get_absolute_url()


def test_a_typed_symbol_replaces_one_misread(client, importer):
    draft = draft_start(user=importer, text=READ_SYMBOL)[0]
    assert _save(client, draft, symbol="OIC/CFM-48/2022/RES.32").status_code == 302
    assert _import(client, draft).status_code == 302
    assert Report.objects.get().symbol == "OIC/CFM-48/2022/RES.32"


def test_the_title_block_posted_as_shown_changes_nothing(client, importer):
    draft = draft_start(user=importer, text=READ_SYMBOL)[0]
    response = _save(client, draft)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert "report" not in (draft.corrections or {})


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"symbol": "X" * 121}, "at most 120 characters"),
        ({"symbol": "OIC/CFM\n48"}, "Write it on one line"),
        ({"symbol": "OIC/CFM\t48"}, "Write it on one line"),
        ({"symbol": "\x00\x01"}, "only control characters"),
        ({"meeting": "M" * 301}, "at most 300 characters"),
        ({"date": "2023-02-30"}, "Enter a valid date"),
    ],
)
def test_a_bad_title_block_is_refused_and_nothing_is_saved(client, draft, fields, message):
    # With a paragraph changed in the same post: all or none.
    data = form_data(
        _page(client, draft),
        "review",
        changes={"p-0-kind": "statement", **{f"report-{k}": v for k, v in fields.items()}},
    )
    response = post_as_browser(client, draft.get_absolute_url(), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    draft.refresh_from_db()
    assert draft.corrections in ({}, None) and draft.symbol == ""
    assert not Report.objects.exists()


def test_a_nul_inside_a_symbol_is_dropped_as_everywhere(client, draft):
    assert _save(client, draft, symbol="OIC/\x00CFM-48").status_code == 302
    draft.refresh_from_db()
    assert draft.symbol == "OIC/CFM-48"


def test_a_symbol_typed_over_the_column_is_refused_by_the_import_too(client, draft):
    # Written to the draft by another way than the form (an older page, a script).
    draft.corrections = {"report": {"symbol": "S" * 121}}
    draft.save()
    response = _import(client, draft)
    assert response.status_code == 400
    assert "over the limit of 120" in response.content.decode()
    assert not Report.objects.exists()


def test_another_users_draft_takes_no_title_block(client, draft):
    other = make_user("omar", groups=("importers",))
    client.force_login(other)
    response = client.post(
        draft.get_absolute_url(), {"action": "save", "report-symbol": "X/1", "version": "x"}
    )
    assert response.status_code == 404
    draft.refresh_from_db()
    assert draft.symbol == ""


def test_a_refused_title_block_is_shown_again_as_typed(client, draft):
    data = form_data(
        _page(client, draft),
        "review",
        changes={"report-symbol": "OIC/CFM-48/RES", "report-date": "2023-02-30"},
    )
    response = post_as_browser(client, draft.get_absolute_url(), data)
    assert response.status_code == 400
    assert 'name="report-symbol" value="OIC/CFM-48/RES"' in response.content.decode()


def test_a_symbol_typed_that_another_report_has_is_pointed_out(client, importer, draft):
    other = draft_start(user=importer, text=READ_SYMBOL)[0]
    assert _import(client, other).status_code == 302
    taken = Report.objects.get()
    assert 'id="symbol-taken"' not in _page(client, draft)
    assert _save(client, draft, symbol=taken.symbol).status_code == 302
    html = _page(client, draft)
    assert 'aria-describedby="symbol-taken"' in html
    assert f'<a href="{taken.get_absolute_url()}">see it</a>' in html


@pytest.mark.parametrize(("lang", "comma"), [("ar", "،"), ("fr", ","), ("en", ",")])
def test_the_examples_of_a_symbol_are_separated_as_the_language_does(
    client, draft, settings, lang, comma
):
    """In Arabic the examples are listed with the Arabic comma, as every list."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = lang
    warning = _page(client, draft).split('id="symbol-missing"')[1].split("</p>")[0]
    assert f"<bdi>OIC/CFM-48/2022/RES</bdi>{comma} <bdi>Resolution No. 1/47-POL</bdi>{comma} " in (
        warning
    )
