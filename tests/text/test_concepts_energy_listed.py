"""Energy named last in an Arabic list of sectors ("الزراعة والمياه والطاقة"):
"والطاقة" names the energy sector as "الطاقة" does, while "طاقة" alone (a
capacity) and the atomic energy of the Vienna agency's name do not. Sentences
written for these tests, after the structure of an OIC economic resolution."""

from __future__ import annotations

from decisions.text.concepts import concept_overlap, concepts_of
from tests.formats.hostile import assert_linear


def test_energy_listed_after_and_is_the_energy_sector():
    ar = "يطلب إلى البنك مواصلة تمويل المشاريع، وخاصة في قطاعات الزراعة والمياه والطاقة؛"
    fr = "Demande à la Banque de financer les projets d'agriculture, d'eau et d'énergie ;"
    assert {"agriculture", "water-supply", "electrification"} <= concepts_of(ar)
    overlap, _ = concept_overlap(concepts_of(ar), concepts_of(fr))
    assert overlap > 0.5


def test_a_capacity_and_the_atomic_energy_agency_are_no_energy_sector():
    # Counter-examples: "طاقة استيعابية" is a capacity; "للطاقة الذرية" the agency's name.
    assert "electrification" not in concepts_of("يدعو إلى زيادة طاقة المدارس الاستيعابية؛")
    assert "electrification" not in concepts_of("يدعو الوكالة الدولية للطاقة الذرية إلى التفتيش؛")


def test_listed_sectors_cost_work_linear_in_their_length():
    unit = "الزراعة والمياه والطاقة، "
    assert_linear(concepts_of, lambda n: unit * max(1, n // len(unit)), 5_000)
