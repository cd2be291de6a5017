"""The profile's language as the interface's default.

At login (the `user_logged_in` signal) the user's chosen language is kept in
the session; on each request, after LocaleMiddleware, it is activated unless
the visitor chose one with the language switcher (the cookie wins). Costs no
query per request: the session is read anyway for the user."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.utils import translation

PROFILE_LANGUAGE_KEY = "profile_language"


@receiver(user_logged_in, dispatch_uid="decisions.profile_language")
def remember_profile_language(sender, request, user, **kwargs) -> None:
    from decisions.notifications.services import profile_of

    if request is not None and hasattr(request, "session"):
        request.session[PROFILE_LANGUAGE_KEY] = profile_of(user).language


class ProfileLanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response
        self.languages = {code for code, _ in settings.LANGUAGES}

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if settings.LANGUAGE_COOKIE_NAME not in request.COOKIES:
            language = request.session.get(PROFILE_LANGUAGE_KEY) if request.COOKIES else None
            if language in self.languages:
                translation.activate(language)
                request.LANGUAGE_CODE = language
        return self.get_response(request)
