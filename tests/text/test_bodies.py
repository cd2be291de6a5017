"""decisions.text.bodies and the body registry it matches against (fixtures/bodies.json)."""

from __future__ import annotations

import unicodedata

import pytest

from decisions.text.bodies import RegistryEntry
from decisions.text.requests import extract
from tests.text.helpers import KINDS, NAME_FIELDS, REGISTRY, load_bodies, owners


def test_every_body_has_exactly_the_registry_keys():
    """The same keys for every body; a State's working language (the language
    of the letters sent to it) only where it is known, and one of the three."""
    keys = {"slug", "kind", "parent", *NAME_FIELDS, "aliases"}
    for body in load_bodies():
        assert set(body) - {"working_language"} == keys, body["slug"]
        assert body.get("working_language", "en") in {"ar", "fr", "en"}, body["slug"]


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


def test_a_registered_acronym_does_not_match_a_common_word():
    # "AU" is the African Union; "au" is a French preposition.
    assert owners("La Réunion a demandé au Gouvernement malien de poursuivre.") == [
        "government-of-mali"
    ]


def test_the_oic_inside_a_longer_name_is_not_the_oic_itself():
    assert owners("Invites the relevant OIC institutions to act.") == ["oic-institutions"]


def test_a_registry_passed_as_any_sequence_works():
    entries = (RegistryEntry("member-states", "Member States", ("États membres",)),)
    assert [r.owner.slug for r in extract("Urges Member States to act.", entries).requests] == [
        "member-states"
    ]


# States: named as places as often as asked to act


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Requests Niger and Chad to report back.", ["niger", "chad"]),
        ("Demande à la République du Niger de rendre compte.", ["niger"]),
        ("يطلب من جمهورية النيجر تقديم تقرير.", ["niger"]),
        ("Urges the Russian Federation and Thailand to pursue the dialogue.",
         ["russian-federation", "thailand"]),
        # Their Governments are bodies of their own.
        ("La Réunion a demandé au Gouvernement du Mali de poursuivre.", ["government-of-mali"]),
    ],
)  # fmt: skip
def test_a_state_asked_to_act_is_the_owner(text, expected):
    assert owners(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Welcomes the efforts of Mali in the peace process.",
        "Requests the Secretary-General to send a mission to Mali.",
        "يدعو الدول الأعضاء إلى تقديم دعم مالي للنيجر.",
    ],
)
def test_a_state_mentioned_is_no_owner(text):
    assert "mali" not in owners(text) and "niger" not in owners(text)


def test_a_pronoun_stands_for_the_other_bodies_named_rather_than_a_state():
    text = (
        "La Réunion a salué les projets des États membres dans leur coopération avec le Mali "
        "et les a invités à accroître leur engagement."
    )
    assert owners(text) == ["member-states"]


def test_a_pronoun_stands_for_a_state_when_it_is_the_only_body_named():
    assert owners("Commends Qatar for hosting the talks and invites it to continue.") == ["qatar"]


def test_a_registry_entry_is_a_place_only_when_it_is_a_state():
    places = {e.slug for e in REGISTRY if e.place}
    assert {"niger", "thailand", "palestine"} <= places
    assert not places & {"member-states", "government-of-mali", "secretary-general", "oau"}
