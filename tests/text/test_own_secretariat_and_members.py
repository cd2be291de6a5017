"""An organisation the registry holds with its own General Secretariat and its
own Member States (the GCC): in a text it issues, the bare "General
Secretariat" / "الأمانة العامة" and "the Member States" / "الدول الأعضاء" are
its own, not the OIC's organ and members that the registry gives those bare
names first; the States its name joins ("les États arabes du Golfe") are its
own members too. Sentences written after the structure of a Gulf summit's final
statement, with an OIC and an Arab League head as counter-examples."""

from __future__ import annotations

from decisions.text.issuer import home_names
from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY

GULF_AR = "مجلس التعاون لدول الخليج العربية. اجتمع المجلس الأعلى في دورته العادية،"
GULF_EN = "Cooperation Council for the Arab States of the Gulf. The Supreme Council met,"
OIC_AR = "منظمة التعاون الإسلامي. إن مجلس وزراء الخارجية،"
LEAGUE_AR = "إن مجلس جامعة الدول العربية على المستوى الوزاري،"


def owners(texts: list[str], head: str) -> list[list[str]]:
    found = extract_all(texts, REGISTRY, head=head)
    return [
        [r.owner.slug if r.owner.registered else r.owner.name for r in e.requests] for e in found
    ]


def test_the_bare_general_secretariat_of_a_gulf_text_is_the_gccs():
    texts = [
        "كلف المجلس الأعلى الأمانة العامة بإعداد دراسة عن ربط الموانئ.",
        "دعا المجلس الأعلى الدول الأعضاء إلى توحيد إجراءات الجمارك.",
    ]
    assert owners(texts, GULF_AR) == [["gcc-general-secretariat"], ["gcc-member-states"]]
    texts = [
        "The Supreme Council instructed the General Secretariat to draft a plan for the ports.",
        "The Supreme Council called on the Member States to align their customs rules.",
    ]
    assert owners(texts, GULF_EN) == [["gcc-general-secretariat"], ["gcc-member-states"]]


def test_the_full_names_of_the_gcc_general_secretariat_are_registered():
    texts = [
        "The Council asked the Secretariat General of the GCC to report on the ports.",
        "The Council asked the GCC General Secretariat to report on the ports.",
    ]
    assert owners(texts, GULF_EN) == [["gcc-general-secretariat"], ["gcc-general-secretariat"]]


def test_an_oic_or_league_text_keeps_its_own_secretariat_and_members():
    # Counter-examples: the same bare words under another organisation's head.
    texts = [
        "تكليف الأمانة العامة بإعداد دراسة عن ربط الموانئ.",
        "تدعو الدول الأعضاء إلى توحيد إجراءات الجمارك.",
    ]
    assert owners(texts, OIC_AR) == [["general-secretariat"], ["member-states"]]
    assert owners(texts, LEAGUE_AR) == [["las-general-secretariat"], ["member-states"]]


def test_the_states_a_gulf_organisations_name_joins_are_its_members():
    names = home_names(GULF_AR, REGISTRY)
    assert names["etats arabes du golfe"].slug == "gcc-member-states"
    assert names["الدول الاعضاء"].slug == "gcc-member-states"
    # The League, with no Member States of its own in the registry, keeps the
    # body the registry calls by the bare name; no Arabic article on a French key.
    league = home_names(LEAGUE_AR, REGISTRY)
    assert league["etats arabes"].slug == "member-states"
    assert not any(k.startswith("ال") and k[2:3].isascii() for k in league)


def test_reading_a_gulf_text_grows_linearly():
    unit = "كلف المجلس الأعلى الأمانة العامة بإعداد دراسة، ودعا الدول الأعضاء إلى دعمها. "

    def make(n: int) -> str:
        return unit * max(1, n // len(unit))

    assert_linear(lambda text: extract_all([text], REGISTRY, head=GULF_AR), make, 10_000)
