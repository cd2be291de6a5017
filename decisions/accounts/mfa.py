"""The second factor's hooks into django-allauth's mfa (settings.MFA_ADAPTER,
settings.MFA_FORMS) and its signals, recorded as security events.

- The adapter keeps the TOTP secrets encrypted at rest (and so in backups),
  and refuses to remove the last factor of a user whose role requires one.
- The sign-in and re-authentication forms add the database's checks
  (decisions.accounts.factors): a TOTP code's time step must be later than
  the last one used, and a run of wrong codes locks the second step.
- The security key's forms label its name in the reader's language.
"""

from __future__ import annotations

from allauth.account.adapter import get_adapter as get_account_adapter
from allauth.mfa import signals
from allauth.mfa.adapter import DefaultMFAAdapter, get_adapter
from allauth.mfa.base import forms as base_forms
from allauth.mfa.models import Authenticator
from allauth.mfa.webauthn import forms as webauthn_forms
from cryptography.fernet import Fernet
from django import forms
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from decisions.accounts import factors
from decisions.accounts.security_events import security_event_record
from decisions.fields import PlainTextField
from decisions.models import SecurityEventKind


class MFAAdapter(DefaultMFAAdapter):
    error_messages = DefaultMFAAdapter.error_messages | {
        "cannot_delete_authenticator": _(
            "Your role requires a second factor: add another one before removing this one."
        ),
    }

    def encrypt(self, text: str) -> str:
        return Fernet(factors.secret_key_digest()).encrypt(text.encode()).decode()

    def decrypt(self, encrypted_text: str) -> str:
        return Fernet(factors.secret_key_digest()).decrypt(encrypted_text.encode()).decode()

    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        if authenticator.type == Authenticator.Type.RECOVERY_CODES:
            return True
        user = authenticator.user
        if not factors.factor_required(user):
            return True
        others = (
            Authenticator.objects.filter(user_id=user.pk)
            .exclude(type=Authenticator.Type.RECOVERY_CODES)
            .exclude(pk=authenticator.pk)
        )
        return others.exists()


def _code_field() -> PlainTextField:
    """The code, without control characters as every text of the app."""
    return PlainTextField(
        label=_("Code"),
        max_length=64,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class _DatabaseChecks:
    """clean_code with the lock and the time step held in the database."""

    def clean_code(self) -> str:
        if factors.factor_locked(self.user):
            raise get_account_adapter().validation_error("too_many_login_attempts")
        code = super().clean_code()
        if self.authenticator.type == Authenticator.Type.TOTP and not factors.totp_step_accept(
            authenticator=self.authenticator, code=code
        ):
            self._emit_authentication_failed(self.authenticator)
            raise get_adapter().validation_error("incorrect_code")
        return code


class AuthenticateForm(_DatabaseChecks, base_forms.AuthenticateForm):
    code = _code_field()


class ReauthenticateForm(_DatabaseChecks, base_forms.ReauthenticateForm):
    code = _code_field()


# allauth declares the security key's name with no label: Django would write
# "Name" in every language. Without control characters, as every text of the app.
class AddWebAuthnForm(webauthn_forms.AddWebAuthnForm):
    name = PlainTextField(label=_("Name"), required=False, max_length=100)


class EditWebAuthnForm(webauthn_forms.EditWebAuthnForm):
    name = PlainTextField(label=_("Name"), required=True, max_length=100)


# --- Signals, recorded ---------------------------------------------------------------


def _factor_event(kind: str, *, request, user, detail: str, forget_seen: bool = False) -> None:
    """Record a second-factor signal as a security event; `forget_seen`: the
    user's factors changed, so the session's note that a factor was seen
    goes (the next page asks again)."""
    if forget_seen and request is not None and hasattr(request, "session"):
        request.session.pop(factors.FACTOR_SEEN_KEY, None)
    security_event_record(kind=kind, request=request, user=user, detail=detail)


def _record_factor_change(signal, kind: str, uid: str, *, forget_seen: bool = False) -> None:
    """Connect `signal` (an authenticator added, removed or reset) to a
    security event of `kind` naming the authenticator's type."""

    def receive(sender, request, user, authenticator, **kwargs) -> None:
        _factor_event(
            kind, request=request, user=user, detail=authenticator.type, forget_seen=forget_seen
        )

    signal.connect(receive, dispatch_uid=uid, weak=False)


_record_factor_change(
    signals.authenticator_added,
    SecurityEventKind.FACTOR_ENROLLED,
    "decisions.security.factor_added",
    forget_seen=True,
)
_record_factor_change(
    signals.authenticator_removed,
    SecurityEventKind.FACTOR_REMOVED,
    "decisions.security.factor_removed",
    forget_seen=True,
)
_record_factor_change(
    signals.authenticator_reset,
    SecurityEventKind.RECOVERY_CODES_RENEWED,
    "decisions.security.factor_reset",
)


@receiver(signals.authenticator_used, dispatch_uid="decisions.security.factor_used")
def _used(sender, request, user, authenticator, **kwargs) -> None:
    if authenticator.type == Authenticator.Type.RECOVERY_CODES:
        fresh = Authenticator.objects.filter(pk=authenticator.pk).first() or authenticator
        left = len(fresh.wrap().get_unused_codes())
        _factor_event(
            SecurityEventKind.RECOVERY_CODE_USED, request=request, user=user, detail=f"{left} left"
        )


@receiver(signals.authentication_failed, dispatch_uid="decisions.security.factor_failed")
def _failed(sender, request, user, authenticator, **kwargs) -> None:
    _factor_event(
        SecurityEventKind.FACTOR_FAILED, request=request, user=user, detail=authenticator.type
    )
