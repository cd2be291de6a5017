from django.urls import path

from decisions.accounts import views as accounts_views
from decisions.calendar import views as calendar
from decisions.correspondence import views as correspondence_views
from decisions.evidence import views as files
from decisions.home import views as home_views
from decisions.intake import views as intake_views
from decisions.items import views as items_views
from decisions.jobs import views as jobs_views
from decisions.lineage import views as lineage_views
from decisions.ops import backup_views
from decisions.progress import views as progress_views
from decisions.registry import views as registry_views
from decisions.reporting import views as exports
from decisions.responses import views as responses
from decisions.search import views as search
from decisions.themes import views as themes_views
from decisions.workflow.views import item as item_views
from decisions.workflow.views import item_actions
from decisions.workflow.views import review as review_views

app_name = "decisions"

urlpatterns = [
    path("", progress_views.dashboard, name="dashboard"),
    path("home/", home_views.home, name="home"),
    path("items/", items_views.item_list, name="item_list"),
    path("items/<int:pk>/", item_views.item_detail, name="item_detail"),
    path("bodies/", progress_views.body_list, name="body_list"),
    # Before bodies/<slug>/: "review" would be taken for a body's slug.
    path("bodies/review/", registry_views.bodies_review, name="bodies_review"),
    path(
        "bodies/review/<slug:slug>/register/",
        registry_views.body_review_register,
        name="body_review_register",
    ),
    path(
        "bodies/review/<slug:slug>/merge/",
        registry_views.body_review_merge,
        name="body_review_merge",
    ),
    path("bodies/<slug:slug>/", progress_views.body_detail, name="body_detail"),
    path(
        "bodies/<slug:slug>/focal-points/",
        registry_views.body_focal_points,
        name="body_focal_points",
    ),
    path(
        "bodies/<slug:slug>/focal-points/<int:user_id>/remove/",
        registry_views.body_focal_point_remove,
        name="body_focal_point_remove",
    ),
    path("reports/", progress_views.report_list, name="report_list"),
    path("reports/<int:pk>/", progress_views.report_detail, name="report_detail"),
    # Exports, the spreadsheet round trip, the follow-up report, calendars.
    path("items/export.csv", exports.items_export_csv, name="items_export_csv"),
    path("items/export.xlsx", exports.items_export_xlsx, name="items_export_xlsx"),
    path("items/upload/", exports.items_upload, name="items_upload"),
    path("items/upload/confirm/", exports.items_upload_confirm, name="items_upload_confirm"),
    path(
        "reports/<int:pk>/followup.pdf",
        exports.report_followup_pdf,
        name="report_followup_pdf",
    ),
    path(
        "reports/<int:pk>/followup.docx",
        exports.report_followup_docx,
        name="report_followup_docx",
    ),
    path("calendar/", calendar.calendar_page, name="calendar"),
    path("calendar/token/", calendar.calendar_token_new, name="calendar_token_new"),
    path(
        "calendar/token/revoke/",
        calendar.calendar_token_delete,
        name="calendar_token_delete",
    ),
    path("calendar/<slug:key>/all.ics", calendar.calendar_feed_all, name="calendar_all"),
    path(
        "calendar/<slug:key>/bodies/<slug:slug>.ics",
        calendar.calendar_feed_body,
        name="calendar_body",
    ),
    path("search/", search.search, name="search"),
    path("themes/", themes_views.theme_list, name="theme_list"),
    path("themes/<slug:slug>/", themes_views.theme_detail, name="theme_detail"),
    path("items/<int:pk>/themes/", themes_views.item_themes_edit, name="item_themes_edit"),
]

