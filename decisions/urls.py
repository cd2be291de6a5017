from django.urls import path

from decisions.views import calendar, exports, items, lineage, pages

app_name = "decisions"

urlpatterns = [
    path("", pages.dashboard, name="dashboard"),
    path("items/", items.item_list, name="item_list"),
    path("items/<int:pk>/", items.item_detail, name="item_detail"),
    path("bodies/", pages.body_list, name="body_list"),
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
]

# Across meetings (views/lineage.py): renewals, possible duplicates, lifecycle.
urlpatterns += [
    path("renewals/", lineage.renewal_queue, name="renewal_queue"),
    path("renewals/<int:pk>/decide/", lineage.renewal_decide, name="renewal_decide"),
    path("duplicates/", lineage.duplicates, name="duplicates"),
    path("duplicates/<int:pk>/decide/", lineage.overlap_decide, name="overlap_decide"),
    path("items/<int:pk>/lifecycle/", lineage.item_lifecycle, name="item_lifecycle"),
]
