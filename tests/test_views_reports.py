"""The report pages: the report as published, paragraph by paragraph, with
the action items of each request."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from decisions.models import DecisionKind, Status
from tests.factory import make_body, make_decision, make_item, make_report


@pytest.fixture
def report(db):
    report = make_report(
        "OIC/ACM-2017/MALI-REP",
        title="Rapport de la réunion du Groupe de contact sur le Mali",
        meeting="Groupe de contact de l'OCI sur le Mali",
        place="New York",
        date=datetime.date(2017, 9, 20),
    )
    make_decision(
        report, number="i", kind=DecisionKind.STATEMENT, text="La Réunion a réaffirmé <b>x</b>."
    )
    request = make_decision(report, number="x", text="La Réunion a demandé à la BID d'aider.")
    item = make_item(
        request,
        owner=make_body("t-isdb", name_en="Islamic Development Bank"),
        status=Status.IN_PROGRESS,
        due_date=datetime.date(2099, 12, 31),
    )
    item.partners.add(make_body("t-unesco", name_en="Unesco Test"))
    return report


@pytest.fixture
def signed_in(client, viewer):
    client.force_login(viewer)
    return client


def test_the_list_shows_each_report_with_its_progress(signed_in, report):
    response = signed_in.get(reverse("decisions:report_list"))
    (row,) = response.context["reports"]
    assert (row.n_paragraphs, row.n_items, row.n_in_progress) == (2, 1, 1)
    assert "OIC/ACM-2017/MALI-REP" in response.content.decode()


def test_the_page_shows_the_title_block(signed_in, report):
    content = signed_in.get(report.get_absolute_url()).content.decode()
    for text in (
        "OIC/ACM-2017/MALI-REP",
        "Rapport de la réunion du Groupe de contact sur le Mali",
        "Groupe de contact de l&#x27;OCI sur le Mali",
        "New York",
        "20 September 2017",
    ):
        assert text in content, text


def test_the_page_gives_each_paragraph_an_anchor(signed_in, report):
    content = signed_in.get(report.get_absolute_url()).content.decode()
    assert 'id="para-i"' in content
    assert 'id="para-x"' in content


def test_a_request_shows_its_items_and_a_statement_is_shown_plainly(signed_in, report):
    content = signed_in.get(report.get_absolute_url()).content.decode()
    statement = content[content.index('id="para-i"') : content.index('id="para-x"')]
    request = content[content.index('id="para-x"') :]
    assert "para-items" not in statement
    assert "La Réunion a réaffirmé &lt;b&gt;x&lt;/b&gt;." in statement
    assert "Islamic Development Bank" in request
    assert "Unesco Test" in request
    assert 'class="status status-in_progress">In progress<' in request
    assert "31 Dec 2099" in request


def test_the_page_starts_with_a_progress_summary(signed_in, report):
    content = signed_in.get(report.get_absolute_url()).content.decode()
    assert content.index('aria-label="0 of 1 completed; 1 in progress"') < content.index(
        'id="para-i"'
    )
