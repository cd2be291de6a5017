"""A page as of a date (`?as_of=2018-09-27`): the dashboard, a body's,
a report's or a theme's page rebuilt from the history (models.trends): the
items asked by that date, each in the status it had then, and the trend up
to that date. Read-only and marked as such: a banner, no form, no note
(a note written later would be anachronistic; notes are internal anyway)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from django.core.paginator import Paginator
from django.db.models import BooleanField, Case, Q, QuerySet, Value, When
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from decisions.charts import lazy_trend_chart
from decisions.models.status import CLOSED_STATUSES
from decisions.models.trends import asked_on, status_on

ITEMS_PER_PAGE = 50

# ASCII digits only: \d would take Arabic-Indic and other scripts' digits.
DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


class BadDate(ValueError):
    """An as_of value that is not a day the page can be rebuilt for."""


def parse_as_of(value: str, today: datetime.date) -> datetime.date:
    """The day of `as_of=YYYY-MM-DD`; BadDate with a message the page shows
    for anything else: another shape, a day that does not exist, a year
    before 1900 or a day after today."""
    value = value.strip()
    if not DAY.fullmatch(value):
        raise BadDate(_("Give the date as YYYY-MM-DD, for example 2018-09-27."))
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        raise BadDate(_("There is no such day.")) from None
    if day.year < 1900:
        raise BadDate(_("The date is too early."))
    if day > today:
        raise BadDate(_("The date is after today: the history does not go there yet."))
    return day


def as_of_day(request: HttpRequest) -> datetime.date | None:
    """The day the page is asked as of, None for today's page; BadDate when
    the value cannot be read."""
    value = request.GET.get("as_of")
    if value is None:
        return None
    return parse_as_of(value, timezone.localdate())


def bad_date_response(request: HttpRequest, error: BadDate, live_url: str) -> HttpResponse:
    ctx = {"error": str(error), "live_url": live_url}
    return render(request, "decisions/progress/bad_as_of.html", ctx, status=400)


def items_as_of(items: QuerySet, day: datetime.date, *, public: bool) -> QuerySet:
    """The items of `items` asked by `day`, each annotated `then` (its status
    at the end of that day) and `overdue_then`; the pages' order."""
    return (
        items.select_related("decision__report", "owner")
        .defer("decision__report__source_text", "decision__text")
        .annotate(asked=asked_on(), then=status_on(day, public=public))
        .filter(asked__lte=day)
        .annotate(
            overdue_then=Case(
                When(Q(due_date__lt=day) & ~Q(then__in=CLOSED_STATUSES), then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        )
        .order_by("-decision__report__date", "decision__report__symbol", "decision__position", "pk")
    )


def as_of_page(
    request: HttpRequest,
    *,
    day: datetime.date,
    heading: str,
    live_url: str,
    items: QuerySet,
    public: bool,
) -> HttpResponse:
    """The page of `items` as of `day`: the trend to that day and the items
    with their status then. Four queries and a count."""
    shown = items_as_of(items, day, public=public)
    ctx = {
        "day": day,
        "public": public,
        "heading": heading,
        "live_url": live_url,
        "trend_chart": lazy_trend_chart(items, day, public=public),
        "page": Paginator(shown, ITEMS_PER_PAGE).get_page(request.GET.get("page")),
    }
    return render(request, "decisions/progress/as_of.html", ctx)


def as_of_response(
    request: HttpRequest,
    *,
    live_url: str | Callable[[], str],
    scope: Callable[[], tuple[str, QuerySet]],
    public: bool,
) -> HttpResponse | None:
    """The page as of `?as_of=` when one is asked (`scope()` gives its heading
    and items, and may raise Http404), a 400 for a date that cannot be read,
    or None: then the view shows today's page. `live_url`: today's page's
    address, or a function that gives it (called only when it is needed)."""
    try:
        day = as_of_day(request)
    except BadDate as e:
        return bad_date_response(request, e, live_url if isinstance(live_url, str) else live_url())
    if day is None:
        return None
    if not isinstance(live_url, str):
        live_url = live_url()
    heading, items = scope()
    return as_of_page(
        request, day=day, heading=heading, live_url=live_url, items=items, public=public
    )
