"""Importing a report: upload, the draft's review page, import and discard."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from decisions.intake.access import import_permission_required
from decisions.intake.draft_job import draft_job_start, is_large
from decisions.intake.draft_plans import DraftError
from decisions.intake.draft_renewals import draft_decide_renewal
from decisions.intake.drafts import (
    DraftStale,
    draft_discard,
    draft_import,
    draft_import_each_part,
    draft_part_choose,
    draft_plan,
    draft_restructure,
    draft_review_save,
    draft_start,
)
from decisions.intake.forms import (
    DraftRenewalForm,
    ReportIntakeForm,
    review_corrections,
    structure_step,
    title_block_corrections,
)
from decisions.intake.importing import SymbolMissing
from decisions.intake.review_page import draft_page
from decisions.lineage.access import can_edit
from decisions.models import ImportDraft, Job
from decisions.text.paragraphs import DuplicateNumberError, ReportParseError


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
    if "job_bytes" in data or is_large(chars=len(data["report_text"])):
        job = draft_job_start(
            user=request.user,
            source_name=data["source_name"],
            data=data.get("job_bytes"),
            text=data["report_text"],
            renumber=data["renumber"],
        )
        return redirect(job)
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


def _drafts_page(request: HttpRequest, *, error: str = "", status: int = 200) -> HttpResponse:
    drafts = ImportDraft.objects.for_list(request.user)
    jobs = Job.objects.for_drafts_list(request.user)
    ctx = {"drafts": drafts, "jobs": jobs, "error": error}
    return render(request, "decisions/intake/drafts.html", ctx, status=status)


@require_safe
@import_permission_required
def intake_drafts(request: HttpRequest) -> HttpResponse:
    return _drafts_page(request)


@require_POST
@import_permission_required
def intake_draft_discard(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete one of the user's drafts not imported, once confirmed."""
    draft = _my_draft(request, pk)
    if request.POST.get("confirm") != "yes":
        error = _("Tick the box to confirm that the draft is to be discarded.")
        return _drafts_page(request, error=error, status=400)
    try:
        draft_discard(draft=draft)
    except DraftError as e:
        return _drafts_page(request, error=str(e), status=400)
    messages.success(request, _("The draft was discarded."))
    return redirect("decisions:intake_drafts")


def _my_draft(request, pk: int) -> ImportDraft:
    return get_object_or_404(ImportDraft, pk=pk, user=request.user)


@require_http_methods(["GET", "HEAD", "POST"])
@import_permission_required
@gzip_page  # a long report's review is large; gzip keeps it light (BREACH-padded)
def intake_draft(request: HttpRequest, pk: int) -> HttpResponse:
    """GET: the paragraphs beside what was found in them. POST `action`:
    `save` the review (every paragraph's kind and items, one form; only the
    paragraphs changed are recorded, all or none), `split` a paragraph
    before some words, `join` it with the next one; `renewal`: an editor
    confirms or rejects a renewal the import would propose (applied on
    import)."""
    draft = _my_draft(request, pk)
    if request.method != "POST":
        return draft_page(request, draft, steps=request.GET.get("steps", ""))
    action = request.POST.get("action", "")
    if action == "renewal":
        return _renewal_post(request, draft)
    if action == "save":
        return _review_post(request, draft)
    if action == "part":
        return _part_post(request, draft)
    if not action:
        action = next((op for op in ("split", "join") if request.POST.get(op)), "")
    try:
        if action in ("split", "join"):
            number, before = structure_step(request.POST, action)
            draft_restructure(draft=draft, op=action, number=number, before=before)
        else:
            return draft_page(request, draft, error=_("Nothing to do."), status=400)
    except (ValidationError, DraftError) as e:
        message = " ".join(e.messages) if isinstance(e, ValidationError) else str(e)
        return draft_page(request, draft, error=message, status=400)
    messages.success(request, _("Paragraph %(number)s corrected.") % {"number": number})
    return redirect(f"{draft.get_absolute_url()}#para-{number}")


