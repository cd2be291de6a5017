"""The trend chart as a PNG, for the Word follow-up report (Word shows no
inline SVG). Drawn with Pillow (pinned; its wheels carry FreeType, so no
system library is needed) from the same geometry as the page's SVG
(decisions/charts.py). Its labels are digits only (counts, and dates as
2018-09): Pillow shapes no Arabic without libraqm, and digits read the same
in every language; the table under it names the months."""

from __future__ import annotations

import io

from decisions.charts import TrendChart

SCALE = 2  # pixels per unit of the picture: sharp when printed


def _xy(pair: str) -> tuple[float, float]:
    x, y = pair.split(",")
    return float(x) * SCALE, float(y) * SCALE


def chart_png(chart: TrendChart) -> bytes:
    """`chart` drawn `plain` (its anchors are left and right as seen)."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (chart.width * SCALE, chart.height * SCALE), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=11 * SCALE)
    left, right = float(chart.plot_left) * SCALE, float(chart.plot_right) * SCALE
    for tick in chart.y_ticks:
        y = float(tick.at) * SCALE
        draw.line([(left, y), (right, y)], fill="#c9ced6", width=SCALE)
        x = float(chart.y_label_x) * SCALE
        anchor = "lm" if chart.y_anchor == "start" else "rm"
        draw.text((x, y), str(tick.text), fill="#333333", font=font, anchor=anchor)
    for area in chart.areas:
        draw.polygon([_xy(p) for p in area.points.split()], fill=area.colour)
    bottom = float(chart.plot_bottom) * SCALE
    draw.line([(left, bottom), (right, bottom)], fill="#333333", width=SCALE)
    for tick in chart.x_ticks:
        x = float(tick.at) * SCALE
        anchor = {"start": "ls", "end": "rs", "middle": "ms"}[tick.anchor]
        text = tick.text.strftime("%Y-%m") if hasattr(tick.text, "strftime") else str(tick.text)
        draw.text(
            (x, float(chart.x_label_y) * SCALE), text, fill="#333333", font=font, anchor=anchor
        )
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
