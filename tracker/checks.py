"""Deployment checks of the project (`manage.py check --deploy`, which
`make serve` runs before it starts gunicorn): does the proxy setting fit the
address the app listens on? (README, Production, Behind a proxy.)

TRUSTED_PROXY_COUNT itself is required when DEBUG is off (tracker/settings.py
refuses to start without it); these say when its value looks wrong."""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.core.checks import Tags, register
from django.core.checks import Warning as CheckWarning


def is_local_bind(bind: str) -> bool:
    """Whether gunicorn's --bind address (HOST:PORT, [IPV6]:PORT, HOST,
    unix:PATH, fd://N) takes connections from this machine only. An empty
    host (":8000") or 0.0.0.0 listens on every interface."""
    bind = bind.strip()
    if bind.startswith(("unix:", "fd://")):
        return True
    if bind.startswith("["):
        host = bind[1 : bind.find("]")]
    elif bind.count(":") == 1:
        host = bind.split(":")[0]
    else:
        host = bind
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@register(Tags.security, deploy=True)
def check_trusted_proxies(app_configs, **kwargs) -> list[CheckWarning]:
    count = settings.TRUSTED_PROXY_COUNT
    binds = settings.BIND.split()
    problems = []
    if count > 0 and binds and not all(is_local_bind(b) for b in binds):
        problems.append(
            CheckWarning(
                f"TRUSTED_PROXY_COUNT={count} trusts X-Forwarded-For, but gunicorn listens "
                f"on {settings.BIND}, which other machines may reach: a client that "
                "connects to it directly can forge its address and escape the login "
                "lockout and the password reset limits.",
                hint=(
                    "Listen on 127.0.0.1 (BIND) behind a proxy on this machine; or let "
                    "only the proxy reach this address (a firewall) and then add "
                    "tracker.W001 to SILENCED_SYSTEM_CHECKS; with no proxy in front, "
                    "set TRUSTED_PROXY_COUNT=0."
                ),
                id="tracker.W001",
            )
        )
    if count == 0 and settings.BEHIND_TLS_PROXY:
        problems.append(
            CheckWarning(
                "TRUSTED_PROXY_COUNT=0 behind a proxy (BEHIND_TLS_PROXY): every client "
                "then has the proxy's address, so five failed logins lock a user out "
                "for everyone, and the password reset limit is shared by all.",
                hint=(
                    "Set TRUSTED_PROXY_COUNT to the number of proxies that append to "
                    "X-Forwarded-For (1 for one nginx), or BEHIND_TLS_PROXY=0 when "
                    "clients reach gunicorn directly."
                ),
                id="tracker.W002",
            )
        )
    return problems
