"""decisions.text.bodies and the body registry it matches against (fixtures/bodies.json)."""

from __future__ import annotations

import unicodedata

from decisions.text.bodies import RegistryEntry
from decisions.text.requests import extract
from tests.text.helpers import KINDS, NAME_FIELDS, load_bodies, owners


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
