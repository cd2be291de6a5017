from django.urls import path

from decisions import export_views, views

app_name = "decisions"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("items/", views.item_list, name="item_list"),
    path("items/<int:pk>/", views.item_detail, name="item_detail"),
    path("bodies/", views.body_list, name="body_list"),
    path("bodies/<slug:slug>/", views.body_detail, name="body_detail"),
    path("reports/", views.report_list, name="report_list"),
    path("reports/<int:pk>/", views.report_detail, name="report_detail"),
    # Exports, the spreadsheet round trip, the follow-up report, calendars.
    path("items/export.csv", export_views.items_export_csv, name="items_export_csv"),
    path("items/export.xlsx", export_views.items_export_xlsx, name="items_export_xlsx"),
    path("items/upload/", export_views.items_upload, name="items_upload"),
    path("items/upload/confirm/", export_views.items_upload_confirm, name="items_upload_confirm"),
    path(
        "reports/<int:pk>/followup.pdf",
        export_views.report_followup_pdf,
        name="report_followup_pdf",
    ),
    path(
        "reports/<int:pk>/followup.docx",
        export_views.report_followup_docx,
        name="report_followup_docx",
    ),
    path("calendar/", export_views.calendar_page, name="calendar"),
    path("calendar/token/", export_views.calendar_token_new, name="calendar_token_new"),
    path(
        "calendar/token/revoke/",
        export_views.calendar_token_delete,
        name="calendar_token_delete",
    ),
    path("calendar/<str:key>/all.ics", export_views.calendar_feed_all, name="calendar_all"),
    path(
        "calendar/<str:key>/bodies/<slug:slug>.ics",
        export_views.calendar_feed_body,
        name="calendar_body",
    ),
]
