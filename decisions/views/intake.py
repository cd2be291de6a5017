"""Importing a report in the browser: upload or paste, review what was found
paragraph by paragraph, correct it, import it. The work is done in
services_intake.py; these stay thin."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from decisions.forms_intake import ReportIntakeForm, paragraph_corrections
from decisions.models import Body, ImportDraft
from decisions.services_intake import (
    DraftError,
    draft_correct_paragraph,
    draft_import,
    draft_plan,
    draft_restructure,
    draft_start,
    segments,
)
from decisions.text.paragraphs import DuplicateNumberError, ReportParseError

IMPORT_PERMISSION = "decisions.import_report"


def can_import(user) -> bool:
    """Importers (the `importers` group, or the permission given directly) and superusers."""
    return (
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm(IMPORT_PERMISSION))
    )


def import_permission_required(view):
    """Anonymous visitors go to the login page; others without the permission get 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not can_import(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


# --- Upload or paste ----------------------------------------------------------


def _new_page(request, form, *, error="", offer_renumber=False, status=200) -> HttpResponse:
    ctx = {"form": form, "error": error, "offer_renumber": offer_renumber}
    return render(request, "decisions/intake/new.html", ctx, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
@import_permission_required
def intake_new(request: HttpRequest) -> HttpResponse:
    """GET: the form. POST: read the file or the text and make (or resume) a
    draft of it; bad input gets the form again with a message, 400."""
    if request.method != "POST":
        return _new_page(request, ReportIntakeForm())
    form = ReportIntakeForm(request.POST, request.FILES)
    if not form.is_valid():
        return _new_page(request, form, status=400)
    data = form.cleaned_data
    try:
        draft, resumed = draft_start(
            user=request.user,
            text=data["report_text"],
            source_name=data["source_name"],
            renumber=data["renumber"],
        )
    except DuplicateNumberError as e:
        # Keep the text read from the file, so that renumbering needs no new upload.
        again = ReportIntakeForm(
            initial={"text": data["report_text"], "source_name": data["source_name"]}
        )
        return _new_page(request, again, error=str(e), offer_renumber=True, status=400)
    except ReportParseError as e:
        return _new_page(request, form, error=str(e), status=400)
    for warning in data["document_warnings"]:
        messages.warning(request, warning)
    if resumed:
        messages.info(request, _("Your draft of this report was resumed, with its corrections."))
    return redirect(draft)


@require_safe
@import_permission_required
def intake_drafts(request: HttpRequest) -> HttpResponse:
    drafts = ImportDraft.objects.for_list(request.user)
    return render(request, "decisions/intake/drafts.html", {"drafts": drafts})


# --- Review and correct -------------------------------------------------------


def _draft_page(request, draft: ImportDraft, *, error="", status=200) -> HttpResponse:
    plan = draft_plan(draft)
    paragraphs = []
    for d in plan["decisions"]:
        items = d["action_items"]
        paragraphs.append(
            {
                "d": d,
                "segments": segments(d.get("shown", d["text"]), d.get("marks", [])),
                "items": [
                    {**item, "partner_names": "; ".join(p["name"] for p in item["partners"])}
                    for item in items
                ],
                "rows": len(items) + 1,
                "blank_row": len(items),
            }
        )
    ctx = {
        "draft": draft,
        "plan": plan,
        "paragraphs": paragraphs,
        "error": error,
        "bodies": Body.objects.order_by("-registered", "name_en").values_list(
            "name_en", "slug", "registered"
        ),
        "rtl": draft.language == "ar",
    }
    return render(request, "decisions/intake/draft.html", ctx, status=status)


def _my_draft(request, pk: int) -> ImportDraft:
    return get_object_or_404(ImportDraft, pk=pk, user=request.user)


@require_http_methods(["GET", "HEAD", "POST"])
@import_permission_required
def intake_draft(request: HttpRequest, pk: int) -> HttpResponse:
    """GET: the paragraphs beside what was found in them. POST `action`:
    `correct` a paragraph's kind and items, `split` it before some words,
    `join` it with the next one."""
    draft = _my_draft(request, pk)
    if request.method != "POST":
        return _draft_page(request, draft)
    action = request.POST.get("action", "")
    number = request.POST.get("number", "")
    try:
        if action == "correct":
            number, kind, items = paragraph_corrections(request.POST)
            draft_correct_paragraph(draft=draft, number=number, kind=kind, items=items)
        elif action in ("split", "join"):
            draft_restructure(
                draft=draft, op=action, number=number, before=request.POST.get("before", "")
            )
        else:
            return _draft_page(request, draft, error=_("Nothing to do."), status=400)
    except (ValidationError, DraftError) as e:
        message = " ".join(e.messages) if isinstance(e, ValidationError) else str(e)
        return _draft_page(request, draft, error=message, status=400)
    messages.success(request, _("Paragraph %(number)s corrected.") % {"number": number})
    return redirect(f"{draft.get_absolute_url()}#para-{number}")


@require_POST
@import_permission_required
def intake_draft_import(request: HttpRequest, pk: int) -> HttpResponse:
    """Write the draft, as corrected, all at once."""
    draft = _my_draft(request, pk)
    try:
        result = draft_import(draft=draft)
    except ReportParseError as e:
        return _draft_page(request, draft, error=str(e), status=400)
    for warning in result.warnings:
        messages.warning(request, warning)
    if result.translation_of is not None:
        messages.success(
            request,
            _("Linked as the %(lang)s version: %(n)s paragraphs.")
            % {"lang": draft.language, "n": result.linked_paragraphs},
        )
    else:
        messages.success(
            request,
            _("Imported: %(p)s paragraphs, %(i)s action items, %(b)s new bodies to review.")
            % {
                "p": result.created_decisions,
                "i": result.created_items,
                "b": len(result.created_bodies),
            },
        )
    return redirect(result.report)
