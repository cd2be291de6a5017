"""A body's focal points, named by email on the body's page: an address
with no account gets one, without a usable password, and an invitation
with a link to choose it (Django's password reset token)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.cache import caches
from django.core.mail import EmailMessage
from django.db import connection, transaction
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

from decisions.models import Body
from decisions.permissions import can_review, is_focal_point_for, is_secretariat
from decisions.registry.forms import FocalPointForm
from decisions.web import kept_without_token, site_url, with_reader_token

SUBJECT_PREFIX = "[OIC follow-up] "


class FocalPointError(ValueError):
    """The address cannot be made a focal point; the message says why."""


@dataclass
class FocalPointAdded:
    user: object
    created: bool  # a new account, invited to choose its password
    already: bool  # was a focal point of the body already


def invitation_link(user) -> str:
    """The address where an invited user chooses a password: the password
    reset page, on SITE_URL, with a token that one use (or a password set
    any other way, or a login) invalidates."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return site_url() + reverse("password_reset_confirm", args=[uid, token])


def _log(*, by, body: Body, message: str) -> None:
    """The change in the body's history (the admin's log: who, when, what)."""
    if by is None or not by.is_authenticated:
        return
    LogEntry.objects.log_actions(
        user_id=by.pk,
        queryset=[body],
        action_flag=CHANGE,
        change_message=message,
        single_object=True,
    )


def _invite(user, *, body: Body, by) -> None:
    ctx = {
        "user": user,
        "body": body,
        "by": by,
        "link": invitation_link(user) if settings.PASSWORD_RESET_ENABLED else "",
        "login_url": site_url() + reverse("login"),
        "site_url": site_url(),
    }
    EmailMessage(
        subject=SUBJECT_PREFIX + gettext("You are a focal point of %(body)s") % {"body": body.name},
        body=render_to_string("emails/focal_point_invited.txt", ctx),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
    ).send(fail_silently=True)


def focal_point_add(*, body: Body, email: str, by) -> FocalPointAdded:
    """Make the account with this address a focal point of the body, or a
    new account (no usable password) invited by email to choose one; the
    email goes once the change is committed. Raises FocalPointError."""
    users = get_user_model()
    email = email.strip()
    with transaction.atomic():
        found = list(users.objects.filter(email__iexact=email)[:2])
        if len(found) > 1:
            raise FocalPointError(
                gettext("Several accounts have this address: choose one in the administration.")
            )
        created = not found
        if created:
            if users.objects.filter(username__iexact=email).exists():
                raise FocalPointError(gettext("An account is named after this address."))
            user = users(username=email, email=email)
            user.set_unusable_password()
            user.save()
        else:
            user = found[0]
        already = body.focal_points.filter(pk=user.pk).exists()
        if not already:
            body.focal_points.add(user)
            _log(by=by, body=body, message=f"Focal point added: {user.email}")
        if created:
            transaction.on_commit(lambda: _invite(user, body=body, by=by))
    return FocalPointAdded(user=user, created=created, already=already)


def focal_point_remove(*, body: Body, user, by) -> bool:
    """The user is no longer a focal point of the body: every permission
    that came from it ends with the next request (the permissions are read
    from the database each time). False if it was not one."""
    with transaction.atomic():
        if not body.focal_points.filter(pk=user.pk).exists():
            return False
        body.focal_points.remove(user)
        _log(by=by, body=body, message=f"Focal point removed: {user.email or user.get_username()}")
    return True


