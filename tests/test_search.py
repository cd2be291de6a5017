"""The search box: every report's paragraphs, the items and the notes, in
French, English and Arabic, accents optional, ranked, highlighted safely.
Runs on SQLite (folded matching) and PostgreSQL (full-text search)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from decisions.items import services as item_services
from decisions.models import DecisionTranslation, Status
from decisions.search.queries import clean_query, folded_snippet, query_terms, render_highlight
from tests.factory import make_body, make_decision, make_item, make_report, make_user

URL = reverse("decisions:search")


@pytest.fixture
def corpus(db, editor):
    fr = make_report("OIC/S-FR/REP", language="fr")
    en = make_report("OIC/S-EN/REP", language="en")
    ar = make_report("OIC/S-AR/REP", language="ar")
    once = make_decision(fr, text="La réunion a réaffirmé son soutien au processus de paix.")
    thrice = make_decision(
        fr, text="Elle a réaffirmé, puis réaffirmé encore, et réaffirmé son attachement."
    )
    make_decision(fr, text="La réunion a demandé un rapport.")
    libraries = make_decision(
        en, text="The meeting welcomes the restoration of the libraries of Timbuktu."
    )
    manuscripts = make_decision(ar, text="يدعو الاجتماع إلى حماية المخطوطات في تمبكتو.")
    DecisionTranslation.objects.create(
        decision=once, language="en", text="The meeting reaffirmed its support for peace."
    )
    item = make_item(
        libraries,
        owner=make_body("s-body"),
        summary="<script>alert('x')</script> Urgent funding of the libraries, 1 < 2 & 3 > 2.",
    )
    item_services.action_item_set_status(
        item=item, status=Status.IN_PROGRESS, note="Le financement a été versé en mars.", by=editor
    )
    return {"once": once, "thrice": thrice, "manuscripts": manuscripts, "item": item}


def search(client, q):
    return client.get(URL, {"q": q})


@pytest.fixture
def reader(client, viewer):
    client.force_login(viewer)
    return client


def titles(hits, language: str | None = None) -> list[str]:
    return [h.title for h in hits if language is None or h.language == language]


def test_a_french_word_typed_without_its_accents_finds_it(reader, corpus):
    response = search(reader, "reaffirme")
    assert response.status_code == 200
    found = titles(response.context["results"].paragraphs, "fr")
    assert sorted(found) == ["OIC/S-FR/REP ¶1", "OIC/S-FR/REP ¶2"]
    assert "<mark>réaffirmé</mark>" in response.content.decode()


def test_an_english_word_is_found_and_highlighted(reader, corpus):
    response = search(reader, "libraries")
    results = response.context["results"]
    assert titles(results.paragraphs) == ["OIC/S-EN/REP ¶1"]
    assert len(results.items) == 1
    assert "<mark>libraries</mark>" in response.content.decode()


def test_an_arabic_word_is_found(reader, corpus):
    response = search(reader, "المخطوطات")
    found = titles(response.context["results"].paragraphs)
    assert found == ["OIC/S-AR/REP ¶1"]
    assert "<mark>المخطوطات</mark>" in response.content.decode()


def test_the_other_language_versions_are_searched(reader, corpus):
    response = search(reader, "support")
    hits = response.context["results"].paragraphs
    assert [(h.title, h.language) for h in hits] == [("OIC/S-FR/REP ¶1", "en")]


def test_more_occurrences_rank_first(reader, corpus):
    found = titles(search(reader, "réaffirmé").context["results"].paragraphs, "fr")
    assert found == ["OIC/S-FR/REP ¶2", "OIC/S-FR/REP ¶1"]


def test_stored_markup_is_escaped_in_results(reader, corpus):
    response = search(reader, "funding")
    html = response.content.decode()
    assert len(response.context["results"].items) == 1
    assert "<script>alert" not in html
    snippet = str(response.context["results"].items[0].snippet)
    assert "&lt;" in snippet and "&amp;" in snippet
    assert snippet.replace("<mark>", "").replace("</mark>", "").count("<") == 0
    # A search for the markup itself is just words.
    assert "<script>alert" not in search(reader, "<script>alert").content.decode()


def test_notes_are_found_for_users_with_a_role(reader, corpus):
    results = search(reader, "verse").context["results"]
    assert len(results.notes) == 1
    assert results.notes[0].url == corpus["item"].get_absolute_url()


def test_public_read_visitors_do_not_see_notes(client, corpus, settings):
    settings.PUBLIC_READ = True
    response = search(client, "verse")
    assert response.status_code == 200
    assert response.context["results"].notes == []
    assert "versé" not in response.content.decode()
    assert len(search(client, "libraries").context["results"].paragraphs) == 1


def test_search_needs_a_login_without_public_read(client, corpus):
    response = search(client, "paix")
    assert response.status_code == 302 and reverse("login") in response["Location"]
    client.force_login(make_user("nobody"))
    assert search(client, "paix").status_code == 403


def test_search_takes_no_post(reader, corpus):
    assert reader.post(URL, {"q": "paix"}).status_code == 405


@pytest.mark.parametrize(
    "q",
    ["", "   ", "\x00\x01paix\x7f", "!!!", '"unclosed', "-", "a OR", "paix & | ! :*", "\ue000"],
)
def test_odd_queries_get_a_page(reader, corpus, q):
    assert search(reader, q).status_code == 200


def test_control_characters_are_dropped_from_the_query(reader, corpus):
    response = search(reader, "\x00réaffirmé\x08")
    assert response.status_code == 200
    assert len(titles(response.context["results"].paragraphs, "fr")) == 2


@pytest.mark.parametrize("q", ["paix " * 100, "x" * 100_000])
def test_huge_queries_get_400(reader, corpus, q):
    response = search(reader, q)
    assert response.status_code == 400
    assert "too long" in response.content.decode()


def test_the_header_has_the_search_box(reader, corpus):
    html = reader.get(reverse("decisions:dashboard")).content.decode()
    assert f'action="{URL}"' in html and 'role="search"' in html


def test_the_database_engine_is_what_this_run_tests(db):
    """Documents which engine ran: full-text on PostgreSQL, folded elsewhere."""
    assert connection.vendor in {"postgresql", "sqlite"}


# --- The pure parts -------------------------------------------------------------------


def test_render_highlight_escapes_and_balances_marks():
    assert render_highlight("a <b>\ue000x\ue001 \ue001\ue000y") == (
        "a &lt;b&gt;<mark>x</mark> <mark>y</mark>"
    )


def test_folded_matching_maps_back_to_the_original_text():
    snippet, count = folded_snippet("Elle a RÉAFFIRMÉ son soutien.", query_terms("reaffirme"))
    assert count == 1
    assert render_highlight(snippet) == "Elle a <mark>RÉAFFIRMÉ</mark> son soutien."
    assert folded_snippet("يدعو إلى حمايةِ المخطوطاتِ", query_terms("المخطوطات"))[1] == 1
    assert folded_snippet("no match here", query_terms("paix"))[1] == 0


def test_clean_query_collapses_spaces_and_drops_controls():
    assert clean_query("  paix\t\x00 et\nsécurité ") == "paix et sécurité"


# --- Language and direction of the results ------------------------------------------


@pytest.fixture
def french_item(db, editor):
    report = make_report("OIC/S-DIR/REP", language="fr")
    decision = make_decision(report, text="Demande au Secrétariat de financer les bibliothèques.")
    owner = make_body("s-dir", name_en="General Secretariat", name_ar="الأمانة العامة")
    item = make_item(decision, owner=owner, summary="Financer les bibliothèques de Tombouctou.")
    item_services.action_item_set_status(
        item=item, status=Status.IN_PROGRESS, note="Les bibliothèques sont financées.", by=editor
    )
    return item


def hits_html(response, kind: str) -> str:
    html = response.content.decode()
    return html[html.index(f'id="hits-{kind}"') :].split("</section>")[0]


def test_a_french_item_and_note_keep_their_language_on_the_arabic_page(reader, french_item):
    response = reader.get(URL, {"q": "bibliotheques"}, HTTP_ACCEPT_LANGUAGE="ar")
    results = response.context["results"]
    assert [h.language for h in results.items + results.notes] == ["fr", "fr"]
    for kind in ("items", "notes"):
        # Left to right inside the Arabic page: the full stop ends the sentence.
        assert '<p class="note" lang="fr" dir="auto">' in hits_html(response, kind)


def test_a_hit_names_its_language_in_the_readers_language(reader, french_item):
    # Not the code "(fr)": the language's name as the page's reader reads it.
    arabic = hits_html(reader.get(URL, {"q": "bibliotheques"}, HTTP_ACCEPT_LANGUAGE="ar"), "items")
    assert "<small>(الفرنسية)</small>" in arabic
    assert "(fr)" not in arabic
    english = hits_html(reader.get(URL, {"q": "bibliotheques"}, HTTP_ACCEPT_LANGUAGE="en"), "items")
    assert "<small>(French)</small>" in english


def test_a_note_in_another_language_than_its_report_is_marked_in_its_own(reader, corpus):
    # The note "Le financement a été versé en mars." is on an English report's item.
    notes = search(reader, "verse").context["results"].notes
    assert [n.language for n in notes] == ["fr"]


def test_the_owner_follows_the_title_in_either_direction(reader, french_item):
    """No arrow pointing right in a page read right to left: a neutral dot
    between the title and the owner, each isolated (bdi)."""
    arabic = reader.get(URL, {"q": "bibliotheques"}, HTTP_ACCEPT_LANGUAGE="ar")
    items, notes = hits_html(arabic, "items"), hits_html(arabic, "notes")
    assert "<bdi>OIC/S-DIR/REP ¶1</bdi> · <bdi>الأمانة العامة</bdi>" in items
    assert "<bdi>OIC/S-DIR/REP ¶1</bdi> · <bdi>الأمانة العامة</bdi>" in notes
    assert "→" not in items + notes
    english = reader.get(URL, {"q": "bibliotheques"}, HTTP_ACCEPT_LANGUAGE="en")
    assert "<bdi>OIC/S-DIR/REP ¶1</bdi> · <bdi>General Secretariat</bdi>" in hits_html(
        english, "items"
    )


def test_the_query_count_does_not_grow_with_the_hits(reader, editor, french_item):
    def count():
        with CaptureQueriesContext(connection) as ctx:
            response = reader.get(URL, {"q": "bibliotheques"}, HTTP_ACCEPT_LANGUAGE="ar")
        assert response.status_code == 200
        return len(ctx.captured_queries), response.context["results"]

    one, results = count()
    assert len(results.items) == len(results.notes) == 1
    report = make_report("OIC/S-DIR2/REP", language="ar")
    for n in range(4):
        decision = make_decision(report, text=f"Paragraphe {n} sur les bibliothèques.")
        item = make_item(decision, owner=make_body(f"s-dir-{n}"), summary="Les bibliothèques.")
        item_services.action_item_set_status(
            item=item, status=Status.STALLED, note="Bibliothèques : rien.", by=editor
        )
    five, results = count()
    assert len(results.items) == len(results.notes) == 5
    assert five == one
