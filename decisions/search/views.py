"""The search page: one box over paragraphs, items and notes (decisions/search.py)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from decisions.permissions import can_view, read_access_required
from decisions.search import queries as searching


@require_safe
@read_access_required
def search(request: HttpRequest) -> HttpResponse:
    """Notes are internal: shown only to users with a role, not to the
    visitors PUBLIC_READ lets in."""
    raw = request.GET.get("q", "")
    show_notes = can_view(request.user)
    ctx: dict = {"q": raw[: searching.MAX_QUERY_LENGTH], "results": None, "error": ""}
    ctx["show_notes"] = show_notes
    try:
        query = searching.clean_query(raw)
    except searching.SearchQueryError as e:
        ctx["error"] = str(e)
        return render(request, "decisions/search/results.html", ctx, status=400)
    ctx["q"] = query
    if query:
        ctx["results"] = searching.search(query, include_notes=show_notes)
    return render(request, "decisions/search/results.html", ctx)
