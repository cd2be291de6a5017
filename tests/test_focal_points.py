"""Focal points named by email on a body's page, invited when new, listed
to those who work with the body, and removed at once (issue 20)."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from tests.factory import make_body, make_decision, make_item, make_report, make_user

User = get_user_model()


@pytest.fixture(autouse=True)
def _site(settings):
    settings.SITE_URL = "https://tracker.example.org:8443"
    settings.PASSWORD_RESET_ENABLED = True


@pytest.fixture
def body(db):
    return make_body("fp-mali", name_en="Mali")


@pytest.fixture
def item(body):
    return make_item(make_decision(make_report("OIC/FP/1"), number="3"), owner=body)


@pytest.fixture
def focal(body):
    user = make_user("fpfocal", email="focal@mali.example")
    body.focal_points.add(user)
    return user


def add_url(body) -> str:
    return reverse("decisions:body_focal_points", args=[body.slug])


def remove_url(body, user) -> str:
    return reverse("decisions:body_focal_point_remove", args=[body.slug, user.pk])


def test_an_editor_adds_an_existing_account_by_its_address(client, editor, body):
    person = make_user("aminata", email="Aminata@Mali.example")
    client.force_login(editor)
    response = client.post(add_url(body), {"email": "aminata@mali.example"})
    assert response.status_code == 302
    assert response["Location"].endswith(body.get_absolute_url() + "#focal-points-heading")
    assert list(body.focal_points.all()) == [person]
    assert mail.outbox == []  # an account already: nothing to choose
    entry = LogEntry.objects.get()
    assert (entry.user, entry.object_id) == (editor, str(body.pk))
    assert "Aminata@mali.example" in entry.change_message


def test_a_new_address_gets_an_account_and_an_invitation_to_choose_a_password(
    client, editor, body, item, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        with_commit = client.post(add_url(body), {"email": "new.person@mali.example"})
    assert with_commit.status_code == 302
    person = User.objects.get(email="new.person@mali.example")
    assert person.username == "new.person@mali.example"
    assert not person.has_usable_password()
    assert list(person.focal_bodies.all()) == [body]
    [sent] = mail.outbox
    assert sent.to == ["new.person@mali.example"]
    assert "Mali" in sent.subject
    link = re.search(r"https://tracker\.example\.org:8443/accounts/reset/\S+/", sent.body)
    assert link, sent.body
    # The link lets them choose a password, then sign in and update the item.
    client.logout()
    path = link.group(0).removeprefix("https://tracker.example.org:8443")
    form_page = client.get(path, follow=True)
    assert form_page.status_code == 200
    set_url = form_page.redirect_chain[-1][0]
    done = client.post(
        set_url, {"new_password1": "a-long-new-pass-42", "new_password2": "a-long-new-pass-42"}
    )
    assert done.status_code == 302
    signed_in = client.post(
        reverse("login"),
        {"username": "new.person@mali.example", "password": "a-long-new-pass-42"},
    )
    assert signed_in.status_code == 302
    assert client.get(item.get_absolute_url()).status_code == 200
    # Used once: the link no longer works.
    client.logout()
    again = client.get(path, follow=True)
    assert "new_password1" not in again.content.decode()


def test_an_administrator_adds_a_focal_point_too(client, admin_user, body):
    client.force_login(admin_user)
    assert client.post(add_url(body), {"email": "x@mali.example"}).status_code == 302
    assert body.focal_points.filter(email="x@mali.example").exists()


def test_adding_someone_twice_changes_nothing(client, editor, body, focal):
    client.force_login(editor)
    assert client.post(add_url(body), {"email": "FOCAL@mali.example"}).status_code == 302
    assert list(body.focal_points.all()) == [focal]
    assert not LogEntry.objects.exists()


def test_a_focal_point_cannot_add_focal_points(client, focal, body):
    client.force_login(focal)
    assert client.get(add_url(body)).status_code == 403
    assert client.post(add_url(body), {"email": "friend@mali.example"}).status_code == 403
    assert client.post(remove_url(body, focal)).status_code == 403
    assert list(body.focal_points.all()) == [focal]
    assert not User.objects.filter(email="friend@mali.example").exists()


def test_a_viewer_cannot_add_focal_points(client, viewer, body):
    client.force_login(viewer)
    assert client.post(add_url(body), {"email": "friend@mali.example"}).status_code == 403
    assert not body.focal_points.exists()


def test_anonymous_visitors_go_to_log_in(client, body, focal, settings):
    settings.PUBLIC_READ = True
    for url in (add_url(body), remove_url(body, focal)):
        response = client.post(url, {"email": "x@mali.example"})
        assert response.status_code == 302 and "/login/" in response["Location"]
    assert list(body.focal_points.all()) == [focal]


def test_the_wrong_methods_are_refused(client, editor, body, focal):
    client.force_login(editor)
    assert client.put(add_url(body)).status_code == 405
    assert client.get(remove_url(body, focal)).status_code == 405


@pytest.mark.parametrize(
    ("email", "message"),
    [
        ("not an address", "Enter a valid email address."),
        ("", "This field is required."),
        ("a" * 140 + "@mali.example", "at most 150 characters"),
        ("مثال@mali.example", "Enter a valid email address."),
        ("<script>alert(1)</script>@x.example", "Enter a valid email address."),
    ],
)
def test_a_bad_address_gets_400_with_a_message(client, editor, body, email, message):
    client.force_login(editor)
    response = client.post(add_url(body), {"email": email})
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert "<script>alert" not in page
    assert not body.focal_points.exists() and mail.outbox == []


def test_control_characters_are_dropped_from_the_address(client, editor, body):
    client.force_login(editor)
    response = client.post(add_url(body), {"email": "ca\x00ll\u202e@mali.example\x07"})
    assert response.status_code == 302
    assert body.focal_points.get().email == "call@mali.example"


def test_a_huge_list_of_addresses_is_refused(client, editor, body):
    client.force_login(editor)
    # Past the project's limit on fields (raised for a 400-paragraph review).
    huge = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1
    response = client.post(add_url(body), {"email": [f"a{i}@mali.example" for i in range(huge)]})
    assert response.status_code == 400
    assert not body.focal_points.exists()
    # A few: one field, Django reads the last value only, and adds that one.
    response = client.post(add_url(body), {"email": ["a@mali.example", "b@mali.example"]})
    assert response.status_code == 302
    assert [u.email for u in body.focal_points.all()] == ["b@mali.example"]


def test_an_address_of_several_accounts_is_refused(client, editor, body):
    make_user("one", email="twin@mali.example")
    make_user("two", email="TWIN@mali.example")
    client.force_login(editor)
    response = client.post(add_url(body), {"email": "twin@mali.example"})
    assert response.status_code == 400
    assert "Several accounts have this address" in response.content.decode()


def test_removing_a_focal_point_ends_its_permission_on_the_next_request(
    client, editor, body, item, focal
):
    client.force_login(focal)
    assert client.get(item.get_absolute_url()).status_code == 200
    page = client.get(item.get_absolute_url()).content.decode()
    assert 'name="version"' in page  # it may submit an update
    client.force_login(editor)
    assert client.post(remove_url(body, focal)).status_code == 302
    assert not body.focal_points.exists()
    assert "removed: focal@mali.example" in LogEntry.objects.get().change_message
    client.force_login(focal)
    response = client.post(item.get_absolute_url(), {"status": "completed", "note": "Done."})
    assert response.status_code == 403
    assert client.get(item.get_absolute_url()).status_code == 403  # no role left
    assert not item.submissions.exists()


def test_removing_someone_who_is_not_a_focal_point_of_the_body_changes_nothing(
    client, editor, body
):
    other = make_body("fp-niger")
    stranger = make_user("stranger")
    other.focal_points.add(stranger)
    client.force_login(editor)
    response = client.post(remove_url(body, stranger), follow=True)
    assert "stranger is not a focal point of Mali" in response.content.decode()
    assert list(other.focal_points.all()) == [stranger]
    assert not LogEntry.objects.exists()
    url = reverse("decisions:body_focal_point_remove", args=[body.slug, 99999999])
    assert client.post(url).status_code == 404


def test_the_body_page_lists_focal_points_to_editors_with_the_forms(client, editor, body, focal):
    client.force_login(editor)
    page = client.get(body.get_absolute_url()).content.decode()
    assert "focal@mali.example" in page
    assert add_url(body) in page and remove_url(body, focal) in page


def test_a_focal_point_sees_its_colleagues_but_no_form(client, body, focal):
    colleague = make_user("colleague", email="colleague@mali.example")
    body.focal_points.add(colleague)
    client.force_login(focal)
    page = client.get(body.get_absolute_url()).content.decode()
    assert "colleague@mali.example" in page
    assert add_url(body) not in page and remove_url(body, colleague) not in page


def test_viewers_others_and_the_public_see_no_focal_point(client, viewer, body, focal, settings):
    other_focal = make_user("otherfp")
    make_body("fp-other").focal_points.add(other_focal)
    settings.PUBLIC_READ = True
    for user in (viewer, other_focal, None):
        client.logout()
        if user is not None:
            client.force_login(user)
        page = client.get(body.get_absolute_url()).content.decode()
        assert "focal@mali.example" not in page and "focal-points-heading" not in page


def test_an_invited_focal_point_is_marked_until_it_signs_in(client, editor, body):
    client.force_login(editor)
    client.post(add_url(body), {"email": "later@mali.example"})
    page = client.get(body.get_absolute_url()).content.decode()
    assert "later@mali.example" in page and ">invited<" in page


def test_an_invitation_stops_working_once_its_user_has_no_body_and_no_role(
    client, editor, body, item, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(add_url(body), {"email": "gone@mali.example"})
    person = User.objects.get(email="gone@mali.example")
    [sent] = mail.outbox
    path = re.search(r"/accounts/reset/\S+/", sent.body).group(0)
    assert client.post(remove_url(body, person)).status_code == 302
    client.logout()
    page = client.get(path, follow=True)
    text = page.content.decode()
    assert "new_password1" not in text
    assert "no longer a focal point" in text
    # Posting the form straight away sets nothing either.
    set_url = path.rsplit("/", 2)[0] + "/set-password/"
    client.post(
        set_url, {"new_password1": "a-long-new-pass-42", "new_password2": "a-long-new-pass-42"}
    )
    person.refresh_from_db()
    assert not person.has_usable_password()
    signed_in = client.post(
        reverse("login"), {"username": "gone@mali.example", "password": "a-long-new-pass-42"}
    )
    assert signed_in.status_code != 302


def test_an_invitation_still_works_for_a_user_left_focal_point_of_another_body(
    client, editor, body, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(add_url(body), {"email": "two@mali.example"})
    person = User.objects.get(email="two@mali.example")
    make_body("fp-niger").focal_points.add(person)
    path = re.search(r"/accounts/reset/\S+/", mail.outbox[0].body).group(0)
    client.post(remove_url(body, person))
    client.logout()
    assert "new_password1" in client.get(path, follow=True).content.decode()


def test_a_forged_link_for_a_withdrawn_invitation_says_nothing_of_the_account(
    client, editor, body, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(add_url(body), {"email": "gone2@mali.example"})
    person = User.objects.get(email="gone2@mali.example")
    path = re.search(r"/accounts/reset/\S+/", mail.outbox[0].body).group(0)
    client.post(remove_url(body, person))
    client.logout()
    forged = path.rsplit("/", 2)[0] + "/abc-0123456789abcdef/"
    text = client.get(forged, follow=True).content.decode()
    assert "no longer a focal point" not in text
    assert "new_password1" not in text
