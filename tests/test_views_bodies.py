"""The body pages: every body's progress, and one body's items."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from decisions.items import services as item_services
from decisions.models import Status
from tests.factory import make_body, make_decision, make_item, make_report


@pytest.fixture
def body(db):
    return make_body(
        "t-isdb",
        name_en="Islamic Development Bank",
        name_fr="Banque islamique de développement",
        name_ar="البنك الإسلامي للتنمية",
        acronym_en="IsDB",
        acronym_fr="BID",
    )


@pytest.fixture
def signed_in(client, viewer):
    client.force_login(viewer)
    return client


def test_the_list_shows_each_body_with_items_and_its_progress(signed_in, body):
    make_item(owner=body, status=Status.COMPLETED)
    make_item(owner=body)
    response = signed_in.get(reverse("decisions:body_list"))
    assert [b.slug for b in response.context["bodies"]] == ["t-isdb"]
    assert 'aria-label="1 of 2 completed; 1 not started"' in response.content.decode()


def test_the_list_flags_unregistered_bodies(signed_in, db):
    make_item(owner=make_body("t-new", name_en="Some New Party", registered=False))
    content = signed_in.get(reverse("decisions:body_list")).content.decode()
    assert 'Some New Party</a> <span class="flag">to be reviewed</span>' in content


def test_the_page_shows_the_names_in_three_languages_with_arabic_right_to_left(signed_in, body):
    content = signed_in.get(body.get_absolute_url()).content.decode()
    assert "Banque islamique de développement (BID)" in content
    assert '<dd lang="ar" dir="rtl">البنك الإسلامي للتنمية</dd>' in content


def test_the_page_flags_an_unregistered_body(signed_in, db):
    body = make_body("t-new", registered=False)
    assert b"To be reviewed" in signed_in.get(body.get_absolute_url()).content


def test_the_page_groups_items_by_report_with_overdue_ones_first(signed_in, body):
    first = make_report("OIC/A/REP", date=datetime.date(2018, 1, 1))
    second = make_report("OIC/B/REP", date=datetime.date(2017, 1, 1))
    on_time = make_item(make_decision(first), owner=body)
    late = make_item(make_decision(first), owner=body, due_date=datetime.date(2001, 1, 1))
    older = make_item(make_decision(second), owner=body)
    make_item(make_decision(first))  # another body's item: not shown
    groups = signed_in.get(body.get_absolute_url()).context["by_report"]
    assert [(g["report"], g["items"]) for g in groups] == [
        (first, [late, on_time]),
        (second, [older]),
    ]


def test_the_page_shows_each_items_latest_note_escaped(signed_in, body, editor):
    item = make_item(owner=body)
    item_services.action_item_set_status(item=item, status=item.status, note="old", by=editor)
    item_services.action_item_set_status(
        item=item, status=Status.IN_PROGRESS, note="<script>alert(1)</script>", by=editor
    )
    content = signed_in.get(body.get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
    assert "<script>alert(1)</script>" not in content
    assert ">old<" not in content


def test_the_page_lists_the_items_where_the_body_is_a_partner(signed_in, body):
    item = make_item(owner=make_body("t-lead", name_en="Lead Body"))
    item.partners.add(body)
    content = signed_in.get(body.get_absolute_url()).content.decode()
    assert "Partner in" in content
    assert "Lead Body" in content


# --- Lists of bodies in the reader's language and collation (issue 20) ---------


@pytest.fixture
def french_bodies(db):
    """Three owners whose French names put "États" last by bytes."""
    report = make_report()
    decision = make_decision(report)
    names = [
        ("t-zambia", "Zambia", "Zambie"),
        ("t-states", "Member States", "États membres"),
        ("t-fund", "Islamic Solidarity Fund", "Fonds de solidarité islamique"),
        ("t-egypt", "Egypt", "Égypte"),
        ("t-algeria", "Algeria", "algérie"),
    ]
    bodies = [make_body(slug, name_en=en, name_fr=fr) for slug, en, fr in names]
    for body in bodies:
        make_item(decision, owner=body)
    return bodies


FRENCH_ORDER = ["algérie", "Égypte", "États membres", "Fonds de solidarité islamique", "Zambie"]


def _in_order(page: str, names: list[str]) -> bool:
    places = [page.index(f">{name}<") for name in names]
    return places == sorted(places)


def test_the_body_list_sorts_french_names_with_accents_folded(signed_in, french_bodies):
    page = signed_in.get(reverse("decisions:body_list"), HTTP_ACCEPT_LANGUAGE="fr")
    assert _in_order(page.content.decode(), FRENCH_ORDER)


def test_the_owner_filter_sorts_french_names_with_accents_folded(signed_in, french_bodies):
    page = signed_in.get(reverse("decisions:item_list"), HTTP_ACCEPT_LANGUAGE="fr")
    options = page.content.decode().split('name="owner"')[1].split("</select>")[0]
    assert _in_order(options, FRENCH_ORDER)


def test_the_letter_recipients_sort_french_names_with_accents_folded(client, editor, french_bodies):
    client.force_login(editor)
    page = client.get(reverse("decisions:letter_new"), HTTP_ACCEPT_LANGUAGE="fr")
    options = page.content.decode().split('id="recipients-list"')[1].split("</ul>")[0]
    assert _in_order(options, FRENCH_ORDER)


def test_arabic_names_sort_by_their_letters_whatever_the_hamza_seat(signed_in, db):
    report = make_report()
    decision = make_decision(report)
    for slug, ar in (("t-b", "بنغلاديش"), ("t-a", "إندونيسيا"), ("t-c", "الأردن")):
        make_item(decision, owner=make_body(slug, name_en=slug, name_ar=ar))
    page = signed_in.get(reverse("decisions:body_list"), HTTP_ACCEPT_LANGUAGE="ar")
    # إ (alef with hamza below) is an alef: "الأردن" (alef, lam) before
    # "إندونيسيا" (alef, nun), which bytes would put first; both before ب.
    assert _in_order(page.content.decode(), ["الأردن", "إندونيسيا", "بنغلاديش"])


def test_the_list_leads_those_who_review_bodies_to_the_registry_review(client, editor, viewer, db):
    """Where one looks for the body registry: the bodies' list, not only the
    home page and the reports' list."""
    review = f'href="{reverse("decisions:bodies_review")}"'
    client.force_login(editor)
    assert review in client.get(reverse("decisions:body_list")).content.decode()
    # A viewer may not review: no link that would answer 403.
    client.force_login(viewer)
    assert review not in client.get(reverse("decisions:body_list")).content.decode()
