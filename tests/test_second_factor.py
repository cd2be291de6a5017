"""The second factor (issue 21): TOTP with recovery codes through
django-allauth's mfa, after the password on Django's sign-in page. Codes are
computed here from the secret (RFC 6238 with hmac, no TOTP library); the
hostile cases are a replayed code, an old code, a brute force, a role that
requires a factor and a user who has none."""

from __future__ import annotations

import base64
import hashlib
import hmac
import struct
import time

import pytest
from allauth.mfa.models import Authenticator
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from decisions.models import SecurityEvent, SecurityEventKind
from tests.factory import make_user

pytestmark = pytest.mark.django_db

PASSWORD = "secret-pass-123"  # tests.factory.make_user's
Kind = SecurityEventKind
STEP = 30


def totp(secret: str, *, steps_back: int = 0, at: float | None = None) -> str:
    """RFC 6238: HOTP (RFC 4226) of the number of 30-second steps since 1970."""
    counter = int((time.time() if at is None else at) // STEP) - steps_back
    key = base64.b32decode(secret, casefold=True)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 10**6:06d}"


def test_the_code_computed_here_is_rfc_6238s():
    # RFC 6238, appendix B, SHA-1 at T = 59 s: 94287082 (8 digits) -> 287082.
    secret = base64.b32encode(b"12345678901234567890").decode()
    assert totp(secret, at=59) == "287082"


def sign_in(client: Client, username: str, password: str = PASSWORD):
    return client.post(reverse("login"), {"username": username, "password": password})


def enrol(client: Client, username: str, django_capture_on_commit_callbacks) -> str:
    """Sign in with the password and add a TOTP factor; returns its secret."""
    assert sign_in(client, username).status_code == 302
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    secret = page.context["form"].secret
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("mfa_activate_totp"), {"code": totp(secret)})
    assert response.status_code == 302, response.content[:3000]
    client.post(reverse("logout"))
    # The code used to enrol is spent; the tests sign in in the next step.
    Authenticator.objects.filter(type="totp").update(data={})
    return secret


