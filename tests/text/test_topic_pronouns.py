"""A news page retelling a communiqué topic by topic: "En ce qui concerne le
retrait des trois pays de X, la Conférence les exhorte à ...", "As for the
countries of X, the Summit urged them to ...". The object pronoun stands for
the group the topic names, not for the organisation the topic mentions on the
way; and the body after the topic's comma is the one that speaks. Sentences
written for these tests."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

FR = registry("fr")
EN = registry("en")


def test_the_pronoun_after_a_topic_is_the_group_it_names():
    text = (
        "En ce qui concerne le retrait des trois pays de l’Alliance des Etats du Sahel "
        "de la CEDEAO, la conférence des chefs d’Etat les exhorte à reconsidérer leur décision."
    )
    assert owners_named(text, FR) == ["Pays de l’Alliance des Etats du Sahel"]
    text = "S'agissant des parties soudanaises, le Conseil les appelle à reprendre le dialogue."
    assert owners_named(text, FR) == ["Parties soudanaises"]
    text = "As for the countries of the Sahel Alliance, the Summit urged them to reconsider."
    assert owners_named(text, EN) == ["Countries of the Sahel Alliance"]


def test_counter_example_a_topic_naming_no_group_leaves_the_pronoun_as_before():
    text = "Concernant la situation au Mali, le Conseil l'exhorte à reprendre le dialogue."
    assert owners_named(text, FR) == ["mali"]


def test_a_news_page_whose_only_request_follows_a_topic_is_read():
    page = (
        "Les chefs d’État de la région se sont réunis samedi à Abuja en sommet extraordinaire.\n"
        "En ce qui concerne le retrait des pays de l’Alliance des Etats du Sahel, "
        "la conférence des chefs d’Etat les exhorte à reconsidérer leur décision.\n"
    )
    report = parse_report(page)
    assert report.paragraphs[-1].text.startswith("En ce qui concerne")


def _long(n: int) -> str:
    return (
        "En ce qui concerne le retrait des pays de l’Alliance"
        + " des Etats du Sahel" * n
        + ", la Conférence les exhorte à reconsidérer leur décision."
    )


def test_reading_a_topic_grows_linearly():
    assert_linear(lambda t: owners_named(t, FR), _long, 100)
