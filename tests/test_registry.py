"""The body registry a secretariat works with (fixtures/bodies.json): the 57
Member States one by one and the observers, the OIC's organs and
institutions, the United Nations and the regional organisations OIC texts
name. Each with its three names and a kind, under its parent; no name shared
by two bodies; loaded the same however often; a State can be written to."""

from __future__ import annotations

import io
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from docx import Document

from decisions.correspondence import notes_verbales
from decisions.correspondence.forms import LetterForm
from decisions.intake.importing import report_import
from decisions.models import ActionItem, Body, BodyKind, Letter
from decisions.registry.services import REGISTRY_FIELDS, registry_read
from decisions.text.folding import fold_key
from tests.factory import make_body, make_decision, make_item, make_report

NAME_FIELDS = ("name_en", "name_fr", "name_ar", "acronym_en", "acronym_fr", "acronym_ar")

# The Organisation's 57 Member States (Syria's membership, suspended in 2012, was
# restored by the Council of Foreign Ministers in March 2025), by English name.
MEMBER_STATES = {
    "Afghanistan", "Albania", "Algeria", "Azerbaijan", "Bahrain", "Bangladesh", "Benin",
    "Brunei Darussalam", "Burkina Faso", "Cameroon", "Chad", "Comoros", "Côte d'Ivoire",
    "Djibouti", "Egypt", "Gabon", "Gambia", "Guinea", "Guinea-Bissau", "Guyana", "Indonesia",
    "Iran", "Iraq", "Jordan", "Kazakhstan", "Kuwait", "Kyrgyzstan", "Lebanon", "Libya",
    "Malaysia", "Maldives", "Mali", "Mauritania", "Morocco", "Mozambique", "Niger", "Nigeria",
    "Oman", "Pakistan", "Palestine", "Qatar", "Saudi Arabia", "Senegal", "Sierra Leone",
    "Somalia", "Sudan", "Suriname", "Syria", "Tajikistan", "Togo", "Tunisia", "Türkiye",
    "Turkmenistan", "Uganda", "United Arab Emirates", "Uzbekistan", "Yemen",
}  # fmt: skip
OBSERVER_STATES = {
    "Bosnia and Herzegovina", "Central African Republic", "Thailand", "Russian Federation",
    "Turkish Cypriot State",
}  # fmt: skip


def entries() -> list[dict]:
    return registry_read()


def by_slug() -> dict[str, dict]:
    return {e["slug"]: e for e in entries()}


def arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def test_the_registry_holds_the_57_member_states_each_with_three_names():
    states = [e for e in entries() if e["kind"] == BodyKind.MEMBER_STATE]
    assert len(states) == 57
    assert {e["name_en"] for e in states} == MEMBER_STATES
    for state in states:
        assert state["name_fr"] and arabic(state["name_ar"]), state["slug"]
        assert state["parent"] == "member-states", state["slug"]


def test_the_observer_states_are_the_five_the_organisation_admits():
    observers = [e for e in entries() if e["kind"] == BodyKind.OBSERVER_STATE]
    assert {e["name_en"] for e in observers} == OBSERVER_STATES
    assert {e["parent"] for e in observers} == {"observer-states"}


def test_every_entry_has_a_valid_kind_and_a_parent_listed_before_it():
    seen: set[str] = set()
    for entry in entries():
        assert entry["kind"] in BodyKind.values, entry["slug"]
        assert entry["kind"] != BodyKind.UNKNOWN, entry["slug"]
        assert entry["parent"] is None or entry["parent"] in seen, entry["slug"]
        seen.add(entry["slug"])


def test_every_entry_is_named_in_english_french_and_arabic():
    for entry in entries():
        assert entry["name_en"] and entry["name_fr"] and arabic(entry["name_ar"]), entry["slug"]


def test_no_name_or_alias_belongs_to_two_entries_whatever_the_case_and_accents():
    # Intake could not tell which body such a name means.
    owner: dict[str, str] = {}
    clashes = []
    for entry in entries():
        names = [entry[f] for f in NAME_FIELDS if entry[f]] + entry["aliases"]
        for key in {fold_key(name) for name in names}:
            if owner.setdefault(key, entry["slug"]) != entry["slug"]:
                clashes.append((key, owner[key], entry["slug"]))
    assert clashes == []


