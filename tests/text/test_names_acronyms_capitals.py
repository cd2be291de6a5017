"""Names in French and English reports: an acronym a text defines after a name
stands for it later; an organisation's acronym before another's registered
name says whose body it is ("AU Member States"); a capital addressed alone is
its State's government; a long acronym written as a word is the body; a name
in capitals ends before "de + infinitive". Sentences written for these tests
after the structures of such texts, never copied from one."""

from __future__ import annotations

import pytest

from decisions.text.addressees import chunks
from decisions.text.bodies import index_of
from decisions.text.context import acronyms
from decisions.text.context import named as context_named
from decisions.text.folding import fold_text
from decisions.text.requests import extract, extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

FR = registry("fr")
EN = registry("en")


def named(text: str, reg, language: str) -> list[str]:
    return owners_named(text, reg, language)


# --------------------------------------------------------------------------
# An acronym defined after a name


def test_an_acronym_defined_after_a_name_stands_for_it_later():
    texts = [
        "Urges the Parties to respect the agreement signed between the Government of "
        "Niger (GoN) and the Northern Front (NF);",
        "Urges the GoN to protect civilians, and further urges the NF to release all prisoners;",
    ]
    found = extract_all(texts, EN, "en")
    assert [r.owner.slug if r.owner.registered else r.owner.name for r in found[1].requests] == [
        "niger",
        "NF",  # a name outside the registry: the acronym as written tells as much
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the Government of Niger (GoN) and", [("GoN", "Government of Niger")]),
        (
            "the Sudan Liberation Movement / Army (SLM/A)",
            [("SLM/A", "Sudan Liberation Movement / Army")],
        ),
        # Counter-examples: capitals that are no initials of the name, a year, a
        # name in lower case, a bracket after no word.
        ("the Northern Front (ECOWAS)", []),
        ("the agreement (2004)", []),
        ("la capacité de déploiement rapide (CDR)", []),
        ("signed in 2004 (GoN)", []),
    ],
)
def test_acronyms_are_read_only_after_their_names(text, expected):
    assert acronyms(text) == expected


