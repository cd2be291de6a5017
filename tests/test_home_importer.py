"""An importer's home page: what waits for them (their drafts, the bodies
imports found that the registry does not know) and the import itself, one
click from where they land. Before, an importer who was neither an editor
nor a focal point landed on the dashboard, where nothing led to the import."""

from __future__ import annotations

import pytest
from django.urls import reverse

from decisions.models import ImportDraft
from tests.factory import make_body, make_item, make_user

pytestmark = pytest.mark.django_db

URL = reverse("decisions:home")
IMPORTER_QUERIES = {False: 5 + 1 + 2 + 1 + 5, True: 5 + 1 + 4 + 1 + 5}
IMPORT = f'href="{reverse("decisions:intake_new")}"'


def section(response, key):
    (found,) = [s for s in response.context["sections"] if s.key == key]
    return found


@pytest.fixture
def importer(db):
    return make_user("ivan", groups=("importers",))


@pytest.fixture
def waiting(importer):
    """A draft of the importer's, one of someone else's, an imported one, and
    a body an import found that is not registered (and one that is)."""
    other = make_user("olga", groups=("importers",))
    ImportDraft.objects.create(user=importer, source_text="x", source_sha256="0" * 64, symbol="D/1")
    ImportDraft.objects.create(user=other, source_text="x", source_sha256="1" * 64, symbol="D/2")
    unknown = make_body("new-addressee", name_en="New Addressee", registered=False)
    make_item(owner=unknown)
    make_body("known-body", name_en="Known Body")
    return unknown


def test_logging_in_an_importer_lands_on_a_home_page_with_the_import_first(
    client, importer, waiting
):
    response = client.post(reverse("login"), {"username": "ivan", "password": "secret-pass-123"})
    assert response["Location"] == URL
    response = client.get(URL)
    assert (response.status_code, response.context["role"]) == (200, "importer")
    content = response.content.decode()
    # The main action comes before the queues.
    assert IMPORT in content
    assert content.index(IMPORT) < content.index('class="home-grid"')


def test_an_importer_sees_their_drafts_and_the_bodies_to_review(client, importer, waiting):
    client.force_login(importer)
    response = client.get(URL)
    drafts, bodies = section(response, "drafts"), section(response, "bodies")
    assert ([str(d) for d in drafts.rows], drafts.url) == (
        ["D/1"],
        reverse("decisions:intake_drafts"),
    )
    assert (bodies.rows, bodies.count, bodies.url) == (
        [waiting],
        1,
        reverse("decisions:bodies_review"),
    )
    content = response.content.decode()
    assert f'href="{reverse("decisions:bodies_review")}#body-new-addressee"' in content
    assert "Known Body" not in content


def test_an_importer_who_is_a_focal_point_gets_both_homes(client, importer, waiting):
    make_body("mine", name_en="Mine").focal_points.add(importer)
    client.force_login(importer)
    response = client.get(URL)
    keys = [s.key for s in response.context["sections"]]
    assert response.context["role"] == "focal"
    assert keys[-2:] == ["drafts", "bodies"] and "open" in keys
    assert IMPORT in response.content.decode()


def test_an_editor_who_does_not_import_gets_no_import_link(client, editor, waiting):
    client.force_login(editor)
    response = client.get(URL)
    assert "drafts" not in [s.key for s in response.context["sections"]]
    assert IMPORT not in response.content.decode()


def test_an_editor_sees_the_bodies_to_review_among_their_queues(client, editor, waiting):
    """Editors register and merge bodies too: the queue is theirs as well,
    counted, where a line of links named it uncounted."""
    client.force_login(editor)
    bodies = section(client.get(URL), "bodies")
    assert (bodies.rows, bodies.count) == ([waiting], 1)


def test_a_viewer_still_lands_on_the_dashboard(client, viewer):
    client.force_login(viewer)
    response = client.get(URL)
    assert (response.status_code, response["Location"]) == (302, reverse("decisions:dashboard"))


# Session, user, role groups and permissions (5); the focal bodies, none (1);
# the two sections, each its first rows, and its count when the rows fill
# it (2 or 4); the menu's "submits updates?" (the focal bodies, 1); the
# trend over every item, from the table aggregated by day (5).
@pytest.mark.parametrize("more", [0, 8])
def test_the_importers_home_runs_a_fixed_number_of_queries(
    client, importer, waiting, django_assert_num_queries, more
):
    for n in range(more):
        ImportDraft.objects.create(
            user=importer, source_text="x", source_sha256=f"{n:064d}", symbol=f"M/{n}"
        )
        make_body(f"unknown-{n}", registered=False)
    client.force_login(importer)
    client.get(URL)  # the trend's table, up to date after its first reader
    with django_assert_num_queries(IMPORTER_QUERIES[more > 0]):
        assert client.get(URL).status_code == 200
