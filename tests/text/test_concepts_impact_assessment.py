"""An assessment of the impact of what was funded or done, asked of a centre or
a secretariat ("réaliser une étude d'évaluation de l'impact", "assess the
impact", "تقييم أثر"): one ask in three languages; the impact of a crisis,
only deplored, is none. Sentences written after the structure of an OIC
economic resolution."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concepts_of
from tests.formats.hostile import assert_linear


@pytest.mark.parametrize(
    "text",
    [
        "Requests the Centre to assess the impact of the schools funded under the plan;",
        "Demande au Centre de réaliser une évaluation de l'impact des écoles financées ;",
        "يطلب إلى المركز إعداد دراسة لتقييم أثر المدارس الممولة في إطار الخطة؛",
    ],
)
def test_an_impact_assessment_is_named_in_each_language(text):
    assert "impact-assessment" in concepts_of(text)


def test_an_impact_deplored_is_no_assessment():
    # Counter-example: the impact named, not assessed.
    for text in (
        "Deplores the impact of the crisis on the schools of the region;",
        "يعرب عن قلقه من أثر الأزمة على مدارس المنطقة؛",
    ):
        assert "impact-assessment" not in concepts_of(text)


def test_impact_terms_cost_work_linear_in_their_length():
    unit = "évaluation de l'impact, تقييم أثر, impact assessment, "
    assert_linear(concepts_of, lambda n: unit * max(1, n // len(unit)), 5_000)
