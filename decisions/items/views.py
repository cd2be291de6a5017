"""The action item list: filters, sorts and pages."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_safe

from decisions.items.filters import ORDERING_LABELS, item_filter_for
from decisions.permissions import may_upload, read_access_required
from decisions.web import cache_context, is_public_visit, lazy_page

ITEMS_PER_PAGE = 50


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
    public = is_public_visit(request)
    # Built (its QuerySet's annotations, its form's fields), counted, read
    # and rendered only when the page's content is not in the cache: a page
    # from the cache costs none of it.
    item_filter = SimpleLazyObject(lambda: item_filter_for(request.GET, public=public))
    ctx = {
        "filter": item_filter,
        "page": lazy_page(lambda: item_filter.qs, request, ITEMS_PER_PAGE),
        "sort": SimpleLazyObject(lambda: _sort_links(request.GET.get("o", ""))),
        # The spreadsheet upload's link: only for who may use it.
        "may_upload": may_upload(request.user),
        "is_filtered": any(v for k, v in request.GET.items() if k not in ("o", "page")),
        **cache_context(request, timezone.localdate()),
    }
    return render(request, "decisions/item_list.html", ctx)
