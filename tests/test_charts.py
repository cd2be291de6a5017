"""The trend chart's geometry (decisions/charts.py), without a database."""

from __future__ import annotations

import datetime

from django.utils import translation

from decisions.charts import nice_top, trend_chart
from decisions.models.trends import Trend, TrendPoint


def trend(n: int) -> Trend:
    start = datetime.date(2018, 1, 31)
    points = [
        TrendPoint(start + datetime.timedelta(days=30 * i), (n - i, i, 0, 0, 0)) for i in range(n)
    ]
    return Trend(step="month", until=points[-1].day, points=points)


def test_the_date_labels_are_evenly_spaced_and_hold_the_first_and_last_day():
    chart = trend_chart(trend(25))
    days = [t.text for t in chart.x_ticks]
    assert len(days) == 6
    assert days[0] == chart.trend.points[0].day and days[-1] == chart.trend.points[-1].day
    xs = [float(t.at) for t in chart.x_ticks]
    gaps = [b - a for a, b in zip(xs, xs[1:], strict=False)]
    assert max(gaps) / min(gaps) < 1.3  # whole points apart: as even as they can be


def test_from_right_to_left_time_runs_leftwards_and_plain_mirrors_the_anchors():
    ltr, rtl = trend_chart(trend(5)), trend_chart(trend(5), rtl=True)
    assert float(ltr.x_ticks[0].at) < float(ltr.x_ticks[-1].at)
    assert float(rtl.x_ticks[0].at) > float(rtl.x_ticks[-1].at)
    assert rtl.direction == "rtl" and rtl.x_ticks[0].anchor == "start"
    plain = trend_chart(trend(5), rtl=True, plain=True)
    assert plain.direction == "ltr" and plain.x_ticks[0].anchor == "end"
    assert plain.y_anchor == "start"


def test_coordinates_are_written_with_a_point_whatever_the_language():
    with translation.override("fr"):
        chart = trend_chart(trend(7))
    assert all("," not in t.at for t in chart.x_ticks + chart.y_ticks)
    assert all(len(p.split(",")) == 2 for a in chart.areas for p in a.points.split())


def test_the_scale_tops_at_one_two_or_five_times_a_power_of_ten():
    assert [nice_top(n) for n in (0, 1, 3, 16, 57, 101, 10_000)] == [1, 1, 5, 20, 100, 200, 10_000]


def test_one_point_is_a_flat_band_across_the_plot():
    chart = trend_chart(trend(1))
    assert len(chart.areas) == 1 and len(chart.areas[0].points.split()) == 4


def test_on_a_phone_three_date_labels_stay_first_middle_and_last():
    chart = trend_chart(trend(25))
    kept = [i for i, t in enumerate(chart.x_ticks) if not t.minor]
    assert kept == [0, 2, 5]


def test_a_level_run_is_drawn_by_its_two_ends_and_the_outline_is_the_same():
    """The points inside a flat run lie on the line between its ends: left
    out, the polygon drawn is the same."""
    start = datetime.date(2018, 1, 31)
    counts = [(5, 0, 0, 0, 0)] * 6 + [(4, 1, 0, 0, 0), (3, 2, 0, 0, 0)] + [(3, 2, 0, 0, 0)] * 4
    points = [TrendPoint(start + datetime.timedelta(days=30 * i), c) for i, c in enumerate(counts)]
    chart = trend_chart(Trend(step="month", until=points[-1].day, points=points))
    for area in chart.areas:
        ys = [p.split(",")[1] for p in area.points.split()]
        for y0, y1, y2 in zip(ys, ys[1:], ys[2:], strict=False):
            assert not y0 == y1 == y2  # no point left inside a level run
        assert len(ys) < 2 * len(points)
    # In progress: zero for six months, 1, then 2 for five months: its upper
    # edge is months 0, 5, 6, 7 and 11; its lower edge (zero throughout) two ends.
    in_progress = next(a for a in chart.areas if a.value == "in_progress")
    assert len(in_progress.points.split()) == 5 + 2
