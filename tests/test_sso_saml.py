"""Single sign-on through SAML 2.0, against a real identity provider on
127.0.0.1 (tests/saml_idp.py) that signs its assertions with xmlsec: the
AuthnRequest goes to it over HTTP, its signed Response is posted back to the
assertion consumer service as a browser posts it."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urlsplit

import pytest
import requests
from allauth.socialaccount.models import SocialAccount
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from tests.factory import make_user
from tests.saml_idp import IdentityProvider
from tracker.settings import saml_app

pytestmark = pytest.mark.django_db

PERSON = {
    "uid": ["u-3003"],
    "email": ["fatima.sow@oic-oci.org"],
    "groups": ["oic-secretariat"],
}


@pytest.fixture
def idp(settings):
    with IdentityProvider() as p:
        settings.SSO_GROUP_ROLES = {"oic-secretariat": "editors"}
        settings.SSO_SAML_EMAIL_VERIFIED = True
        app = saml_app(
            entity_id=p.entity_id,
            slug="organisation",
            name="OIC directory",
            idp={"sso_url": p.sso_url, "x509cert": p.certificate},
        )
        app["settings"]["attribute_mapping"]["uid"] = "uid"
        settings.SOCIALACCOUNT_PROVIDERS = {
            **settings.SOCIALACCOUNT_PROVIDERS,
            "saml": {"APPS": [app]},
        }
        p.next_person = dict(PERSON)
        yield p


def sign_in(client: Client, idp: IdentityProvider):
    client.defaults["HTTP_HOST"] = "127.0.0.1"  # as a browser sends it
    login = reverse("saml_login", kwargs={"organization_slug": "organisation"})
    start = client.post(f"{login}?process=login")
    assert start.status_code == 302 and start["Location"].startswith(idp.sso_url), start
    page = requests.get(start["Location"], timeout=10).text
    action = unescape(re.search(r'action="([^"]+)"', page)[1])
    fields = {
        name: unescape(value) for name, value in re.findall(r'name="(\w+)" value="([^"]*)"', page)
    }
    posted = client.post(urlsplit(action).path, fields)
    assert posted.status_code == 302, posted
    return client.get(posted["Location"])


def test_the_sign_in_page_offers_the_directory(idp, client):
    assert "Sign in with OIC directory" in client.get(reverse("login")).content.decode()


def test_a_new_person_arrives_through_saml_with_the_role_their_group_maps_to(idp, client):
    response = sign_in(client, idp)
    assert response.status_code == 302, response.content[:600]
    user = User.objects.get(email="fatima.sow@oic-oci.org")
    assert set(user.groups.values_list("name", flat=True)) == {"editors"}
    assert SocialAccount.objects.get(user=user).uid == "u-3003"
    assert int(client.session["_auth_user_id"]) == user.pk


def test_an_unsigned_assertion_is_refused(idp, client):
    idp.sign = False
    before = User.objects.count()
    response = sign_in(client, idp)
    assert response.status_code in (401, 403)
    assert "could not be verified" in response.content.decode()
    assert User.objects.count() == before and not SocialAccount.objects.exists()


def test_a_response_to_a_request_this_browser_did_not_send_is_refused(idp, client):
    idp.in_response_to = "_forged-request-id"
    before = User.objects.count()
    response = sign_in(client, idp)
    assert response.status_code in (401, 403)
    assert User.objects.count() == before and not SocialAccount.objects.exists()
    assert "_auth_user_id" not in client.session


def test_an_administrators_address_from_saml_does_not_take_the_account(idp, client):
    make_user("root", is_superuser=True, is_staff=True, email="fatima.sow@oic-oci.org")
    before = User.objects.count()
    response = sign_in(client, idp)
    assert response.status_code == 403
    assert "belongs to an administrator" in response.content.decode()
    assert User.objects.count() == before and not SocialAccount.objects.exists()
