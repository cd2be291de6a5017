"""The item page: the paragraph as published, the history, and the form
that records an update (with its conflict handling)."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from decisions.items import services as item_services
from decisions.models import ActionItem, Status, StatusUpdate
from tests.factory import make_body, make_decision, make_item, make_report, make_user


@pytest.fixture
def item(db):
    report = make_report("OIC/ACM-2017/MALI-REP")
    decision = make_decision(
        report, number="x", text="La Réunion a demandé aux États membres et à la BID d'aider."
    )
    owner = make_body("t-isdb", name_en="Islamic Development Bank", acronym_en="IsDB")
    item = make_item(
        decision, owner=owner, due_date=datetime.date(2030, 1, 1), due_text="avant 2030"
    )
    item.partners.add(make_body("t-unesco", name_en="UNESCO"))
    return item


def post_update(client, item, *, status, note="", version=None):
    data = {"status": status, "note": note, "version": item.version if version is None else version}
    return client.post(item.get_absolute_url(), data)


def test_it_shows_the_paragraph_owner_partners_status_and_due_date(client, viewer, item):
    client.force_login(viewer)
    response = client.get(item.get_absolute_url())
    content = response.content.decode()
    assert "OIC/ACM-2017/MALI-REP" in content
    assert "La Réunion a demandé aux États membres et à la BID" in content
    assert "Islamic Development Bank" in content
    assert "UNESCO" in content
    assert "Not started" in content
    assert "1 January 2030" in content
    assert "avant 2030" in content


def test_it_shows_the_history_with_author_and_statuses(client, viewer, editor, item):
    item_services.action_item_set_status(
        item=item, status=Status.STALLED, note="No funds.", by=editor
    )
    client.force_login(viewer)
    content = client.get(item.get_absolute_url()).content.decode()
    assert "No funds." in content
    assert "editor" in content
    assert 'class="status status-stalled"' in content


def test_a_viewer_sees_no_update_form(client, viewer, item):
    client.force_login(viewer)
    assert b"Record an update" not in client.get(item.get_absolute_url()).content


def test_an_editor_sees_the_update_form_with_the_current_version(client, editor, item):
    client.force_login(editor)
    response = client.get(item.get_absolute_url())
    assert b"Record an update" in response.content
    assert response.context["form"]["version"].value() == item.version


def test_an_editor_records_a_status_change_and_is_redirected(client, editor, item):
    client.force_login(editor)
    response = post_update(client, item, status=Status.IN_PROGRESS, note="Mission sent.")
    assert response.status_code == 302
    assert response["Location"] == item.get_absolute_url()
    update = StatusUpdate.objects.get(item=item)
    assert (update.author, update.old_status, update.new_status, update.note) == (
        editor,
        Status.NOT_STARTED,
        Status.IN_PROGRESS,
        "Mission sent.",
    )
    item.refresh_from_db()
    assert item.status == Status.IN_PROGRESS
    assert item.version == 1


def test_after_an_update_the_page_shows_a_success_message(client, editor, item):
    client.force_login(editor)
    response = post_update(client, item, status=Status.COMPLETED)
    page = client.get(response["Location"])
    assert b"Your update was recorded." in page.content


def test_an_editor_records_a_note_without_changing_the_status(client, editor, item):
    client.force_login(editor)
    response = post_update(client, item, status=Status.NOT_STARTED, note="Reminder sent.")
    assert response.status_code == 302
    update = StatusUpdate.objects.get(item=item)
    assert update.old_status == update.new_status == Status.NOT_STARTED
    assert update.note == "Reminder sent."


def test_nothing_to_record_is_a_form_error(client, editor, item):
    client.force_login(editor)
    response = post_update(client, item, status=Status.NOT_STARTED, note="  ")
    assert response.status_code == 400
    assert b"Nothing to record" in response.content
    assert not StatusUpdate.objects.exists()


def test_an_unknown_status_is_a_form_error(client, editor, item):
    client.force_login(editor)
    response = post_update(client, item, status="done-ish", note="x")
    assert response.status_code == 400
    assert response.context["form"].errors["status"]
    assert not StatusUpdate.objects.exists()


def test_the_focal_point_of_the_owner_records_an_update(client, item, settings):
    # When its body skips review; otherwise it is a submission (test_submissions.py).
    settings.REVIEW_SKIP_BODIES = [item.owner.slug]
    user = make_user(groups=("focal points",))
    item.owner.focal_points.add(user)
    client.force_login(user)
    assert client.get(item.get_absolute_url()).context["form"] is not None
    response = post_update(client, item, status=Status.IN_PROGRESS)
    assert response.status_code == 302
    assert StatusUpdate.objects.get(item=item).author == user


def test_the_focal_point_of_another_body_gets_403_and_nothing_is_written(client, item):
    user = make_user(groups=("focal points",))
    make_body("other").focal_points.add(user)
    client.force_login(user)
    assert client.get(item.get_absolute_url()).context["form"] is None
    response = post_update(client, item, status=Status.COMPLETED, note="Done")
    assert response.status_code == 403
    assert not StatusUpdate.objects.exists()
    item.refresh_from_db()
    assert item.status == Status.NOT_STARTED


def test_a_viewer_gets_403_and_nothing_is_written(client, viewer, item):
    client.force_login(viewer)
    assert post_update(client, item, status=Status.COMPLETED).status_code == 403
    assert not StatusUpdate.objects.exists()


def test_an_anonymous_post_goes_to_login_even_when_public_read_is_on(client, settings, item):
    settings.PUBLIC_READ = True
    response = post_update(client, item, status=Status.COMPLETED)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert not StatusUpdate.objects.exists()


def test_a_stale_form_gets_409_with_the_current_state_and_keeps_the_typed_note(
    client, editor, item
):
    item_services.action_item_set_status(
        item=ActionItem.objects.get(pk=item.pk),
        status=Status.STALLED,
        note="Blocked by the other side.",
        by=make_user("colleague", groups=("editors",)),
    )
    client.force_login(editor)
    response = post_update(client, item, status=Status.COMPLETED, note="My typed note", version=0)
    assert response.status_code == 409
    content = response.content.decode()
    assert "was updated while you were editing" in content
    assert "Blocked by the other side." in content
    assert "colleague" in content
    assert "My typed note</textarea>" in content
    assert response.context["form"]["version"].value() == "1"
    assert StatusUpdate.objects.filter(item=item).count() == 1
    item.refresh_from_db()
    assert item.status == Status.STALLED


def test_a_stale_note_only_update_is_a_conflict_too(client, editor, item):
    item_services.action_item_set_status(item=item, status=Status.IN_PROGRESS, by=editor)
    client.force_login(editor)
    response = post_update(client, item, status=Status.NOT_STARTED, note="Only a note", version=0)
    assert response.status_code == 409
    assert StatusUpdate.objects.count() == 1


def test_resubmitting_after_a_conflict_keeps_both_updates(client, editor, item):
    item_services.action_item_set_status(
        item=ActionItem.objects.get(pk=item.pk), status=Status.STALLED, note="First", by=editor
    )
    client.force_login(editor)
    conflict = post_update(client, item, status=Status.COMPLETED, note="Second", version=0)
    form_data = {k: conflict.context["form"][k].value() for k in ("status", "note", "version")}
    response = client.post(item.get_absolute_url(), form_data)
    assert response.status_code == 302
    notes = list(
        StatusUpdate.objects.filter(item=item).order_by("pk").values_list("note", flat=True)
    )
    assert notes == ["First", "Second"]
    item.refresh_from_db()
    assert (item.status, item.version) == (Status.COMPLETED, 2)


def test_the_update_form_needs_a_csrf_token(editor, item):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = post_update(client, item, status=Status.COMPLETED)
    assert response.status_code == 403
    assert not StatusUpdate.objects.exists()


def test_the_update_form_works_with_its_csrf_token(editor, item):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    page = client.get(item.get_absolute_url())
    token = page.context["csrf_token"]
    response = client.post(
        item.get_absolute_url(),
        {"status": Status.COMPLETED, "note": "", "version": 0, "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302
    assert StatusUpdate.objects.count() == 1


def test_a_note_is_escaped_and_its_links_made_clickable(client, editor, item):
    item_services.action_item_set_status(
        item=item,
        status=item.status,
        note="<script>alert(1)</script> see https://www.oic-oci.org/x",
        by=editor,
    )
    client.force_login(editor)
    content = client.get(item.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
    assert 'href="https://www.oic-oci.org/x"' in content


def test_the_item_page_has_no_duplicate_ids(client, editor):
    """A label points at the first element with its id: two forms on the page
    with the same field ids would label the wrong field (or none)."""
    import collections
    import re

    item = make_item()
    client.force_login(editor)
    html = client.get(item.get_absolute_url()).content.decode()
    ids = collections.Counter(re.findall(r'\sid="([^"]+)"', html))
    assert [k for k, n in ids.items() if n > 1] == []
