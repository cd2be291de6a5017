from django.urls import path

from decisions.views import (
    account,
    bodies_review,
    calendar,
    correspondence,
    exports,
    files,
    intake,
    items,
    lineage,
    pages,
    review,
    search,
    themes,
)

app_name = "decisions"

urlpatterns = [
    path("", pages.dashboard, name="dashboard"),
    path("items/", items.item_list, name="item_list"),
    path("items/<int:pk>/", items.item_detail, name="item_detail"),
    path("bodies/", pages.body_list, name="body_list"),
    # Before bodies/<slug>/: "review" would be taken for a body's slug.
    path("bodies/review/", bodies_review.bodies_review, name="bodies_review"),
    path(
        "bodies/review/<slug:slug>/register/",
        bodies_review.body_review_register,
        name="body_review_register",
    ),
    path(
        "bodies/review/<slug:slug>/merge/",
        bodies_review.body_review_merge,
        name="body_review_merge",
    ),
    path("bodies/<slug:slug>/", pages.body_detail, name="body_detail"),
    path("reports/", pages.report_list, name="report_list"),
    path("reports/<int:pk>/", pages.report_detail, name="report_detail"),
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
    path("themes/", themes.theme_list, name="theme_list"),
    path("themes/<slug:slug>/", themes.theme_detail, name="theme_detail"),
    path("items/<int:pk>/themes/", themes.item_themes_edit, name="item_themes_edit"),
]

# Follow-up workflow: submissions and review, evidence, correspondence, comments.
urlpatterns += [
    path("review/", review.review_queue, name="review_queue"),
    path("submissions/mine/", review.my_submissions, name="my_submissions"),
    path("submissions/<int:pk>/", review.submission_detail, name="submission_detail"),
    path("submissions/<int:pk>/accept/", review.submission_accept, name="submission_accept"),
    path("submissions/<int:pk>/return/", review.submission_return, name="submission_return"),
    path("items/<int:pk>/evidence/", review.item_evidence_add, name="item_evidence_add"),
    path("items/<int:pk>/comments/", review.item_comment_add, name="item_comment_add"),
    path("items/<int:pk>/public/", review.item_public_status, name="item_public_status"),
    path("files/<int:pk>/", files.evidence_download, name="evidence_download"),
    path("correspondence/", correspondence.correspondence_log, name="correspondence_log"),
    path("correspondence/new/", correspondence.letter_new, name="letter_new"),
    path("correspondence/<int:pk>/", correspondence.letter_detail, name="letter_detail"),
    path("correspondence/<int:pk>/reply/", correspondence.reply_new, name="reply_new"),
    path(
        "bodies/<slug:slug>/correspondence/",
        correspondence.body_correspondence,
        name="body_correspondence",
    ),
    path(
        "bodies/<slug:slug>/note-verbale.docx",
        correspondence.note_verbale_docx,
        name="note_verbale_docx",
    ),
]

# Importing a report in the browser.
urlpatterns += [
    path("reports/import/", intake.intake_new, name="intake_new"),
    path("reports/import/drafts/", intake.intake_drafts, name="intake_drafts"),
    path("reports/import/drafts/<int:pk>/", intake.intake_draft, name="intake_draft"),
    path(
        "reports/import/drafts/<int:pk>/import/",
        intake.intake_draft_import,
        name="intake_draft_import",
    ),
    path(
        "reports/import/drafts/<int:pk>/discard/",
        intake.intake_draft_discard,
        name="intake_draft_discard",
    ),
]

# Across meetings (views/lineage.py): renewals, possible duplicates, lifecycle.
urlpatterns += [
    path("renewals/", lineage.renewal_queue, name="renewal_queue"),
    path("renewals/<int:pk>/decide/", lineage.renewal_decide, name="renewal_decide"),
    path("duplicates/", lineage.duplicates, name="duplicates"),
    path("duplicates/<int:pk>/decide/", lineage.overlap_decide, name="overlap_decide"),
    path("items/<int:pk>/lifecycle/", lineage.item_lifecycle, name="item_lifecycle"),
]

# Watching and the user's own choices (language, notifications).
urlpatterns += [
    path("account/", account.account, name="account"),
    path("items/<int:pk>/watch/", account.item_watch, name="item_watch"),
    path("bodies/<slug:slug>/watch/", account.body_watch, name="body_watch"),
]
