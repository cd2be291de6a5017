"""Every URL x every kind of user x GET and POST (and PUBLIC_READ, and the
other methods).

The list of URLs comes from the URL configuration, every pattern, named or
not (an unnamed one is keyed by its route): a new view that is not in
EXPECTED fails `test_every_url_is_in_the_matrix`, and an entry whose URL is
gone fails `test_every_matrix_entry_is_a_url`, so the matrix cannot drift.
Django's admin is one entry, its root (staff only); what is inside it is
left to the admin's own permission checks (tests/test_admin.py)."""

from __future__ import annotations

import datetime
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from decisions.api.auth import api_token_create
from decisions.correspondence import services as correspondence
from decisions.intake.drafts import draft_start
from decisions.items import services as item_services
from decisions.models import (
    CalendarToken,
    Job,
    JobState,
    Membership,
    OverlapFlag,
    RenewalLink,
    Status,
    StatusUpdate,
)
from decisions.workflow import services as workflow
from tests.factory import (
    PROOF_PDF,
    make_body,
    make_decision,
    make_item,
    make_item_with_everything,
    make_report,
    make_user,
)

# What it checks is who gets which status code, not queries: the PostgreSQL
# pass leaves it out (one_engine, tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.one_engine]

PDF = PROOF_PDF

USERS = ["anonymous", "no_role", "viewer", "editor", "focal_own", "focal_other", "superuser"]

LOGIN = "login"  # a redirect to the login page, back to the URL asked for
ADMIN_LOGIN = "admin login"  # a redirect to the admin's login page
LOGIN_PAGE = "login page"  # a redirect to the login page, coming back nowhere
REAUTH = "reauthenticate"  # a redirect to confirm one's password first (allauth)
READERS = dict.fromkeys(USERS, 200) | {"anonymous": LOGIN, "no_role": 403}
EVERYONE = dict.fromkeys(USERS, 200)
NOT_ALLOWED = dict.fromkeys(USERS, 405)
UPDATERS_BAD_FORM = {
    "anonymous": LOGIN,
    "no_role": 403,
    "viewer": 403,
    "focal_other": 403,
    "editor": 400,
    "focal_own": 400,
    "superuser": 400,
}
UPLOADERS = READERS | {"viewer": 403}
API_READERS = READERS | {"anonymous": 401}
THEME_EDITORS = READERS | {"viewer": 403, "focal_own": 403, "focal_other": 403}
API_RESOURCES = [
    f"{resource}-{kind}"
    for resource in ("report", "paragraph", "body", "item", "update")
    for kind in ("list", "detail")
]
# Importing in the browser: the `importers` group and superusers (none of the
# other roles); bodies to review: editors, importers and superusers.
IMPORTERS = dict.fromkeys(USERS, 403) | {"anonymous": LOGIN, "superuser": 200}
REVIEWERS = IMPORTERS | {"editor": 200}
# A job's page: its owner (here the superuser, who also sees everyone's);
# any other signed-in user gets 404, as for a job that does not exist.
JOB_OWNER = dict.fromkeys(USERS, 404) | {"anonymous": LOGIN, "superuser": 200}


def bad_form(expected: dict) -> dict:
    """Who may use it gets 400 for an empty form; the rest as in `expected`."""
    return expected | {u: 400 for u in USERS if expected[u] == 200}


EDITORS_BAD_FORM = dict.fromkeys(USERS, 403) | {"anonymous": LOGIN, "editor": 400, "superuser": 400}


# Follow-up workflow (issue 11). The secretariat (editors, superusers; staff
# too, but the matrix has no plain staff user) and the focal points of the
# body concerned; viewers read the published pages, not the internal ones.
EDITORS_ONLY = READERS | {"viewer": 403, "focal_own": 403, "focal_other": 403}
SECRETARIAT_AND_OWN_FOCAL = READERS | {"viewer": 403, "focal_other": 403}


def editors_get(status: int) -> dict:
    """Editors and superusers get `status`; the others as EDITORS_ONLY."""
    return EDITORS_ONLY | {"editor": status, "superuser": status}


