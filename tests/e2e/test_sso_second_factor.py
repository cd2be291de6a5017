"""The issue's first browser test (21): a new person signs in through the
organisation's OpenID Connect provider (a real one on 127.0.0.1), is given
the editors role by a group claim, and, since editors must have a second
factor (MFA_REQUIRED_FOR), is sent to add one before anything else: a TOTP
code computed here from the secret the page shows."""

from __future__ import annotations

import re

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect

from tests.oidc_provider import Provider, csp_with_provider, oidc_settings
from tests.test_second_factor import totp

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_new_editor_from_the_organisation_must_enrol_a_code_before_any_page(
    page: Page, settings, registry_and_roles
):
    settings.MFA_REQUIRED_FOR = ["staff", "editors", "importers"]
    with Provider() as provider:
        settings.SSO_OIDC_ISSUER = provider.issuer
        settings.SSO_GROUP_ROLES = {"oic-secretariat": "editors"}
        settings.SOCIALACCOUNT_PROVIDERS = oidc_settings(provider)
        settings.CONTENT_SECURITY_POLICY = csp_with_provider(
            settings.CONTENT_SECURITY_POLICY, provider
        )
        provider.next_person = {
            "sub": "u-3003",
            "email": "leila.mansour@oic-oci.org",
            "email_verified": True,
            "preferred_username": "leila",
            "name": "Leila Mansour",
            "groups": ["oic-secretariat"],
        }
        page.goto("/accounts/login/")
        page.get_by_role("button", name="Sign in with OIC account").click()
        page.wait_for_url(re.compile(r"/accounts/2fa/$"))
        page.goto("/review/")  # no page before the factor
        expect(page).to_have_url(re.compile(r"/accounts/2fa/$"))
        page.goto("/accounts/2fa/totp/activate/")
        secret = page.locator("#authenticator_secret").input_value()
        page.get_by_label("Authenticator code").fill(totp(secret))
        page.get_by_role("button", name="Activate").click()
        page.wait_for_url(lambda url: "/totp/activate/" not in url)
        page.goto("/review/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Submissions awaiting review")
    user = User.objects.get(email="leila.mansour@oic-oci.org")
    assert set(user.groups.values_list("name", flat=True)) == {"editors"}
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
