"""A request made by another text and described in a relative clause
("resolution 478 (1980), which calls upon ...", "la résolution 242, qui
demande ...", "القرار 478 الذي يدعو الدول الأعضاء ...") asks nobody here; and
in Arabic a verbal noun with the article joined to "ب" right after a generic
addressee ends its name ("يطالب جميع الدول بالالتزام ..."). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

AR = registry("ar")


def ar_owners(text: str) -> list[str]:
    found = extract(text, AR).requests
    return [r.owner.slug if r.owner.registered else r.owner.name for r in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Calls upon all States to comply with resolution 478 (1980), which calls upon "
            "Member States to withdraw their missions.",
            ["All States"],
        ),
        (
            "Invite tous les États à respecter la résolution 478 (1980), qui demande aux "
            "États membres de retirer leurs missions.",
            ["Tous les États"],
        ),
    ],
)
def test_a_request_described_in_a_relative_clause_asks_nobody_here(text, expected):
    assert owners_named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "يطالب جميع الدول بالالتزام بأحكام القرار 478، الذي يدعو الدول الأعضاء إلى "
            "عدم نقل بعثاتها.",
            ["جميع الدول"],
        ),
        ("يطالب الأطراف المعنية بالانسحاب الفوري.", ["الأطراف المعنية"]),
        # After other words "بـ" may belong to a body's name.
        ("يطلب من اللجنة المعنية بالقدس متابعة الأمر.", ["اللجنة المعنية بالقدس"]),
        # A request of this text is still read after a relative clause ends.
        ("يرحب بالقرار الذي اعتمده المجلس، ويطلب من الأمين العام متابعته.", ["secretary-general"]),
    ],
)
def test_arabic_described_requests_and_generic_names_cut_before_a_verbal_noun(text, expected):
    assert ar_owners(text) == expected


def rep(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


@pytest.mark.parametrize(
    "grow",
    [
        lambda n: rep("which calls upon ", n) + "the Member States to act.",
        lambda n: rep("الذي يدعو ", n) + "الدول الأعضاء.",
        lambda n: "يطالب " + rep("الدول بالالتزام ", n),
    ],
    ids=["en which", "ar relative", "ar verbal nouns"],
)
def test_these_rules_are_read_in_linear_time(grow):
    assert_linear(lambda text: extract(text, AR), grow, 2_000)
