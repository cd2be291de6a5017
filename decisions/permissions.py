"""Who may see the pages and who may record an update.

Three groups (created by migration 0002) give the roles: `viewers` read
everything, `editors` hold `decisions.record_update` and may update any
item, `focal points` read everything and may update the items owned by the
bodies they are linked to (`Body.focal_points`). Superusers may do anything.
"""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from decisions.models import ActionItem
from decisions.user_access import access_of

VIEW_PERMISSION = "decisions.view_actionitem"
UPDATE_PERMISSION = "decisions.record_update"


def can_view(user) -> bool:
    """A signed-in user with a role: superuser, a member of a role group,
    someone granted the view permission directly, or a linked focal point."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    access = access_of(user)
    if access.groups:
        return True
    return user.has_perm(VIEW_PERMISSION) or bool(access.focal_body_ids)


def can_read_pages(user) -> bool:
    """The read-only pages: open to anyone when settings.PUBLIC_READ is on."""
    return settings.PUBLIC_READ or can_view(user)


def reads_as_public(request) -> bool:
    """Whether this request reads as the public: not signed in, or signed in
    without a role (only let in by settings.PUBLIC_READ). Such a visitor
    reads through the public layer alone (ActionItemQuerySet.public,
    filters.PublicItemFilter): the public status, note and time, never
    internal data. Asked once per request."""
    cached = getattr(request, "_reads_as_public", None)
    if cached is None:
        cached = request._reads_as_public = not can_view(request.user)
    return cached


def records_any_update(user) -> bool:
    """Superusers, and editors: the permission to record an update on any
    item held with a role (can_view). Without a role the permission opens
    nothing: such a user reads as the public (reads_as_public), and every
    predicate below must agree with that, or a page rendered for them and
    kept for the public (decisions.items.page_cache) would show it what
    they were shown."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or (user.has_perm(UPDATE_PERMISSION) and can_view(user))


def can_update(user, item: ActionItem) -> bool:
    """Editors update any item; a focal point only the items its bodies own."""
    if not (user.is_authenticated and user.is_active):
        return False
    if records_any_update(user):
        return True
    return item.owner_id in access_of(user).focal_body_ids


def read_access_required(view):
    """Guard a read-only page: anonymous visitors go to the login page
    (unless PUBLIC_READ), signed-in users without a role get 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if reads_as_public(request) and not settings.PUBLIC_READ:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def login_with_role_required(view):
    """Guard a write: always needs a signed-in user with a role, whatever
    PUBLIC_READ says; the per-item check is the view's job (can_update)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not can_view(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def submits_updates(user) -> bool:
    """A focal point who records no update directly: what they propose goes
    to the secretariat's review (their "My submissions"). The `focal points`
    group says it; a user in another role group (a viewer) is taken at its
    role without asking for bodies, which a page has not read for them; one
    with no role group (linked to a body, or an importer) is asked."""
    if records_any_update(user) or not (user.is_authenticated and user.is_active):
        return False
    access = access_of(user)
    if access.groups:
        return "focal points" in access.groups
    return bool(access.focal_body_ids)


def can_review_bodies(user) -> bool:
    """Who registers or merges the bodies imports found (/bodies/review/):
    editors (records_any_update: the permission with a role), importers
    and superusers."""
    return records_any_update(user) or (
        user.is_authenticated and user.is_active and user.has_perm("decisions.import_report")
    )


def may_upload(user) -> bool:
    """Someone who may update at least some items: editors, superusers and
    focal points (each row is checked again with can_update)."""
    if records_any_update(user):
        return True
    return user.is_authenticated and bool(access_of(user).focal_body_ids)


# --- Follow-up workflow: submissions, correspondence, comments, files ----------


def is_secretariat(user) -> bool:
    """Editors, staff and superusers: they see every submission, letter and
    comment and review what focal points submit. The staff flag (the admin
    site) counts only with a role: alone, it opens no item (can_view)."""
    if not (user.is_authenticated and user.is_active):
        return False
    if records_any_update(user):
        return True
    return user.is_staff and can_view(user)


def focal_body_ids(user) -> set[int] | None:
    """The bodies whose correspondence and submissions a user sees: None for
    the secretariat (every body), a focal point's bodies, else none."""
    if is_secretariat(user):
        return None
    if not user.is_authenticated:
        return set()
    return set(access_of(user).focal_body_ids)


def can_review(user) -> bool:
    """Accept or return submissions, record letters and replies."""
    return records_any_update(user)


def is_focal_point_for(user, body_ids) -> bool:
    if not (user.is_authenticated and user.is_active):
        return False
    return not access_of(user).focal_body_ids.isdisjoint(body_ids)


def can_see_internal(user, item: ActionItem) -> bool:
    """Submissions, comments and evidence of an item: the secretariat and
    the focal points of the item's owner; never anonymous visitors."""
    return is_secretariat(user) or is_focal_point_for(user, [item.owner_id])


def needs_review(user, item: ActionItem) -> bool:
    """A focal point's update is a submission for an editor to review,
    unless the owner is one of settings.REVIEW_SKIP_BODIES."""
    if can_review(user):
        return False
    return item.owner.slug not in settings.REVIEW_SKIP_BODIES


def may_be_told_about_item(user, item: ActionItem) -> bool:
    """An email or digest about an item's internal work (a submission, its
    review, a comment, a mention) goes only to a user who may open the
    item's page (a role: can_view, whatever PUBLIC_READ says) and see that
    work there (can_see_internal). Asked when the email goes out."""
    return can_view(user) and can_see_internal(user, item)


def may_be_told_about_letter(user, letter) -> bool:
    """The same for a letter and its replies (can_see_letter)."""
    return can_view(user) and can_see_letter(user, letter)


def can_see_body_correspondence(user, body_id: int) -> bool:
    """A body's correspondence page: the secretariat, and the body's own
    focal points."""
    return is_secretariat(user) or is_focal_point_for(user, [body_id])


def can_see_letter(user, letter) -> bool:
    """The secretariat sees every letter; a focal point only the letters
    sent to its bodies."""
    if is_secretariat(user):
        return True
    return is_focal_point_for(user, letter.recipients.values_list("pk", flat=True))


def can_see_reply(user, reply) -> bool:
    """A reply is its sender's: the secretariat and the focal points of the
    body that replied see it, not the other recipients of the letter (who
    see the letter itself: can_see_letter)."""
    return is_secretariat(user) or is_focal_point_for(user, [reply.sender_id])


def may_be_told_about_reply(user, reply) -> bool:
    """An email about a reply: as may_be_told_about_letter, and the reply's."""
    return can_view(user) and can_see_reply(user, reply)


def can_see_evidence(user, evidence) -> bool:
    """A file or link is visible to whoever may see what it is attached to."""
    if evidence.letter_id:
        return can_see_letter(user, evidence.letter)
    if evidence.reply_id:
        return can_see_reply(user, evidence.reply)
    if evidence.item_id:
        return can_see_internal(user, evidence.item)
    return is_secretariat(user)


# --- Members' responses to a collective request ---------------------------------


def response_body_ids(user) -> set[int] | None:
    """The members whose responses `user` may record: None for editors and
    superusers (every member), a focal point's own bodies (a State records
    its own answer, never another's), else none."""
    if not (user.is_authenticated and user.is_active):
        return set()
    if records_any_update(user):
        return None
    return set(user.focal_bodies.values_list("pk", flat=True))


def can_record_response(user, member) -> bool:
    ids = response_body_ids(user)
    return ids is None or member.pk in ids
