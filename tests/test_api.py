"""The read API at /api/v1/: keys, the permission rule, the list filters,
pagination, throttling, query counts and the OpenAPI schema."""

from __future__ import annotations

import datetime

import pytest
import yaml
from django.test import Client
from django.urls import reverse
from openapi_spec_validator import validate
from rest_framework.throttling import UserRateThrottle

from decisions.api.auth import api_token_create
from decisions.items import services as item_services
from decisions.models import ActionItem, Status
from decisions.models.catalog import ApiToken, Theme, api_key_hash
from tests.factory import make_body, make_decision, make_item, make_report, make_user

PAST = datetime.date(2001, 1, 1)
FUTURE = datetime.date(2099, 1, 1)


def key_for(user) -> str:
    return api_token_create(user=user, name="test")[1]


def get(client: Client, url: str, key: str | None = None, **params):
    headers = {"Authorization": f"Token {key}"} if key else {}
    return client.get(url, params, headers=headers)


@pytest.fixture
def data(db, editor):
    report = make_report("OIC/API-1/REP", language="fr")
    other = make_report("OIC/API-2/REP", language="en")
    isesco = make_body("api-isesco", name_en="ISESCO test")
    mali = make_body("api-mali", name_en="Mali test")
    d1 = make_decision(report, text="La réunion a demandé à l'ISESCO d'agir.")
    d2 = make_decision(report)
    d3 = make_decision(other)
    items = [
        make_item(d1, owner=isesco, status=Status.COMPLETED, due_date=PAST),
        make_item(d1, owner=mali, status=Status.IN_PROGRESS, due_date=PAST),
        make_item(d2, owner=isesco, status=Status.NOT_STARTED, due_date=FUTURE),
        make_item(d3, owner=mali, status=Status.STALLED),
    ]
    items[0].partners.add(mali)
    item_services.action_item_set_status(
        item=items[1], status=Status.IN_PROGRESS, note="Work began.", by=editor
    )
    Theme.objects.get(slug="security").items.add(items[1], items[3])
    return {"report": report, "items": items, "decision": d1, "isesco": isesco}


@pytest.fixture
def viewer_key(viewer) -> str:
    return key_for(viewer)


def endpoints(data) -> list[str]:
    item = data["items"][0]
    return [
        "/api/v1/reports/",
        f"/api/v1/reports/{data['report'].pk}/",
        "/api/v1/paragraphs/",
        f"/api/v1/paragraphs/{data['decision'].pk}/",
        "/api/v1/bodies/",
        "/api/v1/bodies/api-isesco/",
        "/api/v1/items/",
        f"/api/v1/items/{item.pk}/",
        "/api/v1/updates/",
        f"/api/v1/updates/{item.updates.model.objects.first().pk}/",
    ]


# --- Who may read ---------------------------------------------------------------


def test_every_endpoint_answers_a_key_of_a_user_with_a_role(client, data, viewer_key):
    for url in endpoints(data):
        response = get(client, url, viewer_key)
        assert response.status_code == 200, url
        assert response["Content-Type"] == "application/json", url


def test_every_endpoint_asks_for_credentials_without_a_key(client, data):
    for url in endpoints(data):
        response = get(client, url)
        assert response.status_code == 401, url
        assert response["WWW-Authenticate"] == "Token", url


def test_every_endpoint_refuses_a_revoked_key(client, data, viewer):
    token, key = api_token_create(user=viewer, name="old")
    client.force_login(viewer)
    client.post(reverse("api:token_revoke", args=[token.pk]))
    client.logout()
    for url in endpoints(data):
        assert get(client, url, key).status_code == 401, url


def test_every_endpoint_refuses_a_user_without_a_role(client, data):
    key = key_for(make_user("nobody"))
    for url in endpoints(data):
        assert get(client, url, key).status_code == 403, url


def test_an_unknown_or_malformed_key_is_refused(client, data, viewer_key):
    assert get(client, "/api/v1/items/", viewer_key + "x").status_code == 401
    response = client.get("/api/v1/items/", headers={"Authorization": "Token a b"})
    assert response.status_code == 401
    response = client.get("/api/v1/items/", headers={"Authorization": "Token " + "a" * 5000})
    assert response.status_code == 401


def test_a_key_stops_working_when_its_user_loses_the_role(client, data, viewer, viewer_key):
    viewer.groups.clear()
    assert get(client, "/api/v1/items/", viewer_key).status_code == 403
    viewer.is_active = False
    viewer.save()
    assert get(client, "/api/v1/items/", viewer_key).status_code == 401


def test_public_read_does_not_open_the_api(client, data, settings):
    settings.PUBLIC_READ = True
    assert client.get(reverse("decisions:item_list")).status_code == 200
    assert get(client, "/api/v1/items/").status_code == 401


