"""The profile's language as the interface's default.

At login (the `user_logged_in` signal) the user's chosen language is kept in
the session; on each request it is activated unless the visitor chose one
with the language switcher (the cookie wins). Costs no query per request:
the session is read anyway for the user."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers

PROFILE_LANGUAGE_KEY = "profile_language"


@receiver(user_logged_in, dispatch_uid="decisions.profile_language")
def remember_profile_language(sender, request, user, **kwargs) -> None:
    from decisions.notifications.services import profile_of

    if request is not None and hasattr(request, "session"):
        request.session[PROFILE_LANGUAGE_KEY] = profile_of(user).language


class ProfileLanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware (in its place), the language chosen once:
    the language switcher's cookie, else the profile's language kept in the
    session, else the browser's (Accept-Language), else LANGUAGE_CODE.
    Without language prefixes in the addresses (i18n_patterns), as here, it
    skips Django's look for one (twice a request); with them, Django's, then
    the profile's language as before."""

    def process_request(self, request: HttpRequest) -> None:
        if self._prefixed(request):
            super().process_request(request)
            self._profile_language(request)
            return
        if not self._profile_language(request):
            translation.activate(translation.get_language_from_request(request))
            request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if self._prefixed(request):
            return super().process_response(request, response)
        # Django's answer when no address carries a language.
        patch_vary_headers(response, ("Accept-Language",))
        response.headers.setdefault("Content-Language", translation.get_language())
        return response

    @staticmethod
    def _prefixed(request: HttpRequest) -> bool:
        urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
        return is_language_prefix_patterns_used(urlconf)[0]

    @staticmethod
    def _profile_language(request: HttpRequest) -> bool:
        """The profile's language, unless the language cookie says otherwise
        (a visitor with no cookie at all has no session to read)."""
        if settings.LANGUAGE_COOKIE_NAME in request.COOKIES or not request.COOKIES:
            return False
        language = request.session.get(PROFILE_LANGUAGE_KEY)
        if language not in {code for code, _ in settings.LANGUAGES}:
            return False
        translation.activate(language)
        request.LANGUAGE_CODE = language
        return True


class SecondFactorRequiredMiddleware:
    """A signed-in user whose role requires a second factor
    (settings.MFA_REQUIRED_FOR) and who has none is sent to enrol one, from
    every page but the enrolment pages themselves, signing out, static
    files, the health probe and the language switcher. API keys are not
    sessions and are not touched. Once the user is seen with a factor, or
    without a role that requires one, the session remembers it (no query on
    the next requests); adding or removing a factor forgets it, and an
    administrator's reset ends the sessions."""

    EXEMPT_NAMES = ("account_logout", "logout", "account_reauthenticate", "set_language")

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def _exempt(self, path: str) -> bool:
        from django.urls import NoReverseMatch, reverse

        prefixes = [settings.STATIC_URL if settings.STATIC_URL.startswith("/") else "/static/"]
        prefixes.append("/healthz")
        for name in ("mfa_index", *self.EXEMPT_NAMES):
            try:
                prefixes.append(reverse(name))
            except NoReverseMatch:
                continue
        return any(path.startswith(prefix) for prefix in prefixes)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if settings.MFA_REQUIRED_FOR and self._must_enrol(request):
            from django.contrib import messages
            from django.shortcuts import redirect
            from django.utils.translation import gettext as _

            messages.warning(
                request,
                _("Your role requires a second factor. Add one to continue."),
                fail_silently=True,
            )
            return redirect("mfa_index")
        return self.get_response(request)

    def _must_enrol(self, request: HttpRequest) -> bool:
        from decisions.accounts.factors import FACTOR_SEEN_KEY, factor_required, has_factor

        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return False
        if request.session.get(FACTOR_SEEN_KEY) == user.pk:
            return False
        if self._exempt(request.path):
            return False
        if not factor_required(user) or has_factor(user):
            # Decided once per sign-in: a role given later applies from the
            # user's next sign-in, as the requirement says.
            request.session[FACTOR_SEEN_KEY] = user.pk
            return False
        return True
