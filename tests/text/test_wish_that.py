"""French: "souhaite(nt) que X fasse ..." is a wish addressed to X, read as a
request of X (the subject of the that-clause)."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear

from .helpers import REGISTRY, owners_named


def test_wish_that_the_secretary_general_acts():
    text = "Souhaite que le Secrétaire général continue de distribuer le texte des exposés."
    assert owners_named(text) == ["secretary-general"]


def test_plural_wish_after_the_members():
    text = "Les membres du Conseil souhaitent que le Secrétaire général leur fournisse une fiche."
    assert owners_named(text) == ["secretary-general"]


def test_wish_without_that_asks_nobody():
    assert owners_named("Souhaite plein succès au Secrétaire général dans sa mission.") == []


def test_linear():
    assert_linear(
        lambda t: extract(t, REGISTRY), lambda n: "Souhaite " * n + "que le Comité agisse.", 2_000
    )
