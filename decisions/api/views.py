"""The read API and the page where a user makes and revokes API keys.

Every resource is read-only; a key sees what its user may see on the pages
(`can_view`: a role), nothing when revoked. The docs and the schema are
public: they describe the API and hold no data."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST
from drf_spectacular.views import SpectacularSwaggerSplitView
from rest_framework import viewsets

from decisions.api import serializers
from decisions.api.auth import api_token_create, api_token_revoke
from decisions.api.filters import ParagraphFilter, UpdateFilter
from decisions.fields import PlainTextField
from decisions.items.filters import ActionItemFilter
from decisions.models import ActionItem, Body, Decision, Report, StatusUpdate
from decisions.models.catalog import ApiToken
from decisions.permissions import login_with_role_required


class ReportViewSet(viewsets.ReadOnlyModelViewSet):
    """Imported meeting reports, most recent first (without their source text)."""

    serializer_class = serializers.ReportSerializer
    queryset = Report.objects.defer("source_text").order_by("-date", "symbol", "pk")


class ParagraphViewSet(viewsets.ReadOnlyModelViewSet):
    """Operative paragraphs, with their text in the other language versions."""

    serializer_class = serializers.ParagraphSerializer
    filterset_class = ParagraphFilter
    queryset = (
        Decision.objects.select_related("report")
        .only("id", "report__id", "report__symbol", "number", "position", "kind", "text")
        .prefetch_related("translations")
        .order_by("report__date", "report__symbol", "position", "pk")
    )


class BodyViewSet(viewsets.ReadOnlyModelViewSet):
    """Bodies asked to act, with their item counts per status."""

    serializer_class = serializers.BodySerializer
    lookup_field = "slug"
    lookup_value_regex = "[-a-zA-Z0-9_]+"  # a slug: a NUL or a dot is not found
    queryset = Body.objects.select_related("parent").order_by("name_en", "pk")

    def get_queryset(self):
        return super().get_queryset().with_progress()


class ItemViewSet(viewsets.ReadOnlyModelViewSet):
    """Action items; the filters of the /items/ page, through the same
    FilterSet (report, paragraph, owner, theme, status, overdue, due_after,
    due_before, q, o; `o=asked` sorts oldest first)."""

    serializer_class = serializers.ItemSerializer
    filterset_class = ActionItemFilter
    queryset = ActionItem.objects.for_list().prefetch_related("themes")


class UpdateViewSet(viewsets.ReadOnlyModelViewSet):
    """The history of every item, newest first."""

    serializer_class = serializers.UpdateSerializer
    filterset_class = UpdateFilter
    queryset = StatusUpdate.objects.select_related("author").order_by("-created_at", "-pk")


class DocsView(SpectacularSwaggerSplitView):
    """Swagger UI from the sidecar's files, its setup script served apart:
    no inline script or style, so the site's Content-Security-Policy holds."""

    template_name = "decisions/api/swagger_ui.html"


# --- The API keys page ------------------------------------------------------------


class ApiTokenForm(forms.Form):
    name = PlainTextField(
        label=gettext_lazy("What it is for"),
        required=False,
        max_length=ApiToken._meta.get_field("name").max_length,
    )


def _tokens_page(
    request: HttpRequest, *, new_key: str = "", form: ApiTokenForm | None = None, status: int = 200
) -> HttpResponse:
    tokens = ApiToken.objects.filter(user=request.user)
    ctx = {"tokens": tokens, "new_key": new_key, "form": form}
    return render(request, "decisions/api/tokens.html", ctx, status=status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@login_with_role_required
def tokens_page(request: HttpRequest) -> HttpResponse:
    """The user's keys; a POST makes one and shows it, once."""
    if request.method == "POST":
        form = ApiTokenForm(request.POST)
        if not form.is_valid():
            return _tokens_page(request, form=form, status=400)
        name = form.cleaned_data["name"] or _("API key")
        _token, key = api_token_create(user=request.user, name=name)
        return _tokens_page(request, new_key=key, status=201)
    return _tokens_page(request)


@require_POST
@login_with_role_required
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    if api_token_revoke(user=request.user, token_id=pk):
        messages.success(request, _("The key was revoked: it no longer works."))
    return redirect("api:tokens")