@pytest.fixture
def enrolled(django_capture_on_commit_callbacks):
    """An editor with a TOTP factor, and its secret; the enrolment's code is not spent."""
    make_user("amina", groups=("editors",), email="amina@example.org")
    client = Client()
    assert sign_in(client, "amina").status_code == 302
    secret = client.get(reverse("mfa_activate_totp")).context["form"].secret
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("mfa_activate_totp"), {"code": totp(secret, steps_back=5)})
    assert not Authenticator.objects.exists()  # five steps old: refused
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("mfa_activate_totp"), {"code": totp(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(type="totp").exists()
    cache.clear()  # allauth's used-code marks: these tests look at the database's
    return secret


def second_step(client: Client, code: str):
    return client.post(reverse("mfa_authenticate"), {"code": code})


def signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def test_enrolling_records_the_factor_and_its_recovery_codes(enrolled):
    events = SecurityEvent.objects.filter(kind=Kind.FACTOR_ENROLLED)
    assert set(events.values_list("detail", flat=True)) >= {"totp"}
    assert Authenticator.objects.filter(type="recovery_codes").exists()
    # The secret is stored encrypted, never in the clear.
    stored = Authenticator.objects.get(type="totp").data["secret"]
    assert enrolled not in stored


def test_a_password_alone_no_longer_signs_in_and_the_code_does(enrolled):
    client = Client()
    response = sign_in(client, "amina")
    assert response.status_code == 302 and response["Location"] == reverse("mfa_authenticate")
    assert not signed_in(client)
    assert client.get(reverse("decisions:home")).status_code == 302  # still anonymous
    response = second_step(client, totp(enrolled))
    assert response.status_code == 302
    assert signed_in(client)
    assert SecurityEvent.objects.filter(kind=Kind.SIGNED_IN, username="amina").exists()


def test_a_replayed_code_is_refused(enrolled):
    code = totp(enrolled)
    first = Client()
    sign_in(first, "amina")
    assert second_step(first, code).status_code == 302 and signed_in(first)
    cache.clear()  # as if on another app server with a cache of its own
    second = Client()
    sign_in(second, "amina")
    response = second_step(second, code)
    assert response.status_code == 200 and not signed_in(second)
    assert SecurityEvent.objects.filter(kind=Kind.FACTOR_FAILED).count() == 1


def test_the_previous_steps_code_is_accepted_once_and_older_ones_never(enrolled):
    """MFA_TOTP_TOLERANCE = 1: the code of the step before (a phone's clock
    a little late) signs in; a code two steps old does not; and once a
    code was used, no code of that step or before is accepted."""
    client = Client()
    sign_in(client, "amina")
    assert second_step(client, totp(enrolled, steps_back=2)).status_code == 200
    assert second_step(client, totp(enrolled, steps_back=1)).status_code == 302
    assert signed_in(client)
    cache.clear()
    again = Client()
    sign_in(again, "amina")
    assert second_step(again, totp(enrolled, steps_back=1)).status_code == 200
    assert not signed_in(again)


def test_a_brute_force_on_the_code_is_locked_even_across_servers(enrolled, settings):
    settings.AXES_FAILURE_LIMIT = 5
    client = Client()
    sign_in(client, "amina")
    right = totp(enrolled)
    wrong = [f"{(int(right) + n) % 10**6:06d}" for n in range(1, 6)]
    for code in wrong:
        cache.clear()  # each guess on a server of its own: allauth's cache count forgets
        assert second_step(client, code).status_code == 200
    cache.clear()
    response = second_step(client, right)
    assert response.status_code == 200 and not signed_in(client)
    assert "Too many" in response.content.decode()
    assert SecurityEvent.objects.filter(kind=Kind.FACTOR_FAILED).count() == 5


def test_allauth_alone_also_locks_a_brute_force_within_one_server(enrolled):
    client = Client()
    sign_in(client, "amina")
    right = totp(enrolled)
    for n in range(1, 6):
        second_step(client, f"{(int(right) + n) % 10**6:06d}")
    # The database's lock is off here: only allauth's count in the cache.
    SecurityEvent.objects.filter(kind=Kind.FACTOR_FAILED).delete()
    response = second_step(client, right)
    assert response.status_code == 200 and not signed_in(client)


def test_a_recovery_code_signs_in_once_and_is_recorded(enrolled):
    codes = Authenticator.objects.get(type="recovery_codes").wrap().get_unused_codes()
    client = Client()
    sign_in(client, "amina")
    assert second_step(client, codes[0]).status_code == 302 and signed_in(client)
    event = SecurityEvent.objects.get(kind=Kind.RECOVERY_CODE_USED)
    assert event.detail == f"{len(codes) - 1} left"
    assert codes[0] not in event.detail
    other = Client()
    sign_in(other, "amina")
    assert second_step(other, codes[0]).status_code == 200 and not signed_in(other)


def test_no_event_holds_a_secret_or_a_code(enrolled):
    code = totp(enrolled)
    client = Client()
    sign_in(client, "amina")
    second_step(client, "000000" if code != "000000" else "111111")
    second_step(client, code)
    for row in SecurityEvent.objects.values():
        for value in row.values():
            assert enrolled not in str(value) and code not in str(value)


# --- Required for some roles ---------------------------------------------------------


@pytest.fixture
def required(settings):
    settings.MFA_REQUIRED_FOR = ["staff", "editors", "importers"]


@pytest.mark.parametrize(
    ("groups", "flags", "must"),
    [
        (("editors",), {}, True),
        (("importers",), {}, True),
        ((), {"is_staff": True}, True),
        ((), {"is_superuser": True}, True),
        (("viewers",), {}, False),
        (("focal points",), {}, False),
    ],
)
def test_a_role_that_requires_a_factor_is_sent_to_enrol_from_every_page(
    required, client, groups, flags, must
):
    user = make_user("omar", groups=groups, **flags)
    client.force_login(user)
    response = client.get(reverse("decisions:dashboard"))
    if must:
        assert response.status_code == 302 and response["Location"] == reverse("mfa_index")
        assert client.get(reverse("decisions:item_list"))["Location"] == reverse("mfa_index")
        assert client.get(reverse("mfa_index")).status_code == 200
    else:
        assert response.status_code == 200


def test_enrolment_pages_sign_out_and_health_stay_open(required, client):
    client.force_login(make_user("omar", groups=("editors",)))
    assert client.get(reverse("mfa_index")).status_code == 200
    assert client.get("/healthz").status_code == 200
    assert client.post(reverse("logout")).status_code == 302
    assert not signed_in(client)


def test_once_enrolled_the_pages_open(required, django_capture_on_commit_callbacks):
    make_user("omar", groups=("editors",))
    client = Client()
    sign_in(client, "omar")
    assert client.get(reverse("decisions:dashboard"))["Location"] == reverse("mfa_index")
    secret = client.get(reverse("mfa_activate_totp")).context["form"].secret
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("mfa_activate_totp"), {"code": totp(secret)}).status_code == 302
    assert client.get(reverse("decisions:dashboard")).status_code == 200


def test_the_last_factor_of_a_required_role_cannot_be_removed(required, enrolled):
    client = Client()
    sign_in(client, "amina")
    second_step(client, totp(enrolled))
    response = client.post(reverse("mfa_deactivate_totp"))
    assert response.status_code == 200
    assert Authenticator.objects.filter(type="totp").exists()


def test_without_the_requirement_a_user_removes_their_factor_and_it_is_recorded(
    enrolled, django_capture_on_commit_callbacks
):
    client = Client()
    sign_in(client, "amina")
    second_step(client, totp(enrolled))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("mfa_deactivate_totp"))
    assert response.status_code == 302
    assert not Authenticator.objects.filter(type="totp").exists()
    assert SecurityEvent.objects.filter(kind=Kind.FACTOR_REMOVED, detail="totp").exists()


