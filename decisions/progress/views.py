"""The pages that show progress: the dashboard, the reports and the bodies."""

from __future__ import annotations

import datetime
import functools
from functools import cached_property
from itertools import groupby
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from decisions.asof import as_of_response
from decisions.charts import lazy_trend_chart
from decisions.models import (
    ActionItem,
    Body,
    Decision,
    Report,
    Status,
    StatusUpdate,
    generation,
    progress_counts,
    status_rows,
)
from decisions.models.lineage import longest_standing
from decisions.models.status import CLOSED_STATUSES
from decisions.permissions import can_see_body_correspondence, read_access_required
from decisions.progress.body_row import body_row, kept_body_row
from decisions.progress.body_tools import body_tools_html
from decisions.registry.focal_points import focal_points_html, focal_points_panel
from decisions.web import (
    cache_context,
    is_public_visit,
    items_stamp,
    items_stamp_sql,
    lazy_page,
    pages_stamp,
    stamp_of,
    token_read,
)

ITEMS_PER_PAGE = 50


DASHBOARD_OVERDUE = 20


DASHBOARD_UPDATES = 10


DASHBOARD_REPORTS = 10


# The bodies the dashboard lists: those with the most overdue, then the most
# open requests; the bodies page lists them all.
DASHBOARD_BODIES = 15


DASHBOARD_LONGEST = 10


REPORTS_PER_PAGE = 50


class DashboardData:
    """What the dashboard shows. Each part is computed when the template
    first asks for it, so that a cached page fragment costs no query."""

    def __init__(self, today: datetime.date, *, public: bool = False):
        self.today = today
        # Anonymous visitors (PUBLIC_READ): public statuses, no internal history.
        self.public = public

    @cached_property
    def overall(self) -> dict:
        return ActionItem.objects.aggregate(**progress_counts(self.today, public=self.public))

    @cached_property
    def status_rows(self) -> list[dict]:
        return status_rows(self.overall)

    @cached_property
    def _bodies_with_items(self) -> list:
        bodies = Body.objects.with_progress(self.today, public=self.public)
        return list(bodies.filter(n_items__gt=0))

    @cached_property
    def bodies(self) -> list:
        """The bodies that most need attention: most overdue, then most open
        requests, then by name; at most DASHBOARD_BODIES of them."""

        def n_open(body) -> int:
            return body.n_items - sum(getattr(body, f"n_{s.value}") for s in CLOSED_STATUSES)

        rows = sorted(
            self._bodies_with_items, key=lambda b: (-b.n_overdue, -n_open(b), b.name_key())
        )
        return rows[:DASHBOARD_BODIES]

    @property
    def n_bodies(self) -> int:
        """How many bodies own at least one request."""
        return len(self._bodies_with_items)

    @cached_property
    def reports(self):
        # The most recent meetings; the reports page lists them all.
        reports = Report.objects.with_progress(self.today, public=self.public)
        reports = reports.order_by("-date", "symbol")
        return list(reports[:DASHBOARD_REPORTS])

    @cached_property
    def overdue_items(self):
        overdue = ActionItem.objects.for_dashboard_overdue(self.today, public=self.public)
        return list(overdue[:DASHBOARD_OVERDUE])

    @cached_property
    def longest_standing(self):
        # Open requests by when first asked, following confirmed renewals.
        return list(longest_standing(DASHBOARD_LONGEST, public=self.public))

    @property
    def open_oldest_query(self) -> str:
        """The item list's query string for every open request, oldest first."""
        open_statuses = [s.value for s in Status if s not in CLOSED_STATUSES]
        return urlencode({"status": open_statuses, "o": "asked"}, doseq=True)

    @cached_property
    def latest_updates(self):
        if self.public:
            return []  # internal notes: not for anonymous visitors
        return list(StatusUpdate.objects.latest_for_dashboard()[:DASHBOARD_UPDATES])


