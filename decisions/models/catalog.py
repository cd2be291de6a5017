"""Models added around the core domain: API tokens and the theme taxonomy.
Registered by one import at the end of decisions/models.py, so they belong
to the `decisions` app and its migrations."""

from __future__ import annotations

import datetime
import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

__all__ = ["ApiToken", "Theme", "ThemeKind"]

# What an API key looks like: a short prefix that says what it is (so a key
# found in a log or a repository is recognisable), then 32 random bytes.
API_KEY_PREFIX = "oic_"


def api_key_hash(key: str) -> str:
    """Only this is stored: a leaked database gives no usable key. SHA-256
    without salt is enough for 256-bit random keys (no guessing to slow)."""
    return hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()


def new_api_key() -> str:
    return API_KEY_PREFIX + secrets.token_urlsafe(32)


class ApiTokenQuerySet(models.QuerySet):
    def active(self) -> ApiTokenQuerySet:
        return self.filter(revoked_at__isnull=True)


class ApiToken(models.Model):
    """A user's key to the read API. The key itself is shown once, when it is
    made; the database keeps its hash. Revoking keeps the row (who had a key,
    when it was last used) but the key stops working at once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(_("name"), max_length=100, help_text=_("What the key is for."))
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    # The first characters of the key, to tell keys apart on the tokens page.
    hint = models.CharField(max_length=12, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("API token")

    def __str__(self) -> str:
        return f"{self.hint}… ({self.name})"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class ThemeKind(models.TextChoices):
    FOCUS = "focus", _("OIC focus area")
    SDG = "sdg", _("Sustainable Development Goal")


class ThemeQuerySet(models.QuerySet):
    def with_progress(
        self, today: datetime.date | None = None, *, public: bool = False
    ) -> ThemeQuerySet:
        """Each theme with its item counts per status and overdue, in one query
        (by the public status with `public`)."""
        from decisions.models import progress_counts

        return self.annotate(
            **progress_counts(today or timezone.localdate(), "items", public=public)
        )


class Theme(models.Model):
    """A subject an action item is about: an OIC focus area or one of the 17
    SDGs. Loaded by a data migration from decisions/themes.py."""

    slug = models.SlugField(max_length=60, unique=True)
    kind = models.CharField(max_length=8, choices=ThemeKind.choices)
    position = models.PositiveSmallIntegerField(default=0)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_fr = models.CharField(_("name (French)"), max_length=200)
    name_ar = models.CharField(_("name (Arabic)"), max_length=200)
    items = models.ManyToManyField("decisions.ActionItem", blank=True, related_name="themes")

    objects = ThemeQuerySet.as_manager()

    class Meta:
        ordering = ["position", "slug"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("decisions:theme_detail", args=[self.slug])

    @property
    def name(self) -> str:
        """The name in the active language, falling back to English."""
        lang = (get_language() or "en")[:2]
        return getattr(self, f"name_{lang}", "") or self.name_en

    def list_key(self) -> tuple:
        """Where the theme stands in a list: the SDGs by their number (1, 2,
        ..., 10, not 1, 10, 11, ..., 2 as their codes would sort), then the
        OIC focus areas in the catalogue's order."""
        number = self.slug.rpartition("-")[2]
        if self.kind == ThemeKind.SDG and number.isdigit():
            return (0, int(number), self.position, self.slug)
        return (1, 0, self.position, self.slug)
