"""Review in one step: from /review/, each submission shows the paragraph,
the request, the proposed status, the note and the evidence, and is
accepted (as it stands or edited) or returned without leaving the queue."""

from __future__ import annotations

import pytest
from django.urls import reverse

from decisions.items import services as item_services
from decisions.models import StatusUpdate, Submission, SubmissionState
from decisions.workflow.services import submission_create
from tests.factory import make_body, make_decision, make_item, make_report, make_user

QUEUE = reverse("decisions:review_queue")


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def owner(db):
    return make_body("rq-owner", name_en="Queue Owner")


@pytest.fixture
def focal(owner):
    user = make_user("rqfocal", groups=("focal points",))
    owner.focal_points.add(user)
    return user


def submit(item, focal, **kwargs):
    kwargs.setdefault("status", "in_progress")
    kwargs.setdefault("note", "Work has begun.")
    return submission_create(item=item, by=focal, base_version=item.version, **kwargs)


@pytest.fixture
def two(owner, focal):
    report = make_report("OIC/RQ/REP")
    first = make_item(
        make_decision(report, text="The meeting requests the Owner to build a school."),
        owner=owner,
        summary="Build a school.",
    )
    second = make_item(make_decision(report), owner=owner)
    return (
        submit(first, focal, note="Walls are up.", links=["https://example.org/photos"]),
        submit(second, focal, note="Plans drawn."),
    )


def post(client, submission, *, decision="accept", **fields):
    s = submission
    data = {
        "status": s.status,
        "note": s.note,
        "comment": "",
        "version": s.item.version,
        "decision": decision,
    } | fields
    return client.post(
        reverse("decisions:review_decide", args=[s.pk]),
        {f"s{s.pk}-{k}": v for k, v in data.items()},
    )


def test_each_submission_shows_the_paragraph_request_proposal_note_and_evidence(
    client, editor, two
):
    client.force_login(editor)
    content = client.get(QUEUE).content.decode()
    first = two[0]
    assert f'id="submission-{first.pk}"' in content
    assert "The meeting requests the Owner to build a school." in content
    assert "Build a school." in content
    assert "Walls are up." in content and "https://example.org/photos" in content
    assert f'action="{reverse("decisions:review_decide", args=[first.pk])}"' in content
    assert f'name="s{first.pk}-decision" value="accept"' in content
    # Nothing is focused when one arrives: focus moves only after a review.
    assert "autofocus" not in content


def test_accepting_records_the_proposal_and_focuses_the_next_submission(client, editor, two):
    first, second = two
    client.force_login(editor)
    response = post(client, first)
    assert response.status_code == 302
    assert response["Location"] == QUEUE
    first.refresh_from_db()
    assert first.state == SubmissionState.ACCEPTED
    update = StatusUpdate.objects.get(item=first.item)
    assert (update.new_status, update.note, update.submitted_by) == (
        "in_progress",
        "Walls are up.",
        first.author,
    )
    content = client.get(QUEUE).content.decode()
    assert "The submission was accepted and recorded as an update." in content
    assert f'id="submission-{first.pk}"' not in content
    # The next submission's Accept button has the focus (once).
    assert content.count(" autofocus") == 1
    assert (
        f'name="s{second.pk}-decision" value="accept" '
        f'aria-describedby="submission-{second.pk}-heading" autofocus>'
    ) in content
    assert "autofocus" not in client.get(QUEUE).content.decode()


def test_accepting_with_edits_records_the_edited_status_and_note(client, editor, two):
    first, _ = two
    client.force_login(editor)
    response = post(
        client, first, status="completed", note="Walls and roof are up.", comment="Roof counted."
    )
    assert response.status_code == 302
    update = StatusUpdate.objects.get(item=first.item)
    assert (update.new_status, update.note) == ("completed", "Walls and roof are up.")
    first.refresh_from_db()
    assert (first.state, first.status, first.note, first.review_comment) == (
        "accepted",
        "in_progress",
        "Walls are up.",
        "Roof counted.",
    )
    first.item.refresh_from_db()
    assert first.item.status == "completed"


def test_returning_needs_a_comment(client, editor, two):
    first, second = two
    client.force_login(editor)
    response = post(client, first, decision="return")
    assert response.status_code == 400
    assert "Say why the submission is returned." in response.content.decode()
    first.refresh_from_db()
    assert first.state == SubmissionState.PENDING
    response = post(client, first, decision="return", comment="Which school?")
    assert response["Location"] == QUEUE
    first.refresh_from_db()
    assert (first.state, first.review_comment) == ("returned", "Which school?")
    assert not StatusUpdate.objects.exists()


