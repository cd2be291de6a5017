"""The glossary's asks of a secretariat's follow-up (``lang/_glossary_followup.py``)
and the terms added to older concepts (a dispute settled "by peaceful
means", border areas, development projects, fighters who laid down their
arms, a situation raised in fora, a listing proposal, a people's adjective):
each one concept in English, French and Arabic, and each with a near
request that must not share it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concept_overlap, concepts_of, is_ask
from tests.formats.hostile import assert_linear

# One request, three languages: each must name the keys given (others may come).
SAME_REQUEST = [
    (
        "Requests the Secretary-General to report on the operation every 90 days.",
        "Prie le Secrétaire général de rendre compte de l'opération tous les trois mois.",
        "يطلب إلى الأمين العام أن يقدم تقريرا عن العملية كل ثلاثة أشهر.",
        {"periodic-reports", "report-back"},
    ),
    (
        "Asks the Secretariat to keep the roster available in all official languages.",
        "Demande au Secrétariat de tenir le fichier à disposition dans toutes les langues"
        " officielles.",
        "يطلب إلى الأمانة أن تتيح السجل بجميع اللغات الرسمية.",
        {"official-languages"},
    ),
    (
        "Encourages States to attach identifying information to each proposal.",
        "Encourage les États à joindre des informations d'identification à chaque proposition.",
        "يشجع الدول على أن ترفق بكل مقترح ما يساعد على تحديد هوية الشخص.",
        {"identifying-information"},
    ),
    (
        "Requests the Director to guarantee the independence of the Office of the Ombudsperson.",
        "Prie le Directeur de garantir l'indépendance du Bureau du Médiateur.",
        "يطلب إلى المدير أن يكفل استقلال المكتب في أداء مهامه.",
        {"independence"},
    ),
    (
        "Directs the Commission to field a joint assessment mission to the border town.",
        "Charge la Commission de dépêcher une mission conjointe d'évaluation dans la ville"
        " frontalière.",
        "يكلف المفوضية بإيفاد بعثة تقييم مشتركة إلى المدينة الحدودية.",
        {"assessment-mission", "mission", "borders"},
    ),
    (
        "Calls on partners to support the democratic institutions and national unity.",
        "Invite les partenaires à appuyer les institutions démocratiques et l'unité nationale.",
        "يدعو الشركاء إلى دعم المؤسسات الديمقراطية والوحدة الوطنية.",
        {"democracy", "national-unity"},
    ),
    (
        "Urges members to submit their convergence programmes and to meet the convergence"
        " criteria.",
        "Exhorte les membres à soumettre leurs programmes de convergence et à respecter les"
        " critères de convergence.",
        "يحث الأعضاء على تقديم برامج التقارب والتقيد بمعايير التقارب.",
        {"convergence-programmes", "convergence-criteria"},
    ),
    (
        "Invites the two States to settle the dispute by peaceful means.",
        "Invite les deux États au règlement du différend par des moyens pacifiques.",
        "يدعو الدولتين إلى تسوية النزاع بالطرق السلمية.",
        {"peaceful-settlement"},
    ),
    (
        "Calls on donors to fund development projects in the border areas.",
        "Invite les donateurs à financer des projets de développement dans les zones frontalières.",
        "يدعو المانحين إلى تمويل مشروعات التنمية في المناطق الحدودية.",
        {"development-projects", "borders"},
    ),
    (
        "Encourages the Government to reintegrate the fighters who laid down their arms.",
        "Encourage le Gouvernement à réintégrer les combattants qui ont déposé les armes.",
        "يشجع الحكومة على دمج المقاتلين الذين ألقوا السلاح.",
        {"disarmament"},
    ),
    (
        "Urges members to raise the situation of the community in bilateral talks and other fora.",
        "Exhorte les membres à évoquer la situation de la communauté lors d'entretiens bilatéraux.",
        "يحث الأعضاء على إثارة أوضاع الجالية في المحافل واللقاءات الثنائية.",
        {"raise-the-issue", "diplomatic-fora"},
    ),
    (
        "Asks the Commission, as moral guarantor of the agreement, to monitor it.",
        "Demande à la Commission, en sa qualité de garant moral de l'accord, d'en assurer le"
        " suivi.",
        "يطلب إلى المفوضية، بصفتها الضامن المعنوي للاتفاق، متابعة تنفيذه.",
        {"guarantors", "follow-up"},
    ),
    (
        "Calls on members to pay up their assessed contributions to the standby force.",
        "Invite les membres à verser leurs contributions à la force en attente.",
        "يدعو الأعضاء إلى دفع مساهماتهم المقررة للقوة الجاهزة.",
        {"contributions", "regional-force"},
    ),
    (
        "Invites the Union to keep supporting the army, including through the European Peace"
        " Facility.",
        "Invite l'Union à continuer d'appuyer l'armée, y compris par la Facilité européenne"
        " pour la paix.",
        "يدعو الاتحاد إلى مواصلة دعم الجيش، بما في ذلك من خلال مرفق السلام الأوروبي.",
        {"financial-contributions"},
    ),
    (
        "Urges members to conduct prudent fiscal policies and to contain public debt.",
        "Exhorte les membres à conduire des politiques budgétaires prudentes et à maîtriser"
        " l'endettement public.",
        "يحث الأعضاء على انتهاج السياسات المالية الحصيفة وضبط الدين العام.",
        {"convergence-criteria"},
    ),
    (
        "Encourages States to keep sending listing proposals to the Committee.",
        "Encourage les États à continuer d'adresser des propositions d'inscription au Comité.",
        "يشجع الدول على مواصلة تقديم مقترحات الإدراج في القائمة إلى اللجنة.",
        {"listing"},
    ),
]


@pytest.mark.parametrize("english, french, arabic, keys", SAME_REQUEST)
def test_one_request_names_its_asks_in_each_language(english, french, arabic, keys):
    for text in (english, french, arabic):
        assert keys <= concepts_of(text), text


@pytest.mark.parametrize(
    "text, place",
    [
        ("Welcomes the Djiboutian delegation.", "place:djibouti"),
        ("Salue les autorités djiboutiennes.", "place:djibouti"),
        ("Salue le peuple sierra-léonais.", "place:sierra-leone"),
        ("Welcomes the Greek authorities.", "place:greece"),
        ("يرحب بموقف اليونان.", "place:greece"),
    ],
)
def test_a_people_s_adjective_names_its_state(text, place):
    assert place in concepts_of(text)


# Near requests: a neighbouring ask that must not be read as the one beside it.
NOT_THE_ASK = [
    # "الطرق" is roads, but "بالطرق السلمية" is by peaceful means.
    ("يدعو الطرفين إلى تسوية الخلاف بالطرق السلمية.", "infrastructure"),
    ("Requests the Secretary-General to report on the operation.", "periodic-reports"),
    ("Prie le Secrétaire général de faire rapport régulièrement.", "periodic-reports"),
    ("Invite les États à proposer des candidats aux bourses d'études.", "listing"),
    ("يدعو إلى إدراج البند في جدول أعمال الدورة القادمة.", "listing"),
    ("Calls for a needs assessment mission to the camps.", "assessment-mission"),
    ("Calls upon States to reduce debt service costs.", "convergence-criteria"),
    ("Requests a study on the languages spoken in the region.", "official-languages"),
    # A State's independence is no office's.
    ("Welcomes the independence of the new State.", "independence"),
    ("يهنئ الشعب بعيد الاستقلال.", "independence"),
    ("Notes the funding deficits of the humanitarian appeal.", "convergence-criteria"),
    # A facility that is no funding instrument.
    ("Calls for a facility for the storage of weapons.", "financial-contributions"),
    ("Salue la facilité d'accès aux zones de paix.", "financial-contributions"),
    ("Demande aux parties de garantir la sécurité des civils.", "guarantors"),
    ("Welcomes the honours bestowed on the brigadier.", "regional-force"),
]


@pytest.mark.parametrize("text, key", NOT_THE_ASK)
def test_a_neighbouring_ask_is_not_read_as_this_one(text, key):
    assert key not in concepts_of(text)


def test_recommendations_are_a_general_ask():
    keys = concepts_of("Prie le Secrétaire général de présenter des recommandations.")
    assert "recommendations" in keys
    # Alone they share nothing that tells two requests apart.
    other = concepts_of("Requests the Secretary-General to make recommendations on staffing.")
    overlap, shared = concept_overlap(keys, other)
    assert {k for k in shared if is_ask(k)} == {"recommendations"}


def test_a_quarterly_report_and_recommendations_on_new_tasks_share_little():
    quarterly = concepts_of("Requests the Secretary-General to report every 90 days.")
    tasks = concepts_of("Prie le Secrétaire général de présenter des recommandations.")
    assert concept_overlap(quarterly, tasks)[0] == 0.0


def test_the_scan_stays_linear_with_the_new_terms():
    unit = "every 90 days; تسوية النزاع بالطرق السلمية; critères de convergence; independence "

    assert_linear(concepts_of.__wrapped__, lambda n: unit * n, 40)


def test_commitments_made_under_an_agreement_are_its_implementation():
    keys = concepts_of("Exhorte les parties à tenir les engagements pris dans l'Accord de paix.")
    assert "implementation" in keys and "pledges" not in keys
    # Commitments made at a donors' conference stay pledges.
    keys = concepts_of("Invite les donateurs à honorer les engagements pris lors de la conférence.")
    assert "implementation" not in keys
