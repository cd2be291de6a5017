"""API keys: made and revoked by their user, stored as a hash, checked on
every request; and the one permission rule of the API (`can_view`)."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.permissions import BasePermission

from decisions.models.catalog import ApiToken, api_key_hash, new_api_key
from decisions.permissions import can_view
from decisions.text.normalize import normalize_text

KEYWORDS = (b"token", b"bearer")
# last_used_at is written at most this often per key, not on every request.
LAST_USED_RESOLUTION = datetime.timedelta(minutes=5)
MAX_KEY_LENGTH = 200


def api_token_create(*, user, name: str) -> tuple[ApiToken, str]:
    """A new key for `user`. Returns the row and the key: the key is shown
    once and never stored. The name is normalised (normalize_text), whoever
    calls."""
    key = new_api_key()
    token = ApiToken.objects.create(
        user=user,
        name=normalize_text(name).strip()[:100],
        key_hash=api_key_hash(key),
        hint=key[:10],
    )
    return token, key


def api_token_revoke(*, user, token_id: int) -> bool:
    """Revoke one of `user`'s keys; False if it is not theirs or already revoked."""
    with transaction.atomic():
        updated = ApiToken.objects.active().filter(user=user, pk=token_id)
        return bool(updated.update(revoked_at=timezone.now()))


def user_for_api_key(key: str):
    """The active user behind an active key, or None."""
    token = (
        ApiToken.objects.active().select_related("user").filter(key_hash=api_key_hash(key)).first()
    )
    if token is None or not token.user.is_active:
        return None, None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user, token


class ApiTokenAuthentication(BaseAuthentication):
    """`Authorization: Token <key>` (or `Bearer <key>`)."""

    keyword = "Token"

    def authenticate(self, request):
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() not in KEYWORDS:
            return None
        if len(parts) != 2 or len(parts[1]) > MAX_KEY_LENGTH:
            raise exceptions.AuthenticationFailed(_("Invalid Authorization header."))
        try:
            key = parts[1].decode("ascii")
        except UnicodeDecodeError as e:
            raise exceptions.AuthenticationFailed(_("Invalid API key.")) from e
        user, token = user_for_api_key(key)
        if user is None:
            raise exceptions.AuthenticationFailed(_("Invalid or revoked API key."))
        return user, token

    def authenticate_header(self, request) -> str:
        return self.keyword


class HasRole(BasePermission):
    """Exactly what the pages allow a signed-in user: a role (can_view).
    PUBLIC_READ does not open the API: see README."""

    message = _("Your account has no role in the tracker.")

    def has_permission(self, request, view) -> bool:
        if not request.user or not request.user.is_authenticated:
            raise exceptions.NotAuthenticated
        return can_view(request.user)


class ApiTokenScheme(OpenApiAuthenticationExtension):
    target_class = "decisions.api.auth.ApiTokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Token <key>`; make a key at /api/tokens/.",
        }
