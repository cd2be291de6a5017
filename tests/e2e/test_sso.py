"""Single sign-on in Chromium: a new person signs in through the
organisation's OpenID Connect provider (a real one on 127.0.0.1,
tests/oidc_provider.py), following every redirect as a browser does, and
arrives with the role their group maps to."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect

from tests.oidc_provider import Provider, csp_with_provider, oidc_settings
from tests.saml_idp import IdentityProvider
from tracker.settings import saml_app

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


def test_a_new_person_signs_in_through_saml_in_the_browser(
    page: Page, settings, registry_and_roles
):
    """The IdP's form posts the signed response across sites, as a real IdP
    does: the browser withholds the Lax session cookie from that POST, and
    the sign-in must still complete (allauth hands it to a second page)."""
    with IdentityProvider() as idp:
        app = saml_app(
            entity_id=idp.entity_id,
            slug="organisation",
            name="OIC directory",
            idp={"sso_url": idp.sso_url, "x509cert": idp.certificate},
        )
        # The live server is http://localhost:PORT, a one-label host name.
        app["settings"]["advanced"]["allow_single_label_domains"] = True
        app["settings"]["attribute_mapping"]["uid"] = "uid"
        settings.SSO_GROUP_ROLES = {"oic-secretariat": "editors"}
        settings.SOCIALACCOUNT_PROVIDERS = {"openid_connect": {"APPS": []}, "saml": {"APPS": [app]}}
        directives = {k: list(v) for k, v in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"].items()}
        directives["form-action"].append(idp.url)
        settings.CONTENT_SECURITY_POLICY = {
            **settings.CONTENT_SECURITY_POLICY,
            "DIRECTIVES": directives,
        }
        idp.next_person = {
            "uid": ["u-4004"],
            "email": ["salma.nour@oic-oci.org"],
            "groups": ["oic-secretariat"],
        }
        page.goto("/accounts/login/")
        page.get_by_role("button", name="Sign in with OIC directory").click()
        page.get_by_role("button", name="Continue").click()  # the IdP's page
        page.wait_for_url(lambda url: "/accounts/" not in url and "127.0.0.1" not in url)
        expect(page.get_by_role("heading", level=1)).to_have_text("What waits for you")
    user = User.objects.get(email="salma.nour@oic-oci.org")
    assert set(user.groups.values_list("name", flat=True)) == {"editors"}
