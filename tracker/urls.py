from allauth.account import views as allauth_views
from allauth.socialaccount import views as social_views
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from decisions.ops import views as ops
from decisions.ops.views import healthz

# django.contrib.auth.urls, with our login and password reset views (reset
# answers "ask an administrator" when PASSWORD_RESET_ENABLED is off).
accounts = [
    path("login/", ops.login, name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password_change/", ops.password_change, name="password_change"),
    path(
        "password_change/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("password_reset/", ops.password_reset, name="password_reset"),
    path("password_reset/done/", ops.password_reset_done, name="password_reset_done"),
    path("reset/<uidb64>/<token>/", ops.password_reset_confirm, name="password_reset_confirm"),
    path("reset/done/", ops.password_reset_complete, name="password_reset_complete"),
    # Single sign-on (django-allauth): only the pages a sign-in through the
    # organisation needs; allauth's sign-up, email and password pages are not
    # mounted (accounts come from the admin or from single sign-on).
    # allauth's pages link to its sign-in page by this name: ours.
    path("login/", ops.login, name="account_login"),
    path("inactive/", allauth_views.account_inactive, name="account_inactive"),
    path("sso/cancelled/", social_views.login_cancelled, name="socialaccount_login_cancelled"),
    path("sso/error/", social_views.login_error, name="socialaccount_login_error"),
    path("", include("allauth.socialaccount.providers.openid_connect.urls")),
    path("", include("allauth.socialaccount.providers.saml.urls")),
    # Second factors (django-allauth's mfa): TOTP, recovery codes, security
    # keys; the sign-in's second step; confirming one's password before
    # adding or removing a factor. allauth's pages name the sign-out so.
    path("2fa/", include("allauth.mfa.urls")),
    path("reauthenticate/", allauth_views.reauthenticate, name="account_reauthenticate"),
    path("logout/", auth_views.LogoutView.as_view(), name="account_logout"),
]


def _admin_login(request, extra_context=None):
    """The admin's sign-in is the site's (through django-allauth's stages):
    Django's admin login would sign a user in on the password alone, past
    their second factor. Set before admin.site.urls reads it."""
    return ops.login(request)


admin.site.login = _admin_login

urlpatterns = [
    # Answered first by tracker.middleware.HealthzMiddleware; kept for reverse().
    path("healthz", healthz, name="healthz"),
    # The signed-in floor: base.html around nothing (make bench measures it).
    path("floor", ops.floor, name="floor"),
    path("admin/", admin.site.urls),
    path("accounts/", include(accounts)),
    # The language switcher posts here (django.views.i18n.set_language).
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include("decisions.api.urls")),
    path("", include("decisions.urls")),
]

handler500 = "decisions.ops.views.server_error"
