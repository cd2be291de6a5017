"""The trend chart's geometry: a stacked area of items by status over time,
drawn by a template (templates/decisions/includes/_trend.html) as inline
SVG with presentation attributes (fill=, not style=), so that it stays
within the content security policy (no inline style). Why not a charting
library: see docs/ARCHITECTURE.md, "The trend chart"."""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass, field

from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language_bidi

from decisions.models.status import STATUS_COLOURS, Status
from decisions.models.trends import Trend, status_trend

WIDTH = 640
HEIGHT = 260
TOP = 12
BOTTOM = 36  # room for the dates
AXIS = 44  # room for the counts, left (or right, from right to left)
FAR = 14
X_LABELS = 6

# Bottom to top: what is done first, so the lower edge reads as a burn-up.
STACK = (
    Status.COMPLETED,
    Status.CANCELLED,
    Status.IN_PROGRESS,
    Status.STALLED,
    Status.NOT_STARTED,
)


@dataclass
class Area:
    value: str
    label: str
    colour: str
    points: str  # the polygon's "x,y x,y ..."


@dataclass
class Tick:
    at: str  # a coordinate, formatted here: the template would localise "12.5" as "12,5"
    text: object  # a number, or a date the template formats
    anchor: str = "middle"
    minor: bool = False  # left out on a phone (static/css/app.css), where labels are larger


def num(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


@dataclass
class TrendChart:
    trend: Trend
    rtl: bool
    width: int = WIDTH
    height: int = HEIGHT
    areas: list[Area] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    x_ticks: list[Tick] = field(default_factory=list)
    # For renderers without bidi in SVG text (WeasyPrint): direction="ltr"
    # with the anchors mirrored by hand, and dates in digits (2018-09).
    plain: bool = False
    y_anchor: str = "end"
    plot_left: str = "0"
    plot_right: str = "0"
    plot_bottom: str = num(HEIGHT - BOTTOM)
    y_label_x: str = "0"
    x_label_y: str = num(HEIGHT - 12)

    @property
    def empty(self) -> bool:
        return not self.trend.points

    @property
    def step(self) -> str:
        return self.trend.step

    @property
    def direction(self) -> str:
        return "rtl" if self.rtl and not self.plain else "ltr"


def nice_top(value: int) -> int:
    """The smallest of 1, 2, 5 times a power of ten at or above `value`."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 5, 10):
        if factor * power >= value:
            return factor * power
    return 10 * power  # pragma: no cover


def straight(chain: list[tuple[str, str]]) -> list[str]:
    """The chain's points as "x,y", without those inside a flat run (the
    same height as both neighbours): the outline drawn is the same, and a
    status that stays level for years (none stalled before the first update)
    costs two points, not one a month."""
    kept = [
        f"{x},{y}"
        for i, (x, y) in enumerate(chain)
        if i in (0, len(chain) - 1) or not chain[i - 1][1] == y == chain[i + 1][1]
    ]
    return kept


def trend_chart(trend: Trend, *, rtl: bool = False, plain: bool = False) -> TrendChart:
    """Where each area, tick and label goes. From right to left (Arabic),
    time runs from right to left and the counts stand on the right. The
    text anchors are logical (start, end): under direction="rtl" the SVG
    mirrors them itself; `plain` mirrors them here (see TrendChart.plain)."""
    chart = TrendChart(trend=trend, rtl=rtl, plain=plain)
    left, right = (FAR, WIDTH - AXIS) if rtl else (AXIS, WIDTH - FAR)
    chart.plot_left, chart.plot_right = num(left), num(right)
    chart.y_label_x = num(right + 6 if rtl else left - 6)
    bottom = HEIGHT - BOTTOM
    if chart.empty:
        return chart
    points = trend.points
    first, last = points[0].day, points[-1].day
    span = max((last - first).days, 1)
    top = nice_top(max(p.total for p in points))

    def x(day: datetime.date) -> str:
        share = (day - first).days / span if len(points) > 1 else 0.5
        if rtl:
            share = 1 - share
        return num(left + share * (right - left))

    def y(count: int) -> str:
        return num(bottom - count * (bottom - TOP) / top)

    xs = [x(p.day) for p in points]
    if len(points) == 1:  # one point: a flat band across the plot
        xs = [num(left), num(right)]
        points = [points[0], points[0]]
    below = [0] * len(points)
    for status in STACK:
        above = [b + p.count(status.value) for b, p in zip(below, points, strict=True)]
        upper = straight([(a, y(v)) for a, v in zip(xs, above, strict=True)])
        lower = straight([(a, y(v)) for a, v in zip(reversed(xs), reversed(below), strict=True)])
        if any(a != b for a, b in zip(above, below, strict=True)):
            chart.areas.append(
                Area(
                    status.value,
                    status.label,
                    STATUS_COLOURS[status.value],
                    " ".join(upper + lower),
                )
            )
        below = above
    chart.y_ticks = [Tick(y(n), n) for n in sorted({0, top // 2, top})]
    # Evenly spaced labels, the first and the last point among them.
    n, k = len(trend.points), min(X_LABELS, len(trend.points))
    at = sorted({round(i * (n - 1) / (k - 1)) for i in range(k)}) if k > 1 else [0]
    shown = [trend.points[i] for i in at]
    # On a phone three labels stay: the first, the middle one, the last.
    major = {0, (len(shown) - 1) // 2, len(shown) - 1}
    for i, p in enumerate(shown):
        minor = i not in major
        chart.x_ticks.append(Tick(x(p.day), p.day, minor=minor))
    if len(chart.x_ticks) > 1:
        # The first and last labels stay inside the picture.
        chart.x_ticks[0].anchor = "start"
        chart.x_ticks[-1].anchor = "end"
    if plain and rtl:
        flip = {"start": "end", "end": "start", "middle": "middle"}
        chart.y_anchor = "start"
        for tick in chart.x_ticks:
            tick.anchor = flip[tick.anchor]
    return chart


def lazy_trend_chart(items, until: datetime.date, *, public: bool = False) -> SimpleLazyObject:
    """The chart of `items` (an ActionItem QuerySet, or a function that
    returns one: not even built when the fragment is cached) up to `until`,
    read only when the template first asks for it (not when its fragment is
    cached), right to left when the page's language is."""

    def chart():
        chosen = items() if callable(items) else items
        return trend_chart(status_trend(chosen, until, public=public), rtl=get_language_bidi())

    return SimpleLazyObject(chart)
