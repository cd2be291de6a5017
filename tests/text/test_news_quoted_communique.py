"""A news page retelling a communiqué: the communiqué quoted in the first
person plural, a participle after a comma carrying a request, two speakers
named together, a request verb of the Arabic press ("حضّ"), and a page's scraps
before its first words. Sentences written for these tests, with counter-examples
(a person quoted, a journalist's own sentence) that ask nothing of anyone."""

from __future__ import annotations

import pytest

from decisions.text.clauses import acronym_speaker
from decisions.text.page_scraps import without_scraps
from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

EN, FR, AR = registry("en"), registry("fr"), registry("ar")
REGISTRIES = {"en": EN, "fr": FR, "ar": AR}


def owners(text: str, language: str) -> list[str]:
    found = extract(text, REGISTRIES[language], language).requests
    return [r.owner.slug or r.owner.name for r in found]


# -- the communiqué speaking in the first person plural


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # the text named as the speaker after the quotation closes
        (
            "“We urge all member States to step up their support,” the closing communiqué read.",
            "en",
            ["member-states"],
        ),
        (
            "« Nous exhortons les États membres à redoubler d'efforts », lit-on dans la "
            "déclaration finale.",
            "fr",
            ["member-states"],
        ),
        (
            "« Nous appelons les États membres à soutenir le fonds », a indiqué le communiqué.",
            "fr",
            ["member-states"],
        ),
        # ... or before it opens
        (
            "The declaration went on: “We call upon all member States to act.”",
            "en",
            ["member-states"],
        ),
        (
            "Le communiqué final précise : « Nous invitons les États membres à contribuer. »",
            "fr",
            ["member-states"],
        ),
        ('وتابع البيان "ندعو جميع الدول الأعضاء إلى دعم الصندوق".', "ar", ["member-states"]),
    ],
)
def test_the_communique_quoted_in_the_first_person_asks(text, language, expected):
    assert owners(text, language) == expected


def test_a_quotation_opened_after_the_body_s_own_verb_goes_on_in_its_words():
    text = (
        "The ministers deplored “the shelling of the camps. We call upon the member "
        "States and the African Union to help the displaced.”"
    )
    assert owners(text, "en") == ["member-states", "african-union"]


@pytest.mark.parametrize(
    "text, language",
    [
        # a person quoted, after or before the quotation
        ("“We urge all member States to step up their support,” the envoy told reporters.", "en"),
        ("“We urge all member States to help,” the minister said in the statement.", "en"),
        ("The envoy deplored “the shelling. We call upon all member States to help.”", "en"),
        ("« Nous appelons les États membres à agir », a déclaré le porte-parole.", "fr"),
        ('وقال المتحدث "ندعو جميع الدول الأعضاء إلى دعم الصندوق".', "ar"),
        # no quotation: a journalist's or a speaker's own words
        ("We urge all member States to read this report before the summit.", "en"),
        ("Nous appelons les États membres à lire ce rapport.", "fr"),
    ],
)
def test_a_person_quoted_in_the_first_person_is_no_request_of_the_body(text, language):
    assert owners(text, language) == []


# -- a participle after a comma


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Le Conseil a renouvelé son appui, appelant les parties belligérantes à respecter "
            "la trêve.",
            "fr",
            ["parties-belligerantes"],
        ),
        (
            "The ministers restated their support, urging all member States to contribute.",
            "en",
            ["member-states"],
        ),
        (
            "The Summit took note of the report, inviting the member States to comment.",
            "en",
            ["member-states"],
        ),
    ],
)
def test_a_participle_after_a_comma_carries_the_sentence_s_request(text, language, expected):
    assert owners(text, language) == expected


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le Conseil a salué le rapport, rappelant les efforts déployés par la Mission.", "fr"),
        ("Un texte appelant les parties belligérantes à respecter la trêve a circulé.", "fr"),
        ("The Council welcomed the report, asking questions about its scope.", "en"),
    ],
)
def test_a_participle_of_no_request_or_after_no_comma_asks_nobody(text, language):
    assert owners(text, language) == []


# -- two speakers named together


@pytest.mark.parametrize(
    "words",
    ["Le CPS et le Président de l’UA ont ", "The PSC and the Chairperson of the Commission have "],
)
def test_an_acronym_and_another_name_in_capitals_speak_together(words):
    assert acronym_speaker(words, 0, len(words))


@pytest.mark.parametrize("words", ["Le CPS et les parties ont ", "The PSC and its partners have "])
def test_an_acronym_and_a_common_noun_are_not_read_as_one_speaker(words):
    assert not acronym_speaker(words, 0, len(words))


