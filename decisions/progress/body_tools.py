"""The parts of a body's page outside its cached content that differ by the
kind of reader: the watch form (signed-in readers), the links to its letters
and its focal points (insiders: the secretariat and the body's own focal
points), the note verbale drafts and "Record a letter" (reviewers), and
the way to register a body not in the registry yet (editors, importers).

They are rendered once per process for each body, kind of reader and
language and kept in the process's memory (CACHES["nav"]), the forms'
CSRF token as a placeholder (decisions.web) and the focal points panel as a
hole, both filled on each request: a request then costs a look-up instead of
a template and half a dozen reverse() calls."""

from __future__ import annotations

import hashlib

from django.core.cache import caches
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from decisions.correspondence.links import correspondence_links
from decisions.models import Body
from decisions.permissions import can_review, can_review_bodies
from decisions.web import token_placeholder, with_reader_token

KEEP_SECONDS = 86400

# Where the focal points panel (registry.focal_points.focal_points_html) goes.
PANEL_HOLE = "<!--focal-points-->"


def body_tools_html(
    request: HttpRequest, body: Body, *, insider: bool, panel: str, token: str | None
) -> str:
    """The watch form and the insiders' links and panel (`panel`, rendered
    for this reader) for `body`; `token` the page's CSRF token, if drawn."""
    user = request.user
    signed_in = user.is_authenticated
    reviewer = insider and can_review(user)
    # A body not in the registry yet: who may register or merge it is led there.
    registers = not body.registered and can_review_bodies(user)
    shown = repr(
        [body.pk, body.slug, body.name, signed_in, insider, reviewer, registers, get_language()]
    )
    key = "body_tools:" + hashlib.sha256(shown.encode()).hexdigest()
    kept = caches["nav"].get(key)
    if kept is None:
        ctx = {
            "body": body,
            "signed_in": signed_in,
            "insider": insider,
            "registers": registers,
            "correspondence": correspondence_links(user, body, allowed=insider),
            "csrf_token": token_placeholder(),
            "panel_hole": mark_safe(PANEL_HOLE),  # noqa: S308 (a constant)
        }
        kept = render_to_string("decisions/progress/_body_tools.html", ctx)
        caches["nav"].set(key, kept, KEEP_SECONDS)
    html = with_reader_token(kept, request, token) if signed_in else kept
    return mark_safe(html.replace(PANEL_HOLE, panel))  # noqa: S308 (templates' output)
