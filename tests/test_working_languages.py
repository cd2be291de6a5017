"""Each body's working language (issue 22): the registry names it for the 57
Member States, `load_bodies` and the migration fill it without undoing what
staff set, the admin and the review page edit it, a merge keeps it."""

from __future__ import annotations

import json
from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from decisions.models import Body, BodyKind
from decisions.registry.services import (
    RegistryError,
    body_merge,
    registry_read,
    working_languages_fill,
)
from tests.factory import make_body

# The working language each Member State uses with the General Secretariat:
# the Arab League's members write in Arabic, the francophone West and Central
# African members in French, the others in English.
ARABIC = {
    "algeria", "bahrain", "comoros", "djibouti", "egypt", "iraq", "jordan", "kuwait", "lebanon",
    "libya", "mauritania", "morocco", "oman", "palestine", "qatar", "saudi-arabia", "somalia",
    "sudan", "syria", "tunisia", "united-arab-emirates", "yemen",
}  # fmt: skip
FRENCH = {
    "benin", "burkina-faso", "cameroon", "chad", "cote-d-ivoire", "gabon", "guinea",
    "guinea-bissau", "mali", "niger", "senegal", "togo",
}  # fmt: skip


def test_every_member_state_has_its_working_language_in_the_registry():
    entries = registry_read()
    states = {e["slug"]: e["working_language"] for e in entries if e["kind"] == "member_state"}
    assert len(states) == 57
    assert {s for s, lang in states.items() if lang == "ar"} == ARABIC
    assert {s for s, lang in states.items() if lang == "fr"} == FRENCH
    assert Counter(states.values()) == {"en": 23, "ar": 22, "fr": 12}


def test_the_registry_refuses_a_working_language_that_is_not_one_of_the_three(tmp_path):
    path = tmp_path / "bodies.json"
    entry = {"slug": "x", "name_en": "X", "kind": "member_state", "working_language": "es"}
    path.write_text(json.dumps([entry]), encoding="utf-8")
    with pytest.raises(RegistryError, match="working_language"):
        registry_read(path)


@pytest.mark.django_db
def test_a_migrated_database_knows_each_states_working_language():
    assert Body.objects.get(slug="senegal").working_language == "fr"
    assert Body.objects.get(slug="egypt").working_language == "ar"
    assert Body.objects.get(slug="pakistan").working_language == "en"
    states = Body.objects.filter(kind=BodyKind.MEMBER_STATE)
    assert not states.filter(working_language="").exists()


@pytest.mark.django_db
def test_load_bodies_keeps_a_working_language_staff_set_and_fills_an_empty_one():
    Body.objects.filter(slug="chad").update(working_language="ar")
    Body.objects.filter(slug="mali").update(working_language="")
    call_command("load_bodies", stdout=StringIO())
    assert Body.objects.get(slug="chad").working_language == "ar"
    assert Body.objects.get(slug="mali").working_language == "fr"


@pytest.mark.django_db
def test_the_migrations_fill_only_the_empty_working_languages():
    Body.objects.filter(slug="chad").update(working_language="ar")
    Body.objects.filter(slug="mali").update(working_language="")
    assert working_languages_fill(entries=registry_read()) == 1
    assert Body.objects.get(slug="chad").working_language == "ar"
    assert Body.objects.get(slug="mali").working_language == "fr"


@pytest.mark.django_db
def test_the_admin_edits_and_filters_the_working_language(admin_client):
    chad = Body.objects.get(slug="chad")
    changelist = reverse("admin:decisions_body_changelist")
    response = admin_client.get(changelist, {"working_language__exact": "fr"})
    assert response.context["cl"].result_count >= 12
    page = admin_client.get(reverse("admin:decisions_body_change", args=[chad.pk])).content
    assert b'<option value="fr" selected>French</option>' in page


@pytest.mark.django_db
def test_the_review_page_registers_a_body_with_its_working_language(client, editor):
    found = make_body("etat-y", name_en="État Y", registered=False, kind=BodyKind.UNKNOWN)
    client.force_login(editor)
    page = client.get(reverse("decisions:bodies_review")).content.decode()
    assert '<select name="working_language">' in page
    response = client.post(
        reverse("decisions:body_review_register", args=[found.slug]),
        {"name_en": "State Y", "kind": "observer_state", "working_language": "fr"},
    )
    assert response.status_code == 302
    found.refresh_from_db()
    assert found.working_language == "fr"


@pytest.mark.django_db
def test_the_review_page_refuses_an_unknown_working_language(client, editor):
    found = make_body("etat-z", name_en="État Z", registered=False, kind=BodyKind.UNKNOWN)
    client.force_login(editor)
    response = client.post(
        reverse("decisions:body_review_register", args=[found.slug]),
        {"name_en": "State Z", "kind": "observer_state", "working_language": "es\x00"},
    )
    assert response.status_code == 400
    found.refresh_from_db()
    assert (found.registered, found.working_language) == (False, "")


@pytest.mark.django_db
def test_a_merge_gives_the_kept_body_the_merged_ones_working_language_only_if_it_had_none(
    editor,
):
    kept = make_body("kept-state", kind=BodyKind.MEMBER_STATE)
    found = make_body("found-state", registered=False, working_language="fr")
    body_merge(body=found, into=kept, by=editor)
    kept.refresh_from_db()
    assert kept.working_language == "fr"
    other = make_body("other-found", registered=False, working_language="ar")
    body_merge(body=other, into=kept, by=editor)
    kept.refresh_from_db()
    assert kept.working_language == "fr"