@require_safe
@read_access_required
def dashboard(request: HttpRequest) -> HttpResponse:
    """The whole picture. Its content is cached (settings.DASHBOARD_CACHE_SECONDS)
    under a stamp that changes with every update, import and day, so what
    staff just recorded shows at once."""
    today = timezone.localdate()
    public = is_public_visit(request)
    as_of = as_of_response(
        request,
        live_url=lambda: reverse("decisions:dashboard"),
        scope=lambda: (_("All action items"), ActionItem.objects.all()),
        public=public,
    )
    if as_of is not None:
        return as_of
    ctx = {
        "dash": DashboardData(today, public=public),
        "trend_chart": lazy_trend_chart(ActionItem.objects.all, today, public=public),
        "stamp": f"{today}:{items_stamp(request)}",
        "cache_seconds": settings.DASHBOARD_CACHE_SECONDS,
    }
    return render(request, "decisions/dashboard.html", ctx)


@require_safe
@read_access_required
def body_list(request: HttpRequest) -> HttpResponse:
    bodies = Body.objects.with_progress(public=is_public_visit(request))
    bodies = sorted(bodies, key=Body.name_key)
    ctx = {
        "bodies": [b for b in bodies if b.n_items],
        "idle_bodies": [b for b in bodies if not b.n_items],
    }
    return render(request, "decisions/body_list.html", ctx)


@require_safe
@read_access_required
def body_detail(request: HttpRequest, slug: str) -> HttpResponse:
    today = timezone.localdate()
    public = is_public_visit(request)

    def owned() -> tuple[str, QuerySet]:
        body = get_object_or_404(Body, slug=slug)
        return body.name, ActionItem.objects.filter(owner=body)

    as_of = as_of_response(
        request,
        live_url=lambda: reverse("decisions:body_detail", args=[slug]),
        scope=owned,
        public=public,
    )
    if as_of is not None:
        return as_of
    stamp = pages_stamp(request)  # with a shared cache: read with the session
    if stamp:
        body, people = kept_body_row(slug, stamp, token_read(request, generation.PEOPLE_KEY))
    else:
        body, people = body_row(slug)
    # Its counts per status (an aggregate over its items) are read only when
    # the cached content is missing, as are its items: a page from the cache
    # neither builds nor runs those queries (each costs a millisecond or more).
    progress = SimpleLazyObject(
        lambda: Body.objects.with_progress(today, public=public).get(pk=body.pk)
    )
    # A body may own thousands of items over the years: page them.
    page = lazy_page(
        lambda: ActionItem.objects.for_body_page(body, today, public=public),
        request,
        ITEMS_PER_PAGE,
        count=lambda: progress.n_items,
    )

    def by_report() -> list[dict]:
        groups = (list(g) for _, g in groupby(page, key=lambda i: i.decision.report_id))
        return [{"report": group[0].decision.report, "items": group} for group in groups]

    # The secretariat and the body's own focal points: they see its letters
    # and who its focal points are (outside the cached content).
    insider = can_see_body_correspondence(request.user, body.pk)
    ctx = {
        "body": body,
        "progress": progress,
        "status_rows": SimpleLazyObject(lambda: status_rows(progress)),
        "by_report": SimpleLazyObject(by_report),
        "page": page,
        "partner_items": SimpleLazyObject(
            lambda: list(
                ActionItem.objects.for_body_partner_page(body, public=public)[:ITEMS_PER_PAGE]
            )
        ),
        "trend_chart": lazy_trend_chart(
            lambda: ActionItem.objects.filter(owner=body), today, public=public
        ),
        **cache_context(request, today, change_stamp=stamp or stamp_of(body)),
    }
    token = None
    if request.user.is_authenticated:
        # One token for the page's forms (each get_token draws a new mask).
        ctx["csrf_token"] = token = get_token(request)
    panel = focal_points_panel(request.user, body, insider=insider, people=people)
    ctx["body_tools"] = body_tools_html(
        request,
        body,
        insider=insider,
        panel=focal_points_html(request, panel, token) if panel else "",
        token=token,
    )
    return render(request, "decisions/body_detail.html", ctx)


