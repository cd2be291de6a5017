"""A focal point's update is a submission; an editor accepts it (it becomes
the update, with one history row) or returns it with a comment."""

from __future__ import annotations

import pytest
from django.urls import reverse

from decisions.items import services as item_services
from decisions.models import ActionItem, StatusUpdate, Submission, SubmissionState
from tests.factory import make_body, make_item, make_user


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def item(db):
    return make_item(owner=make_body("sub-owner", name_en="Owner Body"))


@pytest.fixture
def focal(item):
    user = make_user("focal", groups=("focal points",), first_name="Fatima", last_name="Diallo")
    item.owner.focal_points.add(user)
    return user


@pytest.fixture
def other_focal(db):
    user = make_user("otherfocal", groups=("focal points",))
    make_body("sub-other").focal_points.add(user)
    return user


def submit(client, item, *, status="in_progress", note="Work has begun.", **extra):
    data = {"status": status, "note": note, "version": item.version, **extra}
    return client.post(item.get_absolute_url(), data)


def make_submission(item, focal, **kwargs):
    from decisions.workflow.services import submission_create

    kwargs.setdefault("status", "in_progress")
    kwargs.setdefault("note", "Work has begun.")
    return submission_create(item=item, by=focal, base_version=item.version, **kwargs)


def test_a_focal_points_post_creates_a_pending_submission_not_an_update(client, item, focal):
    client.force_login(focal)
    response = submit(client, item)
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == "not_started"
    assert not StatusUpdate.objects.exists()
    submission = Submission.objects.get()
    assert submission.state == "pending"
    assert (submission.author, submission.status) == (focal, "in_progress")
    page = client.get(item.get_absolute_url()).content.decode()
    assert "Awaiting review" in page
    assert "Work has begun." in page
    assert "Submit for review" in page


def test_an_editors_post_still_applies_at_once(client, item, editor):
    client.force_login(editor)
    assert submit(client, item).status_code == 302
    assert ActionItem.objects.get(pk=item.pk).status == "in_progress"
    assert not Submission.objects.exists()


def test_review_skip_bodies_lets_a_focal_points_update_apply_at_once(client, item, focal, settings):
    settings.REVIEW_SKIP_BODIES = ["sub-owner"]
    client.force_login(focal)
    assert submit(client, item).status_code == 302
    assert ActionItem.objects.get(pk=item.pk).status == "in_progress"
    assert StatusUpdate.objects.get().author == focal
    assert not Submission.objects.exists()


def test_the_review_queue_lists_pending_submissions_for_editors(client, item, focal, editor):
    make_submission(item, focal)
    client.force_login(editor)
    response = client.get(reverse("decisions:review_queue"))
    assert response.status_code == 200
    assert "Owner Body" in response.content.decode()
    assert 'href="/review/"' in response.content.decode()  # in the navigation


@pytest.mark.parametrize("who", ["focal", "viewer"])
def test_the_review_queue_is_refused_to_others(client, item, focal, viewer, who):
    client.force_login(focal if who == "focal" else viewer)
    assert client.get(reverse("decisions:review_queue")).status_code == 403


def test_the_review_queue_sends_anonymous_visitors_to_log_in(client, db, settings):
    settings.PUBLIC_READ = True
    assert client.get(reverse("decisions:review_queue")).status_code == 302


def test_the_review_queue_refuses_a_post(client, editor):
    client.force_login(editor)
    assert client.post(reverse("decisions:review_queue")).status_code == 405


def test_accepting_makes_one_history_row_recording_who_submitted(client, item, focal, editor):
    submission = make_submission(item, focal, note="Seminar held in Dakar.")
    client.force_login(editor)
    response = client.post(reverse("decisions:submission_accept", args=[submission.pk]))
    assert response.status_code == 302
    update = StatusUpdate.objects.get()
    assert (update.author, update.old_status, update.new_status) == (
        editor,
        "not_started",
        "in_progress",
    )
    # The note is the focal point's, as written; who submitted and when are fields.
    assert update.note == "Seminar held in Dakar."
    assert (update.submitted_by, update.submitted_at) == (focal, submission.created_at)
    submission.refresh_from_db()
    assert submission.state == SubmissionState.ACCEPTED
    assert submission.reviewed_by == editor
    assert submission.reviewed_at is not None
    assert submission.update == update
    assert ActionItem.objects.get(pk=item.pk).status == "in_progress"


