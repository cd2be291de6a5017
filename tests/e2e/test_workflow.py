"""Follow-up as the secretariat does it, in a real browser: a focal point
submits an update with a PDF, an editor reviews it from /review/; accepted,
it becomes the item's status with the file in the history and on the body's
page; returned with a comment, the focal point reads why and submits again."""

from __future__ import annotations

import io

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from playwright.sync_api import Page, expect
from pypdf import PdfReader
from weasyprint import HTML

from decisions.models import ActionItem, Body, Status, StatusUpdate, Submission, SubmissionState
from tests.e2e.conftest import PASSWORD, log_in

pytestmark = [
    pytest.mark.e2e,
    # The live server answers from another thread: it needs committed data.
    pytest.mark.django_db(transaction=True),
]

REPORT = "OIC/ACM-2017/MALI-REP"
BODY = "Secretary-General"
NOTE = "The mission to Bamako took place on 12 October; its report is attached."
FILE_NAME = "mission-report.pdf"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def focal_point(registry_and_roles) -> User:
    """Fatou reports for the Secretary-General's office."""
    user = User.objects.create_user(
        "fatou",
        password=PASSWORD,
        first_name="Fatou",
        last_name="Sow",
        email="fatou@example.org",
    )
    user.groups.add(Group.objects.get(name="focal points"))
    Body.objects.get(slug="secretary-general").focal_points.add(user)
    return user


@pytest.fixture
def reviewer(editor) -> User:
    """The e2e editor, with an address for the notifications."""
    editor.email = "amina@example.org"
    editor.save(update_fields=["email"])
    return editor


@pytest.fixture
def pdf_file(tmp_path):
    """A real one-page PDF, as a focal point would attach."""
    path = tmp_path / FILE_NAME
    path.write_bytes(HTML(string="<h1>Mission report</h1><p>Bamako, 12 October.</p>").write_pdf())
    return path


def the_item() -> ActionItem:
    return ActionItem.objects.get(decision__number="xiv", owner__slug="secretary-general")


def open_the_item_from_the_body_page(page: Page) -> None:
    nav = page.get_by_role("navigation", name="Main")
    nav.get_by_role("link", name="Bodies").click()
    page.get_by_role("link", name=BODY, exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(BODY)
    page.get_by_role("row").filter(has=page.get_by_role("link", name="¶xiv")).get_by_role(
        "link", name="¶xiv"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"¶xiv · {BODY}")


def submit_for_review(page: Page, *, status: str, note: str, files=()) -> None:
    form = page.get_by_role("region", name="Submit an update for review")
    form.get_by_label("Proposed status").select_option(label=status)
    form.get_by_label("What was done").fill(note)
    if files:
        form.get_by_label("Evidence files").set_input_files(files)
    form.get_by_role("button", name="Submit for review").click()
    expect(page.get_by_role("status")).to_have_text("Your update was submitted for review.")


def log_out(page: Page) -> None:
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Log in")


def open_the_pending_submission(page: Page) -> None:
    """From the navigation, as an editor does: the review queue, where each
    submission shows what it proposes, then the submission on ¶xiv."""
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Review").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Submissions awaiting review")
    entry = page.get_by_role("article").filter(has_text=f"{REPORT} ¶xiv")
    expect(entry).to_have_count(1)
    expect(entry).to_contain_text("Fatou Sow")
    expect(entry.locator(".review-proposal .status").last).to_have_text("Completed")
    expect(entry).to_contain_text(NOTE)
    entry.get_by_role("link", name="details").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Submission")
    expect(page.get_by_role("main")).to_contain_text(NOTE)