def _review_post(request, draft: ImportDraft) -> HttpResponse:
    """Save the review form: the paragraphs changed, together or not at all;
    then the Split or Join pressed, if one was (each paragraph's are buttons
    of the review form, so that no edit is lost by them)."""
    op = next((op for op in ("split", "join") if request.POST.get(op)), "")
    pressed = request.POST.get(op, "") if op else ""  # shown again if the review is refused
    step = number = None
    try:
        plan = draft_plan(draft)
        version, changed = review_corrections(request.POST, plan["decisions"])
        typed = title_block_corrections(request.POST, plan["report"])
        if op:
            number, before = structure_step(request.POST, op)
            step = {"op": op, "number": number, "before": before}
        draft_review_save(
            draft=draft,
            paragraphs=changed,
            expected_version=version,
            step=step,
            title_block=typed,
        )
    except DraftStale as e:
        return draft_page(
            request, draft, error=str(e), status=409, posted=request.POST, steps=pressed
        )
    except (ValidationError, DraftError) as e:
        message = " ".join(e.messages) if isinstance(e, ValidationError) else str(e)
        return draft_page(
            request, draft, error=message, status=400, posted=request.POST, steps=pressed
        )
    if changed:
        numbers = ", ".join(number for number, _kind, _items in changed)
        messages.success(
            request, _("Saved: paragraphs %(numbers)s corrected.") % {"numbers": numbers}
        )
    if typed:
        messages.success(request, _("Saved: the title block as typed."))
    if step:
        messages.success(request, _("Paragraph %(number)s corrected.") % {"number": number})
        return redirect(f"{draft.get_absolute_url()}#para-{number}")
    if not changed and not typed:
        messages.info(request, _("Nothing was changed."))
    return redirect(draft)


def _part_post(request, draft: ImportDraft) -> HttpResponse:
    """Review another part of a document that holds several."""
    try:
        draft_part_choose(draft=draft, part=request.POST.get("part", ""))
    except ReportParseError as e:
        return draft_page(request, draft, error=str(e), status=400)
    plan = draft_plan(draft)
    messages.success(
        request,
        _("Now reviewing part %(n)s: %(symbol)s.")
        % {"n": plan["part"], "symbol": plan["report"]["symbol"] or _("(no symbol)")},
    )
    return redirect(draft)


def _renewal_post(request, draft: ImportDraft) -> HttpResponse:
    if not can_edit(request.user):
        raise PermissionDenied
    form = DraftRenewalForm(request.POST)
    if not form.is_valid():
        return draft_page(request, draft, error=_("Choose to confirm or reject the renewal."),
                           status=400)  # fmt: skip
    data = form.cleaned_data
    try:
        draft_decide_renewal(
            draft=draft,
            link_id=data["link"],
            decision=data["decision"],
            close_earlier=data["close_earlier"],
        )
    except DraftError as e:
        return draft_page(request, draft, error=str(e), status=400)
    messages.success(request, _("Recorded; it is applied when the report is imported."))
    number = data["link"].rsplit("|", 2)[0]
    return redirect(f"{draft.get_absolute_url()}#para-{number}")


@require_POST
@import_permission_required
def intake_draft_import(request: HttpRequest, pk: int) -> HttpResponse:
    """Write the draft, as corrected, all at once."""
    draft = _my_draft(request, pk)
    editor = can_edit(request.user)
    part = request.POST.get("part", "")
    try:
        with transaction.atomic():
            if part and part != str(draft_plan(draft).get("part")):
                # "Import this part" beside another part than the one reviewed:
                # that part, as read, in one step.
                draft_part_choose(draft=draft, part=part)
            result = draft_import(draft=draft, renewals_by=request.user if editor else None)
    except SymbolMissing:
        draft.refresh_from_db()
        error = _(
            "No document symbol was read in the title block, and none was typed: nothing "
            "was imported. Type the symbol in the field “Document symbol” below, save the "
            "review, then import."
        )
        return draft_page(request, draft, error=error, status=400, focus="symbol")
    except ReportParseError as e:
        draft.refresh_from_db()
        return draft_page(request, draft, error=str(e), status=400)
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
    if result.renewals_job is not None:
        messages.info(
            request,
            _(
                "The other renewals this report may make are being proposed in the "
                "background: they will be in Renewals to review within minutes."
            ),
        )
    decided = result.renewals_decided
    if decided.get("confirm") or decided.get("reject"):
        messages.success(
            request,
            _("Renewals: %(c)s confirmed, %(r)s rejected, as decided in the review.")
            % {"c": decided.get("confirm", 0), "r": decided.get("reject", 0)},
        )
    return redirect(result.report)


@require_POST
@import_permission_required
def intake_draft_import_parts(request: HttpRequest, pk: int) -> HttpResponse:
    """Import each part of the draft's document as its own report, all at once."""
    draft = _my_draft(request, pk)
    try:
        done = draft_import_each_part(draft=draft)
    except ReportParseError as e:
        return draft_page(request, draft, error=str(e), status=400)
    for part, result in done:
        for warning in result.warnings:
            messages.warning(request, f"{part.symbol or part.index}: {warning}")
    messages.success(
        request,
        _("Imported %(n)s reports, one for each part: %(symbols)s.")
        % {
            "n": len(done),
            "symbols": ", ".join(r.report.symbol for _p, r in done if r.report is not None),
        },
    )
    return redirect("decisions:report_list")
