"""Evidence downloads: files never have a public address; each download
checks that the user may see what the file is attached to."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from decisions.models import Evidence
from decisions.permissions import can_see_evidence, login_with_role_required


@require_safe
@login_with_role_required
def evidence_download(request: HttpRequest, pk: int) -> HttpResponse:
    evidence = get_object_or_404(
        Evidence.objects.select_related("item", "letter", "reply__letter"), pk=pk
    )
    if not can_see_evidence(request.user, evidence):
        raise PermissionDenied
    if not evidence.file:
        raise Http404
    try:
        handle = evidence.file.open("rb")
    except (FileNotFoundError, OSError) as e:
        raise Http404 from e
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=evidence.original_name or "file",
        content_type=evidence.content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
