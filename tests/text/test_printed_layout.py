"""Layouts of printed and scanned resolutions: the number alone on its line,
Arabic letters as sub-item numbers, page markers and the running header a
printed volume repeats on every page. The texts are written after the
structures of real volumes (OIC summits, Arab League Council)."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from tests.text.helpers import INTRO, numbers, texts

AR_HEAD = "إن مجلس الجامعة،\nبعد اطلاعه على مذكرة الأمانة العامة،\nيقرر\n\n"


def test_a_number_alone_on_its_line_numbers_the_paragraph_on_the_next_line():
    text = AR_HEAD + (
        "1 -\n\nتأجيل النظر في المشاريع.\n\n2 -\n\nدعوة الأمانة العامة لدراسة الملاحظات.\n"
    )
    assert numbers(text) == ["1", "2"]
    assert texts(text) == ["تأجيل النظر في المشاريع.", "دعوة الأمانة العامة لدراسة الملاحظات."]


def test_a_number_alone_on_its_line_may_be_written_in_arabic_indic_digits():
    text = AR_HEAD + "١ -\nيؤكد موقفه.\n٢ -\nيطلب من الأمين العام متابعة ذلك.\n"
    assert numbers(text) == ["١", "٢"]
    assert texts(text)[1] == "يطلب من الأمين العام متابعة ذلك."


def test_a_number_alone_on_its_line_works_in_latin_script_too():
    text = (
        INTRO + "1.\n\nLa Réunion a salué les efforts.\n\n2.\n\nLa Réunion a demandé un rapport.\n"
    )
    assert texts(text) == ["La Réunion a salué les efforts.", "La Réunion a demandé un rapport."]


def test_a_space_before_the_dash_of_a_number_is_allowed():
    text = AR_HEAD + "1 - يؤكد موقفه.\n2 - يطلب من الأمين العام متابعة ذلك.\n"
    assert numbers(text) == ["1", "2"]


def test_a_dash_inside_a_sentence_opening_with_a_year_is_no_number():
    text = INTRO + "1. La Réunion a rappelé la décision prise en\n2017 - année du sommet.\n"
    assert numbers(text) == ["1"]


def test_arabic_letters_in_brackets_number_the_paragraphs_in_abjad_order():
    text = (
        "إن مجلس الأمن\nيقرر:\n(أ ) أن يجتمع مرة أخرى.\n(ب) أن يجدد الولاية.\n"
        "(ج) أن يطلب إلى الأمين العام إعلامه.\n"
    )
    report = parse_report(text)
    assert [p.number for p in report.paragraphs] == ["أ", "ب", "ج"]
    assert not [w for w in report.warnings if "consecutive" in w]


def test_arabic_letters_under_a_numbered_paragraph_stay_in_it():
    text = AR_HEAD + (
        "4 -\nيحث بشدة على اتخاذ التدابير التالية:\n(أ)\nنشر مراقبين دوليين.\n(ب)\n"
        "اعتراف الأطراف بالحدود.\n5 -\nيطلب من الأمين العام متابعة ذلك.\n"
    )
    assert numbers(text) == ["4", "5"]
    assert "نشر مراقبين" in texts(text)[0]


def test_a_page_number_in_angle_brackets_is_ignored():
    text = AR_HEAD + "1 -\nيؤكد موقفه من\n\n<53>\n\nهذه المسألة.\n"
    assert texts(text) == ["يؤكد موقفه من هذه المسألة."]


def test_the_continued_header_of_a_printed_volume_is_ignored_between_paragraphs():
    header = "(تابع) مؤتمر القمة الإسلامي السادس، القرارات السياسية، القرار الرقم 19/ 6 - س"
    text = (
        f"{header}\n\n" + AR_HEAD + "1 -\nيؤكد موقفه من هذه\n\n<2>\n\n"
        f"{header}\n\nالمسألة.\n\n2 -\nيطلب من الأمين العام متابعة ذلك.\n"
    )
    assert texts(text) == ["يؤكد موقفه من هذه المسألة.", "يطلب من الأمين العام متابعة ذلك."]


def test_a_continued_header_is_ignored_in_english_and_french():
    for mark in ("(continued)", "(suite)"):
        text = (
            INTRO + "1. La Réunion a demandé aux États membres de\n\n"
            f"{mark} Rapport de la Réunion\n\nsoutenir le Mali.\n"
        )
        assert texts(text) == ["La Réunion a demandé aux États membres de soutenir le Mali."]


def test_a_range_of_days_with_a_spaced_dash_is_no_paragraph_number():
    text = (
        "**تقرير**\n\n**٢٠ - ٢١ شعبان ١٤٣٩ هـ**\n\n"
        + AR_HEAD
        + "أولاً: يؤكد موقفه.\n\nثانياً: يطلب من الأمين العام متابعة ذلك.\n"
    )
    assert numbers(text) == ["أولا", "ثانيا"]


def test_the_next_number_opens_a_paragraph_even_indented_deeper_after_a_page_break():
    text = (
        "The Security Council,\n\n"
        "1.     Decides to extend the mandate of the Mission;\n"
        "2.     Decides further that the Mission shall\n"
        "          (a)  prioritize the provision of advice;\n"
        "                                                  S/2020/449\n"
        "          3.     Requests the Secretary-General to report every three months;\n"
        "          4.     Decides to remain seized of the matter.\n"
    )
    assert numbers(text) == ["1", "2", "3", "4"]


VOLUME_PAGES = """Le Conseil de sécurité,

Ayant examiné le rapport du Comité,

Invite les gouvernements intéressés à cesser le feu ;

Exprime l'espoir que les membres du Comité de conciliation désigné le 3 mai par
Recueil des résolutions du Conseil de sécurité, 1950, page 14
Sommaire
Texte non relu par un correcteur
Recueil des résolutions du Conseil de sécurité, 1950, page 15

Texte non relu par un correcteur

l'Assemblée générale se réuniront aussitôt que possible.

Adoptée à la 400e séance
"""


def test_headers_of_two_pages_of_a_volume_are_dropped_and_the_paragraph_goes_on():
    assert texts(VOLUME_PAGES)[1] == (
        "Exprime l'espoir que les membres du Comité de conciliation désigné le 3 mai par "
        "l'Assemblée générale se réuniront aussitôt que possible."
    )


def test_a_long_clause_ending_with_a_colon_is_a_paragraph():
    text = (
        "The Security Council,\n"
        "Affirms that a lasting settlement requires the application of both of the "
        "principles listed below:\n"
        "Requests the Secretary-General to report on the progress made.\n"
    )
    assert numbers(text) == ["1", "2"]


def test_a_short_clause_ending_with_a_colon_still_announces_the_list():
    text = "The Council,\n\nDecides as follows:\n\n1. Requests the Secretary-General to act.\n"
    assert texts(text) == ["Requests the Secretary-General to act."]
