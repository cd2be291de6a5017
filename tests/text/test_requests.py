"""decisions.text.requests: a paragraph -> who is asked to do what, with whom, by when."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from decisions.text.paragraphs import decode_report, parse_report
from decisions.text.requests import extract
from tests.text.helpers import REGISTRY, REPORT_PATH, owners, request_for


@pytest.fixture(scope="module")
def paragraphs() -> dict[str, str]:
    report = parse_report(decode_report(REPORT_PATH.read_bytes()))
    return {p.number: p.text for p in report.paragraphs}


# --------------------------------------------------------------------------
# The shared report


@pytest.mark.parametrize("number", ["i", "ii", "vii"])
def test_statements_make_no_request(paragraphs, number):
    result = extract(paragraphs[number], REGISTRY)
    assert (result.kind, result.requests) == ("statement", ())


def test_a_call_for_something_with_no_addressee_is_not_a_request(paragraphs):
    # iv ends "Elle a appelé à la cessation des affrontements à Kidal."
    assert extract(paragraphs["iv"], REGISTRY).kind == "statement"


def test_x_asks_member_states_oic_financial_institutions_and_isdb(paragraphs):
    assert owners(paragraphs["x"]) == ["member-states", "oic-financial-institutions", "isdb"]


def test_x_merges_the_two_requests_to_the_same_bodies_into_one(paragraphs):
    request = request_for(paragraphs["x"], "isdb")
    assert request.summary.startswith("La Réunion a demandé aux États membres")
    assert request.summary.endswith("Elle leur a également demandé de contribuer massivement "
                                     "au développement socio-économique du Mali.")  # fmt: skip


def test_xi_resolves_the_pronoun_to_member_states_then_asks_the_secretary_general(paragraphs):
    result = extract(paragraphs["xi"], REGISTRY)
    assert result.kind == "request"
    assert [r.owner.slug for r in result.requests] == ["member-states", "secretary-general"]


def test_xii_asks_only_the_bodies_before_the_infinitive(paragraphs):
    assert owners(paragraphs["xii"]) == ["member-states", "oic-institutions", "islamic-ngos"]


def test_xiii_gives_unesco_as_partner_not_owner(paragraphs):
    result = extract(paragraphs["xiii"], REGISTRY)
    assert [(r.owner.slug, [p.slug for p in r.partners]) for r in result.requests] == [
        ("isesco", ["unesco"]),
        ("ircica", ["unesco"]),
    ]


def test_xiv_asks_the_secretary_general_as_soon_as_possible(paragraphs):
    result = extract(paragraphs["xiv"], REGISTRY)
    assert [r.owner.slug for r in result.requests] == ["secretary-general"]
    assert (result.requests[0].due_text, result.requests[0].due_date) == (
        "le plus tôt possible",
        None,
    )


def test_ix_takes_its_due_date_from_the_previous_sentence(paragraphs):
    (request,) = extract(paragraphs["ix"], REGISTRY).requests
    assert request.owner.slug == "member-states"
    assert request.due_date == dt.date(2017, 12, 16)
    assert request.due_text == "16 décembre 2017"


def test_iii_asks_the_malian_signatory_parties(paragraphs):
    assert owners(paragraphs["iii"]) == ["malian-signatory-parties"]


def test_vi_asks_armed_groups_and_names_unregistered_addressees(paragraphs):
    result = extract(paragraphs["vi"], REGISTRY)
    refs = [r.owner for r in result.requests]
    assert refs[0].slug == "armed-groups" and refs[0].registered
    unregistered = [ref for ref in refs if not ref.registered]
    assert "auteurs-de-troubles" in [ref.slug for ref in unregistered]
    assert "Auteurs de troubles" in [ref.name for ref in unregistered]
    assert (
        "paragraph text mentions an addressee not in the registry: 'Auteurs de troubles'"
        in result.warnings
    )


def test_vi_ignores_the_may_2014_ceasefire_as_a_due_date(paragraphs):
    assert all(r.due_date is None for r in extract(paragraphs["vi"], REGISTRY).requests)


def test_every_registered_owner_uses_the_registry_display_name(paragraphs):
    (request,) = extract(paragraphs["xiv"], REGISTRY).requests
    assert request.owner.name == "Secrétaire général"


# --------------------------------------------------------------------------
# English and other forms


def test_english_request_with_a_deadline():
    (request,) = extract(
        "REQUESTS the Secretary-General to submit a report by 31 March 2018;", REGISTRY, "en"
    ).requests
    assert (request.owner.slug, request.due_date) == ("secretary-general", dt.date(2018, 3, 31))
    assert request.due_text == "by 31 March 2018"


def test_english_request_to_two_bodies():
    text = "Urges Member States and the Islamic Development Bank to contribute to the fund."
    assert owners(text) == ["member-states", "isdb"]


def test_english_partner_in_cooperation_with():
    text = (
        "Further calls upon the OIC institutions, in cooperation with UNESCO, "
        "to protect the manuscripts."
    )
    (request,) = extract(text, REGISTRY, "en").requests
    assert request.owner.slug == "oic-institutions"
    assert [p.slug for p in request.partners] == ["unesco"]


def test_english_pronoun_them_refers_to_the_bodies_named_before():
    text = "The Meeting welcomed the support of Member States and urged them to continue it."
    assert owners(text) == ["member-states"]


def test_a_present_tense_french_request():
    assert owners("DEMANDE au Secrétaire général de faire rapport.") == ["secretary-general"]


def test_a_request_without_an_infinitive_keeps_only_registered_bodies():
    assert owners("La Réunion a demandé aux États membres leur appui.") == ["member-states"]


def test_a_relative_clause_inside_the_addressees_is_dropped():
    text = (
        "La Réunion a exhorté les groupes armés, qui ont signé l'accord, "
        "à respecter le cessez-le-feu."
    )
    result = extract(text, REGISTRY)
    assert [r.owner.slug for r in result.requests] == ["armed-groups"]
    assert result.warnings == ()


def test_an_unregistered_partner_is_kept_with_a_warning():
    text = "La Réunion a demandé aux États membres, en coordination avec la Croix-Rouge, d'agir."
    result = extract(text, REGISTRY)
    (request,) = result.requests
    assert [(p.slug, p.registered) for p in request.partners] == [("croix-rouge", False)]
    assert any("partner not in the registry" in w for w in result.warnings)


def test_an_unresolvable_pronoun_gives_a_warning_not_an_owner():
    result = extract("Elle leur a demandé de contribuer.", REGISTRY)
    assert result.kind == "statement"
    assert any("pronoun" in w for w in result.warnings)


def test_a_deadline_phrase_wins_over_a_date():
    text = (
        "La Réunion a prié le Secrétaire général de présenter sans délai "
        "le rapport du 1er mars 2018."
    )
    request = request_for(text, "secretary-general")
    assert (request.due_text, request.due_date) == ("sans délai", dt.date(2018, 3, 1))


def test_a_month_year_deadline_means_the_last_day_of_the_month():
    request = request_for(
        "Requests the Secretary-General to report before the end of February 2020.",
        "secretary-general",
    )
    assert request.due_date == dt.date(2020, 2, 29)


# --------------------------------------------------------------------------
# Robustness

SNIPPETS = [
    "La Réunion a demandé aux États membres de contribuer.",
    "Elle leur a également demandé",
    "les ont vivement invités à",
    "REQUESTS the Secretary-General to",
    "en collaboration avec l'UNESCO,",
    "in cooperation with",
    " et ",
    ", qui ",
    "le 16 décembre 2017",
    "d'ici fin mars 2018",
    "le plus tôt possible",
    "calls upon them",
    "à l'ISESCO et à l'IRCICA pour prendre",
]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_extract_never_raises_on_any_text(text):
    result = extract(text, REGISTRY)
    assert result.kind in {"request", "statement"}
    assert (result.kind == "request") == bool(result.requests)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SNIPPETS) | st.text(max_size=15), max_size=12))
def test_extract_never_raises_on_paragraph_like_text(parts):
    result = extract(" ".join(parts), REGISTRY, "en")
    slugs = [r.owner.slug for r in result.requests]
    assert len(slugs) == len(set(slugs))