def own_focal_get(status: int) -> dict:
    return SECRETARIAT_AND_OWN_FOCAL | dict.fromkeys(("editor", "focal_own", "superuser"), status)


# Pages of one's own account: every signed-in user, anonymous visitors log in.
SIGNED_IN = dict.fromkeys(USERS, 200) | {"anonymous": LOGIN}
SIGNED_IN_405 = dict.fromkeys(USERS, 405) | {"anonymous": LOGIN}
SIGNED_IN_404 = dict.fromkeys(USERS, 404) | {"anonymous": LOGIN}
SIGNED_IN_REAUTH = dict.fromkeys(USERS, REAUTH) | {"anonymous": LOGIN}
SECOND_STEP = dict.fromkeys(USERS, 302) | {"anonymous": LOGIN_PAGE}

# name: (GET, POST) -> expected status per user.
EXPECTED = {
    "decisions:dashboard": (READERS, NOT_ALLOWED),
    # Editors' and focal points' home; anyone else is sent to the dashboard.
    "decisions:home": (
        dict.fromkeys(USERS, 200) | dict.fromkeys(("anonymous", "no_role", "viewer"), 302),
        NOT_ALLOWED,
    ),
    "decisions:item_list": (READERS, NOT_ALLOWED),
    "decisions:item_detail": (READERS, UPDATERS_BAD_FORM),
    "decisions:body_list": (READERS, NOT_ALLOWED),
    "decisions:body_detail": (READERS, NOT_ALLOWED),
    "decisions:report_list": (READERS, NOT_ALLOWED),
    "decisions:report_detail": (READERS, NOT_ALLOWED),
    "decisions:items_export_csv": (READERS, NOT_ALLOWED),
    "decisions:items_export_xlsx": (READERS, NOT_ALLOWED),
    "decisions:items_upload": (
        UPLOADERS,
        UPLOADERS | {u: 400 for u in USERS if UPLOADERS[u] == 200},
    ),
    "decisions:items_upload_confirm": (
        NOT_ALLOWED,
        UPLOADERS | {u: 302 for u in USERS if UPLOADERS[u] == 200},
    ),
    "decisions:report_followup_pdf": (READERS, NOT_ALLOWED),
    "decisions:report_followup_docx": (READERS, NOT_ALLOWED),
    "decisions:calendar": (READERS, NOT_ALLOWED),
    "decisions:calendar_token_new": (
        NOT_ALLOWED,
        READERS | {u: 302 for u in USERS if READERS[u] == 200},
    ),
    "decisions:calendar_token_delete": (
        NOT_ALLOWED,
        READERS | {u: 302 for u in USERS if READERS[u] == 200},
    ),
    # The secret in the address is the credential: no session needed.
    "decisions:calendar_all": (EVERYONE, NOT_ALLOWED),
    "decisions:calendar_body": (EVERYONE, NOT_ALLOWED),
    "decisions:intake_new": (IMPORTERS, bad_form(IMPORTERS)),
    "decisions:intake_drafts": (IMPORTERS, NOT_ALLOWED),
    # One's own jobs (everyone signed in); every job: superusers only.
    "decisions:my_jobs": (SIGNED_IN, NOT_ALLOWED),
    # (IMPORTERS has that shape: the matrix has no importer.)
    "decisions:all_jobs": (IMPORTERS, NOT_ALLOWED),
    "decisions:job_detail": (JOB_OWNER, NOT_ALLOWED),
    "decisions:job_status": (JOB_OWNER, NOT_ALLOWED),
    # The file a job made (a follow-up report): its owner only, as its page.
    "decisions:job_file": (JOB_OWNER, NOT_ALLOWED),
    # Backups: superusers see those kept and start one (a job: 302 to its page).
    "decisions:backups": (
        dict.fromkeys(USERS, 403) | {"anonymous": LOGIN, "superuser": 200},
        dict.fromkeys(USERS, 403) | {"anonymous": LOGIN, "superuser": 302},
    ),
    "decisions:intake_draft": (IMPORTERS, bad_form(IMPORTERS)),
    "decisions:intake_draft_import": (
        NOT_ALLOWED,
        IMPORTERS | {u: 302 for u in USERS if IMPORTERS[u] == 200},
    ),
    # The matrix's draft is one report: "each part" has no parts to import, 400.
    "decisions:intake_draft_import_parts": (NOT_ALLOWED, bad_form(IMPORTERS)),
    # An empty form (no confirmation) is refused: nothing is discarded.
    "decisions:intake_draft_discard": (NOT_ALLOWED, bad_form(IMPORTERS)),
    "decisions:bodies_review": (REVIEWERS, NOT_ALLOWED),
    "decisions:body_review_register": (NOT_ALLOWED, bad_form(REVIEWERS)),
    "decisions:body_review_merge": (NOT_ALLOWED, bad_form(REVIEWERS)),
    "healthz": (EVERYONE, NOT_ALLOWED),
    # The signed-in floor: any signed-in user, role or not; read only.
    "floor": (dict.fromkeys(USERS, 200) | {"anonymous": LOGIN}, NOT_ALLOWED),
    # The read API: a key or a session of a user with a role; PUBLIC_READ does
    # not open it. The schema and its docs are public (they hold no data).
    **{
        f"api:{name}": (API_READERS, API_READERS | {u: 405 for u in USERS if API_READERS[u] == 200})
        for name in API_RESOURCES
    },
    "decisions:search": (READERS, NOT_ALLOWED),
    "decisions:theme_list": (READERS, NOT_ALLOWED),
    "decisions:theme_detail": (READERS, NOT_ALLOWED),
    # Editors and superusers choose an item's themes; an empty POST clears them.
    "decisions:item_themes_edit": (
        THEME_EDITORS,
        THEME_EDITORS | {"editor": 302, "superuser": 302},
    ),
    "api:schema": (EVERYONE, NOT_ALLOWED),
    "api:docs": (EVERYONE, NOT_ALLOWED),
    "api:tokens": (READERS, READERS | {u: 201 for u in USERS if READERS[u] == 200}),
    "api:token_revoke": (
        NOT_ALLOWED,
        READERS | {u: 302 for u in USERS if READERS[u] == 200},
    ),
    # Across meetings (lineage): readers read, editors decide.
    "decisions:renewal_queue": (READERS, NOT_ALLOWED),
    "decisions:renewal_decide": (NOT_ALLOWED, EDITORS_BAD_FORM),
    "decisions:duplicates": (READERS, NOT_ALLOWED),
    "decisions:overlap_decide": (NOT_ALLOWED, EDITORS_BAD_FORM),
    # Jobs editors start: renewals of a report (none named: 400), the search
    # for duplicates (no form: a job, 302 to its page).
    "decisions:renewals_search": (NOT_ALLOWED, EDITORS_BAD_FORM),
    "decisions:overlaps_search": (
        NOT_ALLOWED,
        dict.fromkeys(USERS, 403) | {"anonymous": LOGIN, "editor": 302, "superuser": 302},
    ),
    "decisions:item_lifecycle": (NOT_ALLOWED, EDITORS_BAD_FORM),
    "set_language": (dict.fromkeys(USERS, 302), dict.fromkeys(USERS, 302)),
    "login": (EVERYONE, EVERYONE),  # POST without credentials: the form again
    "logout": (NOT_ALLOWED, dict.fromkeys(USERS, LOGIN_PAGE)),
    "password_change": (READERS | {"no_role": 200}, READERS | {"no_role": 200}),
    "password_change_done": (READERS | {"no_role": 200}, NOT_ALLOWED | {"anonymous": LOGIN}),
    "password_reset": (EVERYONE, EVERYONE),
    "password_reset_done": (EVERYONE, NOT_ALLOWED),
    "password_reset_confirm": (EVERYONE, EVERYONE),
    "password_reset_complete": (EVERYONE, NOT_ALLOWED),
    # Follow-up workflow. An empty POST is a bad form (400); accepting the
    # world's submission is refused as stale (409) since the item changed
    # after it was submitted, so every user meets the same state.
    "decisions:review_queue": (EDITORS_ONLY, NOT_ALLOWED),
    "decisions:my_submissions": (READERS, NOT_ALLOWED),
    "decisions:submission_detail": (SECRETARIAT_AND_OWN_FOCAL, NOT_ALLOWED),
    "decisions:submission_accept": (NOT_ALLOWED, editors_get(409)),
    "decisions:submission_return": (NOT_ALLOWED, editors_get(400)),
    "decisions:review_decide": (NOT_ALLOWED, editors_get(400)),
    "decisions:item_evidence_add": (NOT_ALLOWED, editors_get(400)),
    "decisions:item_comment_add": (NOT_ALLOWED, own_focal_get(400)),
    "decisions:item_public_status": (NOT_ALLOWED, editors_get(400)),
    "decisions:evidence_download": (SECRETARIAT_AND_OWN_FOCAL, NOT_ALLOWED),
    "decisions:correspondence_log": (READERS, NOT_ALLOWED),
    "decisions:letter_new": (EDITORS_ONLY, editors_get(400)),
    "decisions:letter_detail": (SECRETARIAT_AND_OWN_FOCAL, NOT_ALLOWED),
    "decisions:reply_new": (NOT_ALLOWED, editors_get(400)),
    "decisions:body_correspondence": (SECRETARIAT_AND_OWN_FOCAL, NOT_ALLOWED),
    # A body's focal points: editors and superusers name and remove them
    # (removing one who no longer is, the superuser's turn, is a redirect too).
    "decisions:body_focal_points": (EDITORS_ONLY, editors_get(400)),
    "decisions:body_focal_point_remove": (NOT_ALLOWED, editors_get(302)),
    "decisions:note_verbale_docx": (EDITORS_ONLY, NOT_ALLOWED),
    # Any signed-in user sets their own language and email mode (an empty
    # form is 400); watching needs a role (what is told is filtered later).
    "decisions:account": (
        dict.fromkeys(USERS, 200) | {"anonymous": LOGIN},
        dict.fromkeys(USERS, 400) | {"anonymous": LOGIN},
    ),
    "decisions:item_watch": (NOT_ALLOWED, READERS | {u: 302 for u in USERS if READERS[u] == 200}),
    "decisions:body_watch": (NOT_ALLOWED, READERS | {u: 302 for u in USERS if READERS[u] == 200}),
    # Members' responses: editors record any, a focal point its own body's.
    "decisions:item_responses": (READERS, NOT_ALLOWED),
    "decisions:item_response_edit": (own_focal_get(200), own_focal_get(400)),
    "decisions:item_responses_xlsx": (READERS, NOT_ALLOWED),
    # The drafts to the members that have not answered: the secretariat's.
    "decisions:item_responses_notes_verbales": (NOT_ALLOWED, EDITORS_ONLY),
    "decisions:item_responses_upload": (
        UPLOADERS,
        UPLOADERS | {u: 400 for u in USERS if UPLOADERS[u] == 200},
    ),
    "decisions:item_responses_upload_confirm": (
        NOT_ALLOWED,
        UPLOADERS | {u: 302 for u in USERS if UPLOADERS[u] == 200},
    ),
    # Single sign-on (django-allauth). With no provider configured (as here)
    # the organisation's sign-in and callback addresses are 404 for everyone.
    "account_login": (EVERYONE, EVERYONE),  # the same page as "login"
    "account_inactive": (EVERYONE, NOT_ALLOWED),
    "socialaccount_login_cancelled": (EVERYONE, NOT_ALLOWED),
    "socialaccount_login_error": (dict.fromkeys(USERS, 401), NOT_ALLOWED),
    "openid_connect_login": (dict.fromkeys(USERS, 404), dict.fromkeys(USERS, 404)),
    "openid_connect_callback": (dict.fromkeys(USERS, 404), dict.fromkeys(USERS, 404)),
    "saml_login": (dict.fromkeys(USERS, 404), dict.fromkeys(USERS, 404)),
    # The IdP posts its signed response here (no CSRF token: the response is
    # checked against a request sent from this very session); it is kept and
    # handed to saml_finish_acs, which finds no provider here.
    "saml_acs": (dict.fromkeys(USERS, 302), dict.fromkeys(USERS, 302)),
    "saml_finish_acs": (dict.fromkeys(USERS, 404), dict.fromkeys(USERS, 404)),
    "saml_sls": (dict.fromkeys(USERS, 404), dict.fromkeys(USERS, 404)),
    "saml_metadata": (dict.fromkeys(USERS, 404), dict.fromkeys(USERS, 404)),
    # Second factors (django-allauth's mfa): each user's own, so every
    # signed-in user alike; adding, renewing or removing one first asks for
    # the password again (a session signed in by force_login has not typed it).
    "mfa_index": (SIGNED_IN, SIGNED_IN_405),
    "mfa_activate_totp": (SIGNED_IN_REAUTH, SIGNED_IN_REAUTH),
    "mfa_deactivate_totp": (SIGNED_IN_404, SIGNED_IN_404),  # no TOTP to remove
    "mfa_view_recovery_codes": (SIGNED_IN_404, SIGNED_IN_405),  # no codes yet
    "mfa_download_recovery_codes": (SIGNED_IN_404, SIGNED_IN_404),
    "mfa_generate_recovery_codes": (SIGNED_IN_REAUTH, SIGNED_IN_REAUTH),
    "mfa_list_webauthn": (SIGNED_IN, SIGNED_IN_405),
    "mfa_add_webauthn": (SIGNED_IN_REAUTH, SIGNED_IN_REAUTH),
    "mfa_edit_webauthn": (SIGNED_IN_REAUTH, SIGNED_IN_REAUTH),
    "mfa_remove_webauthn": (SIGNED_IN_REAUTH, SIGNED_IN_REAUTH),
    # The sign-in's second step: only half-way through a sign-in; anyone
    # else is sent to the sign-in page, or home when already signed in.
    "mfa_authenticate": (SECOND_STEP, SECOND_STEP),
    # Confirming with a factor: this user has none, so the password page.
    "mfa_reauthenticate": (SIGNED_IN_REAUTH, SIGNED_IN_REAUTH),
    "mfa_reauthenticate_webauthn": (SIGNED_IN_REAUTH, SIGNED_IN_REAUTH),
    "account_reauthenticate": (SIGNED_IN, SIGNED_IN),  # POST: the form again
    "account_logout": (NOT_ALLOWED, dict.fromkeys(USERS, LOGIN_PAGE)),  # as "logout"
    # Anyone not staff goes to the admin's own login page.
    "admin:index": (
        dict.fromkeys(USERS, ADMIN_LOGIN) | {"superuser": 200},
        dict.fromkeys(USERS, ADMIN_LOGIN) | {"superuser": 200},
    ),
}

