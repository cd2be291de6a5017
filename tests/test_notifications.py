"""Watching, notifications (immediate or a daily digest), each user's
language for their emails and for the interface."""

from __future__ import annotations

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from decisions.accounts import services as account_services
from decisions.correspondence import services as correspondence
from decisions.models import Comment, DigestSent, Notification, Status, Watch
from decisions.notifications.reminders import reminders_send
from decisions.workflow import services as workflow
from tests.factory import make_body, make_item, make_user

pytestmark = pytest.mark.django_db(transaction=False)


@pytest.fixture
def item(db):
    return make_item(owner=make_body("nt-owner"), due_date=datetime.date(2001, 1, 1))


@pytest.fixture
def focal(item):
    user = make_user("ntfocal", groups=("focal points",), email="focal@example.org")
    item.owner.focal_points.add(user)
    return user


@pytest.fixture
def reviewer(db):
    return make_user("ntreviewer", groups=("editors",), email="editor@example.org")


def submit(item, focal, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return workflow.submission_create(
            item=item, status=Status.IN_PROGRESS, note="Done in part.", by=focal, base_version=0
        )


def test_a_submission_is_emailed_to_the_editors_when_no_reviewer_watches(
    item, focal, reviewer, django_capture_on_commit_callbacks
):
    submit(item, focal, django_capture_on_commit_callbacks)
    assert [m.to for m in mail.outbox] == [["editor@example.org"]]
    assert "New submission" in mail.outbox[0].subject
    assert "/submissions/" in mail.outbox[0].body


def test_a_submission_goes_to_the_watching_editor_only(
    item, focal, reviewer, django_capture_on_commit_callbacks
):
    watching = make_user("ntwatch", groups=("editors",), email="watch@example.org")
    account_services.watch_set(user=watching, body=item.owner, on=True)
    submit(item, focal, django_capture_on_commit_callbacks)
    assert [m.to for m in mail.outbox] == [["watch@example.org"]]


@pytest.mark.parametrize("accept", [True, False])
def test_the_focal_point_is_told_of_the_review(
    item, focal, reviewer, accept, django_capture_on_commit_callbacks
):
    submission = submit(item, focal, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        if accept:
            workflow.submission_accept(submission=submission, by=reviewer)
        else:
            workflow.submission_return(submission=submission, by=reviewer, comment="Which?")
    assert [m.to for m in mail.outbox] == [["focal@example.org"]]
    assert ("accepted" if accept else "returned") in mail.outbox[0].subject
    assert accept or "Which?" in mail.outbox[0].body


def test_an_email_in_arabic_for_an_arabic_user_and_in_french_for_a_french_one(
    item, focal, reviewer, django_capture_on_commit_callbacks
):
    account_services.profile_save(user=reviewer, language="ar", email_mode="immediate")
    french = make_user("ntfr", groups=("editors",), email="fr@example.org")
    account_services.profile_save(user=french, language="fr", email_mode="immediate")
    submit(item, focal, django_capture_on_commit_callbacks)
    by_to = {m.to[0]: m for m in mail.outbox}
    assert "تقديم" in by_to["editor@example.org"].subject
    assert "Nouvelle soumission" in by_to["fr@example.org"].subject
    assert (
        "Madame, Monsieur" in by_to["fr@example.org"].body or "Cher" in by_to["fr@example.org"].body
    )


def test_no_email_to_a_user_who_cannot_see_the_item(
    item, focal, reviewer, django_capture_on_commit_callbacks
):
    viewer = make_user("ntviewer", groups=("viewers",), email="viewer@example.org")
    other = make_user("ntother", groups=("focal points",), email="other@example.org")
    make_body("nt-other").focal_points.add(other)
    for user in (viewer, other):
        account_services.watch_set(user=user, item=item, on=True)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.comment_add(item=item, text="See @ntviewer and @ntother", by=reviewer)
    assert [m.to for m in mail.outbox] == [["focal@example.org"]]  # the body's focal point


def test_a_mention_and_a_comment_are_told_once_each(
    item, focal, reviewer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        workflow.comment_add(item=item, text="@ntfocal please look", by=reviewer)
    assert len(mail.outbox) == 1 and "mentioned you" in mail.outbox[0].subject


def test_a_reply_is_told_to_the_watchers_of_the_body(
    item, focal, reviewer, django_capture_on_commit_callbacks
):
    letter = correspondence.letter_record(
        reference="NV/9",
        sent_on=datetime.date(2017, 10, 2),
        subject="Follow-up",
        recipients=[item.owner],
        by=reviewer,
    )
    boss = make_user("ntboss", groups=("editors",), email="boss@example.org")
    account_services.watch_set(user=boss, body=item.owner, on=True)
    with django_capture_on_commit_callbacks(execute=True):
        correspondence.reply_record(
            letter=letter, sender=item.owner, received_on=datetime.date(2017, 11, 15), by=reviewer
        )
    assert sorted(m.to[0] for m in mail.outbox) == ["boss@example.org", "focal@example.org"]
    assert "NV/9" in mail.outbox[0].subject


def test_a_digest_user_gets_one_email_a_day(
    item, focal, reviewer, django_capture_on_commit_callbacks
):
    account_services.profile_save(user=focal, language="fr", email_mode="digest")
    with django_capture_on_commit_callbacks(execute=True):
        workflow.comment_add(item=item, text="First.", by=reviewer)
        workflow.comment_add(item=item, text="Second.", by=reviewer)
    assert mail.outbox == []
    out = StringIO()
    call_command("send_digests", "--date", "2030-01-02", stdout=out)
    assert [m.to for m in mail.outbox] == [["focal@example.org"]]
    assert "First." in mail.outbox[0].body and "Second." in mail.outbox[0].body
    assert "2 événements" in mail.outbox[0].subject
    call_command("send_digests", "--date", "2030-01-02", stdout=out)  # again: nothing
    assert len(mail.outbox) == 1
    with django_capture_on_commit_callbacks(execute=True):
        workflow.comment_add(item=item, text="Third.", by=reviewer)
    call_command("send_digests", "--date", "2030-01-02", stdout=out)
    assert len(mail.outbox) == 1  # once a day: kept for tomorrow
    call_command("send_digests", "--date", "2030-01-03", stdout=out)
    assert len(mail.outbox) == 2 and "Third." in mail.outbox[1].body
    assert DigestSent.objects.count() == 2


def test_reminders_are_in_the_recipients_language(item, focal):
    account_services.profile_save(user=focal, language="ar", email_mode="immediate")
    reminders_send(today=datetime.date(2030, 1, 1))
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject.startswith("[متابعة منظمة التعاون الإسلامي]")


def test_watching_an_item_and_a_body_through_the_pages(client, item, focal):
    client.force_login(focal)
    assert client.post(reverse("decisions:item_watch", args=[item.pk])).status_code == 302
    assert client.post(reverse("decisions:body_watch", args=["nt-owner"])).status_code == 302
    assert Watch.objects.filter(user=focal).count() == 2
    client.post(reverse("decisions:item_watch", args=[item.pk]), {"stop": "1"})
    assert Watch.objects.filter(user=focal).count() == 1
    assert client.get(reverse("decisions:item_watch", args=[item.pk])).status_code == 405


def test_the_account_page_sets_the_language_of_the_interface(client, focal):
    client.force_login(focal)
    url = reverse("decisions:account")
    assert client.get(url).status_code == 200
    assert client.post(url, {"language": "xx", "email_mode": "digest"}).status_code == 400
    response = client.post(url, {"language": "fr", "email_mode": "digest"})
    assert response.status_code == 302
    assert 'lang="fr"' in client.get(url).content.decode()
    # At the next login too, the profile's language is the default.
    client.logout()
    client.force_login(focal)
    assert 'lang="fr"' in client.get(url).content.decode()
    # The language switcher (its cookie) wins.
    client.cookies["django_language"] = "en"
    assert 'lang="en"' in client.get(url).content.decode()


# --- Who may be told: checked when the email goes out -------------------------


@pytest.fixture
def staff_no_role(db):
    """The staff flag opens the admin site; it is not a role in the follow-up."""
    return make_user("ntstaff", is_staff=True, email="staff@example.org")


def test_a_mention_on_the_item_page_is_not_emailed_to_a_staff_user_without_a_role(
    client, item, focal, reviewer, staff_no_role, django_capture_on_commit_callbacks
):
    client.force_login(reviewer)
    url = reverse("decisions:item_comment_add", args=[item.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"text": "@ntstaff the budget line is 4.2 M"})
    assert response.status_code == 302
    assert "staff@example.org" not in [m.to[0] for m in mail.outbox]
    assert not Comment.objects.get().mentions.exists()


def test_a_staff_user_without_a_role_watching_an_item_is_not_told_of_a_comment(
    item, focal, reviewer, staff_no_role, django_capture_on_commit_callbacks
):
    account_services.watch_set(user=staff_no_role, item=item, on=True)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.comment_add(item=item, text="Internal remark.", by=reviewer)
    assert [m.to for m in mail.outbox] == [["focal@example.org"]]


def test_a_staff_user_without_a_role_watching_a_body_is_not_told_of_a_reply(
    item, focal, reviewer, staff_no_role, django_capture_on_commit_callbacks
):
    letter = correspondence.letter_record(
        reference="NV/10",
        sent_on=datetime.date(2017, 10, 2),
        subject="Follow-up",
        recipients=[item.owner],
        by=reviewer,
    )
    account_services.watch_set(user=staff_no_role, body=item.owner, on=True)
    with django_capture_on_commit_callbacks(execute=True):
        correspondence.reply_record(
            letter=letter, sender=item.owner, received_on=datetime.date(2017, 11, 15), by=reviewer
        )
    assert [m.to for m in mail.outbox] == [["focal@example.org"]]


def test_the_item_page_shows_no_comment_to_a_staff_user_without_a_role(
    client, item, reviewer, staff_no_role, settings
):
    settings.PUBLIC_READ = True
    workflow.comment_add(item=item, text="Budget line 4.2 M, internal.", by=reviewer)
    client.force_login(staff_no_role)
    response = client.get(item.get_absolute_url())
    assert response.status_code == 200
    assert "Budget line 4.2 M" not in response.content.decode()


@pytest.fixture
def second_item(focal):
    """An item of another body the same focal point answers for."""
    other = make_item(owner=make_body("nt-second"))
    other.owner.focal_points.add(focal)
    return other


def test_a_digest_leaves_out_what_the_recipient_may_no_longer_see(
    item, focal, second_item, reviewer, django_capture_on_commit_callbacks
):
    account_services.profile_save(user=focal, language="en", email_mode="digest")
    with django_capture_on_commit_callbacks(execute=True):
        workflow.comment_add(item=item, text="Lost from sight.", by=reviewer)
        workflow.comment_add(item=second_item, text="Still in sight.", by=reviewer)
    item.owner.focal_points.remove(focal)  # before the digest goes out
    call_command("send_digests", "--date", "2030-01-02", stdout=StringIO())
    assert [m.to for m in mail.outbox] == [["focal@example.org"]]
    assert "Still in sight." in mail.outbox[0].body
    assert "Lost from sight." not in mail.outbox[0].body
    assert "1 event" in mail.outbox[0].subject
    assert not Notification.objects.filter(sent_at__isnull=True).exists()  # not kept for later


def test_a_review_kept_for_the_digest_is_not_sent_once_the_focal_point_left_the_body(
    item, focal, reviewer, django_capture_on_commit_callbacks
):
    account_services.profile_save(user=focal, language="en", email_mode="digest")
    submission = submit(item, focal, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.submission_return(submission=submission, by=reviewer, comment="Name the donor.")
    mail.outbox.clear()
    item.owner.focal_points.remove(focal)
    call_command("send_digests", "--date", "2030-01-02", stdout=StringIO())
    assert mail.outbox == []
    assert not DigestSent.objects.exists()


def test_no_digest_goes_to_a_deactivated_user(
    item, focal, reviewer, django_capture_on_commit_callbacks
):
    account_services.profile_save(user=focal, language="en", email_mode="digest")
    with django_capture_on_commit_callbacks(execute=True):
        workflow.comment_add(item=item, text="Internal remark.", by=reviewer)
    focal.is_active = False
    focal.save()
    call_command("send_digests", "--date", "2030-01-02", stdout=StringIO())
    assert mail.outbox == []


# --- Every link on the configured site address (issue 20) ----------------------

SITE = "https://tracker.example.org:8443"


def _links(message) -> list[str]:
    import re

    bodies = [message.body] + [c for c, _ in getattr(message, "alternatives", [])]
    return [url for body in bodies for url in re.findall(r"https?://[^\s\"'<>]+", body)]


def test_every_email_links_to_the_configured_site_address(
    client, item, focal, reviewer, django_capture_on_commit_callbacks, settings
):
    from django.test import override_settings

    settings.PASSWORD_RESET_ENABLED = True
    settings.PASSWORD_RESET_MIN_SECONDS = 0
    # Written with a trailing slash, as people do: links never get "//".
    with override_settings(SITE_URL=SITE + "/"):
        submission = submit(item, focal, django_capture_on_commit_callbacks)
        with django_capture_on_commit_callbacks(execute=True):
            workflow.submission_accept(submission=submission, by=reviewer)
            workflow.comment_add(item=item, text="@ntfocal see this", by=reviewer)
            letter = correspondence.letter_record(
                reference="NV/10",
                sent_on=datetime.date(2017, 10, 2),
                subject="Follow-up",
                recipients=[item.owner],
                by=reviewer,
            )
            correspondence.reply_record(
                letter=letter,
                sender=item.owner,
                received_on=datetime.date(2017, 11, 1),
                by=reviewer,
            )
        reminders_send(today=datetime.date(2030, 1, 1))
        account_services.profile_save(user=focal, language="en", email_mode="digest")
        with django_capture_on_commit_callbacks(execute=True):
            workflow.comment_add(item=item, text="For the digest.", by=reviewer)
        call_command("send_digests", "--date", "2030-01-02", stdout=StringIO())
        client.post(reverse("password_reset"), {"email": "focal@example.org"})
    subjects = " | ".join(m.subject for m in mail.outbox)
    for needle in ("submission", "accepted", "mentioned", "NV/10", "digest", "assword"):
        assert needle in subjects
    links = [url for m in mail.outbox for url in _links(m)]
    assert len(links) >= len(mail.outbox)
    for url in links:
        assert url == SITE or url.startswith(SITE + "/"), url
        assert "//" not in url[len("https://") :], url


def test_make_run_serves_and_links_on_the_same_port():
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        ["make", "-n", "-o", "seed", "run", "PORT=8123"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin"},
    ).stdout
    assert "runserver 127.0.0.1:8123" in out
    assert "SITE_URL=${SITE_URL:-http://127.0.0.1:8123}" in out
