"""Who may read the pages and who may record an update on which item."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser, Permission

from decisions.permissions import can_read_pages, can_update, can_view
from tests.factory import make_body, make_item, make_user


@pytest.fixture
def item(db):
    return make_item(owner=make_body("t-owner"))


@pytest.mark.parametrize("group", ["viewers", "editors", "focal points"])
def test_every_role_group_may_view(db, group):
    assert can_view(make_user(groups=(group,)))


def test_a_superuser_may_view_and_update_anything(admin_user, item):
    assert can_view(admin_user)
    assert can_update(admin_user, item)


def test_a_user_with_no_role_may_not_view(db):
    assert not can_view(make_user())


def test_a_user_given_the_view_permission_directly_may_view(db):
    user = make_user()
    user.user_permissions.add(Permission.objects.get(codename="view_actionitem"))
    assert can_view(user)


def test_an_inactive_user_may_not_view(db):
    assert not can_view(make_user(groups=("viewers",), is_active=False))


def test_an_anonymous_visitor_may_read_only_when_public_read_is_on(settings, db):
    assert not can_read_pages(AnonymousUser())
    settings.PUBLIC_READ = True
    assert can_read_pages(AnonymousUser())
    assert not can_view(AnonymousUser())


def test_an_editor_may_update_any_item(editor, item):
    assert can_update(editor, item)


def test_a_viewer_may_not_update(viewer, item):
    assert not can_update(viewer, item)


def test_a_focal_point_may_update_the_items_of_its_bodies_only(item):
    user = make_user(groups=("focal points",))
    item.owner.focal_points.add(user)
    assert can_update(user, item)
    assert not can_update(user, make_item(owner=make_body("t-elsewhere")))


def test_a_focal_point_of_a_partner_may_not_update(item):
    partner = make_body("t-partner")
    item.partners.add(partner)
    user = make_user(groups=("focal points",))
    partner.focal_points.add(user)
    assert not can_update(user, item)


def test_an_anonymous_visitor_may_never_update(settings, item):
    settings.PUBLIC_READ = True
    assert not can_update(AnonymousUser(), item)
