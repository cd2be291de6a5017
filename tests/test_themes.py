"""Themes: the taxonomy, suggestions from a paragraph's words, the writes,
the theme pages and the editor's form."""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse

from decisions.intake import importing
from decisions.models import ActionItem, Status
from decisions.models.catalog import Theme
from decisions.themes.catalog import THEMES
from decisions.themes.services import UnknownThemeError, item_themes_apply, item_themes_set
from decisions.themes.suggest import themes_suggest_for
from tests.factory import MALI_REPORT, make_body, make_decision, make_item, make_report, make_user

# --- The pure suggestion ----------------------------------------------------------------


def test_a_french_paragraph_suggests_its_themes():
    text = (
        "La réunion a demandé à l'ISESCO de réhabiliter les mausolées de Tombouctou, "
        "en collaboration avec l'UNESCO."
    )
    assert themes_suggest_for(text, "fr") == ["cultural-heritage", "sdg-17"]


def test_an_english_paragraph_suggests_its_themes():
    text = "Urges Member States to support the peace agreement and humanitarian relief."
    assert themes_suggest_for(text, "en") == ["peace-process", "humanitarian"]


def test_an_arabic_paragraph_suggests_its_themes_with_prefixes_and_diacritics():
    text = "يدعو الدول إلى تقديم المساعدةِ الإنسانيةِ للاجئين وحماية المخطوطات"
    assert themes_suggest_for(text, "ar") == ["humanitarian", "cultural-heritage"]


def test_keywords_match_at_the_start_of_a_word_only():
    assert themes_suggest_for("Il faut apaiser les esprits.", "fr") == []
    assert themes_suggest_for("Sécurité alimentaire et FAIM", "fr") == ["security", "sdg-2"]


def test_an_unknown_language_tries_every_table():
    assert themes_suggest_for("la paix", "xx") == ["peace-process"]
    assert themes_suggest_for("", "fr") == []


def test_the_taxonomy_has_five_focus_areas_and_the_17_sdgs_in_three_languages():
    slugs = [t.slug for t in THEMES]
    assert len(slugs) == len(set(slugs)) == 22
    assert [s for s in slugs if s.startswith("sdg-")] == [f"sdg-{n}" for n in range(1, 18)]
    assert all(all(t.names[lang] for lang in ("en", "fr", "ar")) for t in THEMES)


def test_the_migration_loads_the_taxonomy(db):
    assert Theme.objects.count() == 22
    heritage = Theme.objects.get(slug="cultural-heritage")
    assert (heritage.name_fr, heritage.name_ar) == ("Patrimoine culturel", "التراث الثقافي")


# --- The writes ------------------------------------------------------------------------


def test_apply_adds_suggestions_and_keeps_what_is_there(db):
    item = make_item()
    item.themes.add(Theme.objects.get(slug="security"))
    added = item_themes_apply(item=item, slugs=["security", "sdg-4", "no-such-theme"])
    assert added == ["sdg-4"]
    assert sorted(item.themes.values_list("slug", flat=True)) == ["sdg-4", "security"]
    assert item_themes_apply(item=item, slugs=["sdg-4"]) == []


def test_set_replaces_and_refuses_unknown_slugs(db):
    item = make_item()
    item_themes_apply(item=item, slugs=["security", "sdg-4"])
    item_themes_set(item=item, slugs=["humanitarian"])
    assert list(item.themes.values_list("slug", flat=True)) == ["humanitarian"]
    with pytest.raises(UnknownThemeError):
        item_themes_set(item=item, slugs=["nope"])
    assert list(item.themes.values_list("slug", flat=True)) == ["humanitarian"]


# --- Pages ------------------------------------------------------------------------------


@pytest.fixture
def tagged(db):
    security = Theme.objects.get(slug="security")
    decision = make_decision(make_report(language="fr"), text="Lutte contre le terrorisme.")
    items = [
        make_item(decision, owner=make_body(), status=Status.COMPLETED),
        make_item(decision, owner=make_body(), status=Status.STALLED),
        make_item(
            decision,
            owner=make_body(),
            status=Status.IN_PROGRESS,
            due_date=datetime.date(2001, 1, 1),
        ),
    ]
    security.items.add(*items)
    make_item(decision, owner=make_body(), summary="Not about security at all.")
    return {"theme": security, "items": items}


def test_the_theme_list_shows_counts(client, viewer, tagged):
    client.force_login(viewer)
    response = client.get(reverse("decisions:theme_list"))
    assert response.status_code == 200
    row = next(t for t in response.context["themes"] if t.slug == "security")
    assert (row.n_items, row.n_completed, row.n_stalled, row.n_overdue) == (3, 1, 1, 1)
    assert len(response.context["themes"]) + len(response.context["idle_themes"]) == 22


def test_the_theme_list_puts_the_sdgs_in_their_numbers_order_then_the_focus_areas(
    client, viewer, tagged
):
    # Positions lost (a table loaded by hand): the codes alone would sort
    # SDG 1, 10, 11, ..., 2.
    Theme.objects.update(position=0)
    for theme in Theme.objects.exclude(slug="security"):
        theme.items.add(*tagged["items"])
    client.force_login(viewer)
    page = client.get(reverse("decisions:theme_list")).content.decode()
    sdgs = [f'href="{reverse("decisions:theme_detail", args=[f"sdg-{n}"])}"' for n in range(1, 18)]
    places = [page.index(link) for link in sdgs]
    assert places == sorted(places)
    focus = page.index(f'href="{reverse("decisions:theme_detail", args=["peace-process"])}"')
    assert focus > places[-1]


