"""A news page's photo captions and links to other stories ("Read also: ...",
"Lire aussi : ...", "اقرأ أيضا: ...") are not paragraphs of the story: a
reader does not count them, so the paragraphs after them keep their places.
Texts written for these tests after the layout of such pages, never copied."""

from __future__ import annotations

from decisions.text.furniture import is_furniture
from decisions.text.paragraphs import parse_report
from tests.formats.hostile import assert_linear

PAGE = """Coast Gazette | Home | Region | Economy

Fisheries ministers ask the Secretariat for a stock survey

Tuesday 4 March 2025 | 08:30

By Kofi Mensah

LOMÉ, 4 March 2025 (Agency) - Fisheries ministers ended their annual meeting in Lomé on Tuesday.

Fishermen unload their catch at the port of Lomé before the meeting. (Photo: Agency)

The Conference urged Member States to curb illegal fishing in their waters.

Read also: Coastal towns count the cost of a poor season

It also asked the Secretariat to carry out a survey of fish stocks before June.
"""

PAGE_AR = """الجريدة | الرئيسية | أخبار

وزراء الزراعة يدعون إلى مكافحة الجراد

كتبت: ليلى حسن

القاهرة في 4 مارس/وكالة/ اختتم وزراء الزراعة العرب اجتماعهم السنوي في القاهرة يوم الثلاثاء.

صورة: جانب من الجلسة الافتتاحية للاجتماع الوزاري في القاهرة

ودعا المجلس الدول الأعضاء إلى تعزيز التعاون في مكافحة الجراد الصحراوي.

اقرأ أيضا: الجراد يهدد المحاصيل في عدة دول من المنطقة

كما طالب المجلس الأمانة العامة بإعداد تقرير عن الخسائر قبل نهاية العام.
"""


def test_a_caption_and_a_link_line_keep_no_place():
    report = parse_report(PAGE)
    numbered = {p.number: p.text for p in report.paragraphs}
    assert numbered["2"].startswith("The Conference urged Member States")
    assert numbered["3"].startswith("It also asked the Secretariat")
    assert not any("Photo" in t or "Read also" in t for t in numbered.values())


def test_an_arabic_caption_and_link_line_keep_no_place():
    report = parse_report(PAGE_AR)
    numbered = {p.number: p.text for p in report.paragraphs}
    assert numbered["2"].startswith("ودعا المجلس")
    assert numbered["3"].startswith("كما طالب المجلس")


def test_captions_links_and_credits_in_three_languages():
    assert is_furniture("Delegates pose for a group photo in the hall. (Photo: Agency)")
    assert is_furniture("Le siège de l'organisation à Niamey. (Photo d'archives)")
    assert is_furniture("Photo de famille des ministres à l'ouverture, lundi. © Agence")
    assert is_furniture("Lire aussi : la saison des pluies inquiète les éleveurs")
    assert is_furniture("(صورة) الوزراء في صورة تذكارية قبيل الجلسة - (وكالة)")
    assert is_furniture("اقرأ أيضاً: الوزراء يمهدون للاجتماع")


def test_a_sentence_of_the_story_is_no_furniture():
    # Counter-examples: the words appear in the sentence, not as a tag or credit.
    assert not is_furniture("The Council asked the Commission to publish photos of the damage.")
    assert not is_furniture("Le Conseil a lu aussi le rapport : il demande aux États d'agir.")
    assert not is_furniture("Related to this, the Council urged donors to act (see annex).")
    assert not is_furniture("ودعا المجلس إلى نشر صورة واضحة عن الوضع الإنساني.")


def _page(n: int) -> str:
    filler = "\n\n".join(
        f"Delegates arrive at session {i} of the meeting in the hall. (Photo: Agency)\n\n"
        f"Read also: the story number {i} of the week: ({'(' * 20}"
        for i in range(n)
    )
    return (
        "LOMÉ, 4 March (Agency) - Ministers met in Lomé on Tuesday.\n\n"
        + filler
        + "\n\nThe Conference urged Member States to curb illegal fishing.\n"
    )


def test_reading_furniture_grows_linearly():
    assert_linear(parse_report, _page, 30)


def test_a_long_block_is_read_at_its_edges_only():
    block = "Photo " + "(photo " * 5_000 + "end."
    assert_linear(is_furniture, lambda n: "x " * 100 * n + block, 10)
