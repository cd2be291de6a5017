"""send_reminders: focal points get their overdue and upcoming items, once a day."""

from __future__ import annotations

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from decisions.models import ReminderSent, Status
from decisions.notifications.reminders import reminders_send
from tests.factory import make_body, make_decision, make_item, make_report, make_user

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def days(n: int) -> datetime.date:
    return TODAY + datetime.timedelta(days=n)


@pytest.fixture
def setup(db):
    report = make_report("OIC/ACM-2017/MALI-REP")
    isdb = make_body("isdb-r", name_en="Islamic Development Bank")
    sg = make_body("sg-r", name_en="Secretary-General")
    alice = make_user("alice", email="alice@example.org", groups=("focal points",))
    bob = make_user("bob", email="bob@example.org", groups=("focal points",))
    isdb.focal_points.add(alice)
    sg.focal_points.add(bob)
    items = {
        "overdue": make_item(make_decision(report, number="x"), owner=isdb, due_date=days(-3)),
        "soon": make_item(make_decision(report, number="xii"), owner=isdb, due_date=days(5)),
        "later": make_item(make_decision(report, number="xi"), owner=isdb, due_date=days(40)),
        "done": make_item(
            make_decision(report, number="ix"),
            owner=isdb,
            due_date=days(-1),
            status=Status.COMPLETED,
        ),
        "undated": make_item(make_decision(report, number="iii"), owner=isdb),
        "sg": make_item(make_decision(report, number="xiv"), owner=sg, due_date=days(14)),
    }
    return {"isdb": isdb, "sg": sg, "alice": alice, "bob": bob, "items": items}


def run(*args) -> str:
    out = StringIO()
    call_command("send_reminders", *args, stdout=out)
    return out.getvalue()


def test_each_focal_point_gets_the_overdue_and_upcoming_items_of_its_body(
    setup, mailoutbox, settings
):
    settings.SITE_URL = "https://tracker.example.org"
    output = run()
    assert sorted(m.to[0] for m in mailoutbox) == ["alice@example.org", "bob@example.org"]
    alice_mail = next(m for m in mailoutbox if m.to == ["alice@example.org"])
    assert "Islamic Development Bank" in alice_mail.subject
    assert "1 overdue" in alice_mail.subject
    body = alice_mail.body
    items = setup["items"]
    assert f"https://tracker.example.org/items/{items['overdue'].pk}/" in body
    assert f"https://tracker.example.org/items/{items['soon'].pk}/" in body
    for left_out in ("later", "done", "undated", "sg"):
        assert f"/items/{items[left_out].pk}/" not in body
    assert "OVERDUE (1)" in body and "DUE WITHIN 14 DAYS (1)" in body
    html, mimetype = alice_mail.alternatives[0]
    assert mimetype == "text/html"
    assert f'href="https://tracker.example.org/items/{items["overdue"].pk}/"' in html
    assert "2 reminders sent" in output
    assert ReminderSent.objects.get(user=setup["alice"]).n_items == 2


def test_running_twice_on_one_day_sends_nothing_twice(setup, mailoutbox):
    run()
    assert len(mailoutbox) == 2
    output = run()
    assert len(mailoutbox) == 2
    assert "already sent today: alice" in output
    assert ReminderSent.objects.count() == 2


def test_days_widens_or_narrows_the_window(setup, mailoutbox):
    run("--days", "60")
    alice_mail = next(m for m in mailoutbox if m.to == ["alice@example.org"])
    assert f"/items/{setup['items']['later'].pk}/" in alice_mail.body
    assert "DUE WITHIN 60 DAYS (2)" in alice_mail.body


def test_the_default_window_comes_from_the_settings(setup, mailoutbox, settings):
    settings.REMINDER_DAYS_AHEAD = 1
    run()
    # Bob's only item is due in 14 days: outside a one-day window.
    assert [m.to for m in mailoutbox] == [["alice@example.org"]]


def test_dry_run_prints_and_writes_nothing(setup, mailoutbox):
    output = run("--dry-run")
    assert mailoutbox == []
    assert not ReminderSent.objects.exists()
    assert "would send to alice <alice@example.org> about Islamic Development Bank" in output
    assert "dry run: nothing sent, nothing written" in output


def test_a_focal_point_without_email_is_skipped_with_a_warning(setup, mailoutbox):
    carol = make_user("carol", email="", groups=("focal points",))
    setup["isdb"].focal_points.add(carol)
    output = run()
    assert "warning: skipped carol (Islamic Development Bank): no email address" in output
    assert len(mailoutbox) == 2
    assert not ReminderSent.objects.filter(user=carol).exists()


def test_a_failed_send_leaves_no_row_so_the_next_run_retries(setup, mailoutbox, monkeypatch):
    from django.core.mail import EmailMultiAlternatives

    def boom(self, fail_silently=False):
        raise OSError("SMTP down")

    monkeypatch.setattr(EmailMultiAlternatives, "send", boom)
    result = reminders_send()
    assert result.failed == 2
    assert any("could not send to alice" in w and "SMTP down" in w for w in result.warnings)
    assert not ReminderSent.objects.exists()
    monkeypatch.undo()
    reminders_send()
    assert len(mailoutbox) == 2


def test_the_command_fails_when_a_send_failed(setup, monkeypatch):
    from django.core.mail import EmailMultiAlternatives
    from django.core.management import CommandError

    def boom(self, fail_silently=False):
        raise OSError("SMTP down")

    monkeypatch.setattr(EmailMultiAlternatives, "send", boom)
    with pytest.raises(CommandError, match="2 failed"):
        run()


def test_negative_days_is_refused(db):
    from django.core.management import CommandError

    with pytest.raises(CommandError):
        run("--days", "-1")


def test_a_cancelled_item_is_never_reminded_and_one_due_today_is_upcoming(db, mailoutbox):
    body = make_body("edge-r", name_en="Edge Body")
    body.focal_points.add(make_user("carol", email="carol@example.org"))
    today = make_item(owner=body, due_date=days(0))
    cancelled = [
        make_item(owner=body, due_date=days(n), status=Status.CANCELLED) for n in (-3, 0, 2)
    ]
    run()
    (mail,) = mailoutbox
    assert f"/items/{today.pk}/" in mail.body
    for item in cancelled:
        assert f"/items/{item.pk}/" not in mail.body
    # Due today: still to do, not late.
    assert "overdue" not in mail.subject
    assert "OVERDUE" not in mail.body and "DUE WITHIN 14 DAYS (1)" in mail.body


def test_a_body_whose_only_late_items_are_cancelled_gets_no_reminder(db, mailoutbox):
    body = make_body("cancelled-r")
    body.focal_points.add(make_user("dave", email="dave@example.org"))
    make_item(owner=body, due_date=days(-10), status=Status.CANCELLED)
    output = run()
    assert mailoutbox == []
    assert "0 reminders sent" in output
