"""Django's ModelBackend, with the signed-in user read from the shared cache
(decisions/user_access.py) instead of one query per request."""

from __future__ import annotations

from django.contrib.auth.backends import ModelBackend

from decisions.user_access import cached_user


class CachedModelBackend(ModelBackend):
    def get_user(self, user_id):
        user = cached_user(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None
