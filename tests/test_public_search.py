"""With PUBLIC_READ, anonymous visitors search, filter and sort the item
list by what they are shown: the paragraph's text, the item's summary, the
public status, its note and the time it was set. Never by an internal note
(issue 17, finding 1: growing a word letter by letter rebuilt a note) nor
by when the internal work happened (finding 9)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from decisions.models import Status
from tests.factory import listed_item_ids as listed
from tests.factory import make_decision, make_item, make_public_status, make_update
from tests.factory import utc_noon as at

pytestmark = pytest.mark.django_db

# A word written only into internal notes.
SECRET = "zorblaxinternal"


# --- Finding 1: the search box matches only what the visitor sees --------------


@pytest.fixture
def searchable(settings, editor):
    settings.PUBLIC_READ = True
    item = make_item(
        make_decision(text="The meeting requests the secretariat to convene experts."),
        summary="Convene a meeting of experts.",
    )
    make_update(item, note=f"Minister {SECRET} has not signed.", at=at(2020), by=editor)
    make_public_status(
        item, status=Status.IN_PROGRESS, note="Invitations were sent.", at=at(2020, 2), by=editor
    )
    return item


@pytest.mark.parametrize("word", ["convene", "experts", "invitations"])
def test_an_anonymous_search_matches_the_paragraph_the_summary_and_the_public_note(
    client, searchable, word
):
    assert listed(client, q=word) == [searchable.pk]


def test_an_anonymous_search_never_matches_an_internal_note(client, searchable):
    response = client.get(reverse("decisions:item_list"), {"q": SECRET})
    assert response.context["page"].paginator.count == 0
    assert listed(client, q=SECRET) == []
    # Nor a piece of one: growing a word letter by letter rebuilds nothing.
    assert listed(client, q=SECRET[:5]) == []


def test_staff_search_the_internal_notes(client, searchable, viewer):
    client.force_login(viewer)
    assert listed(client, q=SECRET) == [searchable.pk]


# --- Finding 9: the time of the last update is the public status's -------------


@pytest.fixture
def dated(settings, editor):
    """`early` was made public before `late`, but updated internally after it."""
    settings.PUBLIC_READ = True
    early, late = make_item(), make_item()
    make_update(early, note="internal, recent", at=at(2024), by=editor)
    make_update(late, note="internal, old", at=at(2019), by=editor)
    make_public_status(early, status=Status.IN_PROGRESS, note="", at=at(2020), by=editor)
    make_public_status(late, status=Status.IN_PROGRESS, note="", at=at(2022), by=editor)
    return early, late


def test_anonymous_visitors_sort_by_the_time_of_the_public_status(client, dated):
    early, late = dated
    assert listed(client, o="updated") == [early.pk, late.pk]
    assert listed(client, o="-updated") == [late.pk, early.pk]


def test_anonymous_visitors_are_shown_the_time_of_the_public_status(client, dated):
    pages = [reverse("decisions:item_list"), dated[0].owner.get_absolute_url()]
    for url in pages:
        html = client.get(url).content.decode()
        assert "2020-01-01" in html
        assert "2024-01-01" not in html


def test_staff_sort_by_the_time_of_the_internal_update(client, dated, viewer):
    early, late = dated
    client.force_login(viewer)
    assert listed(client, o="updated") == [late.pk, early.pk]