@pytest.mark.parametrize(
    ("slug", "parent"),
    [
        ("au-peace-and-security-council", "african-union"),
        ("au-commission", "african-union"),
        ("unesco", "united-nations"),
        ("un-secretary-general", "un-secretariat"),
        ("ircica", "oic-institutions"),
        ("sesric", "oic-institutions"),
        ("oic-institutions", "oic"),
        ("comcec", "oic"),
        ("niger", "member-states"),
        ("government-of-mali", "mali"),
        ("las-secretary-general", "las-general-secretariat"),
        ("las-general-secretariat", "league-of-arab-states"),
        ("ecowas-commission", "ecowas"),
    ],
)
def test_each_body_sits_under_its_organisation(slug, parent):
    assert by_slug()[slug]["parent"] == parent


def test_the_organisation_of_african_unity_is_a_body_of_its_own_not_the_african_union():
    # Its successor since 2002, but a request made to it was made to it.
    registry = by_slug()
    oau, au = registry["oau"], registry["african-union"]
    assert {"OAU", "OUA"} <= {oau["acronym_en"], oau["acronym_fr"]}
    assert not {"OAU", "OUA", "Organisation of African Unity"} & {*au["aliases"]}


# --- In the database ------------------------------------------------------------


def _snapshot() -> dict[str, tuple]:
    return {
        b.slug: (*(getattr(b, f) for f in REGISTRY_FIELDS), b.parent.slug if b.parent else None)
        for b in Body.objects.select_related("parent")
    }


@pytest.mark.django_db
def test_load_bodies_loads_every_entry_as_written_and_is_idempotent():
    call_command("load_bodies", stdout=StringIO())
    loaded = _snapshot()
    for entry in entries():
        expected = (*(entry.get(f) or ("" if f != "aliases" else []) for f in REGISTRY_FIELDS),
                    entry["parent"])  # fmt: skip
        assert loaded[entry["slug"]] == expected, entry["slug"]
    out = StringIO()
    call_command("load_bodies", stdout=out)
    assert "0 created, 0 updated" in out.getvalue()
    assert _snapshot() == loaded


@pytest.mark.django_db
def test_a_migrated_database_holds_the_states_the_registry_names():
    # Migration 0017 loads the registry: `make serve` migrates, it does not load.
    niger = Body.objects.get(slug="niger")
    assert (niger.registered, niger.kind, niger.parent.slug) == (
        True,
        "member_state",
        "member-states",
    )
    assert Body.objects.filter(kind=BodyKind.MEMBER_STATE, registered=True).count() == 57


@pytest.mark.django_db
def test_a_migrated_database_holds_the_sadc_and_isdb_organs():
    # Migration 0033 loads the registry again after these organs were added.
    found = dict(
        Body.objects.filter(
            slug__in=[
                "sadc-secretariat",
                "sadc-executive-secretary",
                "isdb-board-of-executive-directors",
                "isdb-president",
                "isfd",
            ],
            registered=True,
        ).values_list("slug", "parent__slug")
    )
    assert found == {
        "sadc-secretariat": "sadc",
        "sadc-executive-secretary": "sadc-secretariat",
        "isdb-board-of-executive-directors": "isdb",
        "isdb-president": "isdb",
        "isfd": "isdb",
    }


@pytest.mark.django_db
def test_an_addressee_kept_for_review_under_a_states_slug_becomes_that_state():
    Body.objects.filter(slug="niger").delete()  # as in a database migrated before 0017
    kept = make_body("niger", name_en="Niger", registered=False, kind=BodyKind.UNKNOWN)
    item = make_item(owner=kept)
    call_command("load_bodies", stdout=StringIO())
    kept.refresh_from_db()
    assert (kept.registered, kept.kind, kept.name_ar) == (True, "member_state", "النيجر")
    assert ActionItem.objects.get(pk=item.pk).owner == kept


# --- What intake makes of the names --------------------------------------------

REPORT = """\
**OIC/CFM-99/REP**

**RESOLUTION ON THE SAHEL**

1. Requests Niger and Chad to report on the implementation of this resolution.
2. Welcomes the efforts of Mali in the peace process.
3. Welcomes the projects of Member States in their cooperation with Mali and invites them \
to increase their commitment.
4. Requests the Secretary-General of the United Nations and the Secretary-General to \
coordinate their efforts.
"""


@pytest.mark.django_db
def test_a_state_asked_to_act_owns_the_item_and_a_state_mentioned_does_not():
    report_import(text=REPORT, source_name="sahel.md")
    owners = {
        number: sorted(
            ActionItem.objects.filter(decision__number=number).values_list("owner__slug", flat=True)
        )
        for number in ("1", "2", "3", "4")
    }
    assert owners == {
        "1": ["chad", "niger"],
        "2": [],
        # "them" are the Member States, not Mali, where they work.
        "3": ["member-states"],
        "4": ["secretary-general", "un-secretary-general"],
    }
    assert not Body.objects.filter(registered=False).exists()


