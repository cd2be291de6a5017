"""The matrix of an item owned by a collective body: each member's response,
filterable, exportable and uploadable back; one member's response edited."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from decisions.asof import BadDate, as_of_day, bad_date_response
from decisions.correspondence import notes_verbales
from decisions.models import ActionItem
from decisions.models.responses import members_sorted
from decisions.permissions import (
    can_record_response,
    can_review,
    login_with_role_required,
    read_access_required,
    reads_as_public,
    response_body_ids,
)
from decisions.responses import services, sheets
from decisions.responses.forms import MemberResponseForm, ResponseFilter, ResponseSheetUploadForm
from decisions.responses.matrix import (
    counts_of,
    former_responses,
    members_of,
    not_answered,
    rows_of,
)
from decisions.web import pop_signed_preview

UPLOAD_SALT = "decisions.responses.upload"
UPLOAD_MAX_AGE = 60 * 60


def _item(pk: int) -> ActionItem:
    return get_object_or_404(ActionItem.objects.select_related("owner", "decision__report"), pk=pk)


def _may_record(user):
    ids = response_body_ids(user)
    return lambda body: ids is None or body.pk in ids


@require_safe
@read_access_required
def item_responses(request: HttpRequest, pk: int) -> HttpResponse:
    """The matrix: "31 of 57 answered; 12 acted", then each member with its
    response, filtered by status. The public sees the counts only. With
    `?as_of=`: the members on that day and the responses recorded by then,
    read-only."""
    item = _item(pk)
    live_url = reverse("decisions:item_responses", args=[item.pk])
    try:
        day = as_of_day(request)
    except BadDate as e:
        return bad_date_response(request, e, live_url)
    members = members_of(item, day)
    counts = counts_of(members)
    if not counts.total:
        if item.owner.kind not in services.COLLECTIVE_KINDS:
            raise Http404
        # A collective body whose members the registry does not list (yet, or then).
        ctx = {"item": item, "empty": True, "day": day, "live_url": live_url}
        return render(request, "decisions/responses/matrix.html", ctx)
    ctx = {
        "item": item,
        "counts": counts,
        "public": reads_as_public(request),
        "day": day,
        "live_url": live_url,
    }
    if not ctx["public"]:
        response_filter = ResponseFilter(request.GET, queryset=members)
        status = 400 if not response_filter.is_valid() else 200
        if status == 400:
            response_filter = ResponseFilter({}, queryset=members)
        # As of a day the page is read-only: nothing is recorded there.
        ids = response_body_ids(request.user) if day is None else set()
        may_record = (lambda body: True) if ids is None else (lambda body: body.pk in ids)
        ctx |= {
            "filter": response_filter,
            "rows": rows_of(item, response_filter.qs, may_record=may_record, day=day),
            "former": former_responses(item, members, day),
            "may_record_any": ids is None,
            "may_record_some": ids is None or bool(ids),
        }
        if ids is None:
            waiting = not_answered(members)
            query = urlencode([("recipients", b.pk) for b in waiting] + [("items", item.pk)])
            ctx["letter_url"] = f"{reverse('decisions:letter_new')}?{query}"
            ctx["waiting"] = len(waiting)
            ctx["may_draft"] = can_review(request.user)
        return render(request, "decisions/responses/matrix.html", ctx, status=status)
    return render(request, "decisions/responses/matrix.html", ctx)


@require_POST
@login_with_role_required
def item_responses_notes_verbales(request: HttpRequest, pk: int) -> HttpResponse:
    """The drafts of a note verbale about this item to every member that has
    not answered: one per member (a State's to its Permanent Mission), each
    in its working language, in one ZIP. Nothing is recorded: a letter sent
    is recorded on its own page."""
    if not can_review(request.user):
        raise PermissionDenied
    item = get_object_or_404(
        ActionItem.objects.select_related("owner", "decision__report")
        .defer("decision__report__source_text")
        .prefetch_related("decision__translations"),
        pk=pk,
    )
    members = members_of(item)
    if not members.exists():
        raise Http404
    waiting = members_sorted(not_answered(members))
    if not waiting:
        messages.info(request, _("Every member has answered: no note verbale to draft."))
        return redirect("decisions:item_responses", pk=item.pk)
    data = notes_verbales.notes_verbales_zip(bodies=waiting, items=[item])
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = (
        f'attachment; filename="notes-verbales-item-{item.pk}-{len(waiting)}.zip"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _member(item: ActionItem, member_pk: int):
    body = members_of(item).filter(pk=member_pk).first()
    if body is None:
        raise Http404
    return body


def _edit_page(request, item, body, form, *, status=200, current=None, conflict=False):
    ctx = {"item": item, "body": body, "form": form, "conflict": conflict, "current": current}
    return render(request, "decisions/responses/edit.html", ctx, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
@login_with_role_required
def item_response_edit(request: HttpRequest, pk: int, member: int) -> HttpResponse:
    """One member's response: editors record any; a State's focal point
    only its own State's. A form shown before someone else recorded is
    answered 409 with what is recorded now, and the typed values kept."""
    item = _item(pk)
    body = _member(item, member)
    if not can_record_response(request.user, body):
        raise PermissionDenied
    current = body.responses.filter(item=item).first()
    if request.method != "POST":
        return _edit_page(request, item, body, MemberResponseForm.for_response(current))
    form = MemberResponseForm(request.POST)
    if not form.is_valid():
        return _edit_page(request, item, body, form, status=400)
    try:
        services.member_response_record(
            item=item,
            member=body,
            values=form.values(),
            by=request.user,
            expected_version=form.cleaned_data["version"],
        )
    except services.StaleResponseError as e:
        data = request.POST.copy()
        data["version"] = e.response.version if e.response else 0
        form = MemberResponseForm(data)
        form.is_valid()
        return _edit_page(request, item, body, form, status=409, current=e.response, conflict=True)
    messages.success(request, _("The response of %(name)s was recorded.") % {"name": body.name})
    return redirect("decisions:item_responses", pk=item.pk)


@require_safe
@login_with_role_required
def item_responses_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    item = _item(pk)
    members = members_of(item)
    if not members.exists():
        raise Http404
    rows = rows_of(item, members, may_record=lambda b: False)
    response = HttpResponse(sheets.responses_xlsx(item, rows), content_type=sheets.XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="responses-item-{item.pk}.xlsx"'
    return response


def _session_key(item: ActionItem) -> str:
    return f"responses-upload-{item.pk}"


def _upload_page(request, item, form, *, result=None, error="", status=200):
    ctx = {"item": item, "form": form, "result": result, "error": error}
    return render(request, "decisions/responses/upload.html", ctx, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
@login_with_role_required
def item_responses_upload(request: HttpRequest, pk: int) -> HttpResponse:
    """GET: the form. POST: read the file, check every row, show the changes
    (kept signed in the session until confirmed); nothing is written."""
    item = _item(pk)
    if response_body_ids(request.user) == set():
        raise PermissionDenied
    if not members_of(item).exists():
        raise Http404
    if request.method != "POST":
        request.session.pop(_session_key(item), None)
        return _upload_page(request, item, ResponseSheetUploadForm())
    form = ResponseSheetUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _upload_page(request, item, form, status=400)
    upload = form.cleaned_data["file"]
    try:
        result = sheets.response_changes_read(
            item=item, data=upload.read(), may_record=_may_record(request.user)
        )
    except sheets.SheetError as e:
        return _upload_page(request, item, form, error=str(e), status=400)
    finally:
        upload.close()
    request.session.pop(_session_key(item), None)
    if result.errors:
        return _upload_page(request, item, ResponseSheetUploadForm(), result=result, status=400)
    if result.changes:
        payload = {"user": request.user.pk, "changes": [c.as_dict() for c in result.changes]}
        request.session[_session_key(item)] = signing.dumps(payload, salt=UPLOAD_SALT)
    return _upload_page(request, item, ResponseSheetUploadForm(), result=result)


@require_POST
@login_with_role_required
def item_responses_upload_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    item = _item(pk)
    if response_body_ids(request.user) == set():
        raise PermissionDenied
    payload = pop_signed_preview(
        request, _session_key(item), salt=UPLOAD_SALT, max_age=UPLOAD_MAX_AGE
    )
    if payload is None:
        messages.error(
            request, _("Nothing to confirm: the preview expired. Upload the file again.")
        )
        return redirect("decisions:item_responses_upload", pk=item.pk)
    changes = [sheets.ResponseChange(**c) for c in payload["changes"]]
    ids = response_body_ids(request.user)
    if ids is not None and any(c.member not in ids for c in changes):
        raise PermissionDenied
    try:
        n = sheets.response_changes_apply(item=item, changes=changes, by=request.user)
    except (services.StaleResponseError, KeyError):
        messages.error(
            request,
            _("Nothing was recorded: a response was recorded meanwhile. Export the matrix again."),
        )
        return redirect("decisions:item_responses_upload", pk=item.pk)
    messages.success(
        request, ngettext("%(n)d response recorded.", "%(n)d responses recorded.", n) % {"n": n}
    )
    return redirect("decisions:item_responses", pk=item.pk)