def test_the_api_is_read_only(client, data, viewer_key, editor):
    url = f"/api/v1/items/{data['items'][0].pk}/"
    headers = {"Authorization": f"Token {key_for(editor)}"}
    for method in (client.post, client.put, client.patch, client.delete):
        response = method(url, {}, content_type="application/json", headers=headers)
        assert response.status_code == 405
    assert ActionItem.objects.get(pk=data["items"][0].pk).status == Status.COMPLETED


def test_a_signed_in_user_with_a_role_may_read_through_the_session(client, data, viewer):
    client.force_login(viewer)
    assert client.get("/api/v1/items/").status_code == 200


# --- Keys -----------------------------------------------------------------------


def test_the_tokens_page_makes_a_key_shown_once_and_stores_its_hash(client, viewer):
    client.force_login(viewer)
    response = client.post(reverse("api:tokens"), {"name": "my script"})
    assert response.status_code == 201
    key = response.context["new_key"]
    assert key in response.content.decode()
    token = ApiToken.objects.get(user=viewer)
    assert token.key_hash == api_key_hash(key) != key
    assert key not in {token.name, token.hint, token.key_hash}
    page = client.get(reverse("api:tokens")).content.decode()
    assert "my script" in page and key not in page


def test_a_user_cannot_revoke_someone_elses_key(client, viewer, editor):
    token, key = api_token_create(user=editor, name="editor's")
    client.force_login(viewer)
    client.post(reverse("api:token_revoke", args=[token.pk]))
    assert ApiToken.objects.get(pk=token.pk).is_active


def test_the_tokens_page_needs_a_role(client, db):
    assert client.get(reverse("api:tokens")).status_code == 302
    client.force_login(make_user("nobody"))
    assert client.get(reverse("api:tokens")).status_code == 403
    assert client.post(reverse("api:tokens"), {"name": "x"}).status_code == 403
    assert not ApiToken.objects.exists()


def test_revoking_needs_a_post(client, viewer):
    token, _key = api_token_create(user=viewer, name="k")
    client.force_login(viewer)
    assert client.get(reverse("api:token_revoke", args=[token.pk])).status_code == 405


# --- The same filters as /items/ ---------------------------------------------------


def page_ids(client, params) -> list[int]:
    response = client.get(reverse("decisions:item_list"), params)
    assert response.status_code == 200
    return [item.pk for item in response.context["page"].object_list]


def api_ids(client, key, params) -> list[int]:
    response = get(client, "/api/v1/items/", key, page_size=200, **params)
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"status": "completed"},
        {"status": ["in_progress", "stalled"]},
        {"owner": "api-isesco"},
        {"overdue": "yes"},
        {"overdue": "no"},
        {"report": "OIC/API-1/REP"},
        {"report": "oic/api-2/rep"},
        {"q": "Work began"},
        {"o": "-due"},
        {"o": "asked"},
        {"theme": "security"},
    ],
)
def test_filters_give_the_same_items_as_the_items_page(client, data, viewer, viewer_key, params):
    api = api_ids(client, viewer_key, params)
    client.force_login(viewer)
    assert api == page_ids(client, params)
    if params:
        assert len(api) < len(data["items"]) or params.get("o")


def test_items_can_be_filtered_by_theme(client, data, viewer_key):
    expected = sorted(i.pk for i in (data["items"][1], data["items"][3]))
    assert sorted(api_ids(client, viewer_key, {"theme": "security"})) == expected


def test_an_item_shows_its_report_owner_partners_themes_and_last_note(client, data, viewer_key):
    item = data["items"][1]
    row = get(client, f"/api/v1/items/{item.pk}/", viewer_key).json()
    assert row["report_symbol"] == "OIC/API-1/REP"
    assert row["owner"] == "api-mali"
    assert row["themes"] == ["security"]
    assert row["first_asked"] == item.decision.report.date.isoformat()
    assert row["last_note"] == "Work began."
    assert row["overdue"] is True
    assert row["url"].endswith(f"/items/{item.pk}/")
    first = get(client, f"/api/v1/items/{data['items'][0].pk}/", viewer_key).json()
    assert first["partners"] == ["api-mali"]


@pytest.mark.parametrize(
    "params",
    [
        {"status": "bogus"},
        {"owner": "no-such-body"},
        {"overdue": "maybe"},
        {"due_after": "not-a-date"},
        {"due_before": "2020-13-45"},
        {"o": "nonsense"},
        {"theme": "no-such-theme"},
        {"theme": "²"},
        {"theme": "99999999999999999999"},
        {"theme": "a\x00b"},
        {"o": "asked,bogus"},
    ],
)
def test_bad_filter_values_give_400(client, data, viewer_key, params):
    response = get(client, "/api/v1/items/", viewer_key, **params)
    assert response.status_code == 400
    assert set(response.json()) <= set(params)


