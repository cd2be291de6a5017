"""The client's address, as the trusted reverse proxies report it.

Behind a proxy, REMOTE_ADDR is the proxy's address for every user. Each
proxy appends the address it received the request from to X-Forwarded-For,
so with N trusted proxies in front of the app the client is the N-th entry
from the right; anything further left was written by the client and can be
forged. With no trusted proxy (TRUSTED_PROXY_COUNT=0) the header is ignored.
Used by django-axes (AXES_CLIENT_IP_CALLABLE) and the password reset throttle.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    forwarded = [part.strip() for part in header.split(",") if part.strip()]
    if len(forwarded) < count:
        # Not through every trusted proxy (a direct probe): the peer is the client.
        return remote
    try:
        return str(ipaddress.ip_address(forwarded[-count]))
    except ValueError:
        return remote