def focal_points_of(body: Body) -> list:
    """The body's focal points by name, each marked `invited` while they
    have not yet chosen a password nor logged in."""
    # Fixed SQL, the body page's: the ORM takes longer to build this join
    # than the database to run it.
    q = connection.ops.quote_name
    columns, joins, order = focal_points_join("b")
    sql = (
        f"SELECT {columns} FROM {q(Body._meta.db_table)} b {joins} "  # noqa: S608
        f"WHERE b.{q('id')} = %s AND f.{q('id')} IS NOT NULL ORDER BY {order}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [body.pk])
        return focal_points_from_rows(cursor.fetchall())


# What the panel shows of a focal point (focal_points_html).
SHOWN = {
    "id",
    "first_name",
    "last_name",
    "email",
    "username",
    "last_login",
    "password",
    "is_active",
}


def _person_fields() -> list[str]:
    """SHOWN in the user model's order of fields, as Model.from_db reads them."""
    return [f.attname for f in get_user_model()._meta.concrete_fields if f.attname in SHOWN]


def focal_points_join(body: str) -> tuple[str, str, str]:
    """A body's focal points read with its row (the body page's one query):
    the columns (SHOWN in the model's order, named fp_<field>, NULL
    without a focal point),
    the LEFT JOINs from the body's table aliased `body`, and the order of the
    names: last, first, email."""
    user_model = get_user_model()
    q = connection.ops.quote_name
    through = Body.focal_points.through._meta
    user_id = q(through.get_field("user").column)
    body_id = q(through.get_field("body").column)
    columns = ", ".join(f"u.{q(name)} AS {q('fp_' + name)}" for name in _person_fields())
    joins = (
        f"LEFT JOIN {q(through.db_table)} f ON f.{body_id} = {body}.{q('id')} "
        f"LEFT JOIN {q(user_model._meta.db_table)} u ON u.{q('id')} = f.{user_id}"
    )
    order = ", ".join(f"u.{q(name)}" for name in ("last_name", "first_name", "email", "id"))
    return columns, joins, order


def focal_points_from_rows(rows) -> list:
    """The users of focal_points_join's columns (rows without one skipped),
    each marked `invited` while they have not yet chosen a password nor
    logged in. Only SHOWN is read: the other fields are deferred (the
    panel does not show them)."""
    user_model = get_user_model()
    names = _person_fields()
    people = []
    for row in rows:
        if row[0] is None:
            continue
        person = user_model.from_db(connection.alias, names, row)
        person.is_active = bool(person.is_active)  # SQLite's 0 and 1
        person.invited = person.last_login is None and not person.has_usable_password()
        people.append(person)
    return people


def may_manage_focal_points(user) -> bool:
    """Editors and administrators name and remove focal points; a focal
    point does not (it would hand its body to anyone)."""
    return can_review(user)


def focal_points_html(request, panel: dict, token: str | None = None) -> str:
    """The panel rendered, kept per process under what it shows (each
    person's names, address and flags, whether the reader manages them, the
    language): a change of any of it is a new key. The forms' token is kept
    as a placeholder, the reader's put back in (decisions.web): `token`, the
    one the rest of the page shows, when the caller has it."""
    people = [
        (p.pk, p.get_full_name(), p.email, p.get_username(), p.invited, p.is_active)
        for p in panel["people"]
    ]
    shown = repr([panel["body"].slug, panel["manage"], get_language(), people])
    key = "focal_points:" + hashlib.sha256(shown.encode()).hexdigest()
    kept = caches["nav"].get(key)
    if kept is not None:
        return mark_safe(with_reader_token(kept, request, token))  # noqa: S308 (a template's output)
    token = token or get_token(request)
    # The empty form only when rendered, not for a panel from the cache.
    ctx = {**panel, "form": FocalPointForm() if panel["manage"] else None, "csrf_token": token}
    html = render_to_string("decisions/bodies/_focal_points.html", ctx, request)
    caches["nav"].set(key, kept_without_token(html, token), PANEL_SECONDS)
    return html


PANEL_SECONDS = 86400


def focal_points_panel(
    user, body: Body, *, insider: bool | None = None, people: list | None = None
) -> dict | None:
    """What the body's page shows of its focal points: their names and
    addresses to the secretariat and to the body's own focal points, the
    form to those who manage them; nothing to anyone else (the public
    included: names and addresses are personal). `insider`: whether the
    user is one of those, when the caller knows it already; `people`: the
    focal points, when the caller read them with the body."""
    if insider is None:
        insider = is_secretariat(user) or is_focal_point_for(user, [body.pk])
    if not insider:
        return None
    manage = may_manage_focal_points(user)
    return {
        "people": focal_points_of(body) if people is None else people,
        "manage": manage,
        "body": body,
    }
