"""Downloads that take the data out (CSV, XLSX, the follow-up report) and
the filled-in spreadsheet brought back in. The work is done in exports.py
and followup.py; these stay thin."""

from __future__ import annotations

from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from decisions.correspondence import followup_letters
from decisions.items.filters import ActionItemFilter
from decisions.jobs.tasks import in_background
from decisions.models import ActionItem, Report
from decisions.permissions import focal_body_ids, login_with_role_required, may_upload
from decisions.reporting import exports, followup, followup_files, sheet_files, sheets
from decisions.reporting.followup_job import followup_job_start
from decisions.reporting.forms import SheetUploadForm
from decisions.web import pop_signed_preview

XLSX_TYPE = exports.XLSX_TYPE
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
UPLOAD_SESSION_KEY = "sheet_upload"
UPLOAD_SALT = "decisions.sheet_upload"
UPLOAD_MAX_AGE = 60 * 60  # seconds between the preview and the confirmation


def _download(content: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _item_filter(request: HttpRequest) -> ActionItemFilter:
    """The action item list as /items/ shows it, same GET parameters."""
    return ActionItemFilter(request.GET, queryset=ActionItem.objects.for_list())


def _bad_filter(request: HttpRequest, item_filter: ActionItemFilter) -> HttpResponse:
    """The list ignores a filter it cannot read and says so; a download
    cannot say so, and would hold more items than asked: refuse it."""
    ctx = {"filter": item_filter, "query": request.GET.urlencode()}
    return render(request, "decisions/exports/bad_filter.html", ctx, status=400)


# --- Exports ------------------------------------------------------------------


@require_safe
@login_with_role_required
def items_export_csv(request: HttpRequest) -> HttpResponse:
    item_filter = _item_filter(request)
    if not item_filter.is_valid():
        return _bad_filter(request, item_filter)
    name = f"action-items-{timezone.localdate():%Y-%m-%d}.csv"
    content = exports.items_csv(item_filter.qs)
    return _download(content, "text/csv; charset=utf-8", name)


@require_safe
@login_with_role_required
def items_export_xlsx(request: HttpRequest) -> HttpResponse:
    item_filter = _item_filter(request)
    if not item_filter.is_valid():
        return _bad_filter(request, item_filter)
    name = f"action-items-{timezone.localdate():%Y-%m-%d}.xlsx"
    return _download(exports.items_xlsx(item_filter.qs), XLSX_TYPE, name)


# --- The spreadsheet round trip -----------------------------------------------


def _upload_page(request, form, *, result=None, error="", status=200) -> HttpResponse:
    ctx = {"form": form, "result": result, "error": error}
    return render(request, "decisions/exports/upload.html", ctx, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
@login_with_role_required
def items_upload(request: HttpRequest) -> HttpResponse:
    """GET: the form. POST: read the file, check every row, show the
    changes; they are kept (signed) in the session until confirmed."""
    if not may_upload(request.user):
        raise PermissionDenied
    if request.method != "POST":
        request.session.pop(UPLOAD_SESSION_KEY, None)
        return _upload_page(request, SheetUploadForm())
    form = SheetUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _upload_page(request, form, status=400)
    upload = form.cleaned_data["file"]
    try:
        result = sheets.sheet_changes_read(data=upload.read(), user=request.user)
    except sheet_files.SheetError as e:
        return _upload_page(request, form, error=str(e), status=400)
    finally:
        upload.close()
    if result.errors:
        request.session.pop(UPLOAD_SESSION_KEY, None)
        return _upload_page(request, SheetUploadForm(), result=result, status=400)
    if result.changes:
        payload = {"user": request.user.pk, "changes": [c.as_dict() for c in result.changes]}
        request.session[UPLOAD_SESSION_KEY] = signing.dumps(payload, salt=UPLOAD_SALT)
    return _upload_page(request, SheetUploadForm(), result=result)


@require_POST
@login_with_role_required
def items_upload_confirm(request: HttpRequest) -> HttpResponse:
    if not may_upload(request.user):
        raise PermissionDenied
    payload = pop_signed_preview(
        request, UPLOAD_SESSION_KEY, salt=UPLOAD_SALT, max_age=UPLOAD_MAX_AGE
    )
    if payload is None:
        messages.error(
            request, _("Nothing to confirm: the preview expired. Upload the file again.")
        )
        return redirect("decisions:items_upload")
    changes = [sheets.SheetChange(**c) for c in payload["changes"]]
    try:
        done = sheets.sheet_changes_apply(changes=changes, by=request.user)
    except sheets.SheetApplyError as e:
        messages.error(
            request,
            _("Nothing was recorded: %(error)s. Export the list and try again.") % {"error": e},
        )
        return redirect("decisions:items_upload")
    if done.recorded or not done.submitted:
        n = done.recorded
        messages.success(
            request, ngettext("%(n)d update recorded.", "%(n)d updates recorded.", n) % {"n": n}
        )
    if done.submitted:
        n = done.submitted
        messages.success(
            request,
            ngettext(
                "%(n)d row sent for review: an editor will accept or return it.",
                "%(n)d rows sent for review: an editor will accept or return them.",
                n,
            )
            % {"n": n},
        )
    return redirect("decisions:item_list")


# --- The follow-up report -----------------------------------------------------


def letters_scope(user) -> followup_letters.Scope:
    """The correspondence a document may cite for this reader, as the
    correspondence log shows it: every letter for the secretariat, the
    letters sent to a focal point's bodies, none for anyone else (viewers;
    anonymous visitors do not get the report at all)."""
    body_ids = focal_body_ids(user)
    if body_ids is None:
        return followup_letters.ALL
    return frozenset(body_ids) or None


def _followup(request: HttpRequest, pk: int, ext: str) -> HttpResponse:
    report = get_object_or_404(Report.objects.defer("source_text"), pk=pk)
    lang = request.GET.get("lang") or report.language
    lang = lang if lang in followup.LANGUAGES else "en"
    scope = letters_scope(request.user)
    content = followup_files.followup_cached(report, lang, ext, correspondence=scope)
    if content is None and in_background():
        # Not built since it last changed: a job builds it, its page shows
        # the steps, then serves the file.
        job = followup_job_start(user=request.user, report=report, lang=lang, ext=ext, scope=scope)
        return redirect(job)
    if content is None:
        content = followup_files.followup_render(report, lang, ext, correspondence=scope)
    content_type = "application/pdf" if ext == "pdf" else DOCX_TYPE
    return _download(content, content_type, followup_files.filename(report, lang, ext))


@require_safe
@login_with_role_required
def report_followup_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    return _followup(request, pk, "pdf")


@require_safe
@login_with_role_required
def report_followup_docx(request: HttpRequest, pk: int) -> HttpResponse:
    return _followup(request, pk, "docx")