def test_bad_filters_on_other_lists_give_400(client, data, viewer_key):
    assert get(client, "/api/v1/updates/", viewer_key, since="yesterday").status_code == 400
    assert get(client, "/api/v1/updates/", viewer_key, item="x").status_code == 400
    assert get(client, "/api/v1/paragraphs/", viewer_key, kind="poem").status_code == 400


def test_paragraphs_and_updates_filter_by_report_and_item(client, data, viewer_key):
    rows = get(client, "/api/v1/paragraphs/", viewer_key, report="OIC/API-2/REP").json()
    assert [r["report_symbol"] for r in rows["results"]] == ["OIC/API-2/REP"]
    item = data["items"][1]
    rows = get(client, "/api/v1/updates/", viewer_key, item=item.pk).json()["results"]
    assert [r["note"] for r in rows] == ["Work began."]
    assert rows[0]["author"] == "editor"


# --- Pagination, throttling, query counts ----------------------------------------------


def test_lists_are_paginated(client, data, viewer_key):
    decision = make_decision(data["report"])
    for i in range(60):
        make_item(decision, owner=make_body(f"page-body-{i}"))
    page1 = get(client, "/api/v1/items/", viewer_key).json()
    assert page1["count"] == 64
    assert len(page1["results"]) == 50
    assert "page=2" in page1["next"]
    page2 = get(client, "/api/v1/items/", viewer_key, page=2).json()
    assert len(page2["results"]) == 14 and page2["next"] is None
    seen = {r["id"] for r in page1["results"]} | {r["id"] for r in page2["results"]}
    assert len(seen) == 64
    assert len(get(client, "/api/v1/items/", viewer_key, page_size=10).json()["results"]) == 10
    assert len(get(client, "/api/v1/items/", viewer_key, page_size=10**6).json()["results"]) == 64
    assert get(client, "/api/v1/items/", viewer_key, page=99).status_code == 404


def test_a_key_is_throttled_after_the_rate(client, data, viewer_key, monkeypatch):
    monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", {"user": "3/minute"})
    statuses = [get(client, "/api/v1/items/", viewer_key).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = get(client, "/api/v1/items/", viewer_key)
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    # Another user's key is counted apart.
    assert get(client, "/api/v1/items/", key_for(make_user(groups=("viewers",)))).status_code == 200


def build_items(n_paragraphs: int, editor) -> None:
    bodies = [make_body(f"q-body-{i}") for i in range(5)]
    security = Theme.objects.get(slug="security")
    report = make_report()
    for _p in range(n_paragraphs):
        decision = make_decision(report)
        for b, owner in enumerate(bodies):
            item = make_item(decision, owner=owner, due_date=PAST)
            item.partners.add(bodies[(b + 1) % 5])
            security.items.add(item)
            item_services.action_item_set_status(
                item=item, status=Status.STALLED, note="n", by=editor
            )


@pytest.mark.parametrize("n_paragraphs", [2, 8])
def test_the_items_endpoint_runs_a_fixed_number_of_queries(
    client, editor, viewer_key, django_assert_num_queries, n_paragraphs
):
    build_items(n_paragraphs, editor)
    get(client, "/api/v1/items/", viewer_key)  # records last_used_at once
    # key, the user's role, count, items, partners, themes
    with django_assert_num_queries(6):
        response = get(client, "/api/v1/items/", viewer_key, page_size=200)
    assert len(response.json()["results"]) == 5 * n_paragraphs
    # + the theme named in the filter
    with django_assert_num_queries(7):
        get(client, "/api/v1/items/", viewer_key, page_size=200, theme="security", overdue="yes")


# --- Schema and docs -------------------------------------------------------------


def test_the_schema_is_public_and_valid_openapi_3(client, db):
    response = client.get(reverse("api:schema"))
    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    assert schema["openapi"].startswith("3.")
    validate(schema)
    assert "/api/v1/items/" in schema["paths"]
    params = {p["name"] for p in schema["paths"]["/api/v1/items/"]["get"]["parameters"]}
    assert {"status", "owner", "overdue", "report", "theme", "page"} <= params


def test_the_docs_page_is_public_and_has_no_inline_script_or_style(client, db):
    response = client.get(reverse("api:docs"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<style" not in html and "<script>" not in html
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in html
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    script = client.get(reverse("api:docs"), {"script": ""})
    assert script.status_code == 200
    assert reverse("api:schema") in script.content.decode()


@pytest.mark.parametrize("value", ["²", "99999999999999999999", "0"])
def test_a_report_filter_that_is_no_id_is_read_as_a_symbol_not_a_500(db, value):
    from django.test import Client

    from decisions.models import Report

    user = make_user(groups=("viewers",))
    client = Client(raise_request_exception=False)
    client.force_login(user)
    assert not Report.objects.filter(symbol=value).exists()
    response = client.get("/api/v1/paragraphs/", {"report": value})
    assert response.status_code == 200
    assert response.json()["results"] == []