def test_themes_with_no_item_are_listed_apart_and_still_linked(client, viewer, tagged):
    client.force_login(viewer)
    response = client.get(reverse("decisions:theme_list"))
    assert [t.slug for t in response.context["themes"]] == ["security"]
    page = response.content.decode()
    table, idle = page.split("other themes without action items")
    assert reverse("decisions:theme_detail", args=["sdg-4"]) not in table
    assert reverse("decisions:theme_detail", args=["sdg-4"]) in idle
    assert "21 other themes without action items" in page


def test_a_theme_page_shows_its_counts_per_status_and_its_items(client, viewer, tagged):
    client.force_login(viewer)
    response = client.get(reverse("decisions:theme_detail", args=["security"]))
    assert response.status_code == 200
    counts = {r["value"]: r["count"] for r in response.context["status_rows"]}
    assert counts == {
        "not_started": 0,
        "in_progress": 1,
        "completed": 1,
        "stalled": 1,
        "cancelled": 0,
    }
    shown = sorted(i.pk for i in response.context["page"].object_list)
    assert shown == sorted(i.pk for i in tagged["items"])
    assert "Not about security" not in response.content.decode()


def test_a_theme_page_links_to_the_item_list_filtered_by_it(client, viewer, tagged):
    client.force_login(viewer)
    page = client.get(reverse("decisions:theme_detail", args=["security"])).content.decode()
    url = reverse("decisions:item_list") + "?theme=security"
    assert f'<a href="{url}">Filter, sort and download them in the action item list</a>' in page
    listed = client.get(url).context["page"].object_list
    assert sorted(i.pk for i in listed) == sorted(i.pk for i in tagged["items"])


def test_an_unknown_theme_is_404(client, viewer, db):
    client.force_login(viewer)
    assert client.get(reverse("decisions:theme_detail", args=["nope"])).status_code == 404


def test_theme_pages_follow_the_read_rule(client, tagged, settings):
    url = reverse("decisions:theme_detail", args=["security"])
    assert client.get(url).status_code == 302
    client.force_login(make_user("nobody"))
    assert client.get(url).status_code == 403
    client.logout()
    settings.PUBLIC_READ = True
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 405


@pytest.mark.parametrize("extra", [0, 20])
def test_a_theme_page_runs_the_same_queries_whatever_its_size(
    client, viewer, tagged, django_assert_num_queries, extra
):
    for _ in range(extra):
        item = make_item(owner=make_body())
        item.partners.add(make_body())
        tagged["theme"].items.add(item)
    client.force_login(viewer)
    url = reverse("decisions:theme_detail", args=["security"])
    client.get(url)
    # session, user, the user's role, the navigation's two permission checks
    # (tests/test_queries.py's BASE), the theme, count, items, partners; the
    # trend (items by day asked; changes by day asked, and by day recorded)
    with django_assert_num_queries(12):
        client.get(url)


# --- The editor's form ---------------------------------------------------------------------


def test_an_editor_sets_an_items_themes(client, editor, tagged):
    item = tagged["items"][0]
    client.force_login(editor)
    url = reverse("decisions:item_themes_edit", args=[item.pk])
    page = client.get(url)
    assert page.status_code == 200
    checked = re.findall(r'<input[^>]*value="([\w-]+)"[^>]*checked', page.content.decode())
    assert checked == ["security"]
    response = client.post(url, {"themes": ["humanitarian", "sdg-16"]})
    assert response.status_code == 302
    assert sorted(item.themes.values_list("slug", flat=True)) == ["humanitarian", "sdg-16"]


def test_the_theme_form_names_its_item_without_an_arrow_against_arabic(client, editor, db):
    decision = make_decision(make_report("OIC/TH-AR/REP", language="fr"), number="7")
    item = make_item(decision, owner=make_body("th-sg", name_en="SG", name_ar="الأمين العام"))
    client.force_login(editor)
    url = reverse("decisions:item_themes_edit", args=[item.pk])
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert "<bdi>OIC/TH-AR/REP ¶7</bdi> · <bdi>الأمين العام</bdi></a>" in page
    assert "→" not in page


def test_an_unknown_theme_in_the_form_is_400(client, editor, tagged):
    item = tagged["items"][0]
    client.force_login(editor)
    response = client.post(reverse("decisions:item_themes_edit", args=[item.pk]), {"themes": "x"})
    assert response.status_code == 400
    assert list(item.themes.values_list("slug", flat=True)) == ["security"]


def test_only_editors_edit_themes(client, viewer, tagged):
    item = tagged["items"][0]
    url = reverse("decisions:item_themes_edit", args=[item.pk])
    assert client.get(url).status_code == 302
    focal = make_user("focal", groups=("focal points",))
    item.owner.focal_points.add(focal)
    for user in (viewer, focal):
        client.force_login(user)
        assert client.get(url).status_code == 403
        assert client.post(url, {"themes": ["sdg-1"]}).status_code == 403
    assert list(item.themes.values_list("slug", flat=True)) == ["security"]


@pytest.mark.django_db
def test_an_import_suggests_themes_on_new_items_and_a_reimport_keeps_an_editors_choice():
    text = MALI_REPORT.read_text(encoding="utf-8")
    importing.report_import(text=text, source_name=MALI_REPORT.name)
    heritage = ActionItem.objects.get(decision__number="xiii", owner__slug="isesco")
    assert "cultural-heritage" in set(heritage.themes.values_list("slug", flat=True))
    item_themes_set(item=heritage, slugs=[])
    importing.report_import(text=text, source_name=MALI_REPORT.name)
    assert not heritage.themes.exists()
