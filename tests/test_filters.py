"""Every filter of the action item list against hostile values: never a 500,
on the list and on both exports of it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factory import make_body, make_decision, make_item, make_report

pytestmark = pytest.mark.django_db

PARAMETERS = [
    "report",
    "paragraph",
    "owner",
    "theme",
    "status",
    "overdue",
    "due_after",
    "due_before",
    "q",
    "o",
    "page",
]
VALUES = {
    "arabic": "البنك الإسلامي",
    "arabic digits": "٣٤",
    "superscript two": "²",
    "control characters": "a\x01b\x0bc\x1f\u202e",
    "nul": "a\x00b",
    "huge number": "99999999999999999999",
    "negative huge number": "-99999999999999999999",
    "long string": "x" * 10_000,
    "long number": "9" * 10_000,
}
VIEWS = ["decisions:item_list", "decisions:items_export_csv", "decisions:items_export_xlsx"]


@pytest.fixture
def some_items(db):
    report = make_report("OIC/FILTER-2024/REP")
    body = make_body("isdb-f")
    return [make_item(make_decision(report), owner=body) for _ in range(2)]


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("param", PARAMETERS)
def test_a_hostile_filter_value_is_never_a_500(client, viewer, some_items, view, param):
    """Every hostile value of the parameter, one request each (one test a
    parameter and view: the items are made once for all the values)."""
    client.force_login(viewer)
    answers = {name: client.get(reverse(view), {param: value}).status_code
               for name, value in VALUES.items()}  # fmt: skip
    assert {name: code for name, code in answers.items() if code not in (200, 400)} == {}


@pytest.mark.parametrize("value", ["²", "٣" * 20, "99999999999999999999", "9" * 400, "0"])
def test_a_report_id_that_is_not_one_finds_nothing(client, viewer, some_items, value):
    client.force_login(viewer)
    response = client.get(reverse("decisions:item_list"), {"report": value})
    assert response.status_code == 200
    assert response.context["page"].paginator.count == 0


def test_a_report_is_found_by_its_id(client, viewer, some_items):
    client.force_login(viewer)
    report = some_items[0].decision.report
    response = client.get(reverse("decisions:item_list"), {"report": f" {report.pk} "})
    assert response.context["page"].paginator.count == 2
    arabic_digits = str(report.pk).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    response = client.get(reverse("decisions:item_list"), {"report": arabic_digits})
    assert response.context["page"].paginator.count == 2


@pytest.mark.parametrize("value", ["no-such-theme", "abc", "²", "99999999999999999999", "٣٤"])
def test_a_theme_that_is_not_one_is_ignored_on_the_list_and_refused_elsewhere(
    client, viewer, some_items, value
):
    """The list says so and shows every item; a download and the API refuse
    (400) rather than give more than asked."""
    client.force_login(viewer)
    response = client.get(reverse("decisions:item_list"), {"theme": value})
    assert response.status_code == 200
    assert response.context["page"].paginator.count == 2
    assert "Select a valid choice" in response.content.decode()
    for view in VIEWS[1:]:
        assert client.get(reverse(view), {"theme": value}).status_code == 400


def test_an_invalid_filter_is_shown_on_the_list(client, viewer, some_items):
    client.force_login(viewer)
    response = client.get(reverse("decisions:item_list"), {"due_after": "not a date"})
    assert response.status_code == 200
    assert "Enter a valid date." in response.content.decode()


@pytest.mark.parametrize("view", VIEWS[1:])
def test_an_export_of_an_invalid_filter_is_refused_not_widened(client, viewer, some_items, view):
    """An ignored filter would export every item: the user asked for fewer."""
    client.force_login(viewer)
    response = client.get(reverse(view), {"due_after": "not a date"})
    assert response.status_code == 400
    assert "due_after" in response.content.decode() or "Due on or after" in (
        response.content.decode()
    )