def test_returning_needs_a_comment_and_the_focal_point_sees_it(client, item, focal, editor):
    submission = make_submission(item, focal)
    client.force_login(editor)
    url = reverse("decisions:submission_return", args=[submission.pk])
    assert client.post(url, {"comment": "  "}).status_code == 400
    assert client.post(url, {"comment": "Attach the minutes."}).status_code == 302
    submission.refresh_from_db()
    assert (submission.state, submission.reviewed_by) == ("returned", editor)
    assert not StatusUpdate.objects.exists()
    client.force_login(focal)
    assert "Attach the minutes." in client.get(item.get_absolute_url()).content.decode()
    mine = client.get(reverse("decisions:my_submissions")).content.decode()
    assert "Attach the minutes." in mine
    # ... and submits again.
    assert submit(client, item, note="Minutes attached.").status_code == 302
    assert Submission.objects.filter(state="pending").count() == 1


def test_a_stale_accept_is_shown_and_must_be_confirmed(client, item, focal, editor):
    submission = make_submission(item, focal)
    item_services.action_item_set_status(item=item, status="stalled", note="No funds.", by=editor)
    client.force_login(editor)
    url = reverse("decisions:submission_accept", args=[submission.pk])
    response = client.post(url)
    assert response.status_code == 409
    assert "The item changed since this submission" in response.content.decode()
    assert StatusUpdate.objects.count() == 1
    assert client.post(url, {"confirm_stale": "on"}).status_code == 302
    assert StatusUpdate.objects.count() == 2
    assert ActionItem.objects.get(pk=item.pk).status == "in_progress"


def test_a_submission_cannot_be_reviewed_twice(client, item, focal, editor):
    submission = make_submission(item, focal)
    client.force_login(editor)
    client.post(reverse("decisions:submission_accept", args=[submission.pk]))
    again = client.post(reverse("decisions:submission_accept", args=[submission.pk]))
    assert again.status_code == 409
    back = client.post(
        reverse("decisions:submission_return", args=[submission.pk]), {"comment": "x"}
    )
    assert back.status_code == 409
    assert StatusUpdate.objects.count() == 1


@pytest.mark.parametrize("name", ["submission_accept", "submission_return"])
def test_a_focal_point_cannot_review_even_its_own(client, item, focal, name):
    submission = make_submission(item, focal)
    client.force_login(focal)
    response = client.post(reverse(f"decisions:{name}", args=[submission.pk]), {"comment": "x"})
    assert response.status_code == 403
    assert Submission.objects.get().state == "pending"


@pytest.mark.parametrize("name", ["submission_accept", "submission_return"])
def test_review_actions_refuse_get(client, item, focal, editor, name):
    submission = make_submission(item, focal)
    client.force_login(editor)
    assert client.get(reverse(f"decisions:{name}", args=[submission.pk])).status_code == 405


def test_review_actions_need_a_csrf_token(item, focal, editor):
    from django.test import Client

    submission = make_submission(item, focal)
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    url = reverse("decisions:submission_accept", args=[submission.pk])
    assert client.post(url).status_code == 403
    assert Submission.objects.get().state == "pending"


def test_a_focal_point_sees_only_its_own_bodies_submissions(client, item, focal, other_focal):
    submission = make_submission(item, focal, note="Private progress.")
    client.force_login(other_focal)
    detail = reverse("decisions:submission_detail", args=[submission.pk])
    assert client.get(detail).status_code == 403
    mine = client.get(reverse("decisions:my_submissions")).content.decode()
    assert "Private progress." not in mine
    assert "Private progress." not in client.get(item.get_absolute_url()).content.decode()
    client.force_login(focal)
    assert client.get(detail).status_code == 200


