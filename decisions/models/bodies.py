"""Bodies: whoever a report asks to act, with their focal points."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from decisions.models.status import progress_counts
from decisions.text.folding import collation_key


class BodyKind(models.TextChoices):
    MEMBER_STATES = "member_states", _("Member States")
    MEMBER_STATE = "member_state", _("Member State")
    OBSERVER_STATE = "observer_state", _("Observer State")
    OBSERVER = "observer", _("Observer (organisation or community)")
    OIC_ORGAN = "oic_organ", _("OIC organ")
    OIC_SUBSIDIARY = "oic_subsidiary", _("OIC subsidiary organ")
    OIC_SPECIALISED = "oic_specialised", _("OIC specialised institution")
    OIC_AFFILIATED = "oic_affiliated", _("OIC affiliated institution")
    OIC_INSTITUTION = "oic_institution", _("OIC institution")
    UN_ORGAN = "un_organ", _("United Nations organ or agency")
    INTERNATIONAL_ORGANISATION = "international_organisation", _("International organisation")
    EXTERNAL_PARTNER = "external_partner", _("External partner")
    NATIONAL_GOVERNMENT = "national_government", _("National government")
    NON_STATE_PARTY = "non_state_party", _("Non-state party")
    GROUP = "group", _("Group of bodies")
    UNKNOWN = "unknown", _("To be reviewed")


class WorkingLanguage(models.TextChoices):
    """The OIC's three languages: the one a State (or a body) works in with
    the General Secretariat, so its notes verbales are written in it."""

    ARABIC = "ar", _("Arabic")
    FRENCH = "fr", _("French")
    ENGLISH = "en", _("English")


STATE_KINDS = frozenset({BodyKind.MEMBER_STATE, BodyKind.OBSERVER_STATE})
"""A State, one by one: the intake reads its names as a place as often as an
actor (decisions.text.bodies.RegistryEntry.place); a note verbale to a Member
State goes to its Permanent Mission."""


class BodyQuerySet(models.QuerySet):
    def registered(self) -> BodyQuerySet:
        return self.filter(registered=True)

    def with_progress(
        self, today: datetime.date | None = None, *, public: bool = False
    ) -> BodyQuerySet:
        """Each body with its item counts per status and overdue, in one query
        (by the public status with `public`)."""
        today = today or timezone.localdate()
        return self.annotate(**progress_counts(today, "action_items", public=public))


class BodyManager(models.Manager.from_queryset(BodyQuerySet)):
    def get_by_natural_key(self, slug: str) -> Body:
        return self.get(slug=slug)


class Body(models.Model):
    """Whoever a report asks to act: Member States, an OIC organ or
    institution, a partner organisation, a government, a party."""

    slug = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(max_length=32, choices=BodyKind.choices, default=BodyKind.UNKNOWN)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    name_en = models.CharField(_("name (English)"), max_length=300)
    name_fr = models.CharField(_("name (French)"), max_length=300, blank=True)
    name_ar = models.CharField(_("name (Arabic)"), max_length=300, blank=True)
    acronym_en = models.CharField(max_length=40, blank=True)
    acronym_fr = models.CharField(max_length=40, blank=True)
    acronym_ar = models.CharField(max_length=40, blank=True)
    working_language = models.CharField(
        _("working language"),
        max_length=2,
        choices=WorkingLanguage.choices,
        blank=True,
        help_text=_("The language its notes verbales are written in."),
    )
    aliases = models.JSONField(default=list, blank=True, help_text=_("Other spellings."))
    registered = models.BooleanField(
        default=True,
        help_text=_("Off for an addressee found in a report but not yet reviewed."),
    )
    focal_points = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="focal_bodies"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = BodyManager()

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("body")
        verbose_name_plural = _("bodies")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("decisions:body_detail", args=[self.slug])

    def natural_key(self) -> tuple[str]:
        return (self.slug,)

    @property
    def name(self) -> str:
        """The name in the active language, falling back to English."""
        lang = (get_language() or "en")[:2]
        return getattr(self, f"name_{lang}", "") or self.name_en

    def name_key(self) -> tuple[str, str]:
        """Where the body stands in a list in the reader's language: by its
        name there, accents and case set aside ("États membres" among the
        E's in French), never by the database's byte order."""
        return collation_key(self.name)

    @property
    def acronym(self) -> str:
        lang = (get_language() or "en")[:2]
        return getattr(self, f"acronym_{lang}", "") or self.acronym_en

    def letter_language(self, default: str = "en") -> str:
        """The language a note verbale to this body is written in: its
        working language, else `default` (the registry does not know it)."""
        return self.working_language or default

    def all_names(self) -> list[str]:
        """Every spelling a report may use for this body, for the extractor."""
        names = [
            self.name_en,
            self.name_fr,
            self.name_ar,
            self.acronym_en,
            self.acronym_fr,
            self.acronym_ar,
            *self.aliases,
        ]
        return list(dict.fromkeys(n for n in names if n))
