"""Reading a regional summit's and a peace council's texts: a French title
block opening with a participle ("Adopté par le Conseil ... lors de sa
996e réunion"), the Authority that speaks after an Arabic verb ("تطلب الهيئة
إلى ..."), a deadline given to an addressee ("تمهل ... حتى ..."), "بـ" joined
to a quantifier ("يهيب بجميع الدول"), an idiom that asks nobody ("تدعو إلى
الاعتقاد"), a State's authority in the singular ("l'Autorité de transition
guinéenne"), two governments pointing back ("both Governments") and a few
spellings of registered bodies. Each with a near case
read otherwise. Sentences written for these tests."""

from __future__ import annotations

import datetime

from decisions.text.lines import is_clause_start
from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY, owners_named

COMMUNIQUE = """**PSC/PR/COMM.(CMXI)**

**COMMUNIQUÉ**

**Adopté par le Conseil de paix et de sécurité lors de sa 911e réunion, tenue le 3 mars 2020**

Le Conseil de paix et de sécurité,

Rappelant son communiqué adopté à sa 900e réunion, tenue le 2 janvier 2020 ;

1. Prend note du rapport de la mission ;

2. Demande aux autorités de faciliter le retour des personnes déplacées ;

3. Décide de rester saisi de la question.
"""


def test_a_participle_title_block_is_no_clause_and_gives_the_date():
    report = parse_report(COMMUNIQUE)
    assert report.date == datetime.date(2020, 3, 3)
    assert [p.number for p in report.paragraphs] == ["1", "2", "3"]
    assert report.paragraphs[1].text.startswith("Demande aux autorités")


def test_a_verb_in_the_present_still_opens_a_clause():
    assert is_clause_start("Adopte le budget-programme de l'exercice biennal", "")
    assert is_clause_start("Adopte par consensus le budget-programme", "")
    assert not is_clause_start("Adoptée par la Conférence lors de sa session ordinaire", "")


def test_the_participle_test_stays_linear():
    assert_linear(lambda t: is_clause_start(t, t), lambda n: "Adopté" + "é" * (300 * n) + " x", 30)


def test_the_authority_after_a_feminine_verb_speaks():
    text = "تطلب الهيئة إلى سلطات بوركينا فاسو الانتقالية أن تقدم جدولا زمنيا مقبولا."
    assert owners_named(text, language="ar") == ["burkina-faso"]
    text = "تكلف الهيئة مفوضية الإيكواس بمواصلة تفعيل آلية المتابعة."
    assert owners_named(text, language="ar") == ["ecowas-commission"]


def test_an_authority_asked_after_a_masculine_verb_is_the_addressee():
    text = "يطلب إلى الهيئة الوطنية للانتخابات أن تنشر النتائج."
    assert owners_named(text, language="ar") == ["الهيئة الوطنية للانتخابات"]


def test_a_deadline_given_ends_the_addressee():
    text = "تمهل الهيئة السلطات الانتقالية في غينيا حتى ٢٥ نيسان/أبريل ٢٠٢٢ لتقديم جدول زمني مقبول."
    assert owners_named(text, language="ar") == ["guinea"]


def test_bi_joined_to_a_quantifier_opens_the_addressees():
    text = "يهيب بجميع الدول الأعضاء أن تتخذ التدابير اللازمة لمنع توريد الأسلحة."
    assert owners_named(text, language="ar") == ["member-states"]


def test_bi_joined_to_a_quantifier_before_an_act_asks_nobody():
    assert owners_named("يطالب بجميع حقوق الشعب المشروعة.", language="ar") == []


def test_grounds_to_believe_asks_nobody():
    text = (
        "يهيب بجميع الدول الأعضاء أن تفتش الشحنات متى توافرت لديها معلومات تدعو إلى"
        " الاعتقاد بأنها تحوي أصنافا محظورة."
    )
    assert owners_named(text, language="ar") == ["member-states"]
    assert owners_named("وهي معلومات تدعو إلى القلق.", language="ar") == []


def test_a_states_authority_in_the_singular_is_the_state():
    text = "La Conférence demande à l'Autorité de transition guinéenne de soumettre un calendrier."
    assert owners_named(text, language="fr") == ["guinea"]


def test_an_authority_named_after_no_state_stays_as_written():
    text = "Demande à l'Autorité intergouvernementale pour le développement de poursuivre."
    # No State's authority: the IGAD, which the registry now holds.
    assert owners_named(text, language="fr") == ["igad"]


def test_registered_bodies_in_other_spellings():
    text = "تجدد الهيئة دعوتها السلطات البوركينية إلى الإسراع في إقامة أجهزة المرحلة الانتقالية."
    assert owners_named(text, language="ar") == ["burkina-faso"]
    text = "Calls upon the UN High Commissioner for Human Rights to keep monitoring the situation."
    assert owners_named(text, language="en") == ["ohchr"]


def _owners_in_turn(paragraphs: list[str], language: str) -> list[list[str]]:
    return [
        [r.owner.slug if r.owner.registered else r.owner.name for r in found.requests]
        for found in extract_all(paragraphs, REGISTRY, language)
    ]


def test_both_governments_are_the_two_states_asked_before():
    owners = _owners_in_turn(
        [
            "Calls upon the Government of Chad and the Government of Niger to open the border.",
            "Urges both Governments to establish a joint patrol.",
        ],
        "en",
    )
    assert sorted(owners[1]) == ["chad", "niger"]


def test_the_two_governments_with_one_state_registered_keep_the_other_as_written():
    owners = _owners_in_turn(
        [
            "Demande au Gouvernement soudanais de délivrer les visas sans retard.",
            "Demande aux deux Gouvernements de permettre le bon fonctionnement des bases.",
        ],
        "fr",
    )
    assert owners[1] == ["sudan", "Deux Gouvernements"]


def test_both_governments_with_no_state_asked_before_stay_as_written():
    owners = _owners_in_turn(
        [
            "Requests the Secretary-General to report on the situation.",
            "Urges both Governments to establish a joint patrol.",
        ],
        "en",
    )
    assert owners[1] == ["Both Governments"]


def test_a_transitional_military_council_is_the_one_state_asked_before():
    owners = _owners_in_turn(
        [
            "Demande aux autorités tchadiennes de garantir les libertés publiques ;",
            "Exige du Conseil militaire de transition qu'il partage le pouvoir avec des civils ;",
        ],
        "fr",
    )
    assert owners[1] == ["chad"]


def test_a_transitional_military_council_with_no_state_asked_before_stays_as_written():
    owners = _owners_in_turn(
        ["Exige du Conseil militaire de transition qu'il partage le pouvoir avec des civils ;"],
        "fr",
    )
    assert owners[0] == ["Conseil militaire de transition"]
