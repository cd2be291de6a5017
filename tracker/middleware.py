"""Middleware of the project (not of the app)."""

from __future__ import annotations

from collections.abc import Callable

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
