"""The extractor says where the words behind each finding are written."""

from __future__ import annotations

from decisions.text.bodies import RegistryEntry
from decisions.text.requests import extract

REGISTRY = [
    RegistryEntry("member-states", "États membres", ("États membres",)),
    RegistryEntry("isesco", "ISESCO", ("ISESCO",)),
    RegistryEntry("unesco", "UNESCO", ("UNESCO",)),
]
TEXT = (
    "La Réunion a demandé aux États membres et à l'ISESCO, en coopération avec "
    "l'UNESCO, de contribuer avant le 16 décembre 2017."
)


def words(found, spans):
    return [found.text[s:e] for s, e in spans]


def test_each_request_carries_the_spans_of_its_verb_owner_partners_and_deadline():
    found = extract(TEXT, REGISTRY, "fr")
    isesco = next(r for r in found.requests if r.owner.slug == "isesco")
    assert words(found, isesco.verb_spans) == ["a demandé"]
    assert words(found, isesco.owner_spans) == ["ISESCO"]
    assert words(found, isesco.partner_spans) == ["UNESCO"]
    assert words(found, [isesco.due_span]) == ["avant le 16 décembre 2017"]


def test_spans_do_not_change_what_a_request_equals():
    found = extract(TEXT, REGISTRY, "fr")
    again = extract(TEXT.replace("La Réunion", "La  Réunion"), REGISTRY, "fr")
    assert found.requests == again.requests
