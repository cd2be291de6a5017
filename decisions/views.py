"""The browser pages. Reads come from QuerySets in a fixed number of queries
(pinned by tests/test_queries.py); the one write goes through services."""

from __future__ import annotations

import datetime
import sys
from functools import cached_property
from itertools import groupby

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.db.models import BooleanField, Case, Prefetch, Value, When
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import loader
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from decisions import services
from decisions.filters import ORDERING_LABELS, ActionItemFilter
from decisions.forms import StatusUpdateForm
from decisions.models import (
    ActionItem,
    Body,
    Decision,
    Report,
    StatusUpdate,
    overdue_q,
    progress_counts,
    status_rows,
)
from decisions.permissions import can_update, login_with_role_required, read_access_required

ITEMS_PER_PAGE = 50
DASHBOARD_OVERDUE = 20
DASHBOARD_UPDATES = 10
DASHBOARD_REPORTS = 10
REPORTS_PER_PAGE = 50


# --- Dashboard ----------------------------------------------------------------


class DashboardData:
    """What the dashboard shows. Each part is computed when the template
    first asks for it, so that a cached page fragment costs no query."""

    def __init__(self, today: datetime.date):
        self.today = today

    @cached_property
    def overall(self) -> dict:
        return ActionItem.objects.aggregate(**progress_counts(self.today))

    @cached_property
    def status_rows(self) -> list[dict]:
        return status_rows(self.overall)

    @cached_property
    def bodies(self):
        return list(
            Body.objects.with_progress(self.today).filter(n_items__gt=0).order_by("name_en")
        )

    @cached_property
    def reports(self):
        # The most recent meetings; the reports page lists them all.
        reports = Report.objects.with_progress(self.today).order_by("-date", "symbol")
        return list(reports[:DASHBOARD_REPORTS])

    @cached_property
    def overdue_items(self):
        return list(
            ActionItem.objects.overdue(self.today)
            .select_related("decision__report", "owner")
            .order_by("due_date", "pk")[:DASHBOARD_OVERDUE]
        )

    @cached_property
    def latest_updates(self):
        return list(
            StatusUpdate.objects.select_related("item__decision__report", "item__owner", "author")[
                :DASHBOARD_UPDATES
            ]
        )


@require_safe
@read_access_required
def dashboard(request: HttpRequest) -> HttpResponse:
    """The whole picture. Its content is cached (settings.DASHBOARD_CACHE_SECONDS)
    under a stamp that changes with every update, import and day, so what
    staff just recorded shows at once."""
    today = timezone.localdate()
    ctx = {
        "dash": DashboardData(today),
        "stamp": f"{today}:{ActionItem.objects.change_stamp()}",
        "cache_seconds": settings.DASHBOARD_CACHE_SECONDS,
    }
    return render(request, "decisions/dashboard.html", ctx)


# --- Action items -------------------------------------------------------------


def _sort_links(current: str) -> dict[str, dict]:
    """For each sortable column: the `o` value its header link sets (a second
    click reverses the order) and its aria-sort state."""
    links = {}
    for key, label in ORDERING_LABELS.items():
        if current == key:
            links[key] = {"label": label, "next": f"-{key}", "state": "ascending"}
        elif current == f"-{key}":
            links[key] = {"label": label, "next": key, "state": "descending"}
        else:
            links[key] = {"label": label, "next": key, "state": ""}
    return links


@require_safe
@read_access_required
def item_list(request: HttpRequest) -> HttpResponse:
    item_filter = ActionItemFilter(request.GET, queryset=ActionItem.objects.for_page())
    page = Paginator(item_filter.qs, ITEMS_PER_PAGE).get_page(request.GET.get("page"))
    ctx = {
        "filter": item_filter,
        "page": page,
        "sort": _sort_links(request.GET.get("o", "")),
        "is_filtered": any(v for k, v in request.GET.items() if k not in ("o", "page")),
    }
    return render(request, "decisions/item_list.html", ctx)


def _item_for_page(pk: int) -> ActionItem:
    return get_object_or_404(
        ActionItem.objects.select_related("decision__report", "owner").prefetch_related(
            "partners",
            "decision__translations",
            Prefetch("updates", queryset=StatusUpdate.objects.select_related("author")),
        ),
        pk=pk,
    )


def _render_item(
    request: HttpRequest,
    item: ActionItem,
    form: StatusUpdateForm | None,
    *,
    status: int = 200,
    conflict: bool = False,
) -> HttpResponse:
    updates = list(item.updates.all())
    ctx = {
        "item": item,
        "updates": updates,
        "latest_update": updates[0] if updates else None,
        "form": form,
        "conflict": conflict,
    }
    return render(request, "decisions/item_detail.html", ctx, status=status)


