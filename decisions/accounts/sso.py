"""Single sign-on: who may come in through the organisation's accounts.

django-allauth runs the protocols (OpenID Connect, SAML 2.0); the adapters
here decide, before anyone is signed in or created:

- OpenID Connect: the ID token's issuer is exactly SSO_OIDC_ISSUER and its
  nonce the one sent with this very sign-in (allauth checks the state, the
  audience and the expiry; the nonce is sent by OrganisationOIDCProvider).
- The email address (SSO_EMAIL_CLAIM) must be verified by the provider
  (`email_verified`). A new person is matched to an existing account by that
  verified address only, and never to a staff or superuser account: an
  administrator's account is linked to the organisation's account by another
  administrator (admin, Social accounts), not by whoever shows its address.
- A new person gets no role, or those SSO_GROUP_ROLES gives their groups
  (SSO_GROUPS_CLAIM); at each sign-in the roles named in the mapping follow
  the groups again (a role given in the admin and not in the mapping stays).
- A disabled user (is_active off) is refused (allauth's "inactive" page).

Every refusal is a page that says why, with status 403, and creates nothing.
"""

from __future__ import annotations

import secrets

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from allauth.socialaccount.providers.openid_connect.provider import OpenIDConnectProvider
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.shortcuts import render
from django.utils.translation import gettext as _

# The backend a session signed in through allauth is bound to (the first in
# AUTHENTICATION_BACKENDS is axes', which reads no user).
SESSION_BACKEND = "decisions.accounts.backends.CachedModelBackend"


class AccountAdapter(DefaultAccountAdapter):
    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        """As allauth, but a user signed in through the organisation only (no
        password, no factor yet) who signed in minutes ago is not asked to
        confirm: they could not, and must be able to add a factor
        (decisions.accounts.factors)."""
        from allauth.core import context

        from decisions.accounts.factors import sign_in_counts_as_confirmation

        required = super().is_reauthentication_required(app=app, **kwargs)
        return required and not sign_in_counts_as_confirmation(context.request)

    def is_open_for_signup(self, request) -> bool:
        # No sign-up with a password: accounts come from the admin or from SSO.
        return False

    def get_client_ip(self, request) -> str:
        """The client's address as django-axes reads it (tracker.client_ip);
        "" rather than a refusal when there is none (a test's force_login)."""
        from tracker.client_ip import client_ip

        return client_ip(request)

    def login(self, request, user) -> None:
        if not hasattr(user, "backend"):
            user.backend = SESSION_BACKEND
        super().login(request, user)


class OrganisationOIDCProvider(OpenIDConnectProvider):
    """allauth's OpenID Connect provider, sending a nonce with each sign-in
    and keeping it in the sign-in's state (checked in pre_social_login)."""

    def redirect(self, request, process, next_url=None, data=None, **kwargs):
        nonce = secrets.token_urlsafe(32)
        auth_params = kwargs.pop("auth_params", None)
        if auth_params is None:
            auth_params = self.get_auth_params()
        auth_params = {**auth_params, "nonce": nonce}
        return super().redirect(
            request, process, next_url, data, auth_params=auth_params, nonce=nonce, **kwargs
        )


def sign_in_choices(request) -> list[tuple[str, str]]:
    """(name, address) of each configured organisation sign-in, for the
    sign-in page's buttons (each posts to its address)."""
    from allauth.socialaccount.adapter import get_adapter

    choices = []
    for app in get_adapter().list_apps(request):
        provider = app.get_provider(request)
        choices.append((app.name, provider.get_login_url(request, process="login")))
    return choices


def refuse(request, message: str):
    """Stop the sign-in with a page that says why; nothing is created."""
    response = render(request, "socialaccount/refused.html", {"message": message}, status=403)
    raise ImmediateHttpResponse(response)


def _kind(sociallogin) -> str:
    """ "openid_connect" or "saml" (the account's `provider` is the app's id)."""
    return sociallogin.account.get_provider().id


def _claims(sociallogin) -> tuple[dict, dict]:
    """(ID token claims, user info) for OpenID Connect; SAML's attributes
    as both."""
    data = sociallogin.account.extra_data or {}
    if _kind(sociallogin) == "openid_connect":
        return data.get("id_token") or {}, data.get("userinfo") or {}
    return data, data


def _claim(sociallogin, name: str):
    id_token, userinfo = _claims(sociallogin)
    return userinfo.get(name, id_token.get(name))


def _truthy(value) -> bool:
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    return value is True or (isinstance(value, str) and value.strip().lower() == "true")


def _single(value):
    """One value: SAML gives every attribute as a list."""
    if isinstance(value, list):
        return value[0] if len(value) == 1 else None
    return value


