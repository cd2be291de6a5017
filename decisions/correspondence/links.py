"""The links to a body's correspondence that other pages show (the body page,
the item page), for the users who may follow them."""

from __future__ import annotations

from urllib.parse import urlencode

from django.urls import reverse

from decisions.correspondence.notes_verbales import LANGUAGES
from decisions.models import ActionItem, Body
from decisions.permissions import can_review, can_see_body_correspondence


def correspondence_links(
    user, body: Body, *, item: ActionItem | None = None, allowed: bool | None = None
) -> dict | None:
    """None for a user who may not see the body's correspondence; else the
    page's address and, for those who record letters, the note verbale
    drafts (one per language) and "Record a letter" with the body (and the
    item) filled in. `allowed`: can_see_body_correspondence, when the
    caller knows it already (the item page: can_see_internal)."""
    if allowed is None:
        allowed = can_see_body_correspondence(user, body.pk)
    if not allowed:
        return None
    links: dict = {
        "body": body,
        "log": reverse("decisions:body_correspondence", args=[body.slug]),
    }
    if can_review(user):
        note = reverse("decisions:note_verbale_docx", args=[body.slug])
        links["notes"] = [(code, f"{note}?lang={code}") for code in LANGUAGES]
        query = {"recipients": body.pk}
        if item is not None:
            query["items"] = item.pk
        links["letter_new"] = f"{reverse('decisions:letter_new')}?{urlencode(query)}"
    return links
