"""A user's own settings: what they watch and their profile."""

from __future__ import annotations

from django.db import transaction

from decisions.models import (
    ActionItem,
    Body,
    Profile,
    Watch,
)


def watch_set(*, user, item: ActionItem | None = None, body: Body | None = None, on: bool) -> bool:
    """Watch (or stop watching) an item or a body; idempotent. The focal
    points of a body watch it without a row."""
    if (item is None) == (body is None):
        raise ValueError("watch an item or a body")
    target = {"item": item} if item is not None else {"body": body}
    with transaction.atomic():
        if on:
            Watch.objects.get_or_create(user=user, **target)
        else:
            Watch.objects.filter(user=user, **target).delete()
    return on


def profile_save(*, user, language: str, email_mode: str) -> Profile:
    """The user's language (of the pages and emails) and email mode."""
    profile, _ = Profile.objects.update_or_create(
        user=user, defaults={"language": language, "email_mode": email_mode}
    )
    return profile
