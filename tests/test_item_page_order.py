"""The item page in the order of the work: the request, its status and the
update form first, then the history; what is read less often (across
meetings, the public status, evidence, themes) in sections that open on
demand; no action offered that cannot apply."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from decisions.items import services as item_services
from decisions.models import LifecycleDecision
from decisions.themes.services import item_themes_set
from tests.factory import make_body, make_item, make_user


@pytest.fixture
def item(db):
    return make_item(owner=make_body("order-owner", name_en="Order Owner"))


@pytest.fixture
def focal(item):
    user = make_user("orderfocal", groups=("focal points",))
    item.owner.focal_points.add(user)
    return user


def page(client, item) -> str:
    response = client.get(item.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def positions(content: str, *ids: str) -> list[int]:
    return [content.index(f'id="{i}"') for i in ids]


def test_an_editor_finds_the_update_form_then_the_history_then_the_rest(client, editor, item):
    client.force_login(editor)
    content = page(client, item)
    found = positions(
        content,
        "item-heading",
        "form-heading",
        "history-heading",
        "lineage-heading",
        "public-heading",
        "evidence-heading",
        "themes-heading",
    )
    assert found == sorted(found)


@pytest.mark.parametrize("section", ["lineage", "public", "evidence", "themes"])
def test_what_is_read_less_often_opens_on_demand(client, editor, item, section):
    client.force_login(editor)
    content = page(client, item)
    assert re.search(rf'<details class="card[^"]*" id="{section}">\s*<summary>', content)


def test_a_focal_point_finds_its_submission_form_before_the_history(client, focal, item):
    client.force_login(focal)
    content = page(client, item)
    found = positions(content, "item-heading", "submit-heading", "history-heading")
    assert found == sorted(found)
    assert 'id="form-heading"' not in content


def test_the_lifecycle_form_has_no_choice_made_and_an_untouched_one_writes_nothing(
    client, editor, item
):
    client.force_login(editor)
    content = page(client, item)
    form = content[content.index('class="lifecycle-form"') :]
    for name in ("action", "reason"):
        select = form[form.index(f'name="{name}"') :]
        select = select[: select.index("</select>")]
        assert '<option value="" selected>' in select
    response = client.post(
        reverse("decisions:item_lifecycle", args=[item.pk]),
        {"action": "", "reason": "", "approved_by": "The meeting"},
    )
    assert response.status_code == 400
    assert not LifecycleDecision.objects.exists()


def test_evidence_is_attached_to_the_item_until_an_update_exists(client, editor, item):
    client.force_login(editor)
    content = page(client, item)
    assert "Attach to this item" in content
    assert "Attach to the latest update" not in content
    item_services.action_item_set_status(item=item, status="in_progress", note="Go.", by=editor)
    content = page(client, item)
    assert "Attach to the latest update" in content
    assert "Attach to this item" not in content


def test_themes_are_listed_and_only_the_secretariat_is_offered_to_choose_them(
    client, editor, focal, item
):
    item_themes_set(item=item, slugs=["sdg-4"])
    client.force_login(editor)
    content = page(client, item)
    assert 'href="/themes/sdg-4/"' in content
    edit = reverse("decisions:item_themes_edit", args=[item.pk])
    assert f'href="{edit}"' in content
    client.force_login(focal)
    content = page(client, item)
    assert 'href="/themes/sdg-4/"' in content and f'href="{edit}"' not in content


def test_a_viewer_is_offered_no_form(client, viewer, item):
    client.force_login(viewer)
    main = page(client, item).split('<main id="content"')[1].split("</main>")[0]
    assert 'method="post"' not in main
