"""French news reports naming the meeting by its members' envoys ("Les
représentants des pays membres de X condamnent ..., appelant ..."): the
participle's request is the meeting's; another group's envoys stay theirs."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

FR = registry("fr")


def names(found) -> list[str]:
    return [r.owner.slug if r.owner.registered else r.owner.name for r in found.requests]


def test_the_members_envoys_ask_in_the_meetings_name():
    text = (
        "Les représentants des États membres de l'Union condamnent fermement les attaques "
        "contre les civils, appelant les parties au conflit à cesser les hostilités."
    )
    assert names(extract(text, FR)) == ["Parties au conflit"]


def test_the_envoys_of_another_group_ask_in_their_own_name():
    text = (
        "Les représentants de l'opposition condamnent fermement les attaques contre les "
        "civils, appelant les parties au conflit à cesser les hostilités."
    )
    assert names(extract(text, FR)) == []


def test_members_envoys_are_read_in_linear_time():
    assert_linear(
        lambda t: extract(t, FR),
        lambda n: (
            "Les représentants des pays membres condamnent "
            + "les attaques, " * n
            + "appelant les parties à cesser."
        ),
        300,
    )