NEWS_TWO_SPEAKERS = (
    "Addis-Abeba – Le CPS et la Présidente de la Commission ont tenu une réunion de "
    "consultation sur la situation dans la région des Grands Lacs.\n\n"
    "Le CPS et la Présidente de la Commission ont réaffirmé leur soutien aux efforts de "
    "médiation, appelant les groupes armés à déposer les armes sans condition.\n\n"
    "Les deux parties se sont quittées sur une note d'optimisme, selon un diplomate.\n"
)


def test_a_news_paragraph_of_two_speakers_is_read():
    texts = {p.number: p.text for p in parse_report(NEWS_TWO_SPEAKERS).paragraphs}
    asked = [
        t for t in texts.values() if t.startswith("Le CPS et la Présidente de la Commission ont r")
    ]
    assert asked and owners(asked[0], "fr") == ["armed-groups"]


# -- an Arabic request verb of the press


def test_hadda_urges_its_object():
    assert owners("وحضّ المجلس الدول الأعضاء على تقديم دعم عاجل للبعثة.", "ar") == ["member-states"]


def test_hadda_with_no_body_after_it_asks_nobody():
    assert owners("وحض المجلس على تقديم دعم عاجل للبعثة.", "ar") == []


# -- a page's scraps before its first words


@pytest.mark.parametrize(
    "text",
    [
        " date 2024-02-03 The Council urged all member States to act.",
        "date 2024-02 The Council urged all member States to act.",
        "[email protected] The Council urged all member States to act.",
    ],
)
def test_a_page_s_scraps_are_left_out_of_its_first_paragraph(text):
    assert without_scraps(text.strip()) == "The Council urged all member States to act."


def test_a_date_in_the_paragraph_s_own_words_stays():
    text = "The Council set the date 2024-02-03 for the elections and urged the parties to act."
    assert without_scraps(text) == text


def test_a_news_page_s_first_paragraph_opens_with_its_own_words():
    text = (
        " date 2024-02-03 “We urge all member States to step up their support,” the closing "
        "communiqué read.\n\n"
        "The ministers also welcomed the election of the new bureau of the committee.\n"
    )
    first = parse_report(text).paragraphs[0]
    assert first.text.startswith("“We urge all member States")


# -- bounded work


def _quoted_run(n: int) -> str:
    unit = "“We urge all member States to help the region and its people, "
    return "The ministers deplored " + unit * max(1, n // len(unit)) + "” the communiqué read."


def test_a_long_quotation_costs_work_linear_in_its_length():
    assert_linear(lambda text: extract(text, EN, "en"), _quoted_run, 30_000)


# -- a link to what came before, between the speaker and the body asked (Arabic)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ودعا المجلس في هذا الصدد الدول الأعضاء إلى دعم البعثة.", ["member-states"]),
        (
            "ودعا مجلس السلم والأمن الأفريقي في السياق ذاته الدول الأعضاء إلى دعم البعثة.",
            ["member-states"],
        ),
        ("وحثت الجامعة العربية من جهة أخرى الدول الأعضاء على دعم البعثة.", ["member-states"]),
    ],
)
def test_a_link_to_what_came_before_is_no_body_asked(text, expected):
    assert owners(text, "ar") == expected


def test_a_call_for_an_act_after_a_link_asks_nobody():
    assert owners("ودعا المجلس في هذا السياق إلى دعم البعثة.", "ar") == []


# -- what is asked, a noun after "à" (French)


def test_a_call_to_a_noun_ends_the_list_of_addressees():
    text = "Le Conseil a appelé les parties à un cessez-le-feu, afin d'éviter les pertes."
    assert owners(text, "fr") == ["parties"]


def test_a_name_holding_a_noun_after_a_is_kept_whole():
    text = "Le Conseil a invité le Comité de réponse à une crise à se réunir."
    assert owners(text, "fr") == ["comite-de-reponse-a-une-crise"]


# -- a phrase of time between commas among the bodies asked


@pytest.mark.parametrize(
    "text, language",
    [
        ("حثت المنظمة الدول الأعضاء، اليوم الثلاثاء، على دعم البعثة.", "ar"),
        ("حثت المنظمة الدول الأعضاء، الخميس، على دعم البعثة.", "ar"),
        ("The Council urged member States, on Friday, to support the mission.", "en"),
        ("Le Conseil a exhorté les États membres, jeudi, à soutenir la mission.", "fr"),
    ],
)
def test_a_phrase_of_time_between_commas_is_no_body_asked(text, language):
    assert owners(text, language) == ["member-states"]


def test_a_body_named_after_a_day_stays_a_body():
    text = "حثت المنظمة الدول الأعضاء ولجنة اليوم العالمي على دعم البعثة."
    assert len(owners(text, "ar")) == 2
