"""Places joined by "and"/"et" after "for"/"pour" belong to the name before
them ("le représentant des Nations Unies pour l'Inde et le Pakistan" is one
representative, later "le représentant des Nations Unies"), unless a body
other than a State is among them ("le Fonds pour l'Afrique et la BID" names
two addressees). Sentences written after UN resolutions."""

from __future__ import annotations

from decisions.text.requests import extract, extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

FR = registry("fr")
EN = registry("en")


def owners(found) -> list[str]:
    return [r.owner.slug if r.owner.registered else r.owner.name for r in found.requests]


def test_places_after_pour_stay_in_the_name_and_its_short_mention_takes_it():
    found = extract_all(
        [
            "Prie le représentant des Nations Unies pour l'Inde et le Pakistan de faire rapport;",
            "Charge le représentant des Nations Unies de présenter un rapport au Conseil.",
        ],
        FR,
    )
    whole = "Représentant des Nations Unies pour l'Inde et le Pakistan"
    assert [owners(f) for f in found] == [[whole], [whole]]


def test_places_after_for_stay_in_an_english_name():
    found = extract("Requests the Special Envoy for Sudan and South Sudan to report.", EN)
    assert owners(found) == ["Special Envoy for Sudan and South Sudan"]


def test_a_registered_body_that_is_no_state_is_a_second_addressee():
    found = extract("Prie le Fonds pour l'Afrique et la BID de financer le projet.", FR)
    assert owners(found) == ["Fonds pour l'Afrique", "isdb"]
    found = extract("Requests the Coordinator for Iraq and Member States to act.", EN)
    assert owners(found) == ["Coordinator for Iraq", "member-states"]


def test_a_long_list_of_places_is_read_in_linear_time():
    def make(n: int) -> str:
        return "Prie le représentant pour " + "l'Inde, " * max(1, n // 8) + "et le Pakistan d'agir."

    assert_linear(lambda text: extract(text, FR), make, 2_000)


def test_a_name_opening_with_an_adjective_before_capitals_is_kept_as_written():
    found = extract("Requests AU Member States and relevant AU Policy Organs to act.", EN)
    # "AU Member States": the AU's own, registered (test_names_acronyms_capitals).
    assert owners(found) == ["au-member-states", "Relevant AU Policy Organs"]
    found = extract("Encourages relevant United Nations entities to assist.", EN)
    assert owners(found) == ["Relevant United Nations entities"]


def test_a_lower_case_phrase_with_no_such_adjective_still_names_nothing():
    found = extract("Requests, bearing in mind Article 98, the Secretary-General to act.", EN)
    assert owners(found) == ["secretary-general"]


def test_a_relative_clause_after_a_name_is_not_part_of_it():
    found = extract("Requests the Monitoring Group which reports to the Council to act.", EN)
    assert owners(found) == ["Monitoring Group"]
