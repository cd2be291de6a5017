"""A letter sent to several bodies: each body's reply is its own. A focal
point of one recipient sees the letter, and its own body's replies, never
what another recipient answered: not on the page, not its files, not in an
email."""

from __future__ import annotations

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from decisions.accounts import services as account_services
from decisions.correspondence import services as correspondence
from decisions.models import Notification
from tests.factory import PROOF_PDF, make_body, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def world():
    mali, niger = make_body("rep-mali", name_en="Mali"), make_body("rep-niger", name_en="Niger")
    editor = make_user("rep-editor", groups=("editors",))
    mali_focal = make_user("rep-mali-fp", groups=("focal points",), email="m@example.org")
    niger_focal = make_user("rep-niger-fp", groups=("focal points",), email="n@example.org")
    mali.focal_points.add(mali_focal)
    niger.focal_points.add(niger_focal)
    letter = correspondence.letter_record(
        reference="OIC/GS/2026/REP",
        sent_on=datetime.date(2026, 1, 5),
        subject="Follow-up",
        recipients=[mali, niger],
        items=[],
        by=editor,
    )
    return {
        "mali": mali,
        "niger": niger,
        "editor": editor,
        "mali_focal": mali_focal,
        "niger_focal": niger_focal,
        "letter": letter,
    }


def niger_reply(world, **kwargs):
    return correspondence.reply_record(
        letter=world["letter"],
        sender=world["niger"],
        received_on=datetime.date(2026, 2, 1),
        summary="Niger's confidential answer",
        by=world["editor"],
        **kwargs,
    )


def test_another_recipients_reply_file_is_refused(client, world):
    reply = niger_reply(world, files=[SimpleUploadedFile("answer.pdf", PROOF_PDF)])
    url = reverse("decisions:evidence_download", args=[reply.evidence.get().pk])
    client.force_login(world["mali_focal"])
    assert client.get(url).status_code == 403
    client.force_login(world["niger_focal"])
    assert client.get(url).status_code == 200
    client.force_login(world["editor"])
    assert client.get(url).status_code == 200


def test_another_recipients_reply_is_not_told_to_a_focal_point_watching_it(
    world, django_capture_on_commit_callbacks, mailoutbox
):
    # Mali's focal point watches Niger (anyone with a role may watch a body).
    account_services.watch_set(user=world["mali_focal"], body=world["niger"], on=True)
    with django_capture_on_commit_callbacks(execute=True):
        niger_reply(world)
    told = {m.to[0] for m in mailoutbox}
    assert "n@example.org" in told
    assert "m@example.org" not in told
    assert not Notification.objects.filter(user=world["mali_focal"]).exists()


def test_the_letter_page_shows_a_focal_point_its_own_bodys_reply_only(client, world):
    niger_reply(world)
    client.force_login(world["mali_focal"])
    page = client.get(world["letter"].get_absolute_url()).content.decode()
    assert "Niger&#x27;s confidential answer" not in page
    assert "Niger's confidential answer" not in page


def test_a_reply_kept_for_the_digest_is_withheld_once_the_reader_moved_to_another_recipient(
    world, django_capture_on_commit_callbacks
):
    # Niger's focal point takes digests; Niger replies, then the user is moved
    # to Mali, which received the same letter: the letter is still theirs to
    # see, Niger's reply no longer is.
    from io import StringIO

    from django.core import mail
    from django.core.management import call_command

    account_services.profile_save(user=world["niger_focal"], language="en", email_mode="digest")
    with django_capture_on_commit_callbacks(execute=True):
        niger_reply(world)
    assert Notification.objects.filter(user=world["niger_focal"], sent_at=None).exists()
    world["niger"].focal_points.remove(world["niger_focal"])
    world["mali"].focal_points.add(world["niger_focal"])
    mail.outbox.clear()
    call_command("send_digests", "--date", "2030-01-02", stdout=StringIO())
    assert not any("confidential answer" in m.body for m in mail.outbox)
    assert not Notification.objects.filter(user=world["niger_focal"], sent_at=None).exists()


def test_a_reply_kept_before_notifications_named_their_reply_goes_only_to_who_sees_every_reply(
    world,
):
    from io import StringIO

    from django.core import mail
    from django.core.management import call_command

    niger_reply(world)
    for user in (world["mali_focal"], world["editor"]):
        account_services.profile_save(user=user, language="en", email_mode="digest")
        user.email = user.email or "e@example.org"
        user.save()
        Notification.objects.create(
            user=user, letter=world["letter"], subject="Reply", text="Niger's confidential answer"
        )
    call_command("send_digests", "--date", "2030-01-02", stdout=StringIO())
    assert [m.to for m in mail.outbox] == [["e@example.org"]]


def test_the_item_page_shows_its_focal_point_no_letter_sent_only_to_a_partner(client, world):
    """A letter about Mali's item sent to Niger alone (a partner written to)
    is Niger's: Mali's focal point gets neither its page nor, on the item's
    page, its reference and subject; the secretariat sees it there."""
    from tests.factory import make_decision, make_item, make_report

    item = make_item(make_decision(make_report("OIC/REP/ITEM"), number="4"), owner=world["mali"])
    item.partners.add(world["niger"])
    letter = correspondence.letter_record(
        reference="OIC/GS/2026/NIGER-ONLY",
        sent_on=datetime.date(2026, 1, 6),
        subject="For Niger alone",
        recipients=[world["niger"]],
        items=[item],
        by=world["editor"],
    )
    client.force_login(world["mali_focal"])
    assert client.get(letter.get_absolute_url()).status_code == 403
    page = client.get(item.get_absolute_url()).content.decode()
    assert "NIGER-ONLY" not in page
    assert "For Niger alone" not in page
    client.force_login(world["editor"])
    page = client.get(item.get_absolute_url()).content.decode()
    assert "NIGER-ONLY" in page
