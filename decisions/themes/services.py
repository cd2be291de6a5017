"""The writes on an item's themes: the suggestion at import adds, an
editor's choice replaces. Keyword-only, atomic, like services.py."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from decisions.models import ActionItem
from decisions.models.catalog import Theme


class UnknownThemeError(ValueError):
    pass


def item_themes_apply(*, item: ActionItem, slugs: Iterable[str]) -> list[str]:
    """Add the themes `slugs` name to `item` (the import's suggestions);
    keeps those it has, ignores unknown slugs. Returns the slugs added."""
    wanted = set(slugs)
    if not wanted:
        return []
    with transaction.atomic():
        themes = list(Theme.objects.filter(slug__in=wanted))
        have = set(item.themes.values_list("slug", flat=True))
        new = [t for t in themes if t.slug not in have]
        item.themes.add(*new)
    return sorted(t.slug for t in new)


def item_themes_set(*, item: ActionItem, slugs: Iterable[str]) -> None:
    """Make `item`'s themes exactly `slugs` (an editor's choice)."""
    wanted = set(slugs)
    with transaction.atomic():
        themes = list(Theme.objects.filter(slug__in=wanted))
        unknown = wanted - {t.slug for t in themes}
        if unknown:
            raise UnknownThemeError(", ".join(sorted(unknown)))
        item.themes.set(themes)