def test_api_keys_are_unchanged(required, client):
    from decisions.api.auth import api_token_create

    editor = make_user("omar", groups=("editors",))
    _, key = api_token_create(user=editor, name="script")
    response = Client().get("/api/v1/reports/", HTTP_AUTHORIZATION=f"Token {key}")
    assert response.status_code == 200


# --- The administrator's reset ----------------------------------------------------------


def test_an_administrator_resets_a_users_factors_and_it_is_recorded(enrolled, admin_user):
    amina = Authenticator.objects.get(type="totp").user
    user_client = Client()
    sign_in(user_client, "amina")
    second_step(user_client, totp(enrolled))
    assert signed_in(user_client)
    admin = Client()
    admin.force_login(admin_user)
    response = admin.post(
        reverse("admin:auth_user_changelist"),
        {"action": "factors_reset_action", "_selected_action": [amina.pk]},
    )
    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=amina).exists()
    event = SecurityEvent.objects.get(kind=Kind.FACTORS_RESET)
    assert event.user == amina and admin_user.username in event.detail
    assert "totp" in event.detail and "2 sessions ended" in event.detail  # two sign-ins
    # Their session is gone; the password alone signs in again (no factor now).
    assert user_client.get(reverse("decisions:home")).status_code == 302
    assert not signed_in(user_client)


def test_only_administrators_may_reset_factors(enrolled):
    amina = Authenticator.objects.get(type="totp").user
    staff = make_user("clerk", is_staff=True)
    client = Client()
    client.force_login(staff)
    response = client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "factors_reset_action", "_selected_action": [amina.pk]},
    )
    assert response.status_code == 403
    assert Authenticator.objects.filter(user=amina, type="totp").exists()


# --- Signed in through the organisation: no password to confirm ---------------------------


def _signed_in_through_the_organisation(client: Client, seconds_ago: float):
    user = make_user("karim", groups=("editors",))
    user.set_unusable_password()
    user.save()
    client.force_login(user)
    session = client.session
    session["account_authentication_methods"] = [
        {"method": "socialaccount", "at": time.time() - seconds_ago, "provider": "organisation"}
    ]
    session["account_authentication_methods_user"] = str(user.pk)
    session.save()
    return user


def test_a_user_of_the_organisation_just_signed_in_adds_a_factor_without_a_password(
    required, client, django_capture_on_commit_callbacks
):
    _signed_in_through_the_organisation(client, seconds_ago=10)
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    secret = page.context["form"].secret
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("mfa_activate_totp"), {"code": totp(secret)})
    assert response.status_code == 302
    assert client.get(reverse("decisions:dashboard")).status_code == 200


def test_a_user_of_the_organisation_signed_in_long_ago_must_sign_in_again(required, client):
    _signed_in_through_the_organisation(client, seconds_ago=3600)
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code in (302, 403)
    assert not Authenticator.objects.exists()


@pytest.mark.parametrize("groups", [("viewers",), ("editors",)])
def test_the_check_costs_no_query_once_decided_for_the_session(settings, groups):
    """A viewer (not required) and an enrolled editor: after the first page,
    the same queries whether the requirement is on or off."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    user = make_user("omar", groups=groups)
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={})
    counts = {}
    for required in ([], ["staff", "editors", "importers"]):
        settings.MFA_REQUIRED_FOR = required
        client = Client()
        client.force_login(user)
        assert client.get(reverse("floor")).status_code == 200
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("floor")).status_code == 200
        counts[bool(required)] = len(queries)
    assert counts[True] == counts[False]


def test_hostile_codes_are_refused_without_a_server_error(enrolled):
    client = Client()
    sign_in(client, "amina")
    right = totp(enrolled)
    for code in ("\x00", "9" * 5000, "<script>x</script>", "\u202e", "", "١٢٣", str(2**63)):
        response = second_step(client, code)
        assert response.status_code == 200, code[:20]
        assert not signed_in(client)
    # Control characters and spaces typed around the right code are dropped,
    # as from every text of the app: still the code.
    assert second_step(client, f"\x00 {right[:3]} {right[3:]}\x07\u202e").status_code == 302
    assert signed_in(client)


def test_the_admins_sign_in_page_asks_for_the_second_factor_too(enrolled):
    from django.contrib.auth.models import User

    User.objects.filter(username="amina").update(is_staff=True)
    client = Client()
    response = client.post(
        reverse("admin:login"),
        {"username": "amina", "password": PASSWORD, "next": reverse("admin:index")},
    )
    assert response.status_code == 302 and response["Location"] == reverse("mfa_authenticate")
    assert not signed_in(client)
    assert client.get(reverse("admin:index")).status_code == 302
    assert second_step(client, totp(enrolled)).status_code == 302
    assert signed_in(client)
