"""A permission granted without a role (the admin's user permissions, or a
group that is none of the roles) opens nothing: such a user reads as the
public (PUBLIC_READ) or not at all, and what is rendered for them, kept in
the shared cache for every visitor of their kind, holds nothing internal."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from decisions.permissions import can_review, can_update, is_secretariat
from decisions.workflow.services import comment_add
from tests.factory import make_item, make_user
from tests.test_security_matrix import EXPECTED, _world, outcome, world  # noqa: F401, F811

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


# --- Every address: the permissions of the app, given without a role, open none.


@pytest.fixture
def bare_everything(db):
    """Every permission of the app given directly, but the two that are a
    role by themselves: viewing the items (permissions.can_view) and
    importing reports (the importers', intake.access.can_import)."""
    user = make_user("bare-everything")
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="decisions").exclude(
            codename__in=("view_actionitem", "import_report")
        )
    )
    return user


@pytest.mark.one_engine
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_address_opens_to_permissions_without_a_role(world, bare_everything, name):  # noqa: F811
    """Whatever a signed-in user without a role gets (the matrix's "no
    role"), one holding every permission of the app without a role gets too."""
    url = reverse(name, kwargs=world["kwargs"].get(name))
    for method, expected in zip(("get", "post"), EXPECTED[name], strict=True):
        client = Client()
        client.force_login(bare_everything)
        got = outcome(getattr(client, method)(url), url)
        assert got == expected["no_role"], f"{method.upper()} {url}: {got}"
