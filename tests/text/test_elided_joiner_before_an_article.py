"""After an elided joiner ("ainsi qu'aux ..."), the article glued to it still
makes the common noun after it an addressee, as after "et aux". Sentences
written for these tests, never copied."""

from __future__ import annotations

from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

FR = registry("fr")


def test_an_article_after_ainsi_qu_makes_an_addressee():
    text = "Prie les États membres ainsi qu'aux organismes régionaux de contribuer au fonds ;"
    assert owners_named(text, FR) == ["member-states", "Organismes régionaux"]


def test_an_action_after_ainsi_qu_is_no_addressee():
    # Counter-example: "aux efforts" names an action, not a body.
    text = "Prie les États membres ainsi qu'aux efforts de paix de contribuer au fonds ;"
    assert owners_named(text, FR) == ["member-states"]


def _long(n: int) -> str:
    items = " ainsi qu'aux organismes régionaux" * n
    return f"Prie les États membres{items} de contribuer au fonds ;"


def test_reading_elided_joiners_grows_linearly():
    assert_linear(lambda t: owners_named(t, FR), _long, 20)
