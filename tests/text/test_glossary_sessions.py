"""The glossary's asks renewed from one session to the next on a standing
question (``lang/_glossary_sessions.py``), and "give effect to" as
implementation, "status of forces" whatever the instrument, the atomic
energy agency and its safeguards obligations: each one concept
in English, French and Arabic, and each with a near request that must not
share it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concepts_of
from tests.formats.hostile import assert_linear

SAME_REQUEST = [
    (
        "Demands that all militias respect international humanitarian law.",
        "Exige de toutes les milices qu'elles respectent le droit international humanitaire.",
        "يطالب جميع الميليشيات باحترام القانون الدولي الإنساني.",
        {"humanitarian-law"},
    ),
    (
        "Calls upon the authorities to cooperate fully with the Special Rapporteur.",
        "Demande aux autorités de coopérer pleinement avec le Rapporteur spécial.",
        "يطلب إلى السلطات أن تتعاون تعاوناً كاملاً مع المقرر الخاص.",
        {"full-cooperation"},
    ),
    (
        "Invites Member States to take part in the Baku Forum at the highest level.",
        "Invite les États membres à participer au Forum de Bakou au plus haut niveau.",
        "يدعو الدول الأعضاء إلى المشاركة في منتدى باكو على أعلى مستوى.",
        {"high-level-participation"},
    ),
    (
        "Urges States to spend two per cent of gross domestic product on research and development.",
        "Exhorte les États à consacrer deux pour cent du produit intérieur brut à la recherche"
        " et développement.",
        "يحث الدول على تخصيص اثنين في المائة من الناتج المحلي الإجمالي للبحث والتطوير.",
        {"research-development", "gross-domestic-product"},
    ),
    (
        "Requests the Centre to publish comparable indicators of innovation.",
        "Prie le Centre de publier des indicateurs comparables de l'innovation.",
        "يطلب إلى المركز نشر مؤشرات قابلة للمقارنة عن الابتكار.",
        {"indicators"},
    ),
    (
        "Requests the Group to meet at ministerial level twice a year.",
        "Prie le Groupe de se réunir au niveau ministériel deux fois par an.",
        "يطلب إلى الفريق عقد اجتماعين في السنة على المستوى الوزاري.",
        {"ministerial-level"},
    ),
    (
        "Calls upon the Council to give effect to its decisions on the border.",
        "Demande au Conseil de donner effet à ses décisions sur la frontière.",
        "يدعو المجلس إلى تنفيذ قراراته بشأن الحدود.",
        {"implementation"},
    ),
    (
        "Calls upon the host State to conclude the status of forces arrangements.",
        "Invite l'État hôte à conclure l'arrangement sur le statut des forces.",
        "يدعو الدولة المضيفة إلى إبرام ترتيبات مركز القوات.",
        {"status-of-forces"},
    ),
    (
        "Calls upon the State to cooperate with the International Atomic Energy Agency and to"
        " honour its safeguards obligations.",
        "Demande à l'État de coopérer avec l'Agence internationale de l'énergie atomique et"
        " d'honorer ses accords de garanties.",
        "يدعو الدولة إلى التعاون مع الوكالة الدولية للطاقة الذرية والوفاء بالتزاماتها في مجال"
        " الضمانات.",
        {"place:iaea", "nuclear-safeguards"},
    ),
]


@pytest.mark.parametrize(("en", "fr", "ar", "keys"), SAME_REQUEST)
def test_one_request_names_its_concepts_in_each_language(en, fr, ar, keys):
    for text in (en, fr, ar):
        assert keys <= concepts_of(text), text


NEAR_MISSES = [
    ("Demands that all militias release the detained humanitarian workers.", "humanitarian-law"),
    ("Calls upon the authorities to cooperate with the neighbouring States on trade.",
     "full-cooperation"),
    ("Invites Member States to take part in the Baku Forum.", "high-level-participation"),
    ("Urges States to fund research on the history of the region.", "research-development"),
    ("Requests the Centre to publish its annual accounts.", "indicators"),
    ("Requests the Group to meet the ministers of the region.", "ministerial-level"),
    ("Calls upon the Council to take note of its decisions on the border.", "implementation"),
    ("Calls upon the host State to withdraw its forces from the border.", "status-of-forces"),
    ("Calls upon the State to give guarantees of fair elections.", "nuclear-safeguards"),
    ("Calls upon the State to invest in renewable energy.", "place:iaea"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "key"), NEAR_MISSES)
def test_a_near_request_does_not_name_the_concept(text, key):
    assert key not in concepts_of(text)


def test_reading_the_concepts_stays_linear():
    assert_linear(
        lambda text: concepts_of.__wrapped__(text),
        lambda n: "to cooperate fully at the highest level with indicators " * n,
        200,
    )
