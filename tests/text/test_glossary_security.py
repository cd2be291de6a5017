"""The glossary's asks of peace operations and sanctions regimes
(``lang/_glossary_security.py``) and of money (``lang/_glossary_finance.py``):
each one concept in English, French and Arabic, and each with a near request
that must not share it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concept_overlap, concepts_of
from tests.formats.hostile import assert_linear

# One request, three languages: each must name the keys given (others may come).
SAME_REQUEST = [
    (
        "Calls upon the host authorities to issue entry visas to the mission's staff.",
        "Demande aux autorités hôtes de délivrer les visas d'entrée au personnel de la mission.",
        "يطلب إلى السلطات المضيفة منح تأشيرات الدخول لموظفي البعثة.",
        {"visas"},
    ),
    (
        "Demands that both parties withdraw their forces from the disputed zone.",
        "Exige que les deux parties retirent leurs forces de la zone contestée.",
        "يطالب الطرفين بسحب قواتهما من المنطقة المتنازع عليها والانسحاب منها.",
        {"withdrawal-of-forces"},
    ),
    (
        "Urges the two States to locate the missing persons and return the national archives.",
        "Exhorte les deux États à retrouver les personnes disparues et à restituer les"
        " archives nationales.",
        "يحث الدولتين على الكشف عن مصير المفقودين وإعادة المحفوظات الوطنية.",
        {"missing-persons", "national-archives"},
    ),
    (
        "Calls on donors to support the reconstruction of areas liberated from Da'esh and"
        " the provision of basic services.",
        "Invite les donateurs à appuyer la reconstruction des zones libérées de Daech et la"
        " fourniture des services de base.",
        "يدعو المانحين إلى دعم إعمار المناطق المحررة من داعش وتوفير الخدمات الأساسية.",
        {"reconstruction", "liberated-areas", "basic-services", "place:isil"},
    ),
    (
        "Urges States to cooperate with the Panel of Experts and to guarantee the safety of"
        " its members and their unhindered access to sites.",
        "Exhorte les États à coopérer avec le Groupe d'experts et à garantir la sécurité de"
        " ses membres et leur accès sans entrave aux sites.",
        "يحث الدول على التعاون مع فريق الخبراء وضمان سلامة أعضائه ووصولهم دون عوائق إلى المواقع.",
        {"panel-of-experts", "safety-of-personnel", "humanitarian-access"},
    ),
    (
        "Calls upon States to inspect any cargo bound for the country and to prevent the"
        " smuggling of arms.",
        "Demande aux États d'inspecter toute cargaison à destination du pays et d'empêcher la"
        " contrebande d'armes.",
        "يهيب بالدول أن تفتش الشحنات المتجهة إلى البلد وأن تعمل على منع توريد الأسلحة.",
        {"cargo-inspection", "illicit-trafficking", "weapons"},
    ),
    (
        "Requests the Commission to keep documenting the violations in the territory.",
        "Prie la Commission de continuer à documenter les violations commises dans le territoire.",
        "يطلب إلى اللجنة أن تواصل توثيق الانتهاكات في الإقليم.",
        {"documentation", "violations"},
    ),
    (
        "Encourages States to propose names to the Committee for listing.",
        "Encourage les États à proposer des noms au Comité aux fins d'inscription.",
        "يشجع الدول على أن تقترح على اللجنة إدراج أسماء.",
        {"listing"},
    ),
    (
        "Instructs the Commission to run a joint follow-up mechanism with its partners.",
        "Charge la Commission de faire fonctionner un mécanisme conjoint de suivi avec ses"
        " partenaires.",
        "تكلف المفوضية بتفعيل آلية المتابعة المشتركة مع شركائها.",
        {"follow-up-mechanism", "follow-up"},
    ),
    (
        "Urges the two Governments to establish the Area Administration and the Area Council.",
        "Exhorte les deux Gouvernements à mettre en place l'Administration de la zone et le"
        " Conseil de la zone.",
        "يحث الحكومتين على إنشاء إدارة المنطقة ومجلس المنطقة.",
        {"local-institutions"},
    ),
    (
        "Demands that the council share power with a transitional government, so that power"
        " is handed over to elected civilians.",
        "Exige du conseil qu'il partage le pouvoir avec un gouvernement de transition, afin"
        " que le pouvoir soit remis à des civils élus.",
        "يطالب المجلس بتقاسم السلطة مع حكومة انتقالية، تمهيدا لتسليم السلطة إلى مدنيين منتخبين.",
        {"power-transfer", "transition"},
    ),
    (
        "Urges the military to hand power over to a civilian-led government.",
        "Exhorte les militaires à remettre le pouvoir à un gouvernement dirigé par des civils.",
        "يحث العسكريين على تسليم السلطة إلى حكومة مدنية.",
        {"civilian-rule"},
    ),
    (
        "Calls on States to meet the growing humanitarian needs of the refugees.",
        "Invite les États à répondre aux besoins humanitaires croissants des réfugiés.",
        "يدعو الدول إلى تلبية الاحتياجات الإنسانية المتزايدة للاجئين.",
        {"humanitarian-needs", "refugees"},
    ),
    (
        "Calls upon the States that suspended their funding to resume their contributions.",
        "Appelle les États qui ont suspendu leur financement à reprendre leurs contributions.",
        "يدعو الدول التي علقت تمويلها إلى استئناف مساهماتها.",
        {"funding-suspension", "contributions"},
    ),
]


@pytest.mark.parametrize("english, french, arabic, keys", SAME_REQUEST)
def test_one_request_names_its_asks_in_each_language(english, french, arabic, keys):
    for text in (english, french, arabic):
        assert keys <= concepts_of(text), text


# Near requests: a neighbouring ask that must not be read as the one beside it.
NOT_THE_ASK = [
    ("Calls upon the authorities to speed up customs clearance for the mission.", "visas"),
    ("يدعو إلى توريد الأدوية والمستلزمات الطبية إلى المستشفيات.", "illicit-trafficking"),
    ("Requests the Secretary-General to deploy additional troops.", "withdrawal-of-forces"),
    ("Invite les États à proposer des candidats aux bourses d'études.", "listing"),
    ("Calls on the parties to protect civilians in the camps.", "civilian-rule"),
    ("Calls upon the Council to review the administration of justice.", "local-institutions"),
    ("Calls on the parties to respect the separation of powers.", "power-transfer"),
    ("Requests a study on the documentation of the outcome document.", "violations"),
]


@pytest.mark.parametrize("text, key", NOT_THE_ASK)
def test_a_neighbouring_ask_is_not_read_as_this_one(text, key):
    assert key not in concepts_of(text)


def test_visas_and_customs_clearance_share_no_ask():
    visas = concepts_of("Calls upon the Government to issue visas to the police officers.")
    customs = concepts_of("يطلب إلى الحكومة تسريع التخليص الجمركي للمعدات.")
    assert concept_overlap(visas, customs)[0] == 0.0


def test_the_scan_stays_linear_with_the_new_terms():
    unit = "missing persons; يدعو إلى إعمار المناطق المحررة وسلامة أعضائه دون عوائق; panel of "

    assert_linear(concepts_of.__wrapped__, lambda n: unit * n, 40)
