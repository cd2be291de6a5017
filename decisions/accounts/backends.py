"""Django's ModelBackend, with the signed-in user read from the shared cache
(decisions/user_access.py) instead of one query per request, and staff kept
to single sign-on when LOCAL_PASSWORDS_FOR_STAFF is off."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.backends import ModelBackend

from decisions.user_access import cached_user


def local_password_allowed(user) -> bool:
    """Staff (is_staff or superuser) sign in with a password only while
    LOCAL_PASSWORDS_FOR_STAFF is on; everyone else always may."""
    return settings.LOCAL_PASSWORDS_FOR_STAFF or not (user.is_staff or user.is_superuser)


class CachedModelBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        user = super().authenticate(request, username=username, password=password, **kwargs)
        # Refused like a wrong password (counted by django-axes): the page
        # does not tell who is staff.
        return user if user is not None and local_password_allowed(user) else None

    def get_user(self, user_id):
        user = cached_user(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None
