"""Each sign-in is recorded with its session key (allauth.usersessions'
UserSession), whichever way the user came in: Django's sign-in page, the
admin's, or single sign-on. So a user's sessions can be found and ended
(tracker.accounts.user_sessions_end) even when sessions live in a cache."""

from __future__ import annotations

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver


@receiver(user_logged_in, dispatch_uid="decisions.record_user_session")
def record_user_session(sender, request, user, **kwargs) -> None:
    from allauth.usersessions.models import UserSession

    from tracker.client_ip import client_ip

    # A request without an address is a test's force_login(), never a
    # client's; such a session is still found by user_sessions_end's scan.
    if request is not None and hasattr(request, "session") and client_ip(request):
        UserSession.objects.create_from_request(request, user=user)
