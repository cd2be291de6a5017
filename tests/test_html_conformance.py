"""What the W3C HTML checker (vnu) refuses, checked on rendered pages without
Java: ARIA roles on a table's parts, duplicate ids. The item list once had 153
such errors (issue 20)."""

from __future__ import annotations

from collections import Counter

import lxml.html
import pytest
from django.urls import reverse

from tests.factory import make_item

TABLE_PARTS = {"thead", "tbody", "tfoot", "tr", "td", "th"}


def conformance_errors(html: str) -> list[str]:
    tree = lxml.html.document_fromstring(html)
    errors = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        role = element.get("role")
        if role is None:
            continue
        if element.tag == "table" and role == "table":
            errors.append("role=table on a table: the element has it already")
        if element.tag in TABLE_PARTS:
            table = next(element.iterancestors("table"), None)
            if table is not None and table.get("role") in (None, "table", "grid", "treegrid"):
                errors.append(
                    f"role={role} on a {element.tag} inside a table that is exposed as a table"
                )
    ids = Counter(e.get("id") for e in tree.iter() if isinstance(e.tag, str) and e.get("id"))
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    return errors


def test_the_checker_finds_what_vnu_refuses():
    html = '<table role="table"><tr role="row"><td role="cell">x</td></tr></table>'
    html += '<p id="a"></p><p id="a"></p>'
    assert len(conformance_errors(html)) == 4
    assert conformance_errors("<table><tr><td>x</td></tr></table>") == []


@pytest.fixture
def items(db):
    return [make_item() for _ in range(3)]


@pytest.mark.parametrize(
    "name",
    [
        "decisions:item_list",
        "decisions:dashboard",
        "decisions:body_list",
        "decisions:theme_list",
        "decisions:report_list",
    ],
)
def test_the_reading_pages_pass_the_checkers_rules(client, viewer, items, name):
    client.force_login(viewer)
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert conformance_errors(response.content.decode()) == []


def test_the_item_and_body_pages_pass_the_checkers_rules(client, editor, items):
    client.force_login(editor)
    for url in (items[0].get_absolute_url(), items[0].owner.get_absolute_url()):
        assert conformance_errors(client.get(url).content.decode()) == []


def test_the_pages_with_a_trend_and_as_of_a_date_pass_the_checkers_rules(client, editor, items):
    client.force_login(editor)
    report, body = items[0].decision.report, items[0].owner
    urls = [reverse("decisions:dashboard"), body.get_absolute_url(), report.get_absolute_url()]
    for url in urls:
        for params in ({}, {"as_of": "2018-01-15"}):
            html = client.get(url, params).content.decode()
            assert 'class="trend' in html
            assert conformance_errors(html) == []
