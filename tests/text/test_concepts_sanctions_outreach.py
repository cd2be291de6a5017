"""The sanctions regimes' and the outreach asks of the glossary
(``lang/_glossary_sanctions.py``, ``lang/_glossary_outreach.py``): one ask
in three languages names one concept, and two neighbouring asks of one owner
(a commodity ban and explosive devices; an assessment and a briefing; an
international day and focal points) share none. Sentences written for these
tests, after the structure of Security Council and council resolutions."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concept_overlap, concepts_of
from tests.formats.hostile import assert_linear

SAME_ASK = [
    (
        "Calls upon all Member States to prevent the import of charcoal from the region;",
        "Demande aux États Membres d'empêcher l'importation de charbon de bois ;",
        "يهيب بجميع الدول الأعضاء أن تمنع استيراد الفحم من المنطقة؛",
        {"charcoal"},
    ),
    (
        "Urges Member States to stop improvised explosive devices reaching armed groups;",
        "Exhorte les États Membres à empêcher les composants d'engins explosifs improvisés"
        " de parvenir aux groupes armés ;",
        "يحث الدول الأعضاء على منع وصول مكونات الأجهزة المتفجرة المرتجلة إلى الجماعات المسلحة؛",
        {"explosive-devices"},
    ),
    (
        "Requests the Secretary-General to carry out a technical assessment of the country's"
        " weapons and ammunition management;",
        "Prie le Secrétaire général de procéder à une évaluation technique de la gestion des"
        " armes et des munitions du pays ;",
        "يطلب إلى الأمين العام أن يجري تقييما تقنيا لإدارة الأسلحة والذخيرة في البلد؛",
        {"technical-assessment", "weapons-management"},
    ),
    (
        "Requests the Secretary-General to take the administrative measures needed;",
        "Prie le Secrétaire général de prendre les dispositions administratives voulues ;",
        "يطلب إلى الأمين العام أن يتخذ الترتيبات الإدارية اللازمة؛",
        {"administrative-arrangements"},
    ),
    (
        "Encourages the Government to continue the marking of weapons and secure stockpiles;",
        "Encourage le Gouvernement à poursuivre le marquage des armes et ses stocks d'armes ;",
        "يشجع الحكومة على مواصلة وسم الأسلحة وتأمين مخزونات الأسلحة؛",
        {"weapons-marking", "stockpiles"},
    ),
    (
        "Calls upon Member States to mark the International Day with public events;",
        "Invite les États membres à célébrer la Journée internationale par des manifestations ;",
        "يدعو الدول الأعضاء إلى إحياء اليوم الدولي بتنظيم فعاليات عامة؛",
        {"international-day"},
    ),
    (
        "Calls upon Member States to mark the Day through public events;",
        "Invite les États membres à marquer la Journée par des manifestations publiques ;",
        "يدعو الدول الأعضاء إلى إحياء اليوم بتنظيم فعاليات؛",
        {"public-events"},
    ),
    (
        "Urges Member States to work with social media companies against online hatred;",
        "Exhorte les États membres à coopérer avec les réseaux sociaux ;",
        "يحث الدول الأعضاء على التعاون مع منصات التواصل الاجتماعي؛",
        {"social-media"},
    ),
    (
        "Requests the Secretary-General to follow the matter through the Observatory;",
        "Prie le Secrétaire général de suivre la question par l'intermédiaire de l'Observatoire ;",
        "يطلب إلى الأمين العام متابعة المسألة من خلال المرصد؛",
        {"observatory"},
    ),
    (
        "Calls upon Member States to honour their commitments to the two Funds;",
        "Appelle les États membres à s'acquitter des engagements annoncés envers les deux Fonds ;",
        "يدعو الدول الأعضاء إلى الوفاء بما أعلنته من التزامات للصندوقين؛",
        {"honour-commitments"},
    ),
]


@pytest.mark.parametrize("en, fr, ar, keys", SAME_ASK)
def test_one_ask_names_its_concepts_in_each_language(en, fr, ar, keys):
    for text in (en, fr, ar):
        assert keys <= concepts_of(text), text


def test_the_armed_group_and_its_finance_are_named_across_languages():
    en = "Urges the Government to disrupt Al-Shabaab's sources of finance and public finances;"
    ar = "يحث الحكومة على سد منافذ تمويل حركة الشباب وتحسين إدارة المال العام؛"
    keys = {"armed-group-finance", "public-finance", "place:al-shabaab"}
    assert keys <= concepts_of(en) and keys <= concepts_of(ar)


def test_fulfilling_responsibilities_is_no_commitment_honoured():
    # "الوفاء" alone is any fulfilment: a mission's responsibilities are not pledges.
    text = "يطلب إلى الأمين العام أن يقدم تقريرا عن التقدم في الوفاء بجميع مسؤوليات البعثة؛"
    assert "honour-commitments" not in concepts_of(text)
    assert "honour-commitments" in concepts_of("يدعو الدول إلى الوفاء بالتزاماتها تجاه الصندوق؛")


def test_events_in_a_preamble_are_no_public_events():
    # "the recent events": what happened, not an ask to organise events.
    assert "public-events" not in concepts_of("Concerned at the recent events in the region;")


def test_youth_is_not_the_armed_group():
    # "الشباب" alone is the young: only "حركة الشباب" names the movement.
    keys = concepts_of("يدعو الدول الأعضاء إلى دعم برامج تمكين الشباب؛")
    assert "place:al-shabaab" not in keys and "youth" in keys


@pytest.mark.parametrize(
    "earlier, later",
    [
        # A commodity ban, then explosive devices: one owner, two asks.
        (
            "Calls upon all Member States to prevent the import of charcoal from the region;",
            "يحث الدول الأعضاء على منع وصول مكونات الأجهزة المتفجرة المرتجلة إلى الجماعات المسلحة؛",
        ),
        # A technical assessment, then a briefing on humanitarian effects.
        (
            "Requests the Secretary-General to carry out a technical assessment of weapons"
            " and ammunition management;",
            "يطلب إلى الأمين العام أن يقدم إحاطة عن أثر التدابير على إيصال المساعدات الإنسانية؛",
        ),
        # The International Day, then national focal points.
        (
            "يطلب إلى الدول الأعضاء إحياء اليوم الدولي بتنظيم فعاليات توعوية؛",
            "Invites Member States to designate national focal points for the Secretariat;",
        ),
    ],
)
def test_neighbouring_asks_share_no_concept(earlier, later):
    overlap, _ = concept_overlap(concepts_of(earlier), concepts_of(later))
    assert overlap == 0.0


def test_many_sanctions_terms_cost_work_linear_in_their_length():
    unit = "charcoal, improvised explosive devices, الأجهزة المتفجرة المرتجلة, وسم الأسلحة, "

    def make(n: int) -> str:
        return unit * max(1, n // len(unit))

    assert_linear(lambda text: concepts_of.__wrapped__(text), make, 3_000)
