"""Numbers no column can hold and a NUL where a word is expected are a bad
request (400) or nothing found (404), never a crash (500) nor "database
unavailable" (503), on SQLite and PostgreSQL (issue 17, finding 12).

SQLite's driver refuses an integer past 64 bits (OverflowError); PostgreSQL
refuses one past its column's size and any NUL in a text (DataError). Both are
stopped where the value comes in: number fields have bounds, object choices
refuse what cannot be an id, path converters match only what an id or a key
looks like. A DataError that still gets through is answered 400."""

from __future__ import annotations

import re
import sys

import pytest
from django import forms
from django.db import DataError, OperationalError
from django.test import RequestFactory
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from decisions.ops import views as ops
from tests.factory import make_body, make_item, make_user
from tests.test_input_cleaning import FILTERSETS, FORMS, _form, _label

pytestmark = pytest.mark.django_db

TOO_BIG = str(2**63)  # past a 64-bit integer (SQLite, bigint)
PAST_INT = str(2**31)  # past a 32-bit integer (PostgreSQL integer)
# What no column holds: past any key, no number at all, a NUL.
HOSTILE_NUMBERS = [TOO_BIG, "9" * 40, "-" + TOO_BIG, "1e400", "NaN", "\x00", "1\x00"]


@pytest.fixture
def focal(db):
    user = make_user("focal", groups=("focal points",))
    return user


def _owned_item(focal):
    body = make_body(registered=True)
    body.focal_points.add(focal)
    return make_item(owner=body)


# --- What the finding tried ----------------------------------------------------


@pytest.mark.parametrize("item", [TOO_BIG, "9" * 40, "-" + TOO_BIG, "0", "1.5"])
def test_the_api_refuses_an_item_number_no_id_can_be(client, viewer, item):
    client.force_login(viewer)
    response = client.get(reverse("api:update-list"), {"item": item})
    assert response.status_code == 400
    assert "item" in response.json()


@pytest.mark.parametrize("version", [TOO_BIG, PAST_INT])
def test_an_editor_posting_a_version_no_item_can_have_gets_400(client, editor, version):
    item = make_item()
    client.force_login(editor)
    response = client.post(
        item.get_absolute_url(), {"status": item.status, "note": "Done.", "version": version}
    )
    assert response.status_code == 400
    assert not item.updates.exists()


@pytest.mark.parametrize("version", [TOO_BIG, PAST_INT])
def test_a_focal_point_posting_a_version_no_item_can_have_gets_400(client, focal, version):
    item = _owned_item(focal)
    client.force_login(focal)
    response = client.post(
        item.get_absolute_url(), {"status": item.status, "note": "Done.", "version": version}
    )
    assert response.status_code == 400
    assert not item.submissions.exists()


@pytest.mark.parametrize("recipient", [TOO_BIG, PAST_INT, "9" * 40, "\x00", "-1"])
def test_a_letter_to_a_recipient_no_id_can_be_gets_400(client, editor, recipient):
    make_body(registered=True)
    client.force_login(editor)
    response = client.post(
        reverse("decisions:letter_new"),
        {
            "kind": "letter",
            "reference": "OIC/GS/1",
            "sent_on": "2025-01-02",
            "subject": "Follow-up",
            "recipients": [recipient],
        },
    )
    assert response.status_code == 400
    assert "Recipients" in response.content.decode() or "recipients" in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/calendar/%00/all.ics",
        "/calendar/%00/bodies/isdb.ics",
        "/api/v1/bodies/%00/",
        "/api/v1/items/%00/",
        f"/api/v1/items/{TOO_BIG}/",
        f"/api/v1/updates/{'9' * 40}/",
    ],
)
def test_a_nul_or_a_huge_number_in_the_path_is_not_found(client, viewer, path):
    client.force_login(viewer)
    assert client.get(path).status_code == 404


# --- Every form: numbers and objects chosen by id ------------------------------


