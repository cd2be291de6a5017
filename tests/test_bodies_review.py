"""Bodies to review: the addressees imports created, registered or merged by
staff; what staff decide survives load_bodies."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from decisions.items.services import action_item_set_status
from decisions.models import ActionItem, Body, Status, StatusUpdate
from decisions.registry.services import body_merge
from decisions.text.folding import fold_text
from tests.factory import MALI_REPORT, make_body, make_user

pytestmark = pytest.mark.django_db

REVIEW = reverse("decisions:bodies_review")


def run_import(path=MALI_REPORT) -> str:
    out = StringIO()
    call_command("import_report", str(path), stdout=out)
    return out.getvalue()


def merge_url(slug: str) -> str:
    return reverse("decisions:body_review_merge", args=[slug])


def test_the_page_lists_each_unregistered_body_with_where_it_came_from(client, editor):
    run_import()
    client.force_login(editor)
    page = client.get(REVIEW).content.decode()
    assert "Auteurs de troubles" in page
    item = ActionItem.objects.get(owner__slug="auteurs-de-troubles")
    assert item.get_absolute_url() in page and "<bdi>OIC/ACM-2017/MALI-REP ¶vi</bdi>" in page
    assert 'id="body-auteurs-de-troubles"' in page
    assert 'id="body-secretary-general"' not in page  # registered: not to review


def test_a_merged_body_moves_its_items_and_the_next_import_recognises_its_name(
    client, editor, tmp_path
):
    run_import()
    client.force_login(editor)
    response = client.post(merge_url("auteurs-de-troubles"), {"into": "secretary-general"})
    assert response.status_code == 302
    assert not Body.objects.filter(slug="auteurs-de-troubles").exists()
    sg = Body.objects.get(slug="secretary-general")
    assert "Auteurs de troubles" in sg.aliases
    assert ActionItem.objects.filter(decision__number="vi", owner=sg).exists()
    # Another report naming them: no new body, the item goes to the merged one.
    other = tmp_path / "other.md"
    other.write_text(
        "**OIC/TEST-77/REP**\n\n"
        "- i. La Réunion a demandé aux auteurs de troubles de cesser leurs activités.\n",
        encoding="utf-8",
    )
    out = run_import(other)
    assert "not in the registry" not in out
    assert ActionItem.objects.get(decision__report__symbol="OIC/TEST-77/REP").owner == sg


def test_merging_onto_an_item_of_the_same_paragraph_keeps_both_histories(editor):
    run_import()
    troubles = Body.objects.get(slug="auteurs-de-troubles")
    enemies = Body.objects.get(slug="ennemis-de-la-paix")
    kept = ActionItem.objects.get(decision__number="vi", owner=enemies)
    gone = ActionItem.objects.get(decision__number="vi", owner=troubles)
    action_item_set_status(item=kept, status=Status.IN_PROGRESS, note="first", by=editor)
    action_item_set_status(item=gone, status=Status.STALLED, note="second", by=editor)
    Body.objects.filter(pk=enemies.pk).update(registered=True)
    moved = body_merge(body=troubles, into=Body.objects.get(pk=enemies.pk), by=editor)
    assert moved == 1
    kept.refresh_from_db()
    assert kept.status == Status.IN_PROGRESS
    notes = list(StatusUpdate.objects.filter(item=kept).values_list("note", flat=True))
    assert "first" in notes and "second" in notes
    assert any(n.startswith("Merged with the item of Auteurs de troubles") for n in notes)
    assert ActionItem.objects.filter(decision__number="vi").count() == 2


def test_register_gives_names_kind_and_parent_and_keeps_the_found_name(client, editor):
    run_import()
    client.force_login(editor)
    response = client.post(
        reverse("decisions:body_review_register", args=["ennemis-de-la-paix"]),
        {"name_en": "Enemies of peace", "name_fr": "Ennemis de la paix", "name_ar": "أعداء السلام",
         "kind": "non_state_party", "parent": ""},
    )  # fmt: skip
    assert response.status_code == 302
    body = Body.objects.get(slug="ennemis-de-la-paix")
    assert (body.registered, body.kind, body.name_ar) == (True, "non_state_party", "أعداء السلام")
    assert body.name_en == "Enemies of peace"
    assert "Ennemis de la paix" in body.all_names()


def test_a_bad_form_is_400_and_changes_nothing(client, editor):
    run_import()
    client.force_login(editor)
    assert client.post(merge_url("auteurs-de-troubles"), {"into": "nope"}).status_code == 400
    register = reverse("decisions:body_review_register", args=["auteurs-de-troubles"])
    assert client.post(register, {"name_en": "", "kind": "x"}).status_code == 400
    assert Body.objects.get(slug="auteurs-de-troubles").registered is False
    # A registered body is not "to review".
    assert client.post(merge_url("secretary-general"), {"into": "isdb"}).status_code == 404


def test_staff_aliases_and_registrations_survive_load_bodies(editor):
    run_import()
    body_merge(body=Body.objects.get(slug="auteurs-de-troubles"),
               into=Body.objects.get(slug="secretary-general"), by=editor)  # fmt: skip
    Body.objects.filter(slug="ennemis-de-la-paix").update(registered=True, name_en="Enemies")
    call_command("load_bodies", stdout=StringIO())
    assert "Auteurs de troubles" in Body.objects.get(slug="secretary-general").aliases
    enemies = Body.objects.get(slug="ennemis-de-la-paix")
    assert enemies.registered and enemies.name_en == "Enemies"


def test_importers_may_review_bodies_too(client):
    client.force_login(make_user(groups=("importers",)))
    assert client.get(REVIEW).status_code == 200


def _options(page: str, name: str) -> list[str]:
    menu = page[page.index(f'<select name="{name}"') :].split("</select>")[0]
    return re.findall(r'<option value="[^"]+">([^<]*)</option>', menu)


@pytest.mark.parametrize(
    ("lang", "secretary_general", "bank"),
    [
        ("ar", "الأمين العام", "البنك الإسلامي للتنمية"),
        ("fr", "Secrétaire général", "Banque islamique de développement"),
        ("en", "Secretary-General", "Islamic Development Bank"),
    ],
)
def test_the_menus_name_the_bodies_in_the_users_language_in_its_order(
    client, editor, lang, secretary_general, bank
):
    run_import()
    client.force_login(editor)
    page = client.get(REVIEW, HTTP_ACCEPT_LANGUAGE=lang).content.decode()
    for menu in ("parent", "into"):
        options = _options(page, menu)
        assert secretary_general in options and bank in options
        assert options == sorted(options, key=fold_text)
    if lang != "en":
        assert "Secretary-General" not in _options(page, "into")


def test_a_body_to_review_is_headed_by_its_name_in_the_users_language(client, editor):
    make_body("found-ar", name_en="Malian parties", name_ar="الأطراف المالية", registered=False)
    make_body("found-en", name_en="Mediators", registered=False)
    client.force_login(editor)
    page = client.get(REVIEW, HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert '<h2 id="h-found-ar"><bdi>الأطراف المالية</bdi>' in page
    # No Arabic name yet: the English one rather than nothing.
    assert '<h2 id="h-found-en"><bdi>Mediators</bdi>' in page


def test_the_merge_message_names_the_bodies_in_the_users_language(client, editor):
    run_import()
    client.force_login(editor)
    response = client.post(
        merge_url("auteurs-de-troubles"),
        {"into": "secretary-general"},
        HTTP_ACCEPT_LANGUAGE="fr",
        follow=True,
    )
    message = [str(m) for m in response.context["messages"]]
    assert message == [
        "Auteurs de troubles fusionné avec Secrétaire général : 1 action transférée ; "
        "son nom en est désormais une autre appellation."
    ]
