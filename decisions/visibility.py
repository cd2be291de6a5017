"""Who may read each model that hangs on an action item or a body: anonymous
visitors (settings.PUBLIC_READ) or only signed-in users with a role. One
place, checked against the walk of `_meta` (tests/test_relations.py): a new
model that refers to an item or a body fails that test until it is declared
here. A public model may still have internal rows or fields; the comment
says which part anonymous visitors see."""

from __future__ import annotations

PUBLIC = "public"
INTERNAL = "internal"

VISIBILITY: dict[str, str] = {
    "decisions.ActionItem": PUBLIC,  # its status only through PublicStatus where set
    "decisions.ActionItem_partners": PUBLIC,
    "decisions.Body": PUBLIC,
    "decisions.Body_focal_points": INTERNAL,
    "decisions.Comment": INTERNAL,
    "decisions.Comment_mentions": INTERNAL,
    "decisions.Evidence": INTERNAL,
    "decisions.Letter": INTERNAL,
    "decisions.Letter_items": INTERNAL,
    "decisions.Letter_recipients": INTERNAL,
    "decisions.Job": INTERNAL,  # its owner's (and superusers') only, never anonymous
    "decisions.LifecycleDecision": INTERNAL,
    "decisions.MemberResponse": INTERNAL,  # the public sees counts per status, never a row
    "decisions.MemberResponseChange": INTERNAL,  # the history of the responses: never shown
    "decisions.Membership": PUBLIC,  # who belongs to a collective body
    "decisions.Notification": INTERNAL,  # an email waiting for the digest
    "decisions.OverlapFlag": PUBLIC,  # the flags staff marked related, as related items
    "decisions.PublicStatus": PUBLIC,
    "decisions.ReminderSent": INTERNAL,
    "decisions.RenewalLink": PUBLIC,  # the confirmed links, as the item's lineage and age
    "decisions.Reply": INTERNAL,
    "decisions.StatusUpdate": INTERNAL,  # the history and its notes
    "decisions.Submission": INTERNAL,
    "decisions.Theme_items": PUBLIC,
    "decisions.Watch": INTERNAL,
}
