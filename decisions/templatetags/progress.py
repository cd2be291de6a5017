"""The progress bar: a stacked bar of status shares, as inline SVG (no
inline style attribute, so a strict Content-Security-Policy holds)."""

from __future__ import annotations

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from decisions.models import STATUS_COLOURS, Status, status_rows

register = template.Library()

# Left to right: done first, so the bar reads as progress.
BAR_ORDER = (
    Status.COMPLETED,
    Status.IN_PROGRESS,
    Status.NOT_STARTED,
    Status.STALLED,
    Status.CANCELLED,
)


def _tenths(value: int) -> str:
    # A share in tenths of a percent, formatted here, not in the template:
    # localisation would turn 12.5 into "12,5" and break the SVG. A tenth of
    # a percent is a fraction of a pixel: more digits would only weigh on a
    # page of many bars.
    return f"{value // 10}.{value % 10}".removesuffix(".0")


@register.inclusion_tag("decisions/includes/_progress.html")
def progress_bar(source) -> dict:
    counts = {row["value"]: row["count"] for row in status_rows(source)}
    total = sum(counts.values())
    completed = counts[Status.COMPLETED]
    segments = []
    # Each segment runs from one rounded boundary to the next, so that they
    # meet: rounding start and width apart left a hairline of the track
    # between two (31.2 + 56.2 = 87.4, the next at 87.5, of 16 items).
    before = start = 0
    for status in BAR_ORDER:
        n = counts[status.value]
        if not n:
            continue
        before += n
        end = round(1000 * before / total)
        segments.append(
            {
                "status": status.value,
                "label": status.label,
                "count": n,
                "x": _tenths(start),
                "width": _tenths(end - start),
                "colour": STATUS_COLOURS[status.value],
            }
        )
        start = end
    parts = [
        _("%(done)s of %(total)s completed") % {"done": completed, "total": total},
        *(
            f"{s['count']} {str(s['label']).lower()}"
            for s in segments
            if s["status"] != Status.COMPLETED
        ),
    ]
    return {
        "total": total,
        "completed": completed,
        "percent": round(100 * completed / total) if total else 0,
        "segments": segments,
        "description": "; ".join(parts) if total else _("No action items"),
    }


@register.inclusion_tag("decisions/includes/_legend.html")
def status_legend() -> dict:
    return {"statuses": [{"value": s.value, "label": s.label} for s in Status]}


# Tags rather than includes for what every row of a list repeats: an include
# costs a template render per row, these a string format.


@register.simple_tag
def status_colour_rules(prop: str, within: str = "") -> str:
    """One CSS rule per status giving `prop` its colour, for a stylesheet
    inside a template (the follow-up PDF's): the colours stay in models.py.
    `within` is prefixed to each `.status-…` class so that the rules outweigh
    a more specific default (such as `.items > li`)."""
    return format_html_join(
        "\n",
        "{}.status-{} {{ {}: {}; }}",
        ((within, s, prop, STATUS_COLOURS[s]) for s in Status.values),
    )


@register.simple_tag
def status_badge(status: str, label: str) -> str:
    """A status with its one label and colour (the CSS class carries it)."""
    return format_html('<span class="status status-{}">{}</span>', status, label)


@register.simple_tag
def item_ref(item) -> str:
    """A link to an item, named by its report and paragraph."""
    return format_html(
        '<a href="{}"><bdi>{} ¶{}</bdi></a>',
        item.get_absolute_url(),
        item.decision.report.symbol,
        item.decision.number,
    )


@register.filter
def status_label(value: str) -> str:
    """The one label of a status value (a status rebuilt from the history)."""
    return Status(value).label if value in Status.values else value
