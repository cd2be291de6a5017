"""Single sign-on in Chromium: a new person signs in through the
organisation's OpenID Connect provider (a real one on 127.0.0.1,
tests/oidc_provider.py), following every redirect as a browser does, and
arrives with the role their group maps to."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect

from tests.oidc_provider import Provider, csp_with_provider, oidc_settings

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_new_person_signs_in_through_the_organisation_and_gets_the_editors_role(
    page: Page, settings, registry_and_roles
):
    with Provider() as provider:
        settings.SSO_OIDC_ISSUER = provider.issuer
        settings.SSO_GROUP_ROLES = {"oic-secretariat": "editors"}
        settings.SOCIALACCOUNT_PROVIDERS = oidc_settings(provider)
        settings.CONTENT_SECURITY_POLICY = csp_with_provider(
            settings.CONTENT_SECURITY_POLICY, provider
        )
        provider.next_person = {
            "sub": "u-2002",
            "email": "karim.haddad@oic-oci.org",
            "email_verified": True,
            "preferred_username": "karim",
            "name": "Karim Haddad",
            "groups": ["oic-secretariat"],
        }
        page.goto("/accounts/login/")
        page.get_by_role("button", name="Sign in with OIC account").click()
        page.wait_for_url(lambda url: "/accounts/" not in url)
        expect(page.get_by_role("heading", level=1)).to_have_text("What waits for you")
        page.goto("/review/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Submissions awaiting review")
    user = User.objects.get(email="karim.haddad@oic-oci.org")
    assert set(user.groups.values_list("name", flat=True)) == {"editors"}
