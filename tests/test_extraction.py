from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from decisions.extraction import RegistryEntry, extract, find_dates
from decisions.parsing import decode_report, parse_report

ROOT = Path(__file__).resolve().parent.parent
BODIES_PATH = ROOT / "fixtures" / "bodies.json"
REPORT_PATH = ROOT / "fixtures" / "reports" / "OIC-ACM-2017-MALI-REP.fr.md"
NAME_FIELDS = ("name_en", "name_fr", "name_ar", "acronym_en", "acronym_fr", "acronym_ar")
KINDS = {
    "member_states",
    "oic_organ",
    "oic_institution",
    "external_partner",
    "national_government",
    "non_state_party",
    "group",
}


def load_bodies() -> list[dict]:
    return json.loads(BODIES_PATH.read_text(encoding="utf-8"))


def registry(language: str = "fr") -> list[RegistryEntry]:
    entries = []
    for body in load_bodies():
        names = [body[f] for f in NAME_FIELDS] + body["aliases"]
        entries.append(
            RegistryEntry(
                slug=body["slug"],
                name=body[f"name_{language}"] or body["name_en"],
                aliases=tuple(n for n in names if n),
            )
        )
    return entries


REGISTRY = registry()


@pytest.fixture(scope="module")
def paragraphs() -> dict[str, str]:
    report = parse_report(decode_report(REPORT_PATH.read_bytes()))
    return {p.number: p.text for p in report.paragraphs}


def owners(text: str) -> list[str]:
    return [r.owner.slug for r in extract(text, REGISTRY).requests]


def request_for(text: str, slug: str):
    (found,) = [r for r in extract(text, REGISTRY).requests if r.owner.slug == slug]
    return found


# --------------------------------------------------------------------------
# The body registry


def test_every_body_has_exactly_the_registry_keys():
    keys = {"slug", "kind", "parent", *NAME_FIELDS, "aliases"}
    assert all(set(body) == keys for body in load_bodies())


def test_every_body_has_a_known_kind():
    assert {body["kind"] for body in load_bodies()} <= KINDS


def test_slugs_are_unique():
    slugs = [body["slug"] for body in load_bodies()]
    assert len(slugs) == len(set(slugs))


def test_parents_are_listed_before_their_children():
    seen: set[str] = set()
    for body in load_bodies():
        assert body["parent"] is None or body["parent"] in seen, body["slug"]
        seen.add(body["slug"])


def test_every_body_has_english_french_and_arabic_names():
    for body in load_bodies():
        assert body["name_en"] and body["name_fr"], body["slug"]
        assert any("\u0600" <= ch <= "\u06ff" for ch in body["name_ar"]), body["slug"]


def test_the_registry_holds_the_bodies_the_reports_address():
    expected = {
        "member-states", "secretary-general", "general-secretariat", "oic",
        "oic-financial-institutions", "isdb", "oic-institutions", "isesco", "ircica",
        "islamic-ngos", "government-of-mali", "malian-signatory-parties", "armed-groups",
        "unesco", "united-nations", "un-security-council", "african-union",
        "contact-group-members", "host-countries",
    }  # fmt: skip
    assert expected <= {body["slug"] for body in load_bodies()}


def test_isdb_sits_under_the_oic_financial_institutions():
    (isdb,) = [b for b in load_bodies() if b["slug"] == "isdb"]
    assert isdb["parent"] == "oic-financial-institutions"


def test_no_name_belongs_to_two_bodies():
    def key(name: str) -> str:
        decomposed = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
        return " ".join(plain.replace("-", " ").split()) if plain.isupper() else plain.lower()

    owner: dict[str, str] = {}
    for body in load_bodies():
        for name in {key(n) for n in [body[f] for f in NAME_FIELDS] + body["aliases"] if n}:
            assert owner.setdefault(name, body["slug"]) == body["slug"], name


def test_isesco_is_known_by_its_old_and_new_acronyms():
    (isesco,) = [b for b in load_bodies() if b["slug"] == "isesco"]
    names = [isesco[f] for f in NAME_FIELDS] + isesco["aliases"]
    assert "ISESCO" in names and "ICESCO" in names


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


def test_a_noun_that_looks_like_a_verb_is_not_a_request():
    assert (
        extract("Takes note of the requests of the Government of Mali.", REGISTRY).kind
        == "statement"
    )


def test_a_present_tense_french_request():
    assert owners("DEMANDE au Secrétaire général de faire rapport.") == ["secretary-general"]


def test_a_participle_used_as_an_adjective_is_not_a_request():
    text = "La Réunion a salué la mission chargée de l'évaluation des besoins."
    assert extract(text, REGISTRY).kind == "statement"


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


def test_a_registered_acronym_does_not_match_a_common_word():
    # "AU" is the African Union; "au" is a French preposition.
    assert owners("La Réunion a demandé au Gouvernement malien de poursuivre.") == [
        "government-of-mali"
    ]


def test_the_oic_inside_a_longer_name_is_not_the_oic_itself():
    assert owners("Invites the relevant OIC institutions to act.") == ["oic-institutions"]


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


def test_two_owners_in_one_sentence_get_their_own_clause_as_summary():
    text = "Requests Member States to contribute and requests the Secretary-General to report."
    result = extract(text, REGISTRY)
    assert [r.summary for r in result.requests] == [
        "Requests Member States to contribute",
        "requests the Secretary-General to report.",
    ]


def test_a_registry_passed_as_any_sequence_works():
    entries = (RegistryEntry("member-states", "Member States", ("États membres",)),)
    assert [r.owner.slug for r in extract("Urges Member States to act.", entries).requests] == [
        "member-states"
    ]


# --------------------------------------------------------------------------
# Dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le 16 décembre 2017 à Bruxelles", (dt.date(2017, 12, 16), "16 décembre 2017")),
        ("le 1er mars 2018", (dt.date(2018, 3, 1), "1er mars 2018")),
        ("le 20 Septembre, 2017 en marge", (dt.date(2017, 9, 20), "20 Septembre, 2017")),
        ("on December 16, 2017.", (dt.date(2017, 12, 16), "December 16, 2017")),
        ("on 16 December 2017.", (dt.date(2017, 12, 16), "16 December 2017")),
        ("on 2017-12-16.", (dt.date(2017, 12, 16), "2017-12-16")),
        ("d'ici fin mars 2018", (dt.date(2018, 3, 31), "mars 2018")),
        ("avant février 2019", (dt.date(2019, 2, 28), "février 2019")),
        ("no later than March 2018", (dt.date(2018, 3, 31), "March 2018")),
        ("by the end of June 2018", (dt.date(2018, 6, 30), "June 2018")),
    ],
)
def test_find_dates_reads_french_english_and_iso_dates(text, expected):
    assert find_dates(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "la résolution 2374 (2017) du Conseil",
        "le cessez-le-feu de mai 2014",
        "in March 2018",
        "le 31 février 2018",
        "2017-13-45",
    ],
)
def test_find_dates_ignores_what_is_not_a_date(text):
    assert find_dates(text) == []


def test_find_dates_lists_dates_in_order():
    assert [d for d, _ in find_dates("Du 2 mars 2018 au 2018-01-05.")] == [
        dt.date(2018, 3, 2),
        dt.date(2018, 1, 5),
    ]


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


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_find_dates_never_raises(text):
    assert all(isinstance(d, dt.date) for d, _ in find_dates(text))
