"""The review's partners are picked like its owners: one field per partner,
each offering the registry's names, and one empty field to add another
(nothing typed with separators that could be picked)."""

from __future__ import annotations

import html as markup
import re

import pytest

from decisions.intake.draft_plans import draft_plan
from decisions.intake.drafts import draft_start
from tests.factory import MALI_REPORT, form_data, make_user, post_as_browser

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(client, db):
    importer = make_user("ines", groups=("importers",))
    client.force_login(importer)
    return draft_start(user=importer, text=MALI_REPORT.read_text(encoding="utf-8"))[0]


def with_partners(draft) -> tuple[int, dict]:
    """The first paragraph whose first item has partners, and that paragraph."""
    for index, d in enumerate(draft_plan(draft)["decisions"]):
        if d["action_items"] and d["action_items"][0]["partners"]:
            return index, d
    raise AssertionError("the Mali report has a request with partners")


def saved_items(draft, number: str) -> list[dict]:
    draft.refresh_from_db()
    return (draft.corrections or {}).get("paragraphs", {})[number]["items"]


def test_each_partner_has_its_own_field_picked_from_the_registry(client, draft):
    index, d = with_partners(draft)
    html = client.get(draft.get_absolute_url()).content.decode()
    name = f"p-{index}-item-0-partners"
    fields = re.findall(
        rf'<input list="bodies" dir="auto" name="{name}"(?: value="([^"]*)")?>', html
    )
    assert [markup.unescape(f) for f in fields[:-1]] == [
        p["name"] for p in d["action_items"][0]["partners"]
    ]
    assert fields[-1] == ""  # the field that adds one
    assert "Add a partner" in html and "separated by" not in html
    assert f'<input dir="auto" name="p-{index}-item-0-due_text"' in html


def test_a_partner_added_in_the_empty_field_is_kept_beside_the_others(client, draft):
    index, d = with_partners(draft)
    url = draft.get_absolute_url()
    data = form_data(client.get(url).content.decode(), "review", submitter={"action": "save"})
    data.append((f"p-{index}-item-0-partners", "Banque islamique de développement"))
    assert post_as_browser(client, url, data).status_code == 302
    slugs = [p["slug"] for p in saved_items(draft, d["number"])[0]["partners"]]
    before = [p["slug"] for p in d["action_items"][0]["partners"]]
    assert slugs == [*before, "isdb"]


def test_a_partner_emptied_is_dropped_and_the_page_posted_as_shown_changes_nothing(client, draft):
    index, d = with_partners(draft)
    url = draft.get_absolute_url()
    html = client.get(url).content.decode()
    assert post_as_browser(client, url, form_data(html, "review", submitter={"action": "save"}))
    draft.refresh_from_db()
    assert (draft.corrections or {}).get("paragraphs", {}) == {}
    name = f"p-{index}-item-0-partners"
    data = form_data(html, "review", submitter={"action": "save"}, changes={name: ""})
    assert post_as_browser(client, url, data).status_code == 302
    kept = [p["name"] for p in saved_items(draft, d["number"])[0]["partners"]]
    assert kept == [p["name"] for p in d["action_items"][0]["partners"]][1:]


def test_names_separated_by_semicolons_in_one_field_still_count_as_several(client, draft):
    index, d = with_partners(draft)
    url = draft.get_absolute_url()
    name = f"p-{index}-item-0-partners"
    html = client.get(url).content.decode()
    data = form_data(html, "review", submitter={"action": "save"},
                     changes={name: "UNESCO ; \x00Banque islamique de développement;"})  # fmt: skip
    data = [(k, v) for k, v in data if k != name or "UNESCO" in v]
    assert post_as_browser(client, url, data).status_code == 302
    assert [p["slug"] for p in saved_items(draft, d["number"])[0]["partners"]] == ["unesco", "isdb"]


def test_a_refused_review_shows_each_posted_partner_in_its_own_field(client, draft):
    index, _ = with_partners(draft)
    url = draft.get_absolute_url()
    html = client.get(url).content.decode()
    data = form_data(html, "review", submitter={"action": "save"},
                     changes={f"p-{index}-item-0-due_date": "2017-02-31"})  # fmt: skip
    data.append((f"p-{index}-item-0-partners", "Organe nouveau"))
    response = post_as_browser(client, url, data)
    assert response.status_code == 400
    page = response.content.decode()
    assert f'name="p-{index}-item-0-partners" value="Organe nouveau"' in page
