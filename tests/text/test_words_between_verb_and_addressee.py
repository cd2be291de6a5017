"""Between an operative verb and its addressee a text may put an adverb of
order or degree or a short link to what came before: "Calls further upon",
"Calls, in this regard, upon", "Appelle enfin", "Demande à cet égard aux",
"يهيب في هذا الصدد بـ". And a press release retells a vote: "the Assembly
voted (overwhelmingly) to call on ...". Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.formats.hostile import assert_linear
from tests.text.test_issuer import owners

UN_HEAD = "A/RES/70/101"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Calls further upon Member States to share their data;", ["un-member-states"]),
        ("Calls also upon the Secretary-General to assist them;", ["un-secretary-general"]),
        ("Calls, in this regard, upon Member States to share data;", ["un-member-states"]),
        (
            "Calls in this respect upon Member States and the international community to help;",
            ["un-member-states", "international-community"],
        ),
        ("Appeals in particular to Member States to share data;", ["un-member-states"]),
        ("Demande à cet égard aux États Membres de partager leurs données;", ["un-member-states"]),
        ("Invite en outre le Secrétaire général à les aider;", ["un-secretary-general"]),
        ("Appelle enfin les États Membres à partager leurs données;", ["un-member-states"]),
        (
            "Les membres du Conseil appellent enfin les États Membres à partager leurs données.",
            ["un-member-states"],
        ),
        ("يهيب في هذا الصدد بالدول الأعضاء أن تتبادل بياناتها.", ["un-member-states"]),
        ("يطلب في هذا الإطار إلى الأمين العام أن يقدم تقريرا.", ["un-secretary-general"]),
    ],
)
def test_a_link_or_an_adverb_between_the_verb_and_its_addressee(text, expected):
    assert owners([text], head=UN_HEAD) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Calls in this regard for restraint and dialogue;",
        "Demande à cet effet la création d'un fonds;",
        "Appelle enfin à la retenue;",
        "يدعو في هذا الصدد إلى ضبط النفس.",
        # An adverb after "on" that opens no addressee: "calls on" a date.
        "The Assembly voted on a text. It supported the report.",
    ],
)
def test_a_call_for_an_act_asks_nobody_whatever_stands_between(text):
    assert owners([text], head=UN_HEAD) == [[]] * len([text])


def test_a_press_release_retelling_a_vote_to_call_on_reads_the_addressees():
    text = "The Assembly today voted overwhelmingly to call on armed groups to lay down arms."
    assert owners([text]) == [["armed-groups"]]
    assert owners(["The Council unanimously demanded that armed groups lay down arms."]) == [
        ["armed-groups"]
    ]
    # A vote described, with no request after it.
    assert owners(["The Assembly voted to adopt the budget of the Tribunal."]) == [[]]


def test_reading_the_words_between_grows_linearly():
    def make(n: int) -> str:
        return "Calls " + "also, in this regard, further " * n + "upon Member States to act;"

    assert_linear(lambda t: owners([t], head=UN_HEAD), make, 20)
    assert_linear(
        lambda t: owners([t], head=UN_HEAD),
        lambda n: "Demande " + "enfin, à cet égard, " * n + "aux États Membres d'agir;",
        20,
    )