def test_a_focal_point_submits_with_a_pdf_and_an_editor_accepts_it(
    page: Page, mali_report, focal_point, reviewer, pdf_file
):
    pdf_bytes = pdf_file.read_bytes()

    # The focal point opens one of their body's items and submits.
    log_in(page, focal_point)
    open_the_item_from_the_body_page(page)
    item_url = page.url
    expect(page.get_by_role("region", name="Record an update")).to_have_count(0)
    submit_for_review(page, status="Completed", note=NOTE, files=[pdf_file])

    # The item shows it as pending; its status has not changed yet.
    expect(page).to_have_url(item_url)
    facts = page.get_by_role("region", name="The action item")
    expect(facts.locator(".status")).to_have_text("Not started")
    pending = page.get_by_role("region", name="Submissions").get_by_role("listitem").first
    expect(pending.locator(".state")).to_have_text("Awaiting review")
    expect(pending).to_contain_text(NOTE)
    expect(pending.get_by_role("link", name=FILE_NAME)).to_be_visible()
    expect(page.get_by_role("region", name="History")).to_contain_text("No update recorded yet.")
    assert the_item().status == Status.NOT_STARTED
    # The editors were told.
    assert [m.to for m in mail.outbox] == [[reviewer.email]]
    assert "New submission on OIC/ACM-2017/MALI-REP ¶xiv" in mail.outbox[0].subject
    log_out(page)

    # An editor opens /review/ from the navigation and accepts it.
    log_in(page, reviewer)
    open_the_pending_submission(page)
    expect(page.get_by_role("link", name=FILE_NAME)).to_be_visible()
    review = page.get_by_role("region", name="Review")
    review.get_by_role("button", name="Accept and record").click()
    expect(page.get_by_role("status")).to_have_text(
        "The submission was accepted and recorded as an update."
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Submissions awaiting review")
    expect(page.get_by_role("main")).to_contain_text("No submission waits for review.")

    # The body's page shows the new status.
    open_the_item_from_the_body_page(page)
    page.go_back()
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name="¶xiv"))
    expect(row.locator(".status")).to_have_text("Completed")
    progress = page.get_by_role("region", name="Progress")
    expect(progress.locator(".progress-text")).to_have_text("50% · 1/2")
    row.get_by_role("link", name="¶xiv").click()

    # The item's status changed; its history shows the update with the file.
    expect(page).to_have_url(item_url)
    facts = page.get_by_role("region", name="The action item")
    expect(facts.locator(".status")).to_have_text("Completed")
    history = page.get_by_role("region", name="History").get_by_role("listitem")
    entry = history.filter(has_text="Not started → Completed")
    expect(entry).to_have_count(1)
    expect(entry.locator(".update-meta")).to_contain_text("Amina Diallo")
    expect(entry.locator(".note")).to_contain_text(NOTE)
    expect(entry.locator(".update-credit")).to_contain_text("Submitted by Fatou Sow (fatou)")
    expect(entry.locator(".note")).not_to_contain_text("Submitted by")
    evidence = entry.get_by_role("list", name="Evidence").get_by_role("link", name=FILE_NAME)
    expect(evidence).to_be_visible()
    accepted = page.get_by_role("region", name="Submissions").get_by_role("listitem").first
    expect(accepted.locator(".state")).to_have_text("Accepted")

    # The editor downloads the file: an attachment, the very bytes sent.
    with page.expect_download() as download:
        evidence.click()
    assert download.value.suggested_filename == FILE_NAME
    assert download.value.path().read_bytes() == pdf_bytes
    response = page.request.get(evidence.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-disposition"].startswith("attachment;")
    assert FILE_NAME in response.headers["content-disposition"]
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "Mission report" in PdfReader(io.BytesIO(response.body())).pages[0].extract_text()

    # One history row, through the review; the focal point was told.
    item = the_item()
    assert item.status == Status.COMPLETED
    update = StatusUpdate.objects.get(item=item)
    assert update.author == reviewer
    submission = Submission.objects.get()
    assert (submission.state, submission.update, submission.reviewed_by) == (
        SubmissionState.ACCEPTED,
        update,
        reviewer,
    )
    assert submission.evidence.get().update == update
    assert mail.outbox[-1].to == [focal_point.email]
    assert "was accepted" in mail.outbox[-1].subject


def test_an_editor_returns_a_submission_and_the_focal_point_submits_again(
    page: Page, mali_report, focal_point, reviewer
):
    comment = "Please attach the mission report, or say when it will be ready."

    log_in(page, focal_point)
    open_the_item_from_the_body_page(page)
    item_url = page.url
    submit_for_review(page, status="Completed", note=NOTE)
    log_out(page)

    # The editor returns it with a comment; a return needs one.
    log_in(page, reviewer)
    open_the_pending_submission(page)
    review = page.get_by_role("region", name="Review")
    review.get_by_role("button", name="Return to the focal point").click()
    expect(page.get_by_text("Say why the submission is returned.")).to_be_visible()
    review = page.get_by_role("region", name="Review")
    review.get_by_label("Comment to the focal point").fill(comment)
    review.get_by_role("button", name="Return to the focal point").click()
    expect(page.get_by_role("status")).to_have_text("The submission was returned to its author.")
    expect(page.get_by_role("main")).to_contain_text("No submission waits for review.")
    assert the_item().status == Status.NOT_STARTED
    assert not StatusUpdate.objects.exists()
    log_out(page)

    # The focal point sees why, on the item and among their submissions.
    log_in(page, focal_point)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="My submissions").click()
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=f"{REPORT} ¶xiv"))
    expect(row).to_contain_text("Returned")
    expect(row).to_contain_text(comment)
    row.get_by_role("link", name=f"{REPORT} ¶xiv").click()
    expect(page).to_have_url(item_url)
    returned = page.get_by_role("region", name="Submissions").get_by_role("listitem").first
    expect(returned.locator(".state")).to_have_text("Returned")
    expect(returned.locator(".review-comment")).to_contain_text(f"Returned because: {comment}")
    expect(returned).to_contain_text("reviewed by Amina Diallo")
    assert mail.outbox[-1].to == [focal_point.email]
    assert "was returned" in mail.outbox[-1].subject

    # ... and submits again, which goes back to the review queue.
    second_note = "The mission report will be ready on 30 October; its outline is linked."
    form = page.get_by_role("region", name="Submit an update for review")
    form.get_by_label("Links").fill("https://www.oic-oci.org/mission/outline")
    submit_for_review(page, status="In progress", note=second_note)
    # Each submission, not the lists of evidence inside them.
    submissions = page.get_by_role("region", name="Submissions").locator("li.submission")
    expect(submissions).to_have_count(2)
    expect(submissions.first.locator(".state")).to_have_text("Awaiting review")
    expect(submissions.first).to_contain_text(second_note)
    expect(
        submissions.first.get_by_role("link", name="https://www.oic-oci.org/mission/outline")
    ).to_be_visible()
    expect(submissions.nth(1).locator(".state")).to_have_text("Returned")
    states = list(Submission.objects.order_by("created_at").values_list("state", "status"))
    assert states == [
        (SubmissionState.RETURNED, Status.COMPLETED),
        (SubmissionState.PENDING, Status.IN_PROGRESS),
    ]
    log_out(page)

    log_in(page, reviewer)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Review").click()
    entries = page.get_by_role("article").filter(has_text="¶xiv")
    expect(entries).to_have_count(1)
    expect(entries.locator(".review-proposal .status").last).to_have_text("In progress")