# --- Writing to a State -----------------------------------------------------------


@pytest.mark.django_db
def test_the_letter_form_offers_the_states_as_recipients():
    recipients = LetterForm().fields["recipients"].queryset
    assert recipients.filter(slug__in=["niger", "thailand", "mali"]).count() == 3


@pytest.mark.django_db
def test_an_editor_records_a_letter_to_niger(client, editor):
    niger = Body.objects.get(slug="niger")
    client.force_login(editor)
    page = client.get(reverse("decisions:letter_new")).content.decode()
    assert f'name="recipients" value="{niger.pk}"' in page
    data = {"kind": "note_verbale", "reference": "OIC/GS/2026/NE-1", "sent_on": "2026-03-01",
            "subject": "Suivi", "recipients": [niger.pk], "links": ""}  # fmt: skip
    assert client.post(reverse("decisions:letter_new"), data).status_code == 302
    assert list(Letter.objects.get().recipients.all()) == [niger]


@pytest.mark.parametrize(
    ("slug", "lang", "to"),
    [
        ("niger", "en", "the Permanent Mission of Niger to the Organisation of Islamic "
                        "Cooperation"),
        ("niger", "fr", "à la Mission permanente du Niger auprès de l'Organisation de la "
                        "Coopération Islamique"),
        ("niger", "ar", "البعثة الدائمة للنيجر لدى منظمة التعاون الإسلامي"),
        ("gambia", "en", "the Permanent Mission of the Gambia to the Organisation of Islamic "
                         "Cooperation"),
        ("oman", "fr", "à la Mission permanente d'Oman auprès de l'Organisation de la "
                       "Coopération Islamique"),
        ("mozambique", "fr", "à la Mission permanente du Mozambique auprès de l'Organisation de "
                             "la Coopération Islamique"),
        ("guinea-bissau", "fr", "à la Mission permanente de la Guinée-Bissau auprès de "
                                "l'Organisation de la Coopération Islamique"),
        ("russian-federation", "en", "the Permanent Mission of the Russian Federation to the "
                                     "Organisation of Islamic Cooperation"),
    ],
)  # fmt: skip
def test_a_note_verbale_to_a_state_goes_to_its_permanent_mission(slug, lang, to):
    entry = by_slug()[slug]
    body = Body(**{f: entry[f] for f in ("name_en", "name_fr", "name_ar", "kind")})
    assert notes_verbales.addressee(body, lang)["to"] == to


@pytest.mark.django_db
def test_the_note_verbale_draft_for_niger_lists_its_open_items(client, editor):
    niger = Body.objects.get(slug="niger")
    decision = make_decision(make_report("OIC/CFM-98/REP"), number="7",
                             text="Requests Niger to report back.")  # fmt: skip
    make_item(decision, owner=niger)
    client.force_login(editor)
    url = reverse("decisions:note_verbale_docx", args=["niger"])
    response = client.get(url, {"lang": "en"})
    assert response.status_code == 200
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert "the Permanent Mission of Niger" in text and "Requests Niger to report back." in text


# --- Editing the registry -----------------------------------------------------------


@pytest.mark.django_db
def test_the_admin_lists_edits_and_filters_the_new_kinds(admin_client):
    niger = Body.objects.get(slug="niger")
    changelist = reverse("admin:decisions_body_changelist")
    response = admin_client.get(changelist, {"kind__exact": "member_state"})
    assert response.status_code == 200
    assert response.context["cl"].result_count == 57
    change = reverse("admin:decisions_body_change", args=[niger.pk])
    page = admin_client.get(change).content.decode()
    assert '<option value="member_state" selected>Member State</option>' in page


@pytest.mark.django_db
def test_the_review_page_offers_the_new_kinds_and_registers_a_body_as_one(client, editor):
    found = make_body("etat-x", name_en="État X", registered=False, kind=BodyKind.UNKNOWN)
    client.force_login(editor)
    page = client.get(reverse("decisions:bodies_review")).content.decode()
    assert '<option value="observer_state">Observer State</option>' in page
    assert '<option value="niger">Niger</option>' in page  # a registered body to merge into
    response = client.post(
        reverse("decisions:body_review_register", args=[found.slug]),
        {"name_en": "State X", "kind": "observer_state", "parent": "observer-states"},
    )
    assert response.status_code == 302
    found.refresh_from_db()
    assert (found.registered, found.kind, found.parent.slug) == (
        True,
        "observer_state",
        "observer-states",
    )
