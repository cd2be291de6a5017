"""Three French readings of resolutions and news reports.

A speaker's words reported before a verb in the future ("X a indiqué que
l'Organisation renforcera ...", "He said that the Committee shall meet ..."):
a forecast or commitment retold, no body asked; the future opening the sentence
with the body ("Le Secrétariat général fournira ...") still asks it. Nor does
taking part in an event foretold ("X et l'Union africaine participeront à cette
mission"); taking part in a task ("participera à la préparation de ...") does.
A body's name quoted, then the city where it sits ("INVITE le « Centre de
veille contre X » de Dakar à ..."): the name inside the marks; other words
after them ("« Groupe des amis » du Niger") keep the name as written.
The OIC's subsidiary organs ("l'OCI et ses organes subsidiaires", "les organes
subsidiaires de l'OCI"): the registry's OIC institutions; another body's
("le Conseil de sécurité et ses organes subsidiaires") stay as written.
Texts written for these tests."""

from __future__ import annotations

from tests.formats.hostile import assert_linear
from tests.text.helpers import page_owners, registry

FR = registry("fr")
EN = registry("en")


def owners(page: str, language: str = "fr") -> list[list[str]]:
    return page_owners(page, language, names=True)


def test_a_reported_future_asks_nobody():
    page = (
        "La Conférence a appelé le Niger à libérer les détenus.\n\n"
        "Amadou Sall a également indiqué que l'Organisation renforcera son appui aux "
        "réfugiés.\n"
    )
    assert owners(page) == [["Niger"], []]


def test_the_future_opening_the_sentence_still_asks():
    # Counter-example: the body opens the sentence, no speaker is reported.
    page = "Le Comité de suivi se réunira chaque trimestre.\n"
    assert owners(page) == [["Comité de suivi"]]


def test_taking_part_in_an_event_asks_nobody():
    page = (
        "Le Conseil a chargé la Commission de préparer la mission.\n\n"
        "Le Représentant spécial pour la région, ainsi que l'Union africaine participeront "
        "à cette mission.\n\n"
        "Le Comité de suivi participera à la préparation du rapport.\n"
    )
    found = owners(page)
    assert found[1] == []
    assert found[2] == ["Comité de suivi"]  # counter-example: a task, not an event


def test_a_quoted_name_without_its_city():
    page = (
        "INVITE le « Centre de veille contre la désertification » de Dakar à apporter "
        "son appui technique.\n"
    )
    assert owners(page) == [["Centre de veille contre la désertification"]]


def test_other_words_after_a_quoted_name_keep_it_as_written():
    # Counter-example: "du Niger" is part of what the group is, not where it sits.
    page = "INVITE le « Groupe des amis » du Niger à apporter son appui.\n"
    assert owners(page) == [["« Groupe des amis » du Niger"]]


def test_the_oic_subsidiary_organs():
    page = (
        "APPELLE les Etats membres, l’OCI et ses organes subsidiaires à apporter une aide.\n\n"
        "DEMANDE aux organes subsidiaires de l'OCI de faire rapport.\n"
    )
    assert [[n.casefold() for n in o] for o in owners(page)] == [
        ["états membres", "organisation de la coopération islamique", "institutions de l'oci"],
        ["institutions de l'oci"],
    ]


def test_another_bodys_subsidiary_organs_stay_as_written():
    page = "PRIE le Conseil de sécurité et ses organes subsidiaires de fournir une aide.\n"
    assert owners(page)[0][1] == "Organes subsidiaires"


def test_long_texts_stay_linear():
    assert_linear(
        lambda t: owners(t),
        lambda n: (
            "Amadou Sall a indiqué que " + "l'Organisation et " * n + "le Comité renforcera "
            "son appui.\n\nINVITE le « Centre " + "de veille " * n + "» de Dakar à agir.\n"
        ),
        20,
    )
