"""Shared by the text tests: the shared report, the body registry as the
extractor sees it, small parsing helpers. Standard library and the text core
only (no database)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from decisions.text.bodies import RegistryEntry
from decisions.text.paragraphs import ReportParseError, parse_report
from decisions.text.requests import extract, extract_all

ROOT = Path(__file__).resolve().parent.parent.parent
BODIES_PATH = ROOT / "fixtures" / "bodies.json"
REPORT_PATH = ROOT / "fixtures" / "reports" / "OIC-ACM-2017-MALI-REP.fr.md"
NAME_FIELDS = ("name_en", "name_fr", "name_ar", "acronym_en", "acronym_fr", "acronym_ar")
KINDS = {
    "member_states",
    "member_state",
    "observer_state",
    "observer",
    "oic_organ",
    "oic_subsidiary",
    "oic_specialised",
    "oic_affiliated",
    "oic_institution",
    "un_organ",
    "international_organisation",
    "external_partner",
    "national_government",
    "non_state_party",
    "group",
}
# The kinds read as places by the intake (decisions.models.bodies.STATE_KINDS).
STATE_KINDS = {"member_state", "observer_state"}
ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv"]
INTRO = "La Réunion a décidé ce qui suit :\n\n"


def load_bodies() -> list[dict]:
    return json.loads(BODIES_PATH.read_text(encoding="utf-8"))


def registry(language: str = "fr") -> list[RegistryEntry]:
    entries = []
    for body in load_bodies():
        names = [body[f] for f in NAME_FIELDS] + body["aliases"]
        entries.append(
            RegistryEntry(
                slug=body["slug"],
                name=body[f"name_{language}"] or body["name_en"],
                aliases=tuple(n for n in names if n),
                place=body["kind"] in STATE_KINDS,
                parent=body.get("parent") or "",
                kind=body["kind"],
            )
        )
    return entries


REGISTRY = registry()


def numbers(text: str) -> list[str]:
    return [p.number for p in parse_report(text).paragraphs]


def texts(text: str) -> list[str]:
    return [p.text for p in parse_report(text).paragraphs]


def error_of(text: str) -> ReportParseError:
    with pytest.raises(ReportParseError) as info:
        parse_report(text)
    return info.value


def owners(text: str) -> list[str]:
    return [r.owner.slug for r in extract(text, REGISTRY).requests]


def owners_named(
    text: str, registry: list[RegistryEntry] = REGISTRY, language: str = ""
) -> list[str]:
    """The owners of a paragraph: registered ones by slug, the others by name."""
    return [
        r.owner.slug if r.owner.registered else r.owner.name
        for r in extract(text, registry, language).requests
    ]


def request_for(text: str, slug: str):
    (found,) = [r for r in extract(text, REGISTRY).requests if r.owner.slug == slug]
    return found


_REGISTRIES: dict[str, list[RegistryEntry]] = {}


def page_owners(page: str, language: str, *, names: bool = False) -> list[list[str]]:
    """The owners of each operative paragraph of a whole page, read as the
    import reads it (its head included): slugs, or with ``names`` the names as
    found. A page where no paragraph is read raises ReportParseError."""
    reg = _REGISTRIES.get(language) or _REGISTRIES.setdefault(language, registry(language))
    report = parse_report(page)
    found = extract_all([p.text for p in report.paragraphs], reg, language, report.head)
    return [[r.owner.name if names else r.owner.slug for r in e.requests] for e in found]