# The pages an anonymous visitor reads when settings.PUBLIC_READ is on;
# every other URL answers an anonymous visitor as in EXPECTED.
PUBLIC_READ_PAGES = {
    "decisions:dashboard",
    "decisions:item_list",
    "decisions:item_detail",
    "decisions:item_responses",  # the counts only
    "decisions:body_list",
    "decisions:body_detail",
    "decisions:report_list",
    "decisions:report_detail",
    "decisions:search",
    "decisions:theme_list",
    "decisions:theme_detail",
}


def url_names() -> list[str]:
    """Every URL pattern, with its namespace: its name, or its full route
    when it has none. The admin counts as one, its root (admin:index)."""

    def walk(patterns, namespace="", prefix=""):
        for p in patterns:
            if isinstance(p, URLResolver):
                if p.namespace == "admin":
                    yield "admin:index"
                    continue
                ns = f"{namespace}{p.namespace}:" if p.namespace else namespace
                yield from walk(p.url_patterns, ns, prefix + str(p.pattern))
            elif isinstance(p, URLPattern):
                yield f"{namespace}{p.name}" if p.name else f"{namespace}{prefix}{p.pattern}"

    return sorted(set(walk(get_resolver().url_patterns)))


@pytest.fixture(scope="module")
def _world(django_db_setup, django_db_blocker, tmp_path_factory):
    """The world, made once for the module's tests in a transaction rolled
    back after the last of them. Each test runs in a savepoint inside it (as
    with TestCase.setUpTestData), so what one test changes is undone before
    the next."""
    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), transaction.atomic():
        yield make_world()
        transaction.set_rollback(True)


