"""The glossary's asks of a country coming out of a war and of the missions
that help it (``lang/_glossary_stabilisation.py``, and the terms added to
``_glossary.py``'s transition, borders, ceasefire, humanitarian access and
response plan, recovery, deployment and funding): each one concept in
English, French and Arabic, each with a near request that must not share
it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.concepts import GENERAL, concept_overlap, concepts_of
from tests.formats.hostile import assert_linear

# One request, three languages: each must name the keys given (others may come).
SAME_REQUEST = [
    (
        "Urges the partners to help restore State authority in the northern provinces.",
        "Exhorte les partenaires à aider au retour de l'administration de l'État dans les"
        " provinces du nord.",
        "يحث الشركاء على المساعدة في بسط سلطة الدولة في المقاطعات الشمالية.",
        {"state-authority"},
    ),
    (
        "Asks the mission to plan the transfer of its tasks to the UN country team.",
        "Demande à la mission de préparer le transfert de ses tâches à l'équipe de pays des"
        " Nations Unies.",
        "يطلب إلى البعثة التخطيط لنقل المهام إلى فريق الأمم المتحدة القطري.",
        {"transition", "country-team"},
    ),
    (
        "Directs the secretariat to complete the operationalisation of the regional fund.",
        "Charge le secrétariat d'achever la mise en service du fonds régional.",
        "يكلف الأمانة باستكمال بدء تشغيل الصندوق الإقليمي.",
        {"operationalisation"},
    ),
    (
        "Calls for the full funding of the humanitarian needs and response plan for the country.",
        "Appelle au financement intégral du plan de réponse humanitaire pour le pays.",
        "يدعو إلى التمويل الكامل لخطة الاحتياجات والاستجابة الإنسانية للبلد.",
        {"humanitarian-response-plan", "funding"},
    ),
    (
        "Urges the parties to end the war and allow the entry of humanitarian aid.",
        "Exhorte les parties à mettre fin à la guerre et à permettre l'entrée de l'aide"
        " humanitaire.",
        "يحث الأطراف على وقف الحرب والسماح بدخول المساعدات الإنسانية.",
        {"ceasefire", "humanitarian-access"},
    ),
    (
        "Calls on the two States to complete the demarcation of their maritime boundary.",
        "Invite les deux États à achever la démarcation de leur frontière maritime.",
        "يدعو الدولتين إلى استكمال ترسيم الحدود البحرية بينهما.",
        {"borders"},
    ),
    (
        "Appeals to donors to mobilise more resources for early recovery.",
        "Lance un appel aux donateurs pour mobiliser davantage de ressources pour le"
        " relèvement rapide.",
        "يناشد المانحين توفير مزيد من الموارد من أجل التعافي المبكر.",
        {"funding", "reconstruction"},
    ),
    (
        "Requests the Commission to dispatch observers to the districts.",
        "Demande à la Commission de dépêcher des observateurs dans les districts.",
        "يطلب إلى المفوضية نشر مراقبين في المقاطعات.",
        {"deployment"},
    ),
]


@pytest.mark.parametrize("english, french, arabic, keys", SAME_REQUEST)
def test_one_request_names_its_asks_in_each_language(english, french, arabic, keys):
    for text in (english, french, arabic):
        assert keys <= concepts_of(text), text


# Near requests: a neighbouring ask that must not be read as the one beside it.
NOT_THE_ASK = [
    ("Calls on the State budget to cover the salaries of teachers.", "state-authority"),
    ("Invite le pays à présenter son programme de pays au Conseil.", "country-team"),
    (
        "Requests the Secretariat to cover the operational costs of the office.",
        "operationalisation",
    ),
    (
        "Encourages the parties to implement the plan of action on youth.",
        "humanitarian-response-plan",
    ),
    ("Urges the parties to prosecute the war crimes committed in the city.", "ceasefire"),
    ("Demande au Secrétariat d'organiser l'entrée en vigueur de l'accord.", "operationalisation"),
    ("Invite les États à renforcer l'enseignement primaire.", "lessons-learned"),
]


@pytest.mark.parametrize("text, key", NOT_THE_ASK)
def test_a_neighbouring_ask_is_not_read_as_this_one(text, key):
    assert key not in concepts_of(text)


def test_lessons_learned_are_a_general_ask_and_not_teaching():
    keys = concepts_of("Prie le Secrétariat de présenter les enseignements tirés de la mission.")
    assert "lessons-learned" in keys and "education" not in keys
    assert "lessons-learned" in GENERAL
    assert "education" in concepts_of("Invite les États à renforcer l'enseignement primaire.")


def test_a_peace_operation_is_a_mission_of_its_organisation_in_its_country():
    by_acronym = concepts_of("Calls upon the Council to fund AMISOM.")
    written_out = concepts_of("يطالب المجلس بتمويل بعثة الاتحاد الأفريقي")
    assert {"mission", "place:african-union", "place:somalia"} <= by_acronym
    assert {"mission", "place:african-union"} <= written_out
    # A regional community's mission named by its acronym is a mission too.
    assert "mission" in concepts_of("Urges States to support SAMIDRC.")


def test_the_congo_without_its_article_is_the_place_not_democracy():
    keys = concepts_of("Calls for peace in the Democratic Republic of Congo.")
    assert "place:drc" in keys and "democracy" not in keys


def test_a_fund_for_peace_is_funding_and_a_camp_town_is_in_its_country():
    assert "funding" in concepts_of(
        "Invite l'Union africaine à agir au moyen du Fonds pour la paix."
    )
    assert "place:bangladesh" in concepts_of("Aide aux réfugiés des camps de Cox's Bazar.")


def test_state_authority_and_a_state_budget_share_no_ask():
    restored = concepts_of("Requests the mission to support the restoration of State authority.")
    budget = concepts_of("Requests the mission to support the State budget for salaries.")
    assert concept_overlap(restored, budget)[0] < 0.3


def test_the_scan_stays_linear_with_the_new_terms():
    unit = "State authority; نقل المهام إلى الفريق القطري; mise en service; enseignements tirés; "
    assert_linear(concepts_of.__wrapped__, lambda n: unit * n, 40)


@pytest.mark.parametrize(
    "text",
    [
        "ترسيم الأساتذة المتعاقدين في الوظيفة العمومية",  # tenure of teachers
        "Invite les parties à respecter la délimitation des compétences.",
    ],
)
def test_a_tenure_or_a_division_of_powers_is_no_border(text):
    assert "borders" not in concepts_of(text)
