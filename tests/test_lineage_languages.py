"""Renewals across languages: a French report, then an English one that
renews its requests with the same owners. Trigrams share almost nothing
across languages; the concepts, places and amounts both name do, and a
version in the later report's language is compared like with like."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from decisions.lineage import matching, renewals
from decisions.models import DecisionTranslation, RenewalLink, Report
from tests.factory import make_body, make_decision, make_item, make_report

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data" / "lineage" / "languages"
FR_2017 = DATA / "OIC-XL-2017-REP.fr.md"
EN_2018 = DATA / "OIC-XL-2018-REP.en.md"


def import_file(path: Path, *args: str) -> str:
    out = StringIO()
    call_command("import_report", str(path), *args, stdout=out)
    return out.getvalue()


def renews_by_paragraph(data: dict) -> dict[str, list[str]]:
    return {
        d["number"]: [r["number"] for i in d["action_items"] for r in i["renews"]]
        for d in data["decisions"]
    }


def test_an_english_report_renewing_a_french_one_is_proposed_in_the_dry_run():
    import_file(FR_2017)
    data = json.loads(import_file(EN_2018, "--dry-run", "--format", "json"))
    assert renews_by_paragraph(data) == {"i": ["i"], "ii": ["iii"], "iii": []}
    first = data["decisions"][0]["action_items"][0]["renews"][0]
    assert first["signals"]["languages"] == "fr→en"
    assert {"trust-fund", "place:timbuktu"} <= set(first["signals"]["concepts"])
    assert first["signals"]["owner"] == 1.0


def test_importing_it_proposes_the_links_with_their_signals():
    import_file(FR_2017)
    import_file(EN_2018)
    pairs = {
        (link.later_item.decision.number, link.earlier_item.decision.number)
        for link in RenewalLink.objects.with_items()
    }
    assert pairs == {("i", "i"), ("ii", "iii")}
    link = RenewalLink.objects.with_items().get(later_item__decision__number="i")
    assert "manuscripts" in link.signals["concepts"]
    assert "wording" not in link.signals  # no version in one language to compare


def test_importing_the_french_after_the_english_proposes_the_same_links():
    import_file(EN_2018)
    import_file(FR_2017)
    assert RenewalLink.objects.count() == 2


def dated(symbol: str, language: str, year: int):
    import datetime

    return make_report(symbol, language=language, date=datetime.date(year, 9, 20))


def test_a_same_owner_request_asking_something_else_is_not_proposed():
    owner = make_body("gs")
    fr = dated("OIC/XF-1/REP", "fr", 2017)
    en = dated("OIC/XF-2/REP", "en", 2018)
    make_item(
        make_decision(fr, text="x"),
        owner=owner,
        summary="envoyer à Gao une mission d'évaluation des besoins pour la reconstruction",
    )
    make_item(
        make_decision(en, text="y"),
        owner=owner,
        summary="establish a trust fund for the manuscripts of Gao",
    )
    assert renewals.renewals_propose(report=en) == {}


def test_the_same_ask_of_another_body_is_not_a_renewal():
    fr = dated("OIC/XF-3/REP", "fr", 2017)
    en = dated("OIC/XF-4/REP", "en", 2018)
    make_item(make_decision(fr), owner=make_body("a"), summary="fonds d'affectation spéciale")
    make_item(make_decision(en), owner=make_body("b"), summary="trust fund")
    assert renewals.renewals_propose(report=en) == {}


def test_a_version_in_the_later_language_is_compared_like_with_like():
    owner = make_body("gs")
    fr = dated("OIC/XF-5/REP", "fr", 2017)
    en = dated("OIC/XF-6/REP", "en", 2018)
    wording = "The Meeting requested the Secretary General to report on the situation of"
    earlier = make_decision(fr, text="La Réunion a demandé au Secrétaire général ...")
    DecisionTranslation.objects.create(
        decision=earlier, language="en", text=wording + " the Member States concerned."
    )
    make_item(earlier, owner=owner, summary="faire rapport sur la situation")
    make_item(
        make_decision(en, text=wording + " the concerned Member States."),
        owner=owner,
        summary="report on the situation",
    )
    proposals = renewals.renewals_propose(report=en)
    [(_, [proposal])] = proposals.items()
    assert proposal.signals["compared_in"] == "en"
    assert proposal.signals["wording"] > 0.9


def test_same_language_pairs_keep_their_signals_as_before():
    owner = make_body("gs")
    a = dated("OIC/XF-7/REP", "fr", 2017)
    b = dated("OIC/XF-8/REP", "fr", 2018)
    text = "La Réunion a demandé au Secrétaire général de créer un fonds d'affectation spéciale"
    make_item(make_decision(a, text=text), owner=owner, summary=text)
    make_item(make_decision(b, text=text), owner=owner, summary=text)
    [(_, [proposal])] = renewals.renewals_propose(report=b).items()
    assert set(proposal.signals) == {"wording", "owner", "renewal_words", "cites"}


def test_probes_carry_their_language_and_versions():
    import_file(FR_2017)
    probes = matching._probes_of_report(Report.objects.get())
    assert {p.language for p in probes} == {"fr"}
    assert probes[0].version("fr") == probes[0].paragraph
    assert probes[0].version("en") == ""


def test_the_queue_shows_the_concepts_that_matched(client):
    from django.urls import reverse

    from tests.factory import make_user

    import_file(FR_2017)
    import_file(EN_2018)
    client.force_login(make_user("rania", groups=("editors",)))
    html = client.get(reverse("decisions:renewal_queue")).content.decode()
    assert "fr→en" in html and "no common version" in html
    # The two reports ask in the same order: the order signal shows beside the owner.
    concepts = "concepts: <bdi>manuscript, restoration, trust fund, Timbuktu</bdi>"
    assert f"same owner · order kept · {concepts}" in html


def test_the_review_before_import_shows_them_too(client):
    from django.urls import reverse

    from decisions.models import ImportDraft
    from tests.factory import make_user

    import_file(FR_2017)
    client.force_login(make_user("rania", groups=("importers", "editors")))
    response = client.post(reverse("decisions:intake_new"), {"text": EN_2018.read_text("utf-8")})
    assert response.status_code == 302
    html = client.get(ImportDraft.objects.get().get_absolute_url()).content.decode()
    assert "concepts: <bdi>manuscript, restoration, trust fund, Timbuktu</bdi>" in html


def test_the_owners_name_alone_does_not_make_two_asks_alike():
    """Two requests to the UN Secretary-General share his long name and the
    verb: once the name is left out, a meeting and a report differ."""
    owner = make_body(
        "un-sg-body", name_en="Secretary-General of the United Nations", acronym_en="UNSG"
    )
    a = dated("A/RES/1", "en", 2018)
    b = dated("A/RES/2", "en", 2020)
    lead = "Requests the Secretary-General of the United Nations to "
    make_item(
        make_decision(a, text="x"),
        owner=owner,
        summary=lead + "submit to the General Assembly a report on the present resolution",
    )
    make_item(
        make_decision(b, text="y"),
        owner=owner,
        summary=lead + "convene in 2021 a general meeting between the two organizations",
    )
    assert renewals.renewals_propose(report=b) == {}


def test_a_concept_in_the_owners_name_is_not_an_ask_shared():
    """The Islamic Organisation for Food Security is named in each of its
    requests: food security is then its name, not what it is asked."""
    owner = make_body(
        "food-security-body",
        name_en="Islamic Organisation for Food Security",
        name_fr="Organisation islamique pour la sécurité alimentaire",
        name_ar="المنظمة الإسلامية للأمن الغذائي",
    )
    fr = dated("OIC/XF-9/REP", "fr", 2018)
    ar = dated("OIC/XF-10/REP", "ar", 2019)
    make_item(
        make_decision(fr, text="x"),
        owner=owner,
        summary="Demande à l'Organisation islamique pour la sécurité alimentaire "
        "d'élaborer une étude sur le commerce",
    )
    make_item(
        make_decision(ar, text="y"),
        owner=owner,
        summary="يطلب من المنظمة الإسلامية للأمن الغذائي عقد اجتماع لوزراء الزراعة",
    )
    assert renewals.renewals_propose(report=ar) == {}


def test_the_same_ask_of_the_same_owner_across_languages_is_proposed():
    owner = make_body(
        "solidarity-body", name_en="Islamic Solidarity Fund", name_ar="صندوق التضامن الإسلامي"
    )
    ar = dated("OIC/XF-11/REP", "ar", 2020)
    en = dated("OIC/XF-12/REP", "en", 2021)
    make_item(
        make_decision(ar, text="x"),
        owner=owner,
        summary="طلب الاجتماع من صندوق التضامن الإسلامي دعم الجامعات الصومالية وتجهيز مكتباتها",
    )
    make_item(
        make_decision(en, text="y"),
        owner=owner,
        summary="requested the Islamic Solidarity Fund to support Somali universities "
        "and to equip their libraries",
    )
    [(_, [proposal])] = renewals.renewals_propose(report=en).items()
    assert {"universities", "libraries", "place:somalia"} <= set(proposal.signals["concepts"])


def _pairs(proposals: dict) -> set[tuple[str, str]]:
    return {(key[0], p.earlier.decision.number) for key, found in proposals.items() for p in found}


def test_one_later_request_takes_one_earlier_request_of_a_report():
    """A report and a conference, both on reconciliation in Niamey, were
    asked of one owner; the next report asks both again, in another order,
    and a third request on reconciliation asks something new. Each later
    request takes the earlier one it shares most with, once."""
    owner = make_body("commission-x", name_en="Commission X", name_fr="Commission X")
    en = dated("PSC/X/1", "en", 2022)
    fr = dated("PSC/X/2", "fr", 2023)
    make_item(
        make_decision(en, number="3", text="a"),
        owner=owner,
        summary="convene the national reconciliation conference in Niamey",
    )
    make_item(
        make_decision(en, number="10", text="b"),
        owner=owner,
        summary="submit a report on national reconciliation in Niamey and on the conference",
    )
    make_item(
        make_decision(fr, number="1", text="c"),
        owner=owner,
        summary="soumettre un rapport sur la réconciliation nationale à Niamey "
        "et sur la conférence",
    )
    make_item(
        make_decision(fr, number="2", text="d"),
        owner=owner,
        summary="convoquer la conférence de réconciliation nationale à Niamey",
    )
    found = renewals.renewals_propose(report=fr)
    assert _pairs(found) == {("1", "10"), ("2", "3")}
    assert RenewalLink.objects.count() == 2


def test_a_different_ask_of_one_kind_is_shown_and_not_proposed():
    """Polio vaccination and COVID-19 vaccines in Afghanistan, asked of one
    owner: health and the place are shared, the diseases differ."""
    owner = make_body("health-body", name_en="Health Body", name_fr="Organisme de santé")
    fr = dated("OIC/XF-13/REP", "fr", 2021)
    en = dated("OIC/XF-14/REP", "en", 2022)
    make_item(
        make_decision(fr, text="x"),
        owner=owner,
        summary="fournir à la population afghane des vaccins contre la COVID-19",
    )
    make_item(
        make_decision(en, text="y"),
        owner=owner,
        summary="work on polio vaccination campaigns in Afghanistan",
    )
    assert renewals.renewals_propose(report=en) == {}
    matching.RENEWAL_THRESHOLD, old = 0.0, matching.RENEWAL_THRESHOLD
    try:
        [(_, [proposal])] = renewals.renewals_propose(report=en).items()
    finally:
        matching.RENEWAL_THRESHOLD = old
    assert proposal.signals["differs"] == [[["pandemic"], ["polio"]]]
    assert proposal.signals["concepts"] == ["health", "place:afghanistan"]


def test_the_signals_show_the_asks_that_differ_in_the_readers_language():
    from django.template.loader import render_to_string
    from django.utils import translation

    signals = {
        "languages": "fr→en",
        "concept_overlap": 0.3,
        "concepts": ["health", "place:afghanistan"],
        "differs": [[["pandemic"], ["polio"]]],
        "owner": 1.0,
    }
    with translation.override("fr"):
        html = render_to_string("decisions/lineage/_signals.html", {"signals": signals})
    assert "diffère : <bdi>pandémie / poliomyélite</bdi>" in html
    with translation.override("en"):
        html = render_to_string("decisions/lineage/_signals.html", {"signals": signals})
    assert "differs: <bdi>pandemic / polio</bdi>" in html
    # A malformed value (a hand-edited row) shows nothing rather than failing.
    signals["differs"] = ["x", [1]]
    assert "differs: <bdi></bdi>" in render_to_string(
        "decisions/lineage/_signals.html", {"signals": signals}
    )
