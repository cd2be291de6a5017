"""A paragraph that asks a State, then its bare "Government" in another
clause, means that State's Government (one request, to the State), in each
language; with two States asked, or the Government asked first, it stays as
written for review. Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.formats.hostile import assert_linear
from tests.text.test_issuer import owners


@pytest.mark.parametrize(
    "text",
    [
        "The Assembly called on Chad to respect its obligations, and demanded that the "
        "Government end the violence.",
        "Calls upon Chad to respect its obligations and requests the Government to report;",
        "Le Conseil exhorte le Tchad à respecter ses obligations et demande au Gouvernement "
        "de mettre fin à la violence.",
        "يدعو المجلس تشاد إلى الوفاء بالتزاماتها ويطالب الحكومة بوقف العنف.",
    ],
)
def test_the_government_after_the_state_in_one_paragraph_is_the_state(text):
    assert owners([text]) == [["chad"]]


def test_two_states_asked_leave_the_government_as_written():
    text = "Calls upon Chad and the Sudan to act and requests the Government to report;"
    assert owners([text]) == [["chad", "sudan", "Government"]]


def test_the_government_asked_before_any_state_stays_as_written():
    text = "Requests the Government to report, and calls upon Chad to respect the truce;"
    assert owners([text]) == [["Government", "chad"]]


def test_a_paragraph_of_many_states_and_governments_grows_linearly():
    def make(n: int) -> str:
        return "Calls upon Chad to act; " + "requests the Government to report; " * n

    assert_linear(lambda t: owners([t]), make, 10)
