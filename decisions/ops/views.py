"""Operations: the health probe, the error and lockout pages, logging in
and password reset."""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import DatabaseError, DataError, connection
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.views.decorators.http import require_safe

from decisions.accounts.access import (
    invitation_withdrawn,
    revoked_message,
    user_access_revoke,
    user_secrets_revoke,
)
from decisions.accounts.forms import PasswordChangeForm
from decisions.accounts.security_events import security_event_record
from decisions.models import SecurityEventKind
from decisions.web import site_url
from tracker.accounts import password_reset_allowed, wait_until
from tracker.client_ip import client_ip

# --- Operations ---------------------------------------------------------------


@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """For load balancers and monitoring: 200 when the database answers, 503
    when it does not. Touches neither the session nor the user."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@require_safe
@login_required
def floor(request: HttpRequest) -> HttpResponse:
    """The signed-in floor: the layout (base.html) around an empty page, so
    what every signed-in page pays before its own content (the session, the
    user, their roles, the menu) can be measured on its own (`make bench`)."""
    return render(request, "decisions/ops/floor.html")


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: a value the database refuses is the request's fault, a 400
    (PostgreSQL's DataError: a number past the column, a NUL in a text;
    SQLite's driver raises OverflowError for an integer past 64 bits). The
    forms and URLs stop such values first (decisions.fields); this is the
    backstop. Any other database error is an outage, a 503 ("try again
    shortly"), not a crash; anything else is a plain 500 page. Never a
    traceback."""
    error = sys.exc_info()[1]
    if isinstance(error, DataError | OverflowError):
        return render_to_response_safely("400.html", status=400)
    if isinstance(error, DatabaseError):
        response = render_to_response_safely("503.html", status=503)
        response["Retry-After"] = "30"
        return response
    return render_to_response_safely("500.html", status=500)


def render_to_response_safely(template_name: str, *, status: int) -> HttpResponse:
    # No request context: it would read the session and the user, which
    # may be what failed.
    return HttpResponse(loader.render_to_string(template_name), status=status)


def locked_out(request: HttpRequest, credentials: dict | None = None, *args) -> HttpResponse:
    """django-axes' lockout page: says for how long, in the site's layout."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "registration/locked_out.html", {"cooloff_minutes": minutes}, status=429)


# --- Logging in, password reset -------------------------------------------------


class _LoginView(auth_views.LoginView):
    def get_redirect_url(self) -> str:
        """Where `next` leads, unless it is the site's root: whoever opened
        the site at its root lands on their home page (LOGIN_REDIRECT_URL),
        as after a login with no `next`."""
        url = super().get_redirect_url()
        return "" if url == reverse("decisions:dashboard") else url

    def form_valid(self, form) -> HttpResponse:
        """The password was right: the sign-in goes on through django-allauth's
        stages, so that a user with a second factor is asked for it before
        being signed in (decisions/accounts/mfa.py); without one, signed in
        at once, as before. The password just typed counts as confirmed for
        allauth's next few minutes (ACCOUNT_REAUTHENTICATION_TIMEOUT), so that
        a user sent to add a factor at sign-in is not asked for it again."""
        from allauth.account.internal.flows.login import perform_login, record_authentication
        from allauth.account.models import Login

        user = form.get_user()
        record_authentication(
            self.request,
            user,
            method="password",
            username=user.get_username(),
            reauthenticated=True,
        )
        return perform_login(self.request, Login(user=user, redirect_url=self.get_success_url()))


def login(request: HttpRequest) -> HttpResponse:
    """Django's login page; it links to password reset only when reset is on."""
    from decisions.accounts.sso import sign_in_choices

    context = {
        "password_reset_enabled": settings.PASSWORD_RESET_ENABLED,
        "sso_choices": sign_in_choices(request),
        "local_passwords_for_staff": settings.LOCAL_PASSWORDS_FOR_STAFF,
    }
    return _LoginView.as_view(extra_context=context)(request)


