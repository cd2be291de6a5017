from django.contrib import admin
from django.urls import include, path

from decisions.views.ops import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    # The language switcher posts here (django.views.i18n.set_language).
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include("decisions.api.urls")),
    path("", include("decisions.urls")),
]

handler500 = "decisions.views.ops.server_error"