@require_safe
@read_access_required
def report_list(request: HttpRequest) -> HttpResponse:
    reports = Report.objects.with_progress(public=is_public_visit(request))
    reports = reports.order_by("-date", "symbol")
    page = Paginator(reports, REPORTS_PER_PAGE).get_page(request.GET.get("page"))
    ctx = {"reports": page, "page": page}
    return render(request, "decisions/report_list.html", ctx)


@require_safe
@read_access_required
def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    today = timezone.localdate()
    public = is_public_visit(request)

    def asked() -> tuple[str, QuerySet]:
        report = get_object_or_404(Report.objects.defer("source_text"), pk=pk)
        return report.symbol, ActionItem.objects.filter(decision__report=report)

    as_of = as_of_response(
        request,
        live_url=lambda: reverse("decisions:report_detail", args=[pk]),
        scope=asked,
        public=public,
    )
    if as_of is not None:
        return as_of
    # The title and the cache key need the report alone, read with the
    # items' change stamp in one query; its counts per status (an aggregate
    # over its items, costly to build and to run) only the content, so they
    # are read only when it is not cached.
    stamp = pages_stamp(request)  # with a shared cache: read with the session
    head = _kept_report_head(pk, stamp) if stamp else _report_head(pk)
    report = SimpleLazyObject(
        lambda: Report.objects.with_progress(today, public=public).get(pk=head.pk)
    )
    ctx = {
        "head": head,
        "report": report,
        # Lazy: built and read only when the content is not cached.
        "decisions": SimpleLazyObject(
            lambda: Decision.objects.filter(report=head).for_report_page(public=public)
        ),
        "status_rows": SimpleLazyObject(lambda: status_rows(report)),
        "trend_chart": lazy_trend_chart(
            lambda: ActionItem.objects.filter(decision__report=head), today, public=public
        ),
        **cache_context(request, today, change_stamp=stamp or stamp_of(head)),
    }
    return render(request, "decisions/report_detail.html", ctx)


def _kept_report_head(pk: int, stamp: str) -> Report:
    """The report's id and symbol, kept under the items' pages token: every
    write that changes what the page shows replaces it (decisions.items.touch:
    a report's or a paragraph's save or deletion too, items or none), so with
    the content keyed by the same token a page from the cache asks nothing of
    the database."""
    key = f"report_head:{pk}:{stamp}"
    found = caches["pages"].get(key)
    if found is None:
        with connection.cursor() as cursor:
            cursor.execute(_report_row_sql(connection.vendor), [pk])
            found = cursor.fetchone()
        if found is None:
            raise Http404
        found = tuple(found)
        caches["pages"].set(key, found, settings.DASHBOARD_CACHE_SECONDS)
    return Report.from_db(connection.alias, ["id", "symbol"], found)


@functools.cache
def _report_row_sql(vendor: str) -> str:
    q = connection.ops.quote_name
    return f"SELECT {q('id')}, {q('symbol')} FROM {q(Report._meta.db_table)} WHERE {q('id')} = %s"  # noqa: S608


def _report_head(pk: int) -> Report:
    """The report's id and symbol with the items' change stamp, in one query
    of fixed SQL through a plain cursor (as progress.body_row)."""
    with connection.cursor() as cursor:
        cursor.execute(_report_head_sql(connection.vendor), [pk])
        found = cursor.fetchone()
    if found is None:
        raise Http404
    head = Report.from_db(connection.alias, ["id", "symbol"], found[:2])
    head.stamp_last, head.stamp_top = found[2:]
    return head


@functools.cache
def _report_head_sql(vendor: str) -> str:
    q = connection.ops.quote_name
    return (
        f"SELECT r.{q('id')}, r.{q('symbol')}, {items_stamp_sql()} "  # noqa: S608
        f"FROM {q(Report._meta.db_table)} r WHERE r.{q('id')} = %s"
    )