def password_reset_disabled(request: HttpRequest, *args, **kwargs) -> HttpResponse:
    return render(request, "registration/password_reset_disabled.html", status=404)


def when_password_reset_enabled(view: Callable) -> Callable:
    """`view`, or the "ask an administrator" page when PASSWORD_RESET_ENABLED is off."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not settings.PASSWORD_RESET_ENABLED:
            return password_reset_disabled(request)
        return view(request, *args, **kwargs)

    return wrapper


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset request page, limited per client address and per email
    address, with links built on SITE_URL (not on the request's Host).

    Whatever the outcome (email sent, unknown address, over the limit), the
    answer is the same redirect after at least PASSWORD_RESET_MIN_SECONDS, so
    neither the page nor its timing says whether the address has an account.
    A class only because Django's view is one: this changes its form_valid."""

    def form_valid(self, form) -> HttpResponse:
        started = time.monotonic()
        email = form.cleaned_data["email"]
        if password_reset_allowed(ip=client_ip(self.request), email=email):
            base = site_url()
            form.save(
                domain_override=base.split("://", 1)[-1],
                use_https=base.startswith("https://"),
                token_generator=self.token_generator,
                email_template_name=self.email_template_name,
                subject_template_name=self.subject_template_name,
                request=self.request,
                extra_email_context={"site_url": base},
            )
        wait_until(started, settings.PASSWORD_RESET_MIN_SECONDS)
        return HttpResponseRedirect(self.get_success_url())


class _RecordsPasswordEvent:
    """A password page's form_valid, then what else the new password
    revokes (`revoke`, decisions/accounts/access.py), then its security event
    (`event_kind`) recorded for the form's user, saying what was revoked."""

    event_kind: str

    def revoke(self, form):
        return None

    def form_valid(self, form) -> HttpResponse:
        response = super().form_valid(form)
        revoked = self.revoke(form)
        security_event_record(
            kind=self.event_kind,
            request=self.request,
            user=form.user,
            detail=str(revoked) if revoked else "",
        )
        return response


class PasswordResetConfirmView(_RecordsPasswordEvent, auth_views.PasswordResetConfirmView):
    """Django's page that sets the new password; a reset revokes the user's
    API keys, calendar address and sessions (whoever knew the old password
    may have made them). Records the reset."""

    event_kind = SecurityEventKind.PASSWORD_RESET
    withdrawn = False

    def get_user(self, uidb64):
        """The link's user; none for an invitation withdrawn since it was
        sent (`invitation_withdrawn`), so neither the form nor its POST
        works. Only a link whose token is right says why: a guessed one
        learns nothing of the account."""
        user = super().get_user(uidb64)
        if user is None or not invitation_withdrawn(user):
            return user
        token = self.kwargs.get("token")
        if token == self.reset_url_token:
            token = self.request.session.get(auth_views.INTERNAL_RESET_SESSION_TOKEN)
        self.withdrawn = self.token_generator.check_token(user, token)
        return None

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | {"withdrawn": self.withdrawn}

    def revoke(self, form):
        return user_access_revoke(user=form.user)


class PasswordChangeView(_RecordsPasswordEvent, auth_views.PasswordChangeView):
    """Django's password change page, with a box to revoke the user's API
    keys and calendar address too; records the change."""

    event_kind = SecurityEventKind.PASSWORD_CHANGED
    form_class = PasswordChangeForm

    def revoke(self, form):
        if not form.cleaned_data.get("revoke_secrets"):
            return None
        revoked = user_secrets_revoke(user=form.user)
        messages.success(self.request, revoked_message(revoked))
        return revoked


password_change = PasswordChangeView.as_view()
password_reset = when_password_reset_enabled(PasswordResetView.as_view())
password_reset_done = when_password_reset_enabled(auth_views.PasswordResetDoneView.as_view())
password_reset_confirm = when_password_reset_enabled(PasswordResetConfirmView.as_view())
password_reset_complete = when_password_reset_enabled(
    auth_views.PasswordResetCompleteView.as_view()
)