@pytest.fixture
def world(_world, db):
    return _world


def make_world() -> dict:
    own_body, other_body = make_body("own-body"), make_body("other-body")
    report = make_report()
    item = make_item(decision=make_decision(report), owner=own_body)
    other_item = make_item(decision=make_decision(report), owner=other_body)
    link = RenewalLink.objects.create(earlier_item=other_item, later_item=item, score=0.9)
    flag = OverlapFlag.objects.create(item_a=item, item_b=other_item, similarity=0.9)
    users = {
        "no_role": make_user("no-role"),
        "viewer": make_user("viewer", groups=("viewers",)),
        "editor": make_user("editor", groups=("editors",)),
        "focal_own": make_user("focal-own", groups=("focal points",)),
        "focal_other": make_user("focal-other", groups=("focal points",)),
        "superuser": make_user("root", is_superuser=True, is_staff=True),
    }
    own_body.focal_points.add(users["focal_own"])
    other_body.focal_points.add(users["focal_other"])
    token = CalendarToken.objects.create(user=users["viewer"])
    submission = workflow.submission_create(
        item=item,
        status=Status.IN_PROGRESS,
        note="Done in part.",
        by=users["focal_own"],
        base_version=item.version,
        files=[SimpleUploadedFile("proof.pdf", PDF)],
    )
    # The item changes after the submission: accepting it is refused (409).
    item_services.action_item_set_status(
        item=item, status=Status.COMPLETED, note="", by=users["editor"], expected_version=0
    )
    letter = correspondence.letter_record(
        reference="OIC/GS/2017/1",
        sent_on=datetime.date(2017, 10, 2),
        subject="Follow-up",
        recipients=[own_body],
        items=[item],
        by=users["editor"],
    )
    update = StatusUpdate.objects.create(item=item, old_status="not_started", new_status="stalled")
    api_token, _key = api_token_create(user=users["viewer"], name="matrix")
    to_review = make_body("to-review", registered=False)
    extra_focal = make_user("focal-extra")
    own_body.focal_points.add(extra_focal)
    draft, _ = draft_start(
        user=users["superuser"],
        text="**OIC/TEST-DRAFT/REP**\n\n- i. La Réunion a demandé aux États membres d'agir.\n",
    )
    job = Job.objects.create(
        kind="draft", user=users["superuser"], steps=["read"], state=JobState.RUNNING
    )
    done = Job.objects.create(
        kind="followup",
        user=users["superuser"],
        steps=["items", "layout"],
        state=JobState.DONE,
        output=b"%PDF-1.4 matrix",
        result={"name": "matrix.pdf", "content_type": "application/pdf"},
    )
    # One row of every model that hangs on an item or a body, so that every
    # URL is tried with each kind present (test_the_world_holds_...).
    make_item_with_everything()
    group = make_body("own-group", kind="group")
    Membership.objects.create(collective=group, member=own_body)
    Membership.objects.create(collective=group, member=other_body)
    group_item = make_item(decision=make_decision(report), owner=group)
    kwargs = {
        "decisions:item_responses": {"pk": group_item.pk},
        "decisions:item_response_edit": {"pk": group_item.pk, "member": own_body.pk},
        "decisions:item_responses_xlsx": {"pk": group_item.pk},
        "decisions:item_responses_notes_verbales": {"pk": group_item.pk},
        "decisions:item_responses_upload": {"pk": group_item.pk},
        "decisions:item_responses_upload_confirm": {"pk": group_item.pk},
        "decisions:item_detail": {"pk": item.pk},
        "decisions:body_detail": {"slug": own_body.slug},
        "decisions:report_detail": {"pk": report.pk},
        "decisions:report_followup_pdf": {"pk": report.pk},
        "decisions:report_followup_docx": {"pk": report.pk},
        "decisions:calendar_all": {"key": token.key},
        "decisions:calendar_body": {"key": token.key, "slug": own_body.slug},
        "password_reset_confirm": {"uidb64": "MQ", "token": "set-password"},
        "decisions:theme_detail": {"slug": "security"},
        "decisions:item_themes_edit": {"pk": item.pk},
        "api:report-detail": {"pk": report.pk},
        "api:paragraph-detail": {"pk": item.decision_id},
        "api:body-detail": {"slug": own_body.slug},
        "api:item-detail": {"pk": item.pk},
        "api:update-detail": {"pk": update.pk},
        "api:token_revoke": {"pk": api_token.pk},
        "decisions:intake_draft": {"pk": draft.pk},
        "decisions:job_detail": {"uuid": job.uuid},
        "decisions:job_status": {"uuid": job.uuid},
        "decisions:job_file": {"uuid": done.uuid},
        "decisions:intake_draft_import": {"pk": draft.pk},
        "decisions:intake_draft_import_parts": {"pk": draft.pk},
        "decisions:intake_draft_discard": {"pk": draft.pk},
        "decisions:body_review_register": {"slug": to_review.slug},
        "decisions:body_review_merge": {"slug": to_review.slug},
        "decisions:renewal_decide": {"pk": link.pk},
        "decisions:overlap_decide": {"pk": flag.pk},
        "decisions:item_lifecycle": {"pk": item.pk},
        "decisions:submission_detail": {"pk": submission.pk},
        "decisions:submission_accept": {"pk": submission.pk},
        "decisions:submission_return": {"pk": submission.pk},
        "decisions:review_decide": {"pk": submission.pk},
        "decisions:item_evidence_add": {"pk": item.pk},
        "decisions:item_comment_add": {"pk": item.pk},
        "decisions:item_public_status": {"pk": item.pk},
        "decisions:evidence_download": {"pk": submission.evidence.get().pk},
        "decisions:letter_detail": {"pk": letter.pk},
        "decisions:reply_new": {"pk": letter.pk},
        "decisions:body_correspondence": {"slug": own_body.slug},
        "decisions:body_focal_points": {"slug": own_body.slug},
        "decisions:body_focal_point_remove": {"slug": own_body.slug, "user_id": extra_focal.pk},
        "decisions:note_verbale_docx": {"slug": own_body.slug},
        "mfa_edit_webauthn": {"pk": 999},
        "mfa_remove_webauthn": {"pk": 999},
        "openid_connect_login": {"provider_id": "organisation"},
        "openid_connect_callback": {"provider_id": "organisation"},
        **{
            f"saml_{view}": {"organization_slug": "organisation"}
            for view in ("login", "acs", "finish_acs", "sls", "metadata")
        },
        "decisions:item_watch": {"pk": item.pk},
        "decisions:body_watch": {"slug": own_body.slug},
    }
    return {"users": users, "kwargs": kwargs}


