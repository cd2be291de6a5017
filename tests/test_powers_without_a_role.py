"""A permission granted without a role (the admin's user permissions, or a
group that is none of the roles) opens nothing: such a user reads as the
public (PUBLIC_READ) or not at all, and what is rendered for them, kept in
the shared cache for every visitor of their kind, holds nothing internal."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from decisions.permissions import can_review, can_update, is_secretariat
from decisions.workflow.services import comment_add
from tests.factory import make_item, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def updater(db):
    """Given "record an update" in the admin, and no role."""
    user = make_user("bare-updater")
    user.user_permissions.add(Permission.objects.get(codename="record_update"))
    return user


def test_the_permission_alone_gives_no_power(updater):
    item = make_item()
    assert not can_review(updater)
    assert not is_secretariat(updater)
    assert not can_update(updater, item)


def test_what_is_rendered_for_them_and_kept_shows_the_public_nothing_internal(settings, updater):
    settings.PUBLIC_READ = True
    editor = make_user("bare-editor", groups=("editors",))
    item = make_item()
    comment_add(item=item, text="An internal remark.", by=editor)
    them = Client()
    them.force_login(updater)
    mine = them.get(item.get_absolute_url()).content.decode()
    anonymous = Client().get(item.get_absolute_url()).content.decode()
    # The public content, kept under the public's key, is served to everyone.
    assert "An internal remark." not in anonymous
    assert "An internal remark." not in mine
    assert "Record an update" not in mine + anonymous
