"""Theme pages and editing an item's themes."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from decisions.asof import as_of_response
from decisions.charts import lazy_trend_chart
from decisions.models import ActionItem, status_rows
from decisions.models.catalog import Theme
from decisions.permissions import (
    can_review,
    login_with_role_required,
    read_access_required,
)
from decisions.themes.forms import ItemThemesForm
from decisions.themes.services import item_themes_set
from decisions.web import is_public_visit

ITEMS_PER_PAGE = 50


def may_edit_themes(user) -> bool:
    """Secretariat staff: editors and superusers (not focal points)."""
    return can_review(user)


@require_safe
@read_access_required
def theme_list(request: HttpRequest) -> HttpResponse:
    themes = sorted(
        Theme.objects.with_progress(public=is_public_visit(request)), key=Theme.list_key
    )
    # Themes no item is tagged with yet: listed apart, still linked.
    ctx = {
        "themes": [t for t in themes if t.n_items],
        "idle_themes": [t for t in themes if not t.n_items],
    }
    return render(request, "decisions/themes/list.html", ctx)


@require_safe
@read_access_required
def theme_detail(request: HttpRequest, slug: str) -> HttpResponse:
    today = timezone.localdate()
    # Anonymous visitors (PUBLIC_READ): the public status, counts and badges.
    public = is_public_visit(request)

    def tagged() -> tuple[str, QuerySet]:
        theme = get_object_or_404(Theme, slug=slug)
        return theme.name, ActionItem.objects.filter(themes=theme)

    live_url = reverse("decisions:theme_detail", args=[slug])
    as_of = as_of_response(request, live_url=live_url, scope=tagged, public=public)
    if as_of is not None:
        return as_of
    theme = get_object_or_404(Theme.objects.with_progress(today, public=public), slug=slug)
    items = ActionItem.objects.for_page(public=public).filter(themes=theme)
    page = Paginator(items, ITEMS_PER_PAGE).get_page(request.GET.get("page"))
    ctx = {
        "theme": theme,
        "status_rows": status_rows(theme),
        "page": page,
        "today": today,
        "trend_chart": lazy_trend_chart(
            ActionItem.objects.filter(themes=theme), today, public=public
        ),
    }
    return render(request, "decisions/themes/detail.html", ctx)


@require_http_methods(["GET", "HEAD", "POST"])
@login_with_role_required
def item_themes_edit(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(ActionItem.objects.select_related("decision__report", "owner"), pk=pk)
    if not may_edit_themes(request.user):
        raise PermissionDenied
    if request.method == "POST":
        form = ItemThemesForm(request.POST)
        if form.is_valid():
            item_themes_set(item=item, slugs=[t.slug for t in form.cleaned_data["themes"]])
            messages.success(request, _("The item's themes were saved."))
            return redirect(item)
        status = 400
    else:
        form = ItemThemesForm(initial={"themes": list(item.themes.all())})
        status = 200
    return render(
        request, "decisions/themes/edit.html", {"item": item, "form": form}, status=status
    )