def test_accepting_with_an_empty_note_is_refused(client, editor, two):
    client.force_login(editor)
    response = post(client, two[0], note="")
    assert response.status_code == 400
    assert not StatusUpdate.objects.exists()


@pytest.mark.parametrize(
    "fields",
    [{"status": "nope"}, {"decision": "maybe"}, {"version": "x"}, {"version": str(2**63)}],
)
def test_a_bad_value_is_a_400_and_changes_nothing(client, editor, two, fields):
    client.force_login(editor)
    assert post(client, two[0], **fields).status_code == 400
    assert Submission.objects.filter(state="pending").count() == 2


def test_a_review_of_an_item_changed_since_the_queue_was_shown_gets_409(client, editor, two):
    first, _ = two
    client.force_login(editor)
    shown = first.item.version
    item_services.action_item_set_status(
        item=first.item, status="stalled", note="Funds frozen.", by=make_user("other")
    )
    response = post(client, first, version=shown, note="My edited note.")
    assert response.status_code == 409
    content = response.content.decode()
    assert "This item was updated while you were reviewing." in content
    assert "My edited note." in content  # what was typed is kept
    first.refresh_from_db()
    assert first.state == SubmissionState.PENDING
    assert StatusUpdate.objects.filter(item=first.item).count() == 1
    # Sent again against the version shown now, it is recorded.
    first.item.refresh_from_db()
    assert post(client, first, note="My edited note.").status_code == 302
    assert first.item.updates.first().note == "My edited note."


def test_a_submission_already_reviewed_gets_409(client, editor, two):
    client.force_login(editor)
    assert post(client, two[0]).status_code == 302
    response = post(client, two[0])
    assert response.status_code == 409
    assert "This submission was already reviewed." in response.content.decode()


def test_the_last_review_goes_back_to_an_empty_queue(client, editor, two):
    client.force_login(editor)
    post(client, two[0])
    assert post(client, two[1])["Location"] == QUEUE
    assert "No submission waits for review." in client.get(QUEUE).content.decode()


def test_only_reviewers_may_review(client, two, focal, viewer):
    for user, expected in ((focal, 403), (viewer, 403), (make_user("norole"), 403)):
        client.force_login(user)
        assert post(client, two[0]).status_code == expected
        assert client.get(QUEUE).status_code == 403
    client.logout()
    response = post(client, two[0])
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert Submission.objects.filter(state="pending").count() == 2


def test_reviewing_needs_a_post(client, editor, two):
    client.force_login(editor)
    url = reverse("decisions:review_decide", args=[two[0].pk])
    assert client.get(url).status_code == 405


@pytest.mark.parametrize("n", [2, 8])
def test_the_queue_runs_a_fixed_number_of_queries(
    client, editor, owner, focal, django_assert_num_queries, n
):
    for _ in range(n):
        submit(make_item(owner=owner), focal, links=["https://example.org/a"])
    client.force_login(editor)
    # Session, user, role (3); the navigation's permissions (2; the role is
    # read once for the request, decisions/user_access.py); the focus kept in
    # the session is read with it; count, page, evidence (3).
    with django_assert_num_queries(3 + 2 + 3):
        assert client.get(QUEUE).status_code == 200


def test_a_review_on_a_later_page_comes_back_to_that_page(
    client, editor, owner, focal, two, monkeypatch
):
    from decisions.workflow.views import review

    monkeypatch.setattr(review, "PER_PAGE", 1)
    third = submit(make_item(owner=owner), focal, note="Third.")
    client.force_login(editor)
    # A refused review shows its own page, with what was typed.
    response = post(client, two[1], decision="return")
    assert response.status_code == 400
    assert response.context["page"].number == 2
    assert [row["s"] for row in response.context["rows"]] == [two[1]]
    # Once reviewed, the next one is on page 2 now.
    response = post(client, two[1], decision="return", comment="Which plans?")
    assert response["Location"] == f"{QUEUE}?page=2"
    content = client.get(response["Location"]).content.decode()
    assert f'name="s{third.pk}-decision" value="accept" ' in content
    assert " autofocus>" in content
