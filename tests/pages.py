"""The pages people reach from the menu, role by role: one list that the HTML
checker (tests/test_html_valid.py) and axe-core in a browser
(tests/e2e/test_axe.py) both walk.

A new page is one more `Page(...)` in PAGES: its name, the roles that reach it
and how to find its address in the data `journey_data` makes. A page whose
address needs an object the data lacks gets it in `journey_data`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from io import StringIO

from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse

from decisions.models import ActionItem, Report, Theme
from tests.factory import MALI_REPORT, make_item_with_everything, make_user

ANONYMOUS, FOCAL, EDITOR, ADMIN = "anonymous", "focal point", "editor", "admin"
# An importer who is neither an editor nor a focal point: their own home.
IMPORTER = "importer"
SIGNED_IN = (FOCAL, EDITOR, ADMIN)
STAFF = (EDITOR, ADMIN)
# The user names journey_data gives each role (the browser logs in with them).
USERNAMES = {FOCAL: "fatima", EDITOR: "amina", ADMIN: "boss", IMPORTER: "idris"}
PASSWORD = "correct-horse-battery-staple"
# English, and Arabic for the right-to-left layout (French has the markup of English).
LANGUAGES = ("en", "ar")


def url(name: str, **kwargs) -> Callable[[dict], str]:
    return lambda data: reverse(f"decisions:{name}", kwargs=kwargs or None)


@dataclasses.dataclass(frozen=True)
class Page:
    name: str
    roles: tuple[str, ...]
    address: Callable[[dict], str]
    status: int = 200
    # Posted (no CSRF check in the test client) to show the form with its
    # errors; the browser test only opens pages, so it leaves these out.
    post: dict | None = None
    # False only for a page whose markup is another project's, built in the
    # browser after load (Swagger UI): axe's findings there are not ours to fix.
    axe: bool = True

    def path(self, data: dict) -> str:
        return self.address(data)


PAGES: list[Page] = [
    # Signing in and out.
    Page("login", (ANONYMOUS,), lambda d: reverse("login")),
    Page("password reset", (ANONYMOUS,), lambda d: reverse("password_reset")),
    Page("login refused", (ANONYMOUS,), lambda d: reverse("login"), post={"username": "x"}),
    Page("password change", SIGNED_IN, lambda d: reverse("password_change")),
    Page(
        "password change refused",
        (EDITOR,),
        lambda d: reverse("password_change"),
        post={"old_password": "wrong", "new_password1": "a", "new_password2": "b"},
    ),
    Page("password changed", SIGNED_IN, lambda d: reverse("password_change_done")),
    # Single sign-on's answers (django-allauth's views, our templates).
    Page("sign-in failed", (ANONYMOUS,), lambda d: reverse("socialaccount_login_error"), 401),
    Page("sign-in cancelled", (ANONYMOUS,), lambda d: reverse("socialaccount_login_cancelled")),
    Page("account disabled", (ANONYMOUS,), lambda d: reverse("account_inactive")),
    Page("not found", (ANONYMOUS, EDITOR), lambda d: "/no-such-page/", status=404),
    Page("forbidden", (FOCAL,), url("review_queue"), status=403),
    Page("password reset link", (ANONYMOUS,), lambda d: "/accounts/reset/MQ/set-password/"),
    Page("password reset refused", (ANONYMOUS,), lambda d: reverse("password_reset"), post={}),
    # Second factors (django-allauth's pages in the site's layout).
    Page("second factors", SIGNED_IN, lambda d: reverse("mfa_index")),
    Page("security keys", (EDITOR,), lambda d: reverse("mfa_list_webauthn")),
    Page("confirm password", (EDITOR,), lambda d: reverse("account_reauthenticate")),
    Page(
        "confirm password refused",
        (EDITOR,),
        lambda d: reverse("account_reauthenticate"),
        post={"password": "wrong"},
    ),
    # Reading.
    Page("signed-in floor", SIGNED_IN, lambda d: reverse("floor")),
    Page("home", SIGNED_IN, url("home")),
    Page("importer's home", (IMPORTER,), url("home")),
    Page("dashboard", SIGNED_IN, url("dashboard")),
    Page("items", SIGNED_IN, url("item_list")),
    Page(
        "items filtered",
        (EDITOR,),
        lambda d: reverse("decisions:item_list") + "?status=x&due_after=never",
    ),
    Page("item", SIGNED_IN, lambda d: d["item"].get_absolute_url()),
    Page("item, full history", SIGNED_IN, lambda d: d["mali_item"].get_absolute_url()),
    Page(
        "each member's response",
        SIGNED_IN,
        lambda d: reverse(
            "decisions:item_responses",
            args=[ActionItem.objects.filter(owner__slug="member-states").first().pk],
        ),
    ),
    Page(
        "each member's response, as of a date",
        (EDITOR,),
        lambda d: (
            reverse(
                "decisions:item_responses",
                args=[ActionItem.objects.filter(owner__slug="member-states").first().pk],
            )
            + "?as_of=2018-01-31"
        ),
    ),
    Page("bodies", SIGNED_IN, url("body_list")),
    Page("body", SIGNED_IN, lambda d: d["item"].owner.get_absolute_url()),
    Page("reports", SIGNED_IN, url("report_list")),
    Page("report", SIGNED_IN, lambda d: d["report"].get_absolute_url()),
    Page("themes", SIGNED_IN, url("theme_list")),
    Page("theme", SIGNED_IN, lambda d: d["theme"].get_absolute_url()),
    Page("search", SIGNED_IN, lambda d: reverse("decisions:search") + "?q=mali"),
    Page("calendar", SIGNED_IN, url("calendar")),
    Page("account", SIGNED_IN, url("account")),
    Page("account refused", (FOCAL,), url("account"), status=400, post={"language": "xx"}),
    # The focal point's work.
    Page(
        "item update refused",
        (FOCAL, EDITOR),
        lambda d: d["item"].get_absolute_url(),
        status=400,
        post={"status": "nonsense", "version": "0"},
    ),
    Page("my submissions", SIGNED_IN, url("my_submissions")),
    Page("submission", SIGNED_IN, lambda d: d["pending"].get_absolute_url()),
    # The editor's work.
    Page("review queue", STAFF, url("review_queue")),
    Page("correspondence", SIGNED_IN, url("correspondence_log")),
    Page(
        "body correspondence",
        SIGNED_IN,
        lambda d: reverse("decisions:body_correspondence", args=[d["item"].owner.slug]),
    ),
    Page("letter", SIGNED_IN, lambda d: d["letter"].get_absolute_url()),
    Page("letter form", STAFF, url("letter_new")),
    Page(
        "letter form from a body",
        STAFF,
        lambda d: (
            reverse("decisions:letter_new")
            + f"?recipients={d['item'].owner_id}&items={d['item'].pk}"
        ),
    ),
    Page(
        "focal points of a body",
        STAFF,
        lambda d: reverse("decisions:body_focal_points", args=[d["item"].owner.slug]),
    ),
    Page(
        "focal point refused",
        STAFF,
        lambda d: reverse("decisions:body_focal_points", args=[d["item"].owner.slug]),
        status=400,
        post={"email": "not an address"},
    ),
    Page(
        "comment refused",
        (EDITOR,),
        lambda d: reverse("decisions:item_comment_add", args=[d["item"].pk]),
        status=400,
        post={"text": ""},
    ),
    Page(
        "evidence refused",
        (EDITOR,),
        lambda d: reverse("decisions:item_evidence_add", args=[d["item"].pk]),
        status=400,
        post={"url": "not a link"},
    ),
    Page(
        "public status refused",
        (EDITOR,),
        lambda d: reverse("decisions:item_public_status", args=[d["item"].pk]),
        status=400,
        post={"status": "nonsense"},
    ),
    Page(
        "reply refused",
        (EDITOR,),
        lambda d: reverse("decisions:reply_new", args=[d["letter"].pk]),
        status=400,
        post={"received_on": "never"},
    ),
    Page(
        "item themes refused",
        (EDITOR,),
        lambda d: reverse("decisions:item_themes_edit", args=[d["item"].pk]),
        status=400,
        post={"themes": "nonsense"},
    ),
    Page("letter form refused", (EDITOR,), url("letter_new"), status=400, post={"subject": ""}),
    Page("renewals", SIGNED_IN, url("renewal_queue")),
    Page("duplicates", SIGNED_IN, url("duplicates")),
    Page(
        "item themes", STAFF, lambda d: reverse("decisions:item_themes_edit", args=[d["item"].pk])
    ),
    Page("spreadsheet upload", SIGNED_IN, url("items_upload")),
    # The administrator's.
    Page("import", (ADMIN,), url("intake_new")),
    Page("import refused", (ADMIN,), url("intake_new"), status=400, post={"text": "no report"}),
    Page("import drafts", (ADMIN,), url("intake_drafts")),
    Page("import draft", (ADMIN,), lambda d: d["draft"].get_absolute_url()),
    Page(
        "import draft, a paragraph's split and join",
        (ADMIN,),
        lambda d: d["draft"].get_absolute_url() + "?steps=vi",
    ),
    Page(
        "import draft of a page holding several resolutions",
        (ADMIN,),
        lambda d: d["parts_draft"].get_absolute_url(),
    ),
    Page("bodies to review", STAFF, url("bodies_review")),
    Page("backups", (ADMIN,), url("backups")),
    Page("job under way", (ADMIN,), lambda d: d["running_job"].get_absolute_url()),
    Page("job failed", (ADMIN,), lambda d: d["failed_job"].get_absolute_url()),
    Page("my jobs", SIGNED_IN, url("my_jobs")),
    Page("all jobs", (ADMIN,), url("all_jobs")),
    Page(
        "all jobs refused",
        (ADMIN,),
        lambda d: reverse("decisions:all_jobs") + "?kind=nonsense",
        status=400,
    ),
    Page("API tokens", SIGNED_IN, lambda d: reverse("api:tokens")),
    Page("API documentation", (EDITOR,), lambda d: reverse("api:docs"), axe=False),
]


def journey_data() -> dict:
    """The shipped Mali report imported, one item with a row of every kind
    around it (letters, replies, submissions, evidence, renewals, overlaps,
    themes), a draft import, and one user per role with PASSWORD. Needs the
    registry and the role groups in the database (a migrated test database
    has them; a browser test makes them with `registry_and_roles`)."""
    from decisions.api.auth import api_token_create
    from decisions.intake.drafts import draft_start
    from decisions.models import CalendarToken, Job, JobKind, JobState

    call_command("import_report", str(MALI_REPORT), stdout=StringIO())
    report = Report.objects.get(symbol="OIC/ACM-2017/MALI-REP")
    editor = make_user(USERNAMES[EDITOR], groups=("editors",), first_name="Amina")
    made = make_item_with_everything(by=editor)
    focal = make_user(USERNAMES[FOCAL], groups=("focal points",), first_name="Fatima")
    made["item"].owner.focal_points.add(focal)
    made["pending"].author = focal
    made["pending"].save(update_fields=["author"])
    admin = User.objects.create_superuser(USERNAMES[ADMIN], password=PASSWORD)
    importer = make_user(USERNAMES[IMPORTER], groups=("importers",), first_name="Idris")
    for user in (editor, focal, importer):
        user.set_password(PASSWORD)
        user.save(update_fields=["password"])
    api_token_create(user=editor, name="sheet")
    CalendarToken.objects.create(user=editor)
    draft, _ = draft_start(user=admin, text=MALI_REPORT.read_text(encoding="utf-8"))
    from tests.test_parts_text import VOLUME_FR

    parts_draft, _ = draft_start(user=admin, text=VOLUME_FR, source_name="volume-1950-p12.txt")
    theme = Theme.objects.filter(items=made["item"]).first()
    mali_item = ActionItem.objects.filter(decision__report=report).order_by("pk").first()
    users = {EDITOR: editor, FOCAL: focal, ADMIN: admin, IMPORTER: importer}
    # A response changed twice: the matrix shows its history.
    from decisions.models import Body, Membership
    from decisions.responses.services import ResponseValues, member_response_record

    collective = ActionItem.objects.filter(owner__slug="member-states").first()
    if collective is not None:
        # The focal point's body answers the requests made of all members
        # too: their home page lists them (the "responses" section).
        Membership.objects.get_or_create(collective=collective.owner, member=made["item"].owner)
        mali = Body.objects.get(slug="mali")
        for version, status in enumerate(("asked", "acted")):
            member_response_record(
                item=collective,
                member=mali,
                values=ResponseValues(status=status, note="Paid in full."),
                by=editor,
                expected_version=version,
            )
    running_job = Job.objects.create(
        kind=JobKind.FOLLOWUP,
        user=admin,
        steps=["items", "layout"],
        step=1,
        progress=50,
        state=JobState.RUNNING,
        input_name="OIC-ACM-2017-MALI-REP-followup-ar.pdf",
    )
    failed_job = Job.objects.create(
        kind=JobKind.BACKUP,
        user=admin,
        steps=["dump"],
        state=JobState.FAILED,
        error="The job took longer than its limit of 900 seconds and was stopped.",
    )
    return {
        "running_job": running_job,
        "failed_job": failed_job,
        **made,
        "report": report,
        "draft": draft,
        "parts_draft": parts_draft,
        "theme": theme,
        "mali_item": mali_item,
        "users": users,
    }