def _definitions(n: int) -> str:
    unit = "the Government of Niger (GoN) and the Northern Front (NF), "
    return unit * max(1, n // len(unit))


def test_acronym_definitions_stay_linear():
    assert_linear(acronyms, _definitions, 20_000)


# --------------------------------------------------------------------------
# An organisation's acronym before another organisation's registered name


@pytest.mark.parametrize(
    "text, head, expected",
    [
        ("Calls upon AU Member States to act.", "", ["au-member-states"]),
        ("Calls upon ECOWAS Member States to act.", "", ["ecowas-member-states"]),
        # In a Security Council text, the bare name is the UN's; "AU" says whose.
        (
            "Calls upon AU Member States to act.",
            "United Nations Security Council, The Security Council,",
            ["au-member-states"],
        ),
        # Counter-examples: the registry's own name with its acronym, a bare name,
        # a text in capitals, and two bodies joined by "and".
        ("Calls upon OIC Member States to act.", "", ["member-states"]),
        ("Requests the AU Commission to report.", "", ["au-commission"]),
        (
            "Calls upon Member States to act.",
            "United Nations Security Council, The Security Council,",
            ["un-member-states"],
        ),
        ("Calls upon UNDP and UNICEF to act.", "", ["undp", "unicef"]),
    ],
)
def test_an_acronym_before_a_registered_name_says_whose_it_is(text, head, expected):
    (found,) = extract_all([text], EN, "en", head)
    assert [r.owner.slug if r.owner.registered else r.owner.name for r in found.requests] == (
        expected
    )


def _acronym_led(n: int) -> str:
    unit = "AU Member States, ECOWAS Member States and "
    return "Calls upon " + unit * max(1, n // len(unit)) + "UNDP to act."


def test_acronym_led_names_stay_linear():
    assert_linear(lambda text: extract(text, EN, "en"), _acronym_led, 20_000)


def test_acronyms_in_a_row_split_in_linear_time():
    # Hostile: every "AU" a registered name right before the next one (the
    # span's case was once read again for each of them: quadratic).
    index = index_of(EN)
    assert_linear(
        lambda span: chunks(span, fold_text(span), index, 0),
        lambda n: "AU " * max(1, n // 3) + "Member States",
        5_000,
    )


# --------------------------------------------------------------------------
# A capital addressed alone stands for its State's government


@pytest.mark.parametrize(
    "text, reg, language, expected",
    [
        ("Le Conseil a exhorté Téhéran à reprendre les négociations.", FR, "fr", ["iran"]),
        ("La Ligue a appelé Damas à cesser les violences.", FR, "fr", ["syria"]),
        ("The Council urged Khartoum to open the corridors.", EN, "en", ["sudan"]),
        ("Le Conseil exhorte Le Caire et Riyad à coopérer.", FR, "fr", ["egypt", "saudi-arabia"]),
        # Counter-examples: a capital named as a place, and a city that is no capital.
        (
            "Le Conseil demande au Secrétaire général de se rendre à Téhéran.",
            FR,
            "fr",
            ["secretary-general"],
        ),
        ("Le Conseil exhorte Kairo à coopérer.", FR, "fr", ["Kairo"]),
    ],
)
def test_a_capital_addressed_alone_is_its_state(text, reg, language, expected):
    assert named(text, reg, language) == expected


# --------------------------------------------------------------------------
# A long acronym written as a word; an impersonal "il" before a future


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le Conseil demande à la Cedeao de déployer une mission.", ["ecowas"]),
        ("Le Conseil invite l'Unicef à appuyer les écoles.", ["unicef"]),
        # Counter-examples: a three-letter acronym as a word, and a plain word.
        ("Le Conseil invite l'Onu à agir.", ["Onu"]),
        ("Le Conseil invite la Ligue des écoles à agir.", ["Ligue des écoles"]),
    ],
)
def test_a_long_acronym_written_as_a_word_is_the_body(text, expected):
    assert named(text, FR, "fr") == expected


def test_an_impersonal_il_before_a_future_names_no_body():
    text = "La Conférence a chargé le Comité de suivi d'agir. Il s'agira d'une mission de paix."
    assert named(text, FR, "fr") == ["Comité de suivi"]


def test_a_body_before_a_future_is_still_asked():
    # Counter-example: a name, not a pronoun, opens the sentence.
    text = "Le Comité de suivi présentera un rapport au Conseil."
    assert named(text, FR, "fr") == ["Comité de suivi"]


# --------------------------------------------------------------------------
# A French name does not run into "de + infinitive"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le Conseil prie la Commission de suivi de présenter un rapport.",
            ["Commission de suivi"],
        ),
        ("Prie le Groupe de contact de soumettre un rapport.", ["Groupe de contact"]),
        # Counter-examples: lower-case words after "de" that are no infinitive.
        (
            "Le Conseil établit la Commission de suivi de la transition.",
            ["Commission de suivi de la transition"],
        ),
        ("Le Conseil salue le Bureau de liaison de Kairo.", ["Bureau de liaison de Kairo"]),
    ],
)
def test_a_name_ends_before_de_and_an_infinitive(text, expected):
    assert [r.name for r in context_named(text)] == expected


def _names_and_infinitives(n: int) -> str:
    unit = "la Commission de suivi de présenter et le Groupe de contact de la paix, "
    return unit * max(1, n // len(unit))


def test_names_before_infinitives_stay_linear():
    assert_linear(context_named, _names_and_infinitives, 20_000)


def test_every_capital_in_the_table_resolves_to_a_registered_state():
    # A State renamed in the registry ("Turkey" -> "Türkiye") would silently
    # leave its capitals unread: the table is looked up by the English name.
    from decisions.text.capitals import _BY_STATE
    from decisions.text.states import state_organ_of

    unresolved = [
        capital
        for capitals in _BY_STATE.values()
        for capital in capitals
        if state_organ_of(capital, EN) is None
    ]
    assert unresolved == []


def _long_name_then_articles(n: int) -> str:
    # Capitalised words, the head noun last, then "of the" again and again: the
    # run must not be searched for its head at each article.
    k = max(1, n // 10)
    return "Aa " * k + "Committee" + " of the" * k


def test_a_long_name_with_its_head_late_stays_linear():
    assert_linear(context_named, _long_name_then_articles, 20_000)  # 20 kB, then 200 kB


def test_a_name_headed_before_an_article_still_goes_on_after_it():
    # Counter-check of the kept head flag: no head, no name across the article.
    assert [b.name for b in context_named("the Committee on the Single Currency")] == [
        "Committee on the Single Currency"
    ]
    assert [b.name for b in context_named("the Prosecutor of the Residual Mechanism")] == [
        "Residual Mechanism"
    ]
