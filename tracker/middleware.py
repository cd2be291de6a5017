"""Middleware of the project (not of the app)."""

from __future__ import annotations

from collections.abc import Callable

import csp.constants
import csp.middleware
import csp.utils
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse

from decisions.ops.views import healthz

HEALTHZ_PATH = "/healthz"


class HealthzMiddleware:
    """Answers the health probe before anything else runs.

    A load balancer probes each app server directly, over plain HTTP and
    often by IP address: no X-Forwarded-Proto, no allowed Host. Placed first,
    this answers /healthz before SecurityMiddleware's HTTPS redirect and
    before CommonMiddleware validates the Host header, and without touching
    the session or the user. Every other path goes through the full stack.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info == HEALTHZ_PATH:
            return healthz(request)
        return self.get_response(request)


_PER_RESPONSE = (
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
)
_DEBUG_EXEMPT = (500, 404)


class CSPMiddleware(csp.middleware.CSPMiddleware):
    """django-csp's, with the header built once per process instead of on
    every response: the policy is the settings' alone unless a view changed
    it (django-csp's decorators) or a template used the request's nonce;
    such a response gets django-csp's own treatment, nonce per request."""

    _built: dict = {}

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if getattr(request, "_csp_nonce", None) is not None or any(
            getattr(response, name, None) is not None for name in _PER_RESPONSE
        ):
            return super().process_response(request, response)
        if response.status_code in _DEBUG_EXEMPT and settings.DEBUG:
            return response
        for header, exempt, value, prefixes in self._headers():
            if (
                value
                and header not in response
                and getattr(response, exempt, False) is False
                and not request.path_info.startswith(prefixes)
            ):
                response[header] = value
        request.csp_nonce = csp.middleware.CheckableLazyObject(self._csp_nonce_post_response)
        return response

    @classmethod
    def _headers(cls) -> tuple:
        policy = getattr(settings, "CONTENT_SECURITY_POLICY", None)
        report_only = getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
        key = (id(policy), id(report_only))
        found = cls._built.get(key)
        if found is None:
            found = (
                (
                    csp.constants.HEADER,
                    "_csp_exempt",
                    csp.utils.build_policy(),
                    tuple((policy or {}).get("EXCLUDE_URL_PREFIXES", None) or ()),
                ),
                (
                    csp.constants.HEADER_REPORT_ONLY,
                    "_csp_exempt_ro",
                    csp.utils.build_policy(report_only=True),
                    tuple((report_only or {}).get("EXCLUDE_URL_PREFIXES", None) or ()),
                ),
            )
            cls._built = {key: found}
        return found


@receiver(setting_changed, dispatch_uid="tracker.csp_rebuilt")
def _csp_settings_changed(setting: str, **kwargs) -> None:
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        CSPMiddleware._built = {}
