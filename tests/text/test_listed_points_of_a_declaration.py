"""A news page listing a declaration's points as bullets after a line that
introduces them ("جاء في أبرز بنود الإعلان:", "Les principaux points du
communiqué :", "The main points of the declaration:"): each bullet is a
paragraph, as after "decided as follows:". Pages written for these tests."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from tests.formats.hostile import assert_linear


def _texts(page: str) -> list[str]:
    return [p.text for p in parse_report(page).paragraphs]


_AR = (
    "أكد البيان الختامي للقمة في العاصمة، مساء الأربعاء، التمسك بالحلول السلمية للأزمات.\n"
    'جاء في أبرز بنود "إعلان العاصمة":\n'
    "– تأكيد مركزية القضية والدعم المطلق لحقوق الشعب.\n"
    "– رفض التدخلات الخارجية بجميع أشكالها في الشؤون الداخلية.\n"
    "– الإعراب عن التضامن الكامل مع الشعب ودعم الجهود الهادفة لإنهاء الأزمة.\n"
)


def test_the_bullets_after_a_line_introducing_the_points_are_paragraphs():
    texts = _texts(_AR)
    assert texts[-3:] == [
        "تأكيد مركزية القضية والدعم المطلق لحقوق الشعب.",
        "رفض التدخلات الخارجية بجميع أشكالها في الشؤون الداخلية.",
        "الإعراب عن التضامن الكامل مع الشعب ودعم الجهود الهادفة لإنهاء الأزمة.",
    ]
    page = (
        "Le sommet s'est achevé samedi à Dakar par l'adoption d'une déclaration finale.\n"
        "Les principaux points du communiqué :\n"
        "– Condamne les attaques contre les civils dans la région.\n"
        "– Demande à la Commission de présenter un rapport.\n"
    )
    assert _texts(page)[-2:] == [
        "Condamne les attaques contre les civils dans la région.",
        "Demande à la Commission de présenter un rapport.",
    ]
    page = (
        "The summit ended on Saturday in Dakar with a final declaration.\n"
        "The main points of the declaration:\n"
        "– Condemns the attacks against civilians in the region.\n"
        "– Requests the Commission to submit a report.\n"
    )
    assert _texts(page)[-2:] == [
        "Condemns the attacks against civilians in the region.",
        "Requests the Commission to submit a report.",
    ]


def test_counter_example_a_list_of_participants_is_no_paragraph():
    page = (
        "وحث المجلس الدول الأعضاء على دعم الحوار في المنطقة.\n"
        "وشارك في الاجتماع:\n"
        "– وزير الخارجية.\n"
        "– الأمين العام المساعد.\n"
    )
    (only,) = _texts(page)  # the names listed open no paragraph of their own
    assert only.startswith("وحث المجلس الدول الأعضاء")


def test_reading_listed_points_grows_linearly():
    assert_linear(
        parse_report,
        lambda n: "جاء في أبرز بنود الإعلان:\n" + "– تأكيد التمسك بالحلول السلمية للأزمات.\n" * n,
        200,
    )
