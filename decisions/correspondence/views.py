"""The correspondence log, letters and replies, and the note verbale file."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from decisions.correspondence import notes_verbales
from decisions.correspondence import services as correspondence
from decisions.correspondence.forms import ITEMS_LISTED, LetterForm, ReplyForm
from decisions.correspondence.rows import letter_rows, letter_thread
from decisions.models import Body, Letter
from decisions.permissions import (
    can_review,
    can_see_body_correspondence,
    can_see_letter,
    focal_body_ids,
    is_secretariat,
    login_with_role_required,
)

PER_PAGE = 50


def _letters_for(user):
    return Letter.objects.for_user(user, see_all=is_secretariat(user)).for_log()


@require_safe
@login_with_role_required
def correspondence_log(request: HttpRequest) -> HttpResponse:
    """Letters sent, newest first, with what was answered and what awaits."""
    user = request.user
    letters = _letters_for(user)
    page = Paginator(letters, PER_PAGE).get_page(request.GET.get("page"))
    rows = letter_rows(page.object_list, body_ids=focal_body_ids(user))
    ctx = {"page": page, "rows": rows, "may_record": can_review(user)}
    return render(request, "decisions/correspondence/log.html", ctx)


@require_http_methods(["GET", "HEAD", "POST"])
@login_with_role_required
def letter_new(request: HttpRequest) -> HttpResponse:
    if not can_review(request.user):
        raise PermissionDenied
    if request.method != "POST":
        initial = {"sent_on": timezone.localdate(), **LetterForm.initial_from_query(request.GET)}
        return _render_letter_form(request, LetterForm(initial=initial))
    form = LetterForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render_letter_form(request, form, status=400)
    data = form.cleaned_data
    letter = correspondence.letter_record(
        kind=data["kind"],
        reference=data["reference"],
        sent_on=data["sent_on"],
        subject=data["subject"],
        recipients=data["recipients"],
        items=data["items"],
        chases=data["chases"],
        by=request.user,
        files=data["files"],
        links=data["links"],
    )
    messages.success(request, _("The letter was recorded."))
    return redirect(letter)


def _render_letter_form(request, form: LetterForm, *, status: int = 200) -> HttpResponse:
    ctx = {"form": form, "items_listed": ITEMS_LISTED}
    return render(request, "decisions/correspondence/letter_form.html", ctx, status=status)


def _letter_for(request: HttpRequest, pk: int) -> Letter:
    letter = get_object_or_404(Letter.objects.for_log(), pk=pk)
    if not can_see_letter(request.user, letter):
        raise PermissionDenied
    return letter


def _reply_initial(row) -> dict:
    """The reply form filled in: received today, from the first recipient
    still awaited (else the first recipient)."""
    waiting = [state.body for state in row.recipients if not state.answered]
    everyone = [state.body for state in row.recipients]
    sender = (waiting or everyone or [None])[0]
    initial = {"received_on": timezone.localdate()}
    if sender is not None:
        initial["sender"] = sender.pk
    return initial


def _render_letter(request, letter, reply_form=None, *, status=200):
    user = request.user
    body_ids = focal_body_ids(user)
    row = letter_rows([letter], body_ids=body_ids)[0]
    thread = letter_thread(letter, body_ids=body_ids)
    may_record = can_review(user)
    if reply_form is None and may_record:
        reply_form = ReplyForm(letter=letter, initial=_reply_initial(row))
    ctx = {
        "letter": letter,
        "row": row,
        "thread": thread,
        "has_replies": any(step.reply for step in thread),
        "evidence": list(letter.evidence.all()),
        "items": list(letter.items.select_related("decision__report", "owner")),
        "may_record": may_record,
        "reply_form": reply_form,
    }
    return render(request, "decisions/correspondence/letter_detail.html", ctx, status=status)


@require_safe
@login_with_role_required
def letter_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _render_letter(request, _letter_for(request, pk))


@require_POST
@login_with_role_required
def reply_new(request: HttpRequest, pk: int) -> HttpResponse:
    if not can_review(request.user):
        raise PermissionDenied
    letter = _letter_for(request, pk)
    form = ReplyForm(request.POST, request.FILES, letter=letter)
    if not form.is_valid():
        return _render_letter(request, letter, form, status=400)
    data = form.cleaned_data
    correspondence.reply_record(
        letter=letter,
        sender=data["sender"],
        received_on=data["received_on"],
        reference=data["reference"],
        summary=data["summary"],
        by=request.user,
        files=data["files"],
        links=data["links"],
    )
    messages.success(request, _("The reply was recorded."))
    return redirect(letter)


def _body_for(request: HttpRequest, slug: str) -> Body:
    body = get_object_or_404(Body, slug=slug)
    if not can_see_body_correspondence(request.user, body.pk):
        raise PermissionDenied
    return body


@require_safe
@login_with_role_required
def body_correspondence(request: HttpRequest, slug: str) -> HttpResponse:
    """One body: what was sent to it, what it answered, what still awaits."""
    body = _body_for(request, slug)
    letters = Letter.objects.filter(recipients=body).for_log()
    rows = letter_rows(letters, body_ids={body.pk})
    ctx = {
        "body": body,
        "rows": rows,
        "awaiting": [row for row in rows if row.awaiting],
        "may_record": can_review(request.user),
        "languages": notes_verbales.LANGUAGES,
    }
    return render(request, "decisions/correspondence/body.html", ctx)


@require_safe
@login_with_role_required
def note_verbale_docx(request: HttpRequest, slug: str) -> HttpResponse:
    """The draft of a note verbale to a body, listing its open items."""
    if not can_review(request.user):
        raise PermissionDenied
    body = get_object_or_404(Body, slug=slug)
    language = request.GET.get("lang", "fr")
    if language not in notes_verbales.LANGUAGES:
        return HttpResponse(
            _("Unknown language: choose ar, en or fr."), status=400, content_type="text/plain"
        )
    data = notes_verbales.note_verbale_docx(body=body, language=language)
    response = HttpResponse(data, content_type=notes_verbales.DOCX_TYPE)
    response["Content-Disposition"] = (
        f'attachment; filename="note-verbale-{body.slug}-{language}.docx"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
