"""Pages and downloads that take the data out (CSV, XLSX, the follow-up
report, calendar feeds) or bring a filled-in spreadsheet back in. The work
is done in exports.py, followup.py, calendar.py; these stay thin."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from decisions import calendar, exports, followup
from decisions.filters import ActionItemFilter
from decisions.models import ActionItem, Body, CalendarToken, Report
from decisions.permissions import UPDATE_PERMISSION, login_with_role_required

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
UPLOAD_SESSION_KEY = "sheet_upload"
UPLOAD_SALT = "decisions.sheet_upload"
UPLOAD_MAX_AGE = 60 * 60  # seconds between the preview and the confirmation


def _download(content: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _filtered_items(request: HttpRequest):
    """The action item list as /items/ shows it, same GET parameters."""
    return ActionItemFilter(request.GET, queryset=ActionItem.objects.for_list()).qs


# --- Exports ------------------------------------------------------------------


@require_safe
@login_with_role_required
def items_export_csv(request: HttpRequest) -> HttpResponse:
    name = f"action-items-{timezone.localdate():%Y-%m-%d}.csv"
    content = exports.items_csv(_filtered_items(request))
    return _download(content, "text/csv; charset=utf-8", name)


@require_safe
@login_with_role_required
def items_export_xlsx(request: HttpRequest) -> HttpResponse:
    name = f"action-items-{timezone.localdate():%Y-%m-%d}.xlsx"
    return _download(exports.items_xlsx(_filtered_items(request)), XLSX_TYPE, name)


# --- The spreadsheet round trip -----------------------------------------------


class SheetUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet (.xlsx)"),
        help_text=gettext_lazy(
            "An XLSX export of the action item list, with the columns "
            "'new status' and 'new note' filled in."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx," + XLSX_TYPE}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > exports.MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is %(size)s bytes; the limit is %(limit)s.")
                % {
                    "size": formats.number_format(upload.size, force_grouping=True),
                    "limit": formats.number_format(exports.MAX_UPLOAD_BYTES, force_grouping=True),
                }
            )
        if not upload.name.lower().endswith(".xlsx"):
            raise forms.ValidationError(
                _("This is not an .xlsx file: export the list as XLSX and upload that.")
            )
        return upload


def may_upload(user) -> bool:
    """Someone who may update at least some items: editors, superusers and
    focal points (each row is checked again with can_update)."""
    return user.is_superuser or user.has_perm(UPDATE_PERMISSION) or user.focal_bodies.exists()


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
        result = exports.sheet_changes_read(data=upload.read(), user=request.user)
    except exports.SheetError as e:
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
    token = request.session.pop(UPLOAD_SESSION_KEY, None)
    try:
        payload = signing.loads(token or "", salt=UPLOAD_SALT, max_age=UPLOAD_MAX_AGE)
    except signing.BadSignature:
        payload = None
    if not payload or payload.get("user") != request.user.pk:
        messages.error(
            request, _("Nothing to confirm: the preview expired. Upload the file again.")
        )
        return redirect("decisions:items_upload")
    changes = [exports.SheetChange(**c) for c in payload["changes"]]
    try:
        n = exports.sheet_changes_apply(changes=changes, by=request.user)
    except exports.SheetApplyError as e:
        messages.error(
            request,
            _("Nothing was recorded: %(error)s. Export the list and try again.") % {"error": e},
        )
        return redirect("decisions:items_upload")
    messages.success(
        request, ngettext("%(n)d update recorded.", "%(n)d updates recorded.", n) % {"n": n}
    )
    return redirect("decisions:item_list")


# --- The follow-up report -----------------------------------------------------


def _followup(request: HttpRequest, pk: int) -> followup.FollowUp:
    report = get_object_or_404(Report, pk=pk)
    lang = request.GET.get("lang") or report.language
    return followup.followup_build(report, lang if lang in followup.LANGUAGES else "en")


@require_safe
@login_with_role_required
def report_followup_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    doc = _followup(request, pk)
    name = followup.filename(doc.report, doc.lang, "pdf")
    return _download(followup.followup_pdf(doc), "application/pdf", name)


@require_safe
@login_with_role_required
def report_followup_docx(request: HttpRequest, pk: int) -> HttpResponse:
    doc = _followup(request, pk)
    name = followup.filename(doc.report, doc.lang, "docx")
    return _download(followup.followup_docx(doc), DOCX_TYPE, name)


# --- Calendar -----------------------------------------------------------------


@require_safe
@login_with_role_required
def calendar_page(request: HttpRequest) -> HttpResponse:
    token = CalendarToken.objects.filter(user=request.user).first()
    feeds = []
    if token:
        base = calendar.site_url()
        feeds.append(
            (_("All open items"), base + reverse("decisions:calendar_all", args=[token.key]))
        )
        bodies = Body.objects.filter(pk__in=calendar.feed_items().values("owner_id")).order_by(
            "name_en"
        )
        for body in bodies:
            url = reverse("decisions:calendar_body", args=[token.key, body.slug])
            feeds.append((body.name, base + url))
    return render(request, "decisions/calendar/index.html", {"token": token, "feeds": feeds})


@require_POST
@login_with_role_required
def calendar_token_new(request: HttpRequest) -> HttpResponse:
    calendar.calendar_token_renew(user=request.user)
    messages.success(request, _("A new calendar address was made; the old ones no longer work."))
    return redirect("decisions:calendar")


@require_POST
@login_with_role_required
def calendar_token_delete(request: HttpRequest) -> HttpResponse:
    if calendar.calendar_token_revoke(user=request.user):
        messages.success(request, _("Your calendar addresses were revoked."))
    return redirect("decisions:calendar")


def _ics(content: bytes, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{name}"'
    response["Cache-Control"] = "private, max-age=900"
    return response


@require_safe
def calendar_feed_all(request: HttpRequest, key: str) -> HttpResponse:
    if calendar.user_for_key(key) is None:
        raise Http404
    ics = calendar.feed_ics(calendar.feed_items(), name=_("OIC follow-up: due dates"))
    return _ics(ics, "all.ics")


@require_safe
def calendar_feed_body(request: HttpRequest, key: str, slug: str) -> HttpResponse:
    if calendar.user_for_key(key) is None:
        raise Http404
    body = get_object_or_404(Body, slug=slug)
    name = _("OIC follow-up: %(body)s") % {"body": body.name}
    ics = calendar.feed_ics(calendar.feed_items(body), name=name)
    return _ics(ics, f"{body.slug}.ics")
