"""A large report read as a job, in the browser, on a real Celery worker:
the upload leads to the job's page with its progress bar and steps; the user
leaves for the drafts page, which lists the job, comes back, and the page,
refreshing itself, leads to the draft once the worker is done."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission, User
from playwright.sync_api import Page, expect

from decisions.models import ActionItem, Decision, ImportDraft, Job, JobState, Report
from tests.e2e.conftest import DESKTOP, PASSWORD, log_in, screenshot
from tests.factory import MALI_REPORT
from tests.test_jobs_worker import broker, workers  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_large_report_is_followed_on_its_job_page_to_the_draft(
    page: Page,
    registry_and_roles,
    broker,  # noqa: F811  (the fixture imported above)
    workers,  # noqa: F811
    tmp_path,
):
    user = User.objects.create_superuser("root", password=PASSWORD)
    path = tmp_path / "mali.md"
    path.write_bytes(MALI_REPORT.read_bytes())
    log_in(page, user, "/reports/import/")
    page.get_by_label("Report file").set_input_files(str(path))
    page.get_by_role("button", name="Read the report").click()
    page.wait_for_url("**/jobs/*/")
    job = Job.objects.get()
    assert job.state == JobState.QUEUED  # no worker yet
    expect(page.locator("progress#job-progress")).to_be_visible()
    expect(page.get_by_text("Reading the document")).to_be_visible()
    expect(page.get_by_text("Matching earlier meetings")).to_be_visible()

    # Leave: the drafts page lists the job under way; come back through it.
    page.goto(page.url.split("/jobs/")[0] + "/reports/import/drafts/")
    expect(page.get_by_role("heading", name="Reports being read")).to_be_visible()
    workers(JOB_STEP_PAUSE="1")
    page.get_by_role("link", name="mali.md").click()
    page.wait_for_url("**/reports/import/drafts/*/", timeout=120_000)
    draft = ImportDraft.objects.get()
    assert page.url.endswith(draft.get_absolute_url())
    job.refresh_from_db()
    assert job.state == JobState.DONE and job.result["draft"] == draft.pk


# --- An editor's large report, followed step by step; a document that fails ---

PHONE_375 = {"width": 375, "height": 812}


def large_report(tmp_path, paragraphs: int = 300) -> Path:
    """A report of `paragraphs` numbered paragraphs, each a request to the
    Secretary General: well past the size read as a job."""
    head = (
        "**OIC/TEST-23/REP**\n\n**RAPPORT DE LA RÉUNION DU GROUPE DE CONTACT**\n\n"
        "**JEDDAH, 20 SEPTEMBRE 2018**\n\nLa Réunion a décidé ce qui suit :\n\n"
    )
    body = "\n".join(
        f"{n}. La Réunion a demandé au Secrétaire général de suivre la question {n} "
        "et d'en faire rapport à la prochaine réunion."
        for n in range(1, paragraphs + 1)
    )
    path = tmp_path / "big-report.md"
    path.write_text(head + body + "\n", encoding="utf-8")
    return path


@pytest.fixture
def importing_editor(editor: User) -> User:
    """An editor who may also import reports (the `importers` group)."""
    group, _ = Group.objects.get_or_create(name="importers")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="decisions", codename="import_report")
    )
    editor.groups.add(group)
    return editor


def counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (Report, Decision, ActionItem, ImportDraft)
    }


def current_step(page: Page):
    return page.locator('.job-steps [aria-current="step"]')


def progress_value(page: Page) -> int:
    bar = page.get_by_role("progressbar", name="Progress")
    return int(bar.get_attribute("value") or 0)


def test_an_editor_follows_a_large_report_through_its_steps_leaves_and_comes_back(
    page: Page,
    importing_editor: User,
    mali_report,
    broker,  # noqa: F811
    workers,  # noqa: F811
    tmp_path,
):
    path = large_report(tmp_path)
    before = counts()
    # Each step waits 4 s before it starts: long enough to watch, and to
    # leave and come back while the job is under way.
    workers(JOB_STEP_PAUSE="4")
    log_in(page, importing_editor, "/reports/import/")
    page.get_by_label("Report file").set_input_files(str(path))
    page.get_by_role("button", name="Read the report").click()
    page.wait_for_url("**/jobs/*/")
    job_url = page.url
    job = Job.objects.get()
    assert job.user == importing_editor and job.input_name == "big-report.md"

    # The bar, labelled, with every step named; it moves through them.
    expect(page.get_by_role("progressbar", name="Progress")).to_be_visible()
    for name in ("Reading the document", "Finding requests", "Matching earlier meetings"):
        expect(page.locator(".job-steps li", has_text=name)).to_be_visible()
    expect(current_step(page)).to_contain_text("Reading the document", timeout=60_000)
    assert progress_value(page) == 0
    screenshot(page, "job-progress-en.png")
    expect(current_step(page)).to_contain_text("Finding requests", timeout=30_000)
    assert progress_value(page) == 33
    expect(page.locator(".job-steps li", has_text="Reading the document")).to_have_class(
        "job-step-done"
    )

    # Leave mid-way, for the home page; come back through its link to the jobs.
    page.get_by_role("link", name="Home").click()
    expect(page).not_to_have_url(job_url)
    page.get_by_role("link", name="My jobs").click()
    row = page.locator("tr", has=page.get_by_role("link", name=re.compile("big-report.md")))
    expect(row).to_contain_text(re.compile(r"Under way\s*(33|67)%"))
    screenshot(page, "jobs-list-en.png")
    row.get_by_role("link", name=re.compile("big-report.md")).click()
    assert page.url == job_url or "/reports/import/drafts/" in page.url

    # The job went on without the page: it reaches the draft, written once.
    page.wait_for_url("**/reports/import/drafts/*/", timeout=120_000)
    draft = ImportDraft.objects.get()
    assert page.url.endswith(draft.get_absolute_url())
    job.refresh_from_db()
    assert job.state == JobState.DONE and job.progress == 100 and job.attempts == 1
    assert job.result["draft"] == draft.pk and job.result["paragraphs"] == 300
    # A draft, not an import: nothing else changed.
    assert counts() == {**before, "ImportDraft": before["ImportDraft"] + 1}

    # The jobs list now says it is done, and its link leads to the draft.
    page.goto("/jobs/")
    row = page.locator("tr", has=page.get_by_role("link", name=re.compile("big-report.md")))
    expect(row).to_contain_text("Done")


def test_a_document_that_fails_to_read_says_what_failed_and_changes_nothing(
    page: Page,
    importing_editor: User,
    mali_report,
    broker,  # noqa: F811
    workers,  # noqa: F811
    tmp_path,
):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 500)  # a PDF by its header only
    before = counts()
    workers()
    log_in(page, importing_editor, "/reports/import/")
    page.get_by_label("Report file").set_input_files(str(broken))
    page.get_by_role("button", name="Read the report").click()
    page.wait_for_url("**/jobs/*/")
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("The job failed; nothing was written.", timeout=60_000)
    job = Job.objects.get()
    assert job.state == JobState.FAILED and job.error
    expect(alert).to_contain_text(job.error)
    expect(current_step(page)).to_contain_text("Reading the document")
    expect(current_step(page)).to_have_class("job-step-failed")
    expect(page.locator('meta[http-equiv="refresh"]')).to_have_count(0)  # it stopped
    assert counts() == before
    screenshot(page, "job-failed-en.png")

    # Who comes back through the jobs list learns the same.
    page.get_by_role("link", name="Home").click()
    page.get_by_role("link", name="My jobs").click()
    row = page.locator("tr", has=page.get_by_role("link", name=re.compile("broken.pdf")))
    expect(row).to_contain_text("Failed")
    expect(row).to_contain_text(job.error[:60])
    row.get_by_role("link", name=re.compile("broken.pdf")).click()
    assert page.url.endswith(job.get_absolute_url())
    assert counts() == before


@pytest.mark.parametrize(
    ("viewport", "language"), [(PHONE_375, "en"), (PHONE_375, "ar"), (DESKTOP, "ar")]
)
def test_the_job_page_and_the_jobs_list_fit_a_phone_and_read_right_to_left(
    page: Page, importing_editor: User, live_server, settings, viewport, language
):
    """A job under way, one failed and one done: no sideways scrolling on a
    375 px screen, right to left in Arabic."""
    running = Job.objects.create(
        kind="draft",
        user=importing_editor,
        steps=["read", "requests", "renewals"],
        input_name="تقرير-الاجتماع-الطويل-للغاية-2018.md",
    )
    Job.objects.filter(pk=running.pk).update(state=JobState.RUNNING, step=1, progress=33)
    Job.objects.create(
        kind="draft",
        user=importing_editor,
        steps=["read", "requests", "renewals"],
        input_name="broken.pdf",
        state=JobState.FAILED,
        error="The file could not be read as a PDF: it is damaged or not a PDF at all.",
    )
    Job.objects.create(
        kind="overlaps",
        user=importing_editor,
        steps=["items", "compare"],
        state=JobState.DONE,
        progress=100,
        step=2,
        result={"summary": "3 possible duplicates"},
    )
    log_in(page, importing_editor)
    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}]
    )
    page.set_viewport_size(viewport)
    name = f"{'phone' if viewport == PHONE_375 else 'desktop'}-{language}"
    for path, shot in ((running.get_absolute_url(), "job-page"), ("/jobs/", "jobs-list")):
        page.goto(path)
        expect(page.locator("html")).to_have_attribute("dir", "rtl" if language == "ar" else "ltr")
        expect(page.get_by_role("progressbar").first).to_be_visible()
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"] + 1, (path, width)
        for wrap in page.locator(".table-wrap").all():  # nor inside a table
            assert wrap.evaluate("el => el.scrollWidth <= el.clientWidth"), path
        screenshot(page, f"{shot}-{name}.png")
