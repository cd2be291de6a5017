from django.urls import path

from decisions.views import bodies_review, calendar, exports, intake, items, pages

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
    path("calendar/<str:key>/all.ics", calendar.calendar_feed_all, name="calendar_all"),
    path(
        "calendar/<str:key>/bodies/<slug:slug>.ics",
        calendar.calendar_feed_body,
        name="calendar_body",
    ),
    # Importing a report in the browser.
    path("reports/import/", intake.intake_new, name="intake_new"),
    path("reports/import/drafts/", intake.intake_drafts, name="intake_drafts"),
    path("reports/import/drafts/<int:pk>/", intake.intake_draft, name="intake_draft"),
    path(
        "reports/import/drafts/<int:pk>/import/",
        intake.intake_draft_import,
        name="intake_draft_import",
    ),
]
