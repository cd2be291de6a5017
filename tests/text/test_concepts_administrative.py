"""The administrative arrangements a panel's new term needs, in the wordings a
French or Arabic version gives them ("régler les questions administratives",
"arrangements administratifs", "المسائل الإدارية"): the same ask as "make the
administrative arrangements". Sentences written after the structure of a
sanctions resolution."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concepts_of
from tests.formats.hostile import assert_linear


@pytest.mark.parametrize(
    "text",
    [
        "Requests the Secretary-General to settle the administrative issues of the Panel;",
        "Prie le Secrétaire général de régler les questions administratives du Groupe ;",
        "Prie le Secrétaire général de prendre les arrangements administratifs voulus ;",
        "يطلب إلى الأمين العام أن يسوي المسائل الإدارية للفريق؛",
    ],
)
def test_the_administrative_questions_are_the_administrative_arrangements(text):
    assert "administrative-arrangements" in concepts_of(text)


def test_other_questions_are_no_administrative_arrangements():
    # Counter-example: questions of another kind, and "administrative" alone.
    for text in (
        "Prie le Secrétaire général d'examiner les questions techniques du Groupe ;",
        "Requests the Secretary-General to report on the administrative region;",
    ):
        assert "administrative-arrangements" not in concepts_of(text)


def test_administrative_terms_cost_work_linear_in_their_length():
    unit = "questions administratives, المسائل الإدارية, administrative issues, "
    assert_linear(concepts_of, lambda n: unit * max(1, n // len(unit)), 5_000)
