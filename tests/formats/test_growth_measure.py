"""The measure of work the linear-growth checks use (tests/formats/hostile.py)
tells a linear reading from a quadratic one, by its calls and by its CPU time."""

from __future__ import annotations

import re

import pytest

from tests.formats.hostile import assert_linear, growth, work


def _linear(items: list[int]) -> int:
    return sum(abs(item) for item in items)


def _quadratic_calls(items: list[int]) -> int:
    # Each item compared with every other, through a Python call each time.
    return sum(max(a, b) for a in items for b in items)


_BACKTRACKING = re.compile(r"a*b")


def _quadratic_in_one_call(text: str) -> object:
    # One regex call, but from each start it runs to the end of the a's: the
    # calls stay flat and only the CPU time shows the square.
    return _BACKTRACKING.search(text)


def test_the_calls_are_counted_python_and_builtin() -> None:
    small, large = work(_linear, list(range(100))), work(_linear, list(range(1000)))
    # Each item costs a step of the generator and a call of abs().
    assert 200 <= small.calls < 220
    assert 2000 <= large.calls < 2020


def test_a_linear_reading_passes() -> None:
    assert_linear(_linear, lambda n: list(range(n)), 2000)


def test_a_reading_that_makes_quadratic_calls_fails() -> None:
    with pytest.raises(AssertionError, match="the calls"):
        assert_linear(_quadratic_calls, lambda n: list(range(n)), 60)


def test_a_regex_that_backtracks_quadratically_fails_on_its_time() -> None:
    with pytest.raises(AssertionError, match="CPU time"):
        assert_linear(_quadratic_in_one_call, lambda n: "a" * n, 3000)


def _costly_linear(items: list[int]) -> int:
    # About as much work per item as reading a clause: a few microseconds.
    return sum(sum(range(300)) for _ in items)


def test_an_input_larger_than_the_measure_needs_is_made_smaller() -> None:
    # 200,000 items would take about a second, and ten times that under the
    # profiler; the smaller run is cut to some SMALL_RUN_SECONDS of work.
    per_item = work(_costly_linear, list(range(1000))).calls / 1000
    small, large = growth(_costly_linear, lambda n: list(range(n)), 200_000)
    assert small.calls < per_item * 200_000 / 2
    assert 9 * small.calls <= large.calls <= 11 * small.calls
    assert_linear(_costly_linear, lambda n: list(range(n)), 200_000)
