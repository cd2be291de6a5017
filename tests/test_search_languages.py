"""Search across languages: a query naming a place or a concept of the
glossary also finds the paragraphs naming it in another language, after the
exact matches and marked as such. SQLite and PostgreSQL alike (run the
suite with DATABASE_URL for the latter)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from decisions.models import DecisionTranslation
from decisions.search.across import query_concepts
from tests.factory import make_decision, make_report

URL = reverse("decisions:search")


@pytest.fixture
def corpus(db):
    fr = make_report("OIC/XS-FR/REP", language="fr")
    en = make_report("OIC/XS-EN/REP", language="en")
    ar = make_report("OIC/XS-AR/REP", language="ar")
    make_decision(fr, text="La Réunion a salué la restauration des mausolées de Tombouctou.")
    make_decision(en, text="The meeting welcomes the restoration of the libraries of Timbuktu.")
    make_decision(ar, text="يدعو الاجتماع إلى حماية المخطوطات في تمبكتو.")
    make_decision(en, text="The meeting requests a trust fund for Gao.")
    make_decision(fr, text="La Réunion a demandé une mission à Gao.")
    return {"fr": fr, "en": en, "ar": ar}


@pytest.fixture
def reader(client, viewer):
    client.force_login(viewer)
    return client


def paragraphs(reader, q):
    response = reader.get(URL, {"q": q})
    assert response.status_code == 200
    return response, response.context["results"].paragraphs


def test_tombouctou_finds_timbuktu_and_its_arabic_spelling(reader, corpus):
    response, hits = paragraphs(reader, "Tombouctou")
    assert [(h.title, bool(h.across)) for h in hits] == [
        ("OIC/XS-FR/REP ¶1", False),  # the exact match first
        ("OIC/XS-AR/REP ¶1", True),
        ("OIC/XS-EN/REP ¶1", True),
    ]
    html = response.content.decode()
    assert "in another language, naming:" in html
    assert "<mark>Timbuktu</mark>" in html and "<mark>تمبكتو</mark>" in html


def test_a_concept_in_arabic_finds_it_in_english(reader, corpus):
    _, hits = paragraphs(reader, "صندوق ائتماني")
    assert [(h.title, h.across) for h in hits] == [("OIC/XS-EN/REP ¶2", "trust fund")]


def test_a_version_naming_it_is_found_once(reader, corpus):
    decision = make_decision(corpus["fr"], text="Sans rapport.")
    DecisionTranslation.objects.create(decision=decision, language="ar", text="القدس")
    _, hits = paragraphs(reader, "Jérusalem")
    assert [(h.title, h.language) for h in hits] == [("OIC/XS-FR/REP ¶3", "ar")]


def test_a_query_with_other_words_is_searched_as_typed_only(reader, corpus):
    _, hits = paragraphs(reader, "Tombouctou mausolées")
    assert all(not h.across for h in hits)
    assert query_concepts("Tombouctou restauration") == {"place:timbuktu", "restoration"}
    assert query_concepts("Tombouctou zzzz") == frozenset()


def test_an_unknown_word_finds_nothing_across(reader, corpus):
    _, hits = paragraphs(reader, "Kidal")
    assert hits == []


@pytest.fixture
def items(corpus):
    from tests.factory import make_body, make_item

    owner = make_body("heritage-body")
    en = make_decision(corpus["en"], text="Requests the following.")
    ar = make_decision(corpus["ar"], text="يطلب ما يلي.")
    make_item(en, owner=owner, summary="to restore the mausoleums of Timbuktu")
    make_item(ar, owner=owner, summary="ترميم أضرحة تمبكتو")
    other = make_decision(corpus["en"], text="Requests an office.")
    make_item(other, owner=owner, summary="to open an office in Gao")
    return {"en": f"OIC/XS-EN/REP ¶{en.number}", "ar": f"OIC/XS-AR/REP ¶{ar.number}"}


def item_hits(reader, q):
    response = reader.get(URL, {"q": q})
    assert response.status_code == 200
    return response, response.context["results"].items


def test_tombouctou_finds_the_items_asking_it_in_english_and_arabic(reader, items):
    response, hits = item_hits(reader, "Tombouctou")
    assert sorted((h.title, h.language, h.across) for h in hits) == [
        (items["ar"], "ar", "Timbuktu"),
        (items["en"], "en", "Timbuktu"),
    ]
    html = response.content.decode()
    assert "<mark>Timbuktu</mark>" in html and "<mark>تمبكتو</mark>" in html


def test_an_item_found_as_typed_is_not_repeated_across(reader, items):
    _, hits = item_hits(reader, "mausoleums")
    assert [(h.title, h.across) for h in hits] == [(items["en"], ""), (items["ar"], "mausoleum")]
    _, hits = item_hits(reader, "mausolées")
    assert sorted((h.title, h.across) for h in hits) == [
        (items["ar"], "mausoleum"),
        (items["en"], "mausoleum"),
    ]


def test_an_item_asking_something_else_is_not_found_across(reader, items):
    _, hits = item_hits(reader, "Tombouctou")
    assert all("Gao" not in str(h.snippet) for h in hits)