def test_the_submission_detail_refuses_a_post(client, item, focal):
    submission = make_submission(item, focal)
    client.force_login(focal)
    url = reverse("decisions:submission_detail", args=[submission.pk])
    assert client.post(url).status_code == 405


@pytest.mark.parametrize(
    "note",
    ["x" * 10_001, "", "   "],
    ids=["huge", "empty", "blank"],
)
def test_bad_notes_get_400_with_a_message(client, item, focal, note):
    client.force_login(focal)
    response = submit(client, item, note=note)
    assert response.status_code == 400
    assert 'class="errorlist' in response.content.decode()
    assert not Submission.objects.exists()


def test_control_characters_are_dropped_and_arabic_kept(client, item, focal):
    client.force_login(focal)
    assert submit(client, item, note="تم عقد\u202e الاجتماع\x07").status_code == 302
    assert Submission.objects.get().note == "تم عقد الاجتماع"


def test_a_nul_character_is_dropped_like_the_other_control_characters(client, item, focal):
    client.force_login(focal)
    assert submit(client, item, note="a\x00b").status_code == 302
    assert Submission.objects.get().note == "ab"


def test_anonymous_visitors_never_see_submissions(client, item, focal, settings):
    settings.PUBLIC_READ = True
    make_submission(item, focal, note="Internal progress report.")
    page = client.get(item.get_absolute_url()).content.decode()
    assert "Internal progress report." not in page
    assert "Submissions" not in page


# --- Who submitted: fields shown in the item history, never in the note -------


@pytest.fixture
def accepted(item, editor):
    """Aisha Rahman (fp.isdb) submitted; the editor accepted."""
    isdb = make_user("fp.isdb", groups=("focal points",), first_name="Aisha", last_name="Rahman")
    item.owner.focal_points.add(isdb)
    submission = make_submission(item, isdb, note="Seminar held in Dakar.")
    from decisions.workflow.services import submission_accept

    return submission_accept(submission=submission, by=editor)


@pytest.mark.parametrize(
    "lang, credit",
    [
        ("en", "Submitted by Aisha Rahman (fp.isdb) on"),
        ("fr", "Soumise par Aisha Rahman (fp.isdb) le"),
        ("ar", "قدّمه Aisha Rahman (fp.isdb) في"),
    ],
)
def test_the_item_history_says_who_submitted_in_the_readers_language(
    client, item, editor, accepted, lang, credit
):
    client.force_login(editor)
    html = client.get(item.get_absolute_url(), HTTP_ACCEPT_LANGUAGE=lang).content.decode()
    history = html[html.index('id="history-heading"') :]
    assert 'class="update-credit"' in history and credit in history
    assert "Submitted by" not in history or lang == "en"


def test_a_viewer_sees_the_update_but_not_who_submitted_it(client, item, viewer, accepted):
    client.force_login(viewer)
    html = client.get(item.get_absolute_url()).content.decode()
    assert "Seminar held in Dakar." in html
    assert "fp.isdb" not in html and "Aisha Rahman" not in html


def test_who_submitted_stays_out_of_the_api_the_exports_and_the_followup_report(
    client, item, editor, accepted
):
    from decisions.api.auth import api_token_create
    from decisions.reporting import followup, followup_files

    key = api_token_create(user=editor, name="test")[1]
    client.force_login(editor)
    outputs = {
        "api": client.get("/api/v1/updates/", headers={"Authorization": f"Token {key}"}),
        "csv": client.get(reverse("decisions:items_export_csv")),
        "xlsx": client.get(reverse("decisions:items_export_xlsx")),
    }
    texts = {name: r.content.decode("utf-8", "replace") for name, r in outputs.items()}
    assert all(r.status_code == 200 for r in outputs.values())
    assert "Seminar held in Dakar." in texts["api"] and "Seminar held in Dakar." in texts["csv"]
    report = item.decision.report
    for lang in ("en", "fr", "ar"):
        texts[f"followup {lang}"] = followup_files.followup_html(
            followup.followup_build(report, lang)
        )
    assert "Seminar held in Dakar." in texts["followup en"]
    for name, text in texts.items():
        assert "fp.isdb" not in text and "Aisha" not in text and "Submitted by" not in text, name
