"""The page's scraps before a paragraph's first words (decisions.text.page_scraps)."""

import time

from decisions.text.page_scraps import without_scraps


def test_scraps_taken_off_only_at_the_start():
    assert without_scraps("[email\u00a0protected] The Board asks") == "The Board asks"
    assert without_scraps("[email&#160;protected] The Board asks") == "The Board asks"
    assert without_scraps("date 2031-02-03 The Board asks") == "The Board asks"
    kept = "The Board keeps the date 2031-02-03 it set"
    assert without_scraps(kept) == kept


def _timed(text: str) -> float:
    start = time.perf_counter()
    without_scraps(text)
    return time.perf_counter() - start


def test_near_miss_placeholder_stays_fast():
    # a run of no-break spaces or spaces after "[email" that never closes: each
    # is one space, read once (no choice between two ways of reading it).
    assert _timed("[email" + "\u00a0" * 40 + "x") < 0.5
    small = _timed("[email" + " " * 5_000 + "x")
    large = _timed("[email" + " " * 50_000 + "x")
    assert large < 1.0
    assert large < 40 * max(small, 1e-4)