@read_access_required
def _item_show(request: HttpRequest, pk: int) -> HttpResponse:
    item = _item_for_page(pk)
    form = StatusUpdateForm.for_item(item) if can_update(request.user, item) else None
    return _render_item(request, item, form)


@login_with_role_required
def _item_record_update(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(ActionItem, pk=pk)
    if not can_update(request.user, item):
        raise PermissionDenied
    form = StatusUpdateForm(request.POST)
    if form.is_valid():
        try:
            services.action_item_set_status(
                item=item,
                status=form.cleaned_data["status"],
                note=form.cleaned_data["note"],
                by=request.user,
                expected_version=form.cleaned_data["version"],
            )
        except services.StaleItemError as e:
            # Someone updated the item since the page was shown: show them the
            # current state, keep what this user typed, overwrite nothing.
            current = _item_for_page(pk)
            form = form.with_version(e.item.version)
            return _render_item(request, current, form, status=409, conflict=True)
        except services.NothingToRecordError:
            form.add_error(None, _("Nothing to record: choose a different status or write a note."))
        else:
            messages.success(request, _("Your update was recorded."))
            return redirect(item)
    return _render_item(request, _item_for_page(pk), form, status=400)


@require_http_methods(["GET", "HEAD", "POST"])
def item_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The item as published with its history; a POST records an update."""
    if request.method == "POST":
        return _item_record_update(request, pk)
    return _item_show(request, pk)


# --- Bodies -------------------------------------------------------------------


@require_safe
@read_access_required
def body_list(request: HttpRequest) -> HttpResponse:
    bodies = list(Body.objects.with_progress().order_by("name_en"))
    ctx = {
        "bodies": [b for b in bodies if b.n_items],
        "idle_bodies": [b for b in bodies if not b.n_items],
    }
    return render(request, "decisions/body_list.html", ctx)


@require_safe
@read_access_required
def body_detail(request: HttpRequest, slug: str) -> HttpResponse:
    today = timezone.localdate()
    body = get_object_or_404(Body.objects.with_progress(today), slug=slug)
    items = (
        ActionItem.objects.for_page()
        .filter(owner=body)
        .annotate(
            overdue=Case(
                When(overdue_q(today), then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        )
        .order_by(
            "-decision__report__date",
            "decision__report__symbol",
            "-overdue",
            "decision__position",
        )
    )
    # A body may own thousands of items over the years: page them.
    page = Paginator(items, ITEMS_PER_PAGE).get_page(request.GET.get("page"))
    by_report = [
        {"report": group[0].decision.report, "items": group}
        for group in (list(g) for _, g in groupby(page, key=lambda i: i.decision.report_id))
    ]
    ctx = {
        "body": body,
        "status_rows": status_rows(body),
        "by_report": by_report,
        "page": page,
        "partner_items": body.partner_items.select_related("decision__report", "owner").order_by(
            "-decision__report__date", "decision__position"
        )[:ITEMS_PER_PAGE],
    }
    return render(request, "decisions/body_detail.html", ctx)


# --- Reports ------------------------------------------------------------------


@require_safe
@read_access_required
def report_list(request: HttpRequest) -> HttpResponse:
    reports = Report.objects.with_progress().order_by("-date", "symbol")
    page = Paginator(reports, REPORTS_PER_PAGE).get_page(request.GET.get("page"))
    ctx = {"reports": page, "page": page}
    return render(request, "decisions/report_list.html", ctx)


@require_safe
@read_access_required
def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_object_or_404(Report.objects.with_progress(), pk=pk)
    # Owners in the order the paragraph names them (the order of import).
    items = ActionItem.objects.select_related("owner").prefetch_related("partners").order_by("pk")
    decisions = Decision.objects.filter(report=report).prefetch_related(
        Prefetch("action_items", queryset=items), "translations"
    )
    ctx = {
        "report": report,
        "decisions": decisions,
        "status_rows": status_rows(report),
    }
    return render(request, "decisions/report_detail.html", ctx)


# --- Operations ---------------------------------------------------------------


@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """For load balancers and monitoring: 200 when the database answers, 503
    when it does not. Touches neither the session nor the user."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: a database outage is a 503 ("try again shortly"), not a
    crash; anything else is a plain 500 page. Never a traceback."""
    error = sys.exc_info()[1]
    if isinstance(error, DatabaseError):
        response = render_to_response_safely("503.html", status=503)
        response["Retry-After"] = "30"
        return response
    return render_to_response_safely("500.html", status=500)


def render_to_response_safely(template_name: str, *, status: int) -> HttpResponse:
    # No request context: it would read the session and the user, which
    # may be what failed.
    return HttpResponse(loader.render_to_string(template_name), status=status)


def locked_out(request: HttpRequest, credentials: dict | None = None, *args) -> HttpResponse:
    """django-axes' lockout page: says for how long, in the site's layout."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "registration/locked_out.html", {"cooloff_minutes": minutes}, status=429)
