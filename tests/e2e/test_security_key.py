"""A security key in Chromium (issue 21): an editor adds one, then signs in
with their password and the key. The key is Chromium's virtual
authenticator (the DevTools protocol's WebAuthn domain), so the real
navigator.credentials calls and allauth's checks of their answers run."""

from __future__ import annotations

import re

import pytest
from allauth.mfa.models import Authenticator
from playwright.sync_api import Page, expect

from decisions.models import SecurityEvent, SecurityEventKind
from tests.e2e.conftest import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_an_editor_adds_a_security_key_and_signs_in_with_it(page: Page, editor):
    devtools = page.context.new_cdp_session(page)
    devtools.send("WebAuthn.enable")
    devtools.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "usb",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )

    log_in(page, editor)
    page.goto("/accounts/2fa/webauthn/add/")
    page.get_by_label("Name").fill("Desk key")
    page.get_by_role("button", name="Add").click()
    page.wait_for_url(lambda url: "/webauthn/add/" not in url)
    key = Authenticator.objects.get(user=editor, type=Authenticator.Type.WEBAUTHN)
    assert key.wrap().name == "Desk key"
    assert SecurityEvent.objects.filter(
        user=editor, kind=SecurityEventKind.FACTOR_ENROLLED, detail="webauthn"
    ).exists()

    # Signed out; the password alone now leads to the second step.
    page.context.clear_cookies()
    log_in(page, editor)
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/$"))
    assert SecurityEvent.objects.filter(user=editor, kind=SecurityEventKind.SIGNED_IN).count() == 1
    page.get_by_role("button", name="Use a security key").click()
    page.wait_for_url(lambda url: "/accounts/" not in url)
    expect(page.get_by_role("heading", level=1)).to_have_text("What waits for you")
    assert SecurityEvent.objects.filter(user=editor, kind=SecurityEventKind.SIGNED_IN).count() == 2