def verified_email(sociallogin) -> str:
    """The address the provider vouches for, or "" if none."""
    if _kind(sociallogin) == "saml":
        attributes = sociallogin.account.extra_data or {}
        email = _single(attributes.get(settings.SSO_SAML_EMAIL_ATTRIBUTE))
        verified = settings.SSO_SAML_EMAIL_VERIFIED or _truthy(attributes.get("email_verified"))
    else:
        email = _single(_claim(sociallogin, settings.SSO_EMAIL_CLAIM))
        verified = _truthy(_claim(sociallogin, "email_verified"))
    if not verified or not isinstance(email, str) or "@" not in email or len(email) > 254:
        return ""
    email = ascii_lower(email.strip())
    try:
        # An address Django's form would refuse sends allauth to its sign-up
        # form, which is not mounted (a 500 before).
        validate_email(email)
    except ValidationError:
        return ""
    return email


def ascii_lower(email: str) -> str:
    """`email` with its ASCII letters in lower case, and only those: Python's
    lower() and the database's UPPER() fold other letters into ASCII ones
    (KELVIN SIGN into "k", LONG S into "S"), another address than the one
    the provider vouched for."""
    return "".join(c.lower() if c.isascii() else c for c in email)


def group_names(sociallogin) -> set[str]:
    if _kind(sociallogin) == "saml":
        groups = (sociallogin.account.extra_data or {}).get(settings.SSO_SAML_GROUPS_ATTRIBUTE)
    else:
        groups = _claim(sociallogin, settings.SSO_GROUPS_CLAIM)
    if isinstance(groups, str):
        groups = [groups]
    if not isinstance(groups, list):
        return set()
    return {g for g in groups if isinstance(g, str)}


def mapped_roles(sociallogin) -> set[str]:
    mapping = settings.SSO_GROUP_ROLES
    return {mapping[g] for g in group_names(sociallogin) & set(mapping)}


def roles_follow_groups(*, user, roles: set[str]) -> None:
    """The roles named in SSO_GROUP_ROLES become exactly `roles`; the
    others (given in the admin) are left alone."""
    governed = set(settings.SSO_GROUP_ROLES.values())
    with transaction.atomic():
        have = set(user.groups.filter(name__in=governed).values_list("name", flat=True))
        if add := roles - have:
            user.groups.add(*[Group.objects.get_or_create(name=name)[0] for name in add])
        if remove := (have - roles) & governed:
            user.groups.remove(*Group.objects.filter(name__in=remove))


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def is_open_for_signup(self, request, sociallogin) -> bool:
        return True

    def pre_social_login(self, request, sociallogin) -> None:
        state = sociallogin.state or {}
        if state.get("process", "login") != "login":
            refuse(request, _("Only signing in is possible with the organisation's account."))
        if _kind(sociallogin) == "openid_connect":
            id_token, _userinfo = _claims(sociallogin)
            if id_token.get("iss", "").rstrip("/") != settings.SSO_OIDC_ISSUER:
                refuse(request, _("The sign-in came from another issuer than the one configured."))
            sent, got = state.get("nonce"), id_token.get("nonce")
            if not sent or not isinstance(got, str) or not secrets.compare_digest(got, sent):
                refuse(request, _("The sign-in could not be verified (nonce missing or wrong)."))
        elif not state:
            # SAML: the response answers no request sent from this browser.
            refuse(request, _("The sign-in did not start from this browser; please start again."))
        email = verified_email(sociallogin)
        if not email:
            refuse(
                request,
                _(
                    "Your organisation's account has no verified email address; "
                    "ask your organisation to verify it."
                ),
            )
        if sociallogin.is_existing:
            user = sociallogin.user
        else:
            sociallogin.user.email = email  # from SSO_EMAIL_CLAIM, for a new account
            user = _match(request, email)
            if user is not None and user.is_active:
                sociallogin.connect(request, user)
        if user is not None and not user.is_active:
            refuse(request, _("This account is disabled; ask an administrator."))
        if user is not None:
            roles_follow_groups(user=user, roles=mapped_roles(sociallogin))

    def save_user(self, request, sociallogin, form=None):
        user = super().save_user(request, sociallogin, form)
        roles_follow_groups(user=user, roles=mapped_roles(sociallogin))
        return user


def _match(request, email: str):
    """The existing account with this address (case aside), if any; an
    administrator's is refused, as is an address shared by two accounts."""
    near = Q(email__iexact=email) | Q(email__iexact=email.lower())  # as allauth folds it
    found = get_user_model()._default_manager.filter(near)[:10]
    users = [u for u in found if ascii_lower(u.email.strip()) == email][:2]
    if found and not users:
        # Another address, that only folds into an account's (allauth would
        # take it for that account's and ask for its sign-up form).
        refuse(
            request,
            _("An account has an address close to this one; ask an administrator to link yours."),
        )
    if not users:
        return None
    if len(users) > 1:
        refuse(
            request,
            _("Several accounts have this email address; ask an administrator to link yours."),
        )
    user = users[0]
    if user.is_staff or user.is_superuser:
        refuse(
            request,
            _(
                "This email address belongs to an administrator's account, which is never "
                "linked by email: sign in with your password, or ask another administrator "
                "to link your organisation's account."
            ),
        )
    return user
