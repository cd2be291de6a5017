"""The menu leads each role to its own working list: editors to the review
queue, focal points to their submissions; a viewer or an importer, who
submits nothing, gets no link to an always empty "My submissions". "Home"
is there for who has a home page (editors, focal points, importers): a
viewer's would lead to the dashboard, named beside it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factory import make_body, make_user

pytestmark = pytest.mark.django_db

MINE = f'href="{reverse("decisions:my_submissions")}"'
REVIEW = f'href="{reverse("decisions:review_queue")}"'
HOME = f'<li><a href="{reverse("decisions:home")}"'


def menu_of(client, user) -> str:
    client.force_login(user)
    content = client.get(reverse("decisions:item_list")).content.decode()
    return content[content.index('<ul class="nav-links">') : content.index("</ul>")]


@pytest.mark.parametrize(
    ("groups", "linked", "mine", "review"),
    [
        (("focal points",), True, True, False),
        (("focal points",), False, True, False),
        # Linked to a body with no role group: a focal point all the same.
        ((), True, True, False),
        (("viewers",), False, False, False),
        (("importers",), False, False, False),
        (("editors",), False, False, True),
    ],
)
def test_the_menu_leads_to_the_submissions_only_who_submits(client, groups, linked, mine, review):
    user = make_user(groups=groups)
    if linked:
        make_body().focal_points.add(user)
    menu = menu_of(client, user)
    assert (MINE in menu, REVIEW in menu) == (mine, review)


def test_a_viewers_menu_kept_in_the_cache_is_not_a_focal_points(client):
    """The menu is kept per kind of visitor: a focal point's, kept first,
    must not be served to a viewer (nor the viewer's to the focal point)."""
    focal = make_user(groups=("focal points",))
    viewer = make_user(groups=("viewers",))
    assert MINE in menu_of(client, focal)
    assert MINE not in menu_of(client, viewer)
    assert MINE in menu_of(client, focal)
