"""A large report read into a draft as a job (decisions.jobs), with the
steps the job's page shows: reading the document, finding requests,
matching earlier meetings. The draft is written only when every step has
succeeded, in the transaction that marks the job done."""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext

from decisions.formats import DocumentError, read_document
from decisions.intake.draft_plans import plan_build
from decisions.intake.draft_renewals import draft_renewals
from decisions.intake.drafts import draft_save
from decisions.jobs.services import JobError, job_create
from decisions.jobs.tasks import job_enqueue
from decisions.models import ImportDraft, Job, JobKind
from decisions.text.normalize import normalize_text
from decisions.text.paragraphs import DuplicateNumberError, ReportParseError

STEPS = ["read", "requests", "renewals"]


def is_large(*, size: int = 0, chars: int = 0) -> bool:
    """Whether an upload of `size` bytes, or a pasted text of `chars`
    characters, is read as a job rather than in the request."""
    return size > settings.JOB_THRESHOLD_BYTES or chars > settings.JOB_THRESHOLD_CHARS


def draft_job_start(
    *, user, source_name: str, data: bytes | None = None, text: str = "", renumber: bool = False
) -> Job:
    """A job that reads a file's bytes (or a pasted text) into a draft."""
    job = job_create(
        kind=JobKind.DRAFT,
        user=user,
        steps=STEPS,
        input_name=source_name,
        input_bytes=data,
        input_text=text,
        options={"renumber": bool(renumber)},
    )
    job_enqueue(job)
    return job


def draft_job_run(job: Job, step):
    """The job's work (decisions.jobs.services.RUNNERS): each step, then a
    function that saves the draft. JobError says what failed."""
    job = Job.objects.get(pk=job.pk)  # with its input
    renumber = bool(job.options.get("renumber"))
    step("read")
    warnings: list[str] = []
    if job.input_bytes is not None:
        try:
            document = read_document(bytes(job.input_bytes), name=job.input_name)
        except DocumentError as e:
            raise JobError(str(e)) from None
        text, warnings = document.text, list(document.warnings)
    else:
        text = job.input_text
    text = normalize_text(text)
    step("requests")
    try:
        plan = plan_build(text=text, renumber=renumber)
    except DuplicateNumberError as e:
        raise JobError(
            gettext("%(error)s Upload it again and tick the box to number the paragraphs.")
            % {"error": e}
        ) from None
    except ReportParseError as e:
        raise JobError(str(e)) from None
    step("renewals")
    # What the import would propose, counted for the job's page; the draft's
    # page computes them again (they change with every import elsewhere).
    proposals = draft_renewals(ImportDraft(plan=plan), plan)
    n_renewals = sum(len(links) for links in proposals.values())

    def write() -> dict:
        draft, resumed = draft_save(
            user=job.user, text=text, source_name=job.input_name, renumber=renumber, plan=plan
        )
        return {
            "draft": draft.pk,
            "url": draft.get_absolute_url(),
            "resumed": resumed,
            "renewals": n_renewals,
            "paragraphs": len(plan["decisions"]),
            "warnings": warnings,
        }

    return write
