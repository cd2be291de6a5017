"""Names of the registry (fixtures/bodies.json) as the extractor matches them:
the longest name wins, so a State whose name holds another's is itself
("Guinée équatoriale" is not Guinea), in each of the three languages."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract
from tests.text.helpers import REGISTRY


@pytest.mark.parametrize(
    "text",
    [
        "Invite la Guinée équatoriale à coopérer avec la Commission.",
        "Invites Equatorial Guinea to cooperate with the Commission.",
        "يدعو غينيا الاستوائية إلى التعاون مع المفوضية.",
    ],
)
def test_equatorial_guinea_is_not_guinea(text):
    assert [r.owner.slug for r in extract(text, REGISTRY).requests] == ["equatorial-guinea"]


def test_guinea_alone_is_still_guinea():
    found = extract("Invite la Guinée à coopérer.", REGISTRY)
    assert [r.owner.slug for r in found.requests] == ["guinea"]