# Follow-up workflow: submissions and review, evidence, correspondence, comments.
urlpatterns += [
    path("review/", review_views.review_queue, name="review_queue"),
    path("review/<int:pk>/", review_views.review_decide, name="review_decide"),
    path("submissions/mine/", review_views.my_submissions, name="my_submissions"),
    path("submissions/<int:pk>/", review_views.submission_detail, name="submission_detail"),
    path("submissions/<int:pk>/accept/", review_views.submission_accept, name="submission_accept"),
    path("submissions/<int:pk>/return/", review_views.submission_return, name="submission_return"),
    path("items/<int:pk>/evidence/", item_actions.item_evidence_add, name="item_evidence_add"),
    path("items/<int:pk>/comments/", item_actions.item_comment_add, name="item_comment_add"),
    path("items/<int:pk>/public/", item_actions.item_public_status, name="item_public_status"),
    path("files/<int:pk>/", files.evidence_download, name="evidence_download"),
    path("correspondence/", correspondence_views.correspondence_log, name="correspondence_log"),
    path("correspondence/new/", correspondence_views.letter_new, name="letter_new"),
    path("correspondence/<int:pk>/", correspondence_views.letter_detail, name="letter_detail"),
    path("correspondence/<int:pk>/reply/", correspondence_views.reply_new, name="reply_new"),
    path(
        "bodies/<slug:slug>/correspondence/",
        correspondence_views.body_correspondence,
        name="body_correspondence",
    ),
    path(
        "bodies/<slug:slug>/note-verbale.docx",
        correspondence_views.note_verbale_docx,
        name="note_verbale_docx",
    ),
]

# Importing a report in the browser.
urlpatterns += [
    path("reports/import/", intake_views.intake_new, name="intake_new"),
    path("jobs/", jobs_views.my_jobs, name="my_jobs"),
    path("ops/jobs/", jobs_views.all_jobs, name="all_jobs"),
    path("jobs/<uuid:uuid>/", jobs_views.job_detail, name="job_detail"),
    path("jobs/<uuid:uuid>/status/", jobs_views.job_status, name="job_status"),
    path("jobs/<uuid:uuid>/file/", jobs_views.job_file, name="job_file"),
    path("ops/backups/", backup_views.backups, name="backups"),
    path("reports/import/drafts/", intake_views.intake_drafts, name="intake_drafts"),
    path("reports/import/drafts/<int:pk>/", intake_views.intake_draft, name="intake_draft"),
    path(
        "reports/import/drafts/<int:pk>/import/",
        intake_views.intake_draft_import,
        name="intake_draft_import",
    ),
    path(
        "reports/import/drafts/<int:pk>/import-parts/",
        intake_views.intake_draft_import_parts,
        name="intake_draft_import_parts",
    ),
    path(
        "reports/import/drafts/<int:pk>/discard/",
        intake_views.intake_draft_discard,
        name="intake_draft_discard",
    ),
]

# Across meetings (views/lineage_views.py): renewals, possible duplicates, lifecycle.
urlpatterns += [
    path("renewals/", lineage_views.renewal_queue, name="renewal_queue"),
    path("renewals/<int:pk>/decide/", lineage_views.renewal_decide, name="renewal_decide"),
    path("renewals/search/", lineage_views.renewals_search, name="renewals_search"),
    path("duplicates/", lineage_views.duplicates, name="duplicates"),
    path("duplicates/<int:pk>/decide/", lineage_views.overlap_decide, name="overlap_decide"),
    path("duplicates/search/", lineage_views.overlaps_search, name="overlaps_search"),
    path("items/<int:pk>/lifecycle/", lineage_views.item_lifecycle, name="item_lifecycle"),
]

# Watching and the user's own choices (language, notifications).
urlpatterns += [
    path("account/", accounts_views.account, name="account"),
    path("items/<int:pk>/watch/", accounts_views.item_watch, name="item_watch"),
    path("bodies/<slug:slug>/watch/", accounts_views.body_watch, name="body_watch"),
]

# Each member's response to an item owned by a collective body.
urlpatterns += [
    path("items/<int:pk>/responses/", responses.item_responses, name="item_responses"),
    path(
        "items/<int:pk>/responses/<int:member>/",
        responses.item_response_edit,
        name="item_response_edit",
    ),
    path(
        "items/<int:pk>/responses.xlsx", responses.item_responses_xlsx, name="item_responses_xlsx"
    ),
    path(
        "items/<int:pk>/responses/notes-verbales/",
        responses.item_responses_notes_verbales,
        name="item_responses_notes_verbales",
    ),
    path(
        "items/<int:pk>/responses/upload/",
        responses.item_responses_upload,
        name="item_responses_upload",
    ),
    path(
        "items/<int:pk>/responses/upload/confirm/",
        responses.item_responses_upload_confirm,
        name="item_responses_upload_confirm",
    ),
]
