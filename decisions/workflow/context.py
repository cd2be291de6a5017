"""What the item page shows of the workflow: forms, submissions, evidence,
comments and letters, for the user who looks."""

from __future__ import annotations

from django.db.models import Q
from django.http import HttpRequest

from decisions.models import (
    ActionItem,
    Comment,
    Evidence,
    Letter,
    PublicStatus,
    Submission,
)
from decisions.permissions import (
    can_review,
    can_see_internal,
    can_update,
    needs_review,
    reads_as_public,
)
from decisions.workflow.forms import CommentForm, EvidenceForm, PublicStatusForm, SubmissionForm


def item_workflow_context(request: HttpRequest, item: ActionItem, **forms) -> dict:
    """What the item page's workflow partials show; nothing internal for a
    user who may not see it (anonymous visitors above all)."""
    user = request.user
    ctx: dict = {"public_status": PublicStatus.objects.filter(item=item).first()}
    if reads_as_public(request):
        # PUBLIC_READ visitors (no role): the public status and note, never
        # the internal history notes (nor anything below).
        ctx.update({"updates": [], "latest_update": None, "public_visit": True})
    if not can_see_internal(user, item):
        return ctx
    submissions = list(
        Submission.objects.filter(item=item)
        .select_related("author", "reviewed_by")
        .prefetch_related("evidence")
    )
    # Per kind of reader (the page is kept so: decisions.items.page_cache).
    letters = list(Letter.objects.about_item(item, every_recipient=can_review(user)).for_log())
    # The evidence of the updates (an accepted submission's included, for
    # the history) and what editors attached (the Evidence section).
    evidence = list(
        Evidence.objects.filter(item=item)
        .filter(Q(submission__isnull=True) | Q(update__isnull=False))
        .select_related("update")
    )
    history_evidence: dict[int, list[Evidence]] = {}
    for e in evidence:
        if e.update_id:
            history_evidence.setdefault(e.update_id, []).append(e)
    ctx.update(
        {
            "show_internal": True,
            "submissions": submissions,
            "pending_submissions": [s for s in submissions if s.is_pending()],
            "update_evidence": [e for e in evidence if e.submission_id is None],
            "history_evidence": history_evidence,
            "comments": list(
                Comment.objects.filter(item=item)
                .select_related("author")
                .prefetch_related("mentions")
            ),
            "comment_form": forms.get("comment_form") or CommentForm(),
            "item_letters": letters_with_state(letters, body_ids={item.owner_id}),
        }
    )
    if can_update(user, item) and needs_review(user, item):
        ctx["submission_form"] = forms.get("submission_form") or SubmissionForm.for_item(item)
    if can_review(user):
        ctx["evidence_form"] = forms.get("evidence_form") or EvidenceForm()
        ctx["public_form"] = PublicStatusForm(
            initial={
                "status": ctx["public_status"].status if ctx["public_status"] else item.status,
                "note": ctx["public_status"].note if ctx["public_status"] else "",
            }
        )
    return ctx


def letters_with_state(letters, *, body_ids=None):
    """Imported late: correspondence builds the per-recipient state."""
    from decisions.correspondence.rows import letter_rows

    return letter_rows(letters, body_ids=body_ids)
