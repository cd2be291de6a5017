"""Across meetings: the review queue of proposed renewals, the possible
duplicates, and lifecycle decisions on an item. Reads for everyone with a
role; every write for editors (decisions.record_update) and superusers,
through services_lineage."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST, require_safe

from decisions import services_lineage
from decisions.fields import PlainTextField
from decisions.models import ActionItem, OverlapFlag, RenewalLink, Report
from decisions.models.lineage import (
    LifecycleAction,
    LifecycleDecision,
    LifecycleReason,
    LinkState,
    OverlapState,
)
from decisions.permissions import can_review, can_view, login_with_role_required

PER_PAGE = 50

# Editors and superusers decide renewals, overlaps and lifecycles: the same
# test as for reviewing submissions.
can_edit = can_review


def editors_only(view):
    """Anonymous visitors go to the login page; anyone else who is not an
    editor gets 403."""

    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not (can_view(request.user) and can_edit(request.user)):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


def bad_request(request: HttpRequest, message: str) -> HttpResponse:
    return render(request, "decisions/lineage/bad_request.html", {"message": message}, status=400)


# --- Forms ------------------------------------------------------------------------


class QueueFilterForm(forms.Form):
    report = forms.ModelChoiceField(
        queryset=Report.objects.defer("source_text"), required=False, label=gettext_lazy("Report")
    )
    state = forms.ChoiceField(
        choices=[*LinkState.choices, ("all", gettext_lazy("All"))],
        required=False,
        label=gettext_lazy("State"),
    )


class RenewalDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("confirm", "confirm"), ("reject", "reject")])
    close_earlier = forms.BooleanField(required=False)


class OverlapFilterForm(forms.Form):
    state = forms.ChoiceField(
        choices=[*OverlapState.choices, ("all", gettext_lazy("All"))], required=False
    )


class OverlapDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("related", "related"), ("dismiss", "dismiss")])


class LifecycleForm(forms.Form):
    action = forms.ChoiceField(label=gettext_lazy("Decision"), choices=LifecycleAction.choices)
    reason = forms.ChoiceField(label=gettext_lazy("Reason"), choices=LifecycleReason.choices)
    approved_by = PlainTextField(
        label=gettext_lazy("Approved by"),
        max_length=LifecycleDecision._meta.get_field("approved_by").max_length,
        help_text=gettext_lazy("Who approved it: a person, or a meeting and its report."),
    )
    note = PlainTextField(
        label=gettext_lazy("Note"), required=False, max_length=10_000, widget=forms.Textarea(
            attrs={"rows": 2}
        )
    )  # fmt: skip

    def __init__(self, *args, **kwargs):
        # Its own ids: the item page also holds the update form's note.
        kwargs.setdefault("auto_id", "lifecycle_%s")
        super().__init__(*args, **kwargs)


def _errors(form: forms.Form) -> str:
    return "; ".join(f"{field}: {' '.join(errs)}" for field, errs in form.errors.items())


def _apply(request: HttpRequest, form: forms.Form, *, invalid: str | None, decide, done: str):
    """The shared part of the decision views: 400 with `invalid` (else the
    form's errors) or the service's DecisionError; otherwise `done` as a
    message and a redirect to what `decide(cleaned_data)` returns."""
    if not form.is_valid():
        return bad_request(request, invalid or _errors(form))
    try:
        to = decide(form.cleaned_data)
    except services_lineage.DecisionError as e:
        return bad_request(request, str(e))
    messages.success(request, done)
    return redirect(to)


# --- Renewals -----------------------------------------------------------------------


@require_safe
@login_with_role_required
def renewal_queue(request: HttpRequest) -> HttpResponse:
    """Proposed renewals to confirm or reject, filterable by report."""
    form = QueueFilterForm(request.GET)
    if not form.is_valid():
        return bad_request(request, _errors(form))
    links = RenewalLink.objects.for_queue()
    report = form.cleaned_data["report"]
    state = form.cleaned_data["state"] or LinkState.PROPOSED
    if report is not None:
        links = links.filter(later_item__decision__report=report)
    if state != "all":
        links = links.filter(state=state)
    page = Paginator(links, PER_PAGE).get_page(request.GET.get("page"))
    ctx = {
        "page": page,
        "form": form,
        "report": report,
        "state": state,
        "editor": can_edit(request.user),
        "reports": Report.objects.filter(
            decisions__action_items__renews_links__isnull=False
        ).distinct().only("pk", "symbol", "date").order_by("-date", "symbol"),
    }  # fmt: skip
    return render(request, "decisions/lineage/queue.html", ctx)


@require_POST
@editors_only
def renewal_decide(request: HttpRequest, pk: int) -> HttpResponse:
    link = get_object_or_404(RenewalLink, pk=pk)

    def decide(data: dict) -> str:
        services_lineage.renewal_decide(
            link=link,
            confirm=data["decision"] == "confirm",
            close_earlier=data["close_earlier"],
            by=request.user,
        )
        report_id = link.later_item.decision.report_id
        return f"{reverse('decisions:renewal_queue')}?report={report_id}"

    return _apply(
        request,
        RenewalDecisionForm(request.POST),
        invalid=_("Choose to confirm or reject the proposal."),
        decide=decide,
        done=_("Recorded."),
    )


# --- Possible duplicates --------------------------------------------------------


@require_safe
@login_with_role_required
def duplicates(request: HttpRequest) -> HttpResponse:
    """Items of different bodies or meetings that may ask the same thing
    (refreshed by `manage.py find_overlaps`)."""
    form = OverlapFilterForm(request.GET)
    if not form.is_valid():
        return bad_request(request, _errors(form))
    state = form.cleaned_data["state"] or OverlapState.FLAGGED
    flags = OverlapFlag.objects.for_page()
    if state != "all":
        flags = flags.filter(state=state)
    page = Paginator(flags, PER_PAGE).get_page(request.GET.get("page"))
    ctx = {"page": page, "state": state, "form": form, "editor": can_edit(request.user)}
    return render(request, "decisions/lineage/duplicates.html", ctx)


@require_POST
@editors_only
def overlap_decide(request: HttpRequest, pk: int) -> HttpResponse:
    flag = get_object_or_404(OverlapFlag, pk=pk)

    def decide(data: dict) -> str:
        services_lineage.overlap_decide(
            flag=flag, related=data["decision"] == "related", by=request.user
        )
        return "decisions:duplicates"

    return _apply(
        request,
        OverlapDecisionForm(request.POST),
        invalid=_("Choose to link the items or dismiss the flag."),
        decide=decide,
        done=_("Recorded."),
    )


# --- Lifecycle --------------------------------------------------------------------


@require_POST
@editors_only
def item_lifecycle(request: HttpRequest, pk: int) -> HttpResponse:
    """Keep, update or close an item, with a reason and who approved it."""
    item = get_object_or_404(ActionItem, pk=pk)

    def decide(data: dict) -> ActionItem:
        services_lineage.lifecycle_decide(item=item, by=request.user, **data)
        return item

    return _apply(
        request,
        LifecycleForm(request.POST),
        invalid=None,
        decide=decide,
        done=_("The decision was recorded."),
    )
