"""Organs the registry holds under their organisation (fixtures/bodies.json):
the SADC Secretariat and its Executive Secretary, the Islamic Development
Bank's Board of Executive Directors and its President, and the IsDB's Islamic
Solidarity Fund for Development (ISFD, "FSID" in French), which is not the
OIC's Islamic Solidarity Fund; and a bare "Secretariat" in a text another
organisation issues, which is that organisation's (when the registry holds it)
or left for review, never the OIC's General Secretariat. Sentences written for
these tests after the structure of a summit communiqué and of a board's
resolutions."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY, load_bodies, owners_named

SADC_EN = "Southern African Development Community. Communiqué of the Summit. The Summit met,"
SADC_FR = "Communauté de développement de l'Afrique australe. Communiqué du Sommet. Le Sommet,"
AU_EN = "African Union. Peace and Security Council. The Council,"
OIC_EN = "Organisation of Islamic Cooperation. The Council of Foreign Ministers,"


def owners(texts: list[str], head: str) -> list[list[str]]:
    found = extract_all(texts, REGISTRY, head=head)
    return [
        [r.owner.slug if r.owner.registered else r.owner.name for r in e.requests] for e in found
    ]


def test_the_new_organs_sit_under_their_organisations():
    parents = {b["slug"]: b["parent"] for b in load_bodies()}
    assert parents["sadc-secretariat"] == "sadc"
    assert parents["sadc-executive-secretary"] == "sadc-secretariat"
    assert parents["isdb-board-of-executive-directors"] == "isdb"
    assert parents["isdb-president"] == "isdb"
    assert parents["isfd"] == "isdb"


def test_the_sadc_secretariat_and_executive_secretary_by_name_and_bare():
    texts = [
        "The Summit directed the SADC Secretariat to compile the pledges of the States.",
        "The Summit directed the Secretariat to draft a recovery plan for the districts.",
        "The Summit urged the Executive Secretary of SADC to convene the ministers.",
        "The Summit urged the Executive Secretary to report on the deployment.",
    ]
    assert owners(texts, SADC_EN) == [
        ["sadc-secretariat"],
        ["sadc-secretariat"],
        ["sadc-executive-secretary"],
        ["sadc-executive-secretary"],
    ]
    texts = [
        "Le Sommet a chargé le Secrétariat de la SADC de tenir la liste des contributions.",
        "Le Sommet a chargé le Secrétariat de préparer le plan de relèvement.",
    ]
    assert owners(texts, SADC_FR) == [["sadc-secretariat"], ["sadc-secretariat"]]


def test_a_bare_secretariat_of_another_organisation_is_not_the_oics():
    # An AU text: the registry holds no secretariat of the Union, kept as written.
    (found,) = owners(["The Council requests the Secretariat to circulate the note."], AU_EN)
    assert found == ["Secretariat"]


@pytest.mark.parametrize("head", [OIC_EN, ""])
def test_the_oics_own_or_an_unknown_issuers_secretariat_stays_the_general_secretariat(head):
    # Counter-examples: an OIC head, and a page whose head names no issuer.
    assert owners(["Requests the Secretariat to circulate the note."], head) == [
        ["general-secretariat"]
    ]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        (
            "Calls on the Board of Executive Directors of the Islamic Development Bank to "
            "approve the facility.",
            "isdb-board-of-executive-directors",
        ),
        ("Requests the IsDB President to report to the next annual meeting.", "isdb-president"),
        ("Prie le Président du Groupe de la BID de faire rapport.", "isdb-president"),
        (
            "يطلب إلى مجلس المديرين التنفيذيين للبنك الإسلامي للتنمية دراسة الطلب.",
            "isdb-board-of-executive-directors",
        ),
        ("يطلب إلى رئيس مجموعة البنك الإسلامي للتنمية تقديم تقرير.", "isdb-president"),
        (
            "Prie le Fonds de solidarité islamique pour le développement (FSID) de faire rapport.",
            "isfd",
        ),
        ("Requests the Islamic Solidarity Fund for Development to widen its programmes.", "isfd"),
        ("يطلب إلى صندوق التضامن الإسلامي للتنمية توسيع برامجه.", "isfd"),
    ],
)
def test_the_isdbs_organs_and_its_fund_by_name(text, slug):
    assert owners_named(text) == [slug]


def test_the_oics_islamic_solidarity_fund_stays_itself():
    # Counter-example: the OIC's fund, named without "for Development".
    assert owners_named("Prie le Fonds de solidarité islamique de financer l'école.") == [
        "islamic-solidarity-fund"
    ]
    assert owners_named("Requests the Islamic Solidarity Fund to finance the school.") == [
        "islamic-solidarity-fund"
    ]


def test_reading_a_sadc_text_grows_linearly():
    unit = (
        "The Summit directed the Secretariat to draft a plan, "
        "and urged the Executive Secretary to report. "
    )

    def make(n: int) -> str:
        return unit * max(1, n // len(unit))

    assert_linear(lambda text: extract_all([text], REGISTRY, head=SADC_EN), make, 10_000)
