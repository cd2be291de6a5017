"""A source the sentence reports, ending with a comma, before the subject of
a passive or of an obligation ("Selon le texte adopté, les parties sont
priées de ...", "According to the statement, the OIC shall ...") is no body:
the subject after it is. Sentences written for these tests, never copied."""

from __future__ import annotations

from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

EN = registry("en")
FR = registry("fr")


def test_a_french_source_before_a_passive_subject_is_no_body():
    text = "Selon la déclaration finale, les parties concernées sont priées de cesser le feu."
    assert owners_named(text, FR) == ["Parties concernées"]


def test_an_english_source_before_an_obligation_is_no_body():
    text = "According to the final text, the OIC shall convene a donors' conference."
    assert owners_named(text, EN) == ["oic"]


def test_a_subject_with_a_comma_but_no_source_keeps_its_name():
    # Counter-example: no source opens the sentence; the subject is read as before.
    text = "Member States, particularly donors, are requested to contribute to the Fund."
    assert owners_named(text, EN) == ["member-states"]


def _long(n: int) -> str:
    return "According to " + "the text and " * n + "the statement, the OIC shall convene a meeting."


def test_reading_a_source_grows_linearly():
    assert_linear(lambda t: owners_named(t, EN), _long, 20)
