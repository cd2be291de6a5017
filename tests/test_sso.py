"""Single sign-on through OpenID Connect, against a real provider on
127.0.0.1 (tests/oidc_provider.py): the application fetches its discovery
document, keys, tokens and user info over HTTP; the browser's part (the
redirects) is played with `requests` and Django's test client. The full
flow in Chromium is tests/e2e/test_sso.py."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
import requests
from allauth.socialaccount.models import SocialAccount
from allauth.usersessions.models import UserSession
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from tests.factory import make_user
from tests.oidc_provider import Provider, oidc_settings

pytestmark = pytest.mark.django_db

GROUP_ROLES = {"oic-secretariat": "editors", "oic-registry": "importers"}
PERSON = {
    "sub": "u-1001",
    "email": "amina.diallo@oic-oci.org",
    "email_verified": True,
    "preferred_username": "amina",
    "name": "Amina Diallo",
    "groups": ["oic-secretariat", "everyone"],
}


@pytest.fixture
def provider(settings):
    with Provider() as p:
        settings.SSO_OIDC_ISSUER = p.issuer
        settings.SSO_GROUP_ROLES = GROUP_ROLES
        settings.SOCIALACCOUNT_PROVIDERS = oidc_settings(p)
        p.next_person = dict(PERSON)
        yield p


LOGIN_URL = reverse("openid_connect_login", kwargs={"provider_id": "organisation"})


def sign_in(client: Client, provider: Provider, *, state: str | None = None):
    """The whole redirect flow: the sign-in button, the provider's answer,
    the callback. `state` replaces the state the provider hands back."""
    start = client.post(f"{LOGIN_URL}?process=login")
    assert start.status_code == 302, start.content[:500]
    assert start["Location"].startswith(f"{provider.issuer}/authorize?")
    answer = requests.get(start["Location"], allow_redirects=False, timeout=10)
    assert answer.status_code == 302
    back = urlsplit(answer.headers["Location"])
    query = dict(parse_qsl(back.query))
    if state is not None:
        query["state"] = state
    return client.get(f"{back.path}?{urlencode(query)}")


def nothing_created(before: int) -> bool:
    return User.objects.count() == before and not SocialAccount.objects.exists()


def test_the_sign_in_page_offers_the_organisation_account(provider, client):
    page = client.get(reverse("login")).content.decode()
    assert "Sign in with OIC account" in page
    assert f'action="{LOGIN_URL}?process=login"' in page


def test_without_configuration_there_is_no_organisation_button(client):
    assert "Sign in with" not in client.get(reverse("login")).content.decode()


def test_a_new_person_arrives_with_the_role_their_group_maps_to(provider, client):
    response = sign_in(client, provider)
    assert response.status_code == 302, response.content[:800]
    user = User.objects.get(email="amina.diallo@oic-oci.org")
    assert set(user.groups.values_list("name", flat=True)) == {"editors"}
    assert not user.is_staff and not user.is_superuser and not user.has_usable_password()
    assert SocialAccount.objects.get(user=user).uid == "u-1001"
    assert client.get(reverse("decisions:review_queue")).status_code == 200
    # The sign-in is recorded with its session, to be ended from the admin.
    assert UserSession.objects.filter(user=user).count() == 1


def test_a_new_person_without_a_mapped_group_gets_no_role(provider, client):
    provider.next_person = PERSON | {"groups": ["everyone"]}
    assert sign_in(client, provider).status_code == 302
    user = User.objects.get(email="amina.diallo@oic-oci.org")
    assert not user.groups.exists()
    assert client.get(reverse("decisions:item_list")).status_code == 403


def test_roles_follow_the_groups_at_each_sign_in_and_others_stay(provider, client):
    assert sign_in(client, provider).status_code == 302
    user = User.objects.get(email="amina.diallo@oic-oci.org")
    viewers, _ = user.groups.model.objects.get_or_create(name="viewers")
    user.groups.add(viewers)  # given in the admin; not in the mapping
    provider.next_person = PERSON | {"groups": ["oic-registry"]}
    assert sign_in(Client(), provider).status_code == 302
    assert set(user.groups.values_list("name", flat=True)) == {"importers", "viewers"}


def test_an_existing_account_is_matched_by_its_verified_email(provider, client):
    existing = make_user("amina", groups=("viewers",))
    existing.email = "Amina.Diallo@oic-oci.org"
    existing.save()
    before = User.objects.count()
    assert sign_in(client, provider).status_code == 302
    assert User.objects.count() == before
    assert SocialAccount.objects.get(uid="u-1001").user == existing
    assert int(client.session["_auth_user_id"]) == existing.pk
    assert set(existing.groups.values_list("name", flat=True)) == {"viewers", "editors"}


def test_an_unverified_email_is_refused_and_nothing_is_created(provider, client):
    provider.next_person = PERSON | {"email_verified": False}
    make_user("amina").__class__.objects.filter(username="amina").update(
        email="amina.diallo@oic-oci.org"
    )
    before = User.objects.count()
    response = sign_in(client, provider)
    assert response.status_code == 403
    assert "no verified email address" in response.content.decode()
    assert nothing_created(before) and "_auth_user_id" not in client.session


def test_an_email_claim_matching_an_administrator_does_not_take_the_account(provider, client):
    admin = make_user("root", is_superuser=True, is_staff=True)
    admin.email = "amina.diallo@oic-oci.org"
    admin.save()
    before = User.objects.count()
    response = sign_in(client, provider)
    assert response.status_code == 403
    assert "belongs to an administrator" in response.content.decode()
    assert nothing_created(before) and "_auth_user_id" not in client.session
    admin.refresh_from_db()
    assert not admin.groups.exists()


def test_a_token_from_another_issuer_is_refused(provider, client):
    provider.token_issuer = "http://127.0.0.1:1/not-the-issuer"
    before = User.objects.count()
    response = sign_in(client, provider)
    assert response.status_code in (401, 403)
    assert "could not be verified" in response.content.decode()
    assert nothing_created(before) and "_auth_user_id" not in client.session


def test_a_state_that_this_browser_did_not_send_is_refused(provider, client):
    before = User.objects.count()
    response = sign_in(client, provider, state="forged-state")
    assert response.status_code in (401, 403)
    assert "could not be verified" in response.content.decode()
    assert nothing_created(before) and "_auth_user_id" not in client.session


def test_an_id_token_without_the_nonce_is_refused(provider, client):
    provider.send_nonce = False
    before = User.objects.count()
    response = sign_in(client, provider)
    assert response.status_code == 403
    assert "nonce" in response.content.decode()
    assert nothing_created(before) and "_auth_user_id" not in client.session


def test_signing_out_ends_the_session(provider, client):
    assert sign_in(client, provider).status_code == 302
    key = client.session.session_key
    assert client.post(reverse("logout")).status_code == 302
    assert client.get(reverse("floor")).status_code == 302
    from django.contrib.sessions.models import Session

    assert not Session.objects.filter(session_key=key).exists()


def test_a_disabled_user_is_refused_at_the_next_sign_in(provider, client):
    assert sign_in(client, provider).status_code == 302
    user = User.objects.get(email="amina.diallo@oic-oci.org")
    user.is_active = False
    user.save()
    assert client.get(reverse("floor")).status_code == 302  # the session no longer counts
    again = Client()
    response = sign_in(again, provider)
    assert response.status_code == 403
    assert "disabled" in response.content.decode()
    assert "_auth_user_id" not in again.session


def test_the_admin_ends_all_of_a_users_sessions(provider, client):
    assert sign_in(client, provider).status_code == 302
    other = Client()
    assert sign_in(other, provider).status_code == 302
    user = User.objects.get(email="amina.diallo@oic-oci.org")
    admin = Client()
    admin.force_login(make_user("root", is_superuser=True, is_staff=True))
    response = admin.post(
        reverse("admin:auth_user_changelist"),
        {"action": "end_sessions", "_selected_action": [user.pk]},
        follow=True,
    )
    assert "2 sessions ended." in response.content.decode()
    assert client.get(reverse("floor")).status_code == 302
    assert other.get(reverse("floor")).status_code == 302
    assert not UserSession.objects.filter(user=user).exists()


def test_staff_can_be_kept_to_single_sign_on(settings, client):
    settings.LOCAL_PASSWORDS_FOR_STAFF = False
    staff = make_user("staffer", is_staff=True)
    staff.set_password("secret-pass-123")
    staff.save()
    plain = make_user("plain")
    plain.set_password("secret-pass-123")
    plain.save()
    for url in (reverse("login"), reverse("admin:login")):
        response = client.post(url, {"username": "staffer", "password": "secret-pass-123"})
        assert response.status_code == 200 and "_auth_user_id" not in client.session, url
    response = client.post(reverse("login"), {"username": "plain", "password": "secret-pass-123"})
    assert response.status_code == 302
    settings.LOCAL_PASSWORDS_FOR_STAFF = True
    client.logout()
    response = client.post(reverse("login"), {"username": "staffer", "password": "secret-pass-123"})
    assert response.status_code == 302


def test_the_settings_come_from_the_environment():
    from tests.test_settings import manage

    script = (
        "import json; from django.conf import settings as s; print(json.dumps(["
        "s.SOCIALACCOUNT_PROVIDERS['openid_connect']['APPS'][0]['settings']['server_url'],"
        "s.SSO_GROUP_ROLES, s.CONTENT_SECURITY_POLICY['DIRECTIVES']['form-action'],"
        "s.LOCAL_PASSWORDS_FOR_STAFF, s.SSO_EMAIL_CLAIM]))"
    )
    done = manage(
        "shell",
        "-c",
        script,
        DEBUG="1",
        SSO_OIDC_ISSUER="https://login.oic-oci.org/realms/staff/",
        SSO_OIDC_CLIENT_ID="tracker",
        SSO_OIDC_CLIENT_SECRET="x",
        SSO_EMAIL_CLAIM="mail",
        SSO_GROUP_ROLES="oic-secretariat=editors, oic-registry=importers",
        LOCAL_PASSWORDS_FOR_STAFF="0",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == (
        '["https://login.oic-oci.org/realms/staff", {"oic-secretariat": "editors", '
        '"oic-registry": "importers"}, ["\'self\'", "https://login.oic-oci.org"], false, "mail"]'
    )


def test_a_mapping_to_a_role_that_does_not_exist_refuses_to_start():
    from tests.test_settings import manage

    done = manage("check", DEBUG="1", SSO_GROUP_ROLES="oic-secretariat=superuser")
    assert done.returncode != 0
    assert "SSO_GROUP_ROLES: 'oic-secretariat=superuser' is not group=role" in done.stderr


def test_the_organisation_button_in_arabic_right_to_left(provider, client):
    page = client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert 'dir="rtl"' in page
    assert "تسجيل الدخول عبر OIC account" in page and "عبر منظمتك" in page


def test_production_refuses_an_issuer_over_plain_http():
    from tests.test_settings import PRODUCTION, manage

    done = manage("check", **PRODUCTION, SSO_OIDC_ISSUER="http://login.example.org")
    assert done.returncode != 0
    assert "SSO_OIDC_ISSUER must be an https:// address" in done.stderr


def test_the_email_comes_from_the_configured_claim(provider, client, settings):
    settings.SSO_EMAIL_CLAIM = "mail"
    provider.next_person = {k: v for k, v in PERSON.items() if k != "email"} | {
        "mail": "Amina.Diallo@OIC-OCI.org"
    }
    assert sign_in(client, provider).status_code == 302
    assert User.objects.get(socialaccount__uid="u-1001").email == "amina.diallo@oic-oci.org"


@pytest.mark.parametrize(
    ("claimed", "local"),
    [
        # KELVIN SIGN, which Python's lower() makes "k"
        ("\u212amina.diallo@oic-oci.org", "kmina.diallo@oic-oci.org"),
        # LATIN SMALL LONG S, which PostgreSQL's UPPER() makes "S"
        ("amina.dia\u017f\u017fo@oic-oci.org", "amina.diasso@oic-oci.org"),
        # LATIN CAPITAL I WITH DOT ABOVE
        ("am\u0130na.diallo@oic-oci.org", "amina.diallo@oic-oci.org"),
    ],
)
def test_an_address_that_only_folds_into_an_accounts_does_not_take_it(
    provider, client, claimed, local
):
    # The provider vouches for `claimed`, another address than the account's:
    # matched only when the two are the same but for ASCII letters' case.
    existing = make_user("amina", groups=("viewers",))
    existing.email = local
    existing.save()
    provider.next_person = PERSON | {"email": claimed}
    assert sign_in(client, provider).status_code in (302, 403)
    assert not SocialAccount.objects.filter(user=existing).exists()
    assert client.session.get("_auth_user_id") != str(existing.pk)
    assert set(existing.groups.values_list("name", flat=True)) == {"viewers"}