def test_the_world_holds_a_row_of_every_model_on_an_item_or_a_body(world):
    from decisions.models import ActionItem, Body
    from decisions.relations import hanging_models

    missing = [
        m._meta.label for m in hanging_models(ActionItem, Body) if not m._base_manager.exists()
    ]
    assert not missing, f"make_world() makes no row of {missing}: add one"


def test_every_url_is_in_the_matrix():
    missing = [name for name in url_names() if name not in EXPECTED]
    assert not missing, (
        f"add these URLs to EXPECTED with who may do what (name an unnamed one: "
        f"the matrix reverses names): {missing}"
    )


def test_every_matrix_entry_is_a_url():
    gone = sorted(set(EXPECTED) - set(url_names()))
    assert not gone, f"these URLs are gone: remove them from EXPECTED: {gone}"


def outcome(response, url: str):
    """The status, or LOGIN / ADMIN_LOGIN for a redirect to a login page
    that brings the visitor back to `url`."""
    status = response.status_code
    if status == 302:
        location = response["Location"]
        if location == reverse("login"):
            return LOGIN_PAGE
        for login, kind in ((reverse("login"), LOGIN), (reverse("admin:login"), ADMIN_LOGIN)):
            if location == f"{login}?{urlencode({'next': url}, safe='/')}":
                return kind
        parts = urlsplit(location)
        if parts.path == reverse("login") and parse_qs(parts.query).get("next") == [url]:
            return LOGIN  # allauth's views quote the slashes of `next`
        if parts.path == reverse("account_reauthenticate"):
            return REAUTH
    return status


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_kind_of_user_gets_what_the_matrix_says(world, name):
    url = reverse(name, kwargs=world["kwargs"].get(name))
    got = {}
    for user_kind in USERS:
        for method, expected in zip(("get", "post"), EXPECTED[name], strict=True):
            client = Client()
            if user_kind != "anonymous":
                client.force_login(world["users"][user_kind])
            response = getattr(client, method)(url)
            got[(user_kind, method)] = (outcome(response, url), expected[user_kind])
    wrong = {k: v for k, v in got.items() if v[0] != v[1]}
    assert not wrong, f"{url}: (got, expected) {wrong}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_with_public_read_an_anonymous_visitor_reads_only_the_read_pages(world, settings, name):
    settings.PUBLIC_READ = True
    url = reverse(name, kwargs=world["kwargs"].get(name))
    response = Client().get(url)
    expected = 200 if name in PUBLIC_READ_PAGES else EXPECTED[name][0]["anonymous"]
    assert outcome(response, url) == expected
    if name in PUBLIC_READ_PAGES:
        content = response.content.decode()
        assert "Log in" in content and "Record an update" not in content


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if n.startswith("decisions:")))
def test_the_app_refuses_other_methods_with_405(world, name):
    client = Client()
    client.force_login(world["users"]["superuser"])
    url = reverse(name, kwargs=world["kwargs"].get(name))
    for method in ("put", "patch", "delete"):
        assert getattr(client, method)(url).status_code == 405, (method, url)


