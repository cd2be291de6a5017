"""The page's scraps before a paragraph's first words (decisions.text.page_scraps)."""

from decisions.text.page_scraps import without_scraps
from tests.formats.hostile import assert_linear


def test_scraps_taken_off_only_at_the_start():
    assert without_scraps("[email\u00a0protected] The Board asks") == "The Board asks"
    assert without_scraps("[email&#160;protected] The Board asks") == "The Board asks"
    assert without_scraps("date 2031-02-03 The Board asks") == "The Board asks"
    kept = "The Board keeps the date 2031-02-03 it set"
    assert without_scraps(kept) == kept


def test_near_miss_placeholder_stays_linear():
    # a run of no-break spaces or spaces after "[email" that never closes: each
    # is one space, read once (no choice between two ways of reading it).
    assert_linear(without_scraps, lambda n: "[email" + "\u00a0" * n + "x", 500)
    assert_linear(without_scraps, lambda n: "[email" + " " * n + "x", 5_000)