def _number_and_object_fields(cls) -> list[str]:
    kinds = (forms.IntegerField, forms.DecimalField, forms.FloatField, forms.ModelChoiceField)
    if hasattr(cls, "base_filters"):
        return [n for n, f in cls.base_filters.items() if issubclass(f.field_class, kinds)]
    return [n for n, f in cls.base_fields.items() if isinstance(f, kinds)]


def _multiple(cls, name: str) -> bool:
    if hasattr(cls, "base_filters"):
        return issubclass(cls.base_filters[name].field_class, forms.MultipleChoiceField)
    return isinstance(cls.base_fields[name], forms.ModelMultipleChoiceField)


@pytest.mark.parametrize("cls", FORMS + FILTERSETS, ids=_label)
def test_every_number_or_object_field_refuses_what_no_row_can_hold(cls):
    """ModelMultipleChoiceField is a ModelChoiceField: recipients included."""
    for name in _number_and_object_fields(cls):
        for value in HOSTILE_NUMBERS:
            # Posted as a browser posts a multiple choice: a list of values.
            form = _form(cls, {name: [value]} if _multiple(cls, name) else {name: value})
            assert name in form.errors, f"{_label(cls)}.{name} took {value!r}"


@pytest.mark.parametrize("cls", FORMS + FILTERSETS, ids=_label)
def test_every_integer_field_has_bounds(cls):
    fields = cls.base_fields if not hasattr(cls, "base_filters") else cls().form.fields
    for name, field in fields.items():
        if isinstance(field, forms.IntegerField):
            assert field.max_value is not None and field.min_value is not None, (
                f"{_label(cls)}.{name}: give it min_value and max_value"
            )


# --- Every path parameter ----------------------------------------------------------


def _routes():
    """(name, path template) of every URL with a parameter, `{}` in place of
    each parameter; the admin is tried on one of its change pages."""

    def walk(patterns, prefix=""):
        for p in patterns:
            if isinstance(p, URLResolver):
                if p.namespace != "admin":
                    yield from walk(p.url_patterns, prefix + str(p.pattern))
            elif isinstance(p, URLPattern):
                yield p.name, prefix + str(p.pattern)

    for name, route in walk(get_resolver().url_patterns):
        template = re.sub(r"<(?:\w+:)?\w+>", "{}", route)
        template = re.sub(r"\(\?P<\w+>[^)]*\)", "{}", template).replace("^", "").replace("$", "")
        if "{}" in template:
            yield pytest.param("/" + template, id=name)
    yield pytest.param("/admin/decisions/actionitem/{}/change/", id="admin")


PATH_VALUES = ["%00", "9" * 40, TOO_BIG, PAST_INT, "%00.ics", "-1"]


@pytest.mark.parametrize("template", list(_routes()))
def test_no_path_parameter_makes_a_server_error(client, template):
    client.raise_request_exception = False
    client.force_login(make_user("root", is_superuser=True, is_staff=True))
    for value in PATH_VALUES:
        path = template.replace("{}", value)
        for response in (client.get(path), client.post(path)):
            assert response.status_code < 500, f"{path}: {response.status_code}"


# --- The backstop: what the database refuses is the request's fault ---------------


def _handled(error: Exception):
    try:
        raise error
    except type(error):
        assert sys.exc_info()[1] is error
        return ops.server_error(RequestFactory().get("/"))


def test_a_value_the_database_refuses_is_a_bad_request():
    response = _handled(DataError("value out of range for type integer"))
    assert response.status_code == 400
    assert "Retry-After" not in response


def test_an_integer_sqlite_cannot_hold_is_a_bad_request():
    response = _handled(OverflowError("Python int too large to convert to SQLite INTEGER"))
    assert response.status_code == 400


def test_a_database_that_does_not_answer_is_still_unavailable():
    response = _handled(OperationalError("connection refused"))
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