@pytest.mark.parametrize("name", sorted(PUBLIC_READ_PAGES))
def test_a_read_page_is_a_whole_html_page(world, name):
    client = Client()
    client.force_login(world["users"]["viewer"])
    response = client.get(reverse(name, kwargs=world["kwargs"].get(name)))
    assert response["Content-Type"].startswith("text/html")
    assert b"<!doctype html>" in response.content


@pytest.mark.parametrize(
    "name, kwargs",
    [
        ("decisions:item_detail", {"pk": 999}),
        ("decisions:body_detail", {"slug": "nope"}),
        ("decisions:report_detail", {"pk": 999}),
    ],
)
def test_an_unknown_item_body_or_report_is_404(world, name, kwargs):
    client = Client()
    client.force_login(world["users"]["viewer"])
    assert client.get(reverse(name, kwargs=kwargs)).status_code == 404


def test_every_form_enforces_csrf(world):
    """Each URL that accepts POST refuses it without a CSRF token."""
    editor = world["users"]["superuser"]
    for name, (_, post) in EXPECTED.items():
        if name in ("admin:index", "saml_acs", "saml_sls") or all(s == 405 for s in post.values()):
            continue
        client = Client(enforce_csrf_checks=True)
        client.force_login(editor)
        url = reverse(name, kwargs=world["kwargs"].get(name))
        assert client.post(url).status_code == 403, f"{url} accepts a POST without CSRF token"
