"""decisions.text.parts: the resolutions or decisions a page prints one after
the other, each a heading with its own number and its own paragraphs from 1.
The texts are written for these tests after the layouts of real pages (a
yearly volume, a council's list of decisions, communiqués printed together)."""

from __future__ import annotations

import pytest

from decisions.text.paragraphs import DuplicateNumberError, parse_report
from decisions.text.parts import PartChoiceError, counted, find_parts, parse_part, select_part

VOLUME_FR = """\
Page : Nations Unies - Résolutions du Conseil, 1950/12

12 (1950). Résolution du 4 mars 1950
[S/900]

Le Conseil de sécurité

Décide :

1. Que le Secrétaire général sera prié de réunir la Commission de conciliation ;

2. Que la Commission fera rapport dans un délai de trente jours.

Adoptée à la 460e séance par 9 voix contre zéro.

13 (1950). Résolution du 9 mars 1950
[S/912]

Le Conseil de sécurité,

Ayant pris acte du rapport de la Commission,

1. Invite les parties intéressées à cesser les hostilités ;

2. Prie la Commission de conciliation de suivre la situation ;

3. Décide de rester saisi de la question.
"""

EN_PAIR = """\
Resolution 1234 (1999)
Adopted by the Security Council at its 4000th meeting

The Security Council,

1. Calls upon the parties to respect the ceasefire;
2. Requests the Secretary-General to report within thirty days;

Resolution 1235 (1999)
Adopted by the Security Council at its 4001st meeting

The Security Council,

1. Decides to extend the mandate of the Mission;
2. Urges Member States to contribute to the Mission;
3. Decides to remain seized of the matter.
"""

AU_DECISIONS = """\
Decision Assembly/AU/Dec.598(XXVI)
Decision on the report of the Peace and Security Council

The Assembly,
1. TAKES NOTE of the report;
2. REQUESTS the Commission to follow up;

Decision Assembly/AU/Dec.599(XXVI)
Decision on the theme of the year

The Assembly,
1. ENDORSES the theme of the year;
"""

COMMUNIQUES = """\
PEACE AND SECURITY COUNCIL
COMMUNIQUÉ OF THE 207TH MEETING OF THE PEACE AND SECURITY COUNCIL

The Peace and Security Council, at its 207th meeting, adopted the following decision:

Council,

1. Takes note of the briefings on the situation;
2. Requests the Chairperson of the Commission to report to it within a month;
3. Decides to remain seized of the matter.

COMMUNIQUE OF THE 181st MEETING OF THE PEACE AND SECURITY COUNCIL

Council:

1. Recalls its earlier communiqués;
2. Urges the parties to resume the dialogue.
"""

ARAB_DECISIONS = """\
قرارات مجلس الجامعة في دورته العادية

القرار رقم ٣٠١٦
ق ٣٠١٦ / د ٦٠

إن مجلس الجامعة،
بعد اطلاعه على مذكرة الأمانة العامة،

ويقرر:

دعوة الدول الأعضاء إلى تسديد حصصها في الميزانية.

القرار رقم ٣٠١٧
ق ٣٠١٧ / د ٦٠

إن مجلس الجامعة،

ويقرر:

تكليف الأمانة العامة بمتابعة الموضوع وتقديم تقرير إلى الدورة القادمة.
"""


def test_a_volume_page_holds_one_part_per_resolution():
    parts = counted(find_parts(VOLUME_FR))
    assert [(p.index, p.symbol, p.paragraphs) for p in parts] == [
        (1, "S/RES/12 (1950)", 2),
        (2, "S/RES/13 (1950)", 3),
    ]
    assert parts[1].title == "13 (1950). Résolution du 9 mars 1950"


def test_the_page_header_goes_with_the_first_part():
    first, second = find_parts(VOLUME_FR)
    assert first.line == 1
    assert first.text.startswith("Page : Nations Unies")
    assert second.line == VOLUME_FR.split("\n").index("13 (1950). Résolution du 9 mars 1950") + 1
    assert first.end == second.line - 1


def test_a_part_reads_as_a_report_with_its_headings_symbol_and_its_own_lines():
    parts = find_parts(VOLUME_FR)
    report = parse_part(VOLUME_FR, parts[1])
    assert report.symbol == "S/RES/13 (1950)"
    assert [p.number for p in report.paragraphs] == ["1", "2", "3"]
    lines = VOLUME_FR.split("\n")
    assert lines[report.paragraphs[0].line - 1].startswith("1. Invite les parties")


@pytest.mark.parametrize(
    ("text", "symbols", "counts"),
    [
        (EN_PAIR, ["S/RES/1234 (1999)", "S/RES/1235 (1999)"], [2, 3]),
        (AU_DECISIONS, ["Assembly/AU/Dec.598(XXVI)", "Assembly/AU/Dec.599(XXVI)"], [2, 1]),
        (COMMUNIQUES, ["PSC/COMM.(CCVII)", "PSC/COMM.(CLXXXI)"], [3, 2]),
        (ARAB_DECISIONS, ["ق 3016 / د 60", "ق 3017 / د 60"], [1, 1]),
    ],
    ids=["un-en", "au-decisions", "au-communiques", "arab-league"],
)
def test_each_layout_is_cut_into_its_parts(text, symbols, counts):
    parts = counted(find_parts(text))
    assert [p.symbol for p in parts] == symbols
    assert [p.paragraphs for p in parts] == counts


def test_an_arabic_decision_keeps_only_what_follows_its_decides_line():
    parts = find_parts(ARAB_DECISIONS)
    report = parse_part(ARAB_DECISIONS, parts[1])
    assert [p.text for p in report.paragraphs] == [
        "تكليف الأمانة العامة بمتابعة الموضوع وتقديم تقرير إلى الدورة القادمة."
    ]


def test_a_restart_without_a_heading_stays_an_error():
    text = "REPORT\n\n1. Requests the Secretary-General to act.\n2. Decides.\n\n1. Urges States.\n"
    assert find_parts(text) == ()
    with pytest.raises(DuplicateNumberError, match="two paragraphs are numbered '1'"):
        parse_report(text)


def test_one_resolution_with_its_heading_is_one_report():
    one = EN_PAIR.split("Resolution 1235")[0]
    assert find_parts(one) == ()
    assert [p.number for p in parse_report(one).paragraphs] == ["1", "2"]


def test_a_heading_quoted_with_no_paragraphs_of_its_own_stays_with_the_part_before():
    text = VOLUME_FR.replace(
        "Adoptée à la 460e séance",
        "Résolution 27 (1947) du Conseil\n\nAdoptée à la 460e séance",
    )
    parts = find_parts(text)
    assert [p.symbol for p in parts] == ["S/RES/12 (1950)", "S/RES/13 (1950)"]
    assert "Résolution 27 (1947)" in parts[0].text


def test_the_end_of_a_resolution_begun_on_the_page_before_is_an_untitled_part():
    text = "3. Prie le Secrétaire général de transmettre le rapport ;\n\n4. Décide.\n\n"
    text += VOLUME_FR.split("13 (1950). ")[0].split("\n", 2)[2]
    parts = counted(find_parts(text))
    assert [(p.symbol, p.title, p.paragraphs) for p in parts] == [
        ("", "", 2),
        ("S/RES/12 (1950)", "12 (1950). Résolution du 4 mars 1950", 2),
    ]


@pytest.mark.parametrize(
    ("which", "index"),
    [("S/RES/13 (1950)", 2), ("s/res/13(1950)", 2), ("13", 2), ("2", 2), ("1", 1), ("12", 1)],
)
def test_a_part_is_chosen_by_symbol_number_or_place(which, index):
    assert select_part(find_parts(VOLUME_FR), which).index == index


def test_a_communique_is_chosen_by_its_meeting():
    assert select_part(find_parts(COMMUNIQUES), "181").index == 2


def test_asking_for_a_part_the_document_lacks_lists_the_parts():
    with pytest.raises(PartChoiceError) as caught:
        select_part(counted(find_parts(VOLUME_FR)), "S/RES/99 (1950)")
    message = str(caught.value)
    assert "no part 'S/RES/99 (1950)'" in message
    assert "1: S/RES/12 (1950) on line 1, 2 paragraphs" in message


def test_control_characters_and_nul_are_no_headings_and_no_crash():
    text = VOLUME_FR.replace("Le Conseil de sécurité\n", "Le Conseil\x00\x07 de sécurité\n")
    text = text.replace("13 (1950). Résolution", "\x0b13 (1950). Résolution")
    parts = find_parts(text)
    assert len(parts) == 2
    assert find_parts("\x00" * 1000) == ()
    assert find_parts("") == ()


def test_ten_thousand_headings_make_ten_thousand_parts():
    block = (
        "Resolution {n} (1999)\n\nThe Security Council,\n\n"
        "1. Requests the Secretary-General to report on the matter in good time;\n"
        "2. Decides to remain seized of the matter.\n\n"
    )
    text = "".join(block.format(n=n) for n in range(1, 10_001))
    assert len(text.encode()) > 1_000_000
    parts = find_parts(text)
    assert len(parts) == 10_000
    assert {p.text.count("\n1. Requests") for p in parts} == {1}
    assert parts[-1].symbol == "S/RES/10000 (1999)"
    assert [p.index for p in parts[:3]] == [1, 2, 3]
    assert parts[-1].end == len(text.split("\n"))


def test_a_line_of_many_headings_words_is_read_once():
    line = "Résolution 1 (1950) " * 20_000
    assert find_parts(line + "\n1. Décide.\n") == ()


CLOSED_BY_REFERENCES = """\
قرارات
مجلس الجامعة في دور انعقاده العادي

الموضوع الأول:

         "اطلع المجلس على مذكرة الأمانة العامة في هذا الشأن، ويقرر الموافقة على عقد دورة استثنائية".

(ق 1001 / د 50 / جـ 1 - 1 / 9 / 1970)

الموضوع الثاني:

         "تداول المجلس في نتائج المؤتمر، ويقرر دعوة الدول الأعضاء إلى متابعة تنفيذ التوصيات".

(ق 1002/ د 50/ جـ 1 - 1/9/1970)

الموضوع الثالث:

         "نظر المجلس في تقرير الأمانة العامة عن نشاطها بين الدورتين، ويقرر
"""


def test_decisions_closed_by_their_reference_lines_are_parts_named_by_them():
    parts = find_parts(CLOSED_BY_REFERENCES)
    assert [(p.symbol, p.title, p.number) for p in parts] == [
        ("ق 1001 / د 50", "الموضوع الأول", "1001"),
        ("ق 1002 / د 50", "الموضوع الثاني", "1002"),
        ("", "الموضوع الثالث", ""),  # cut before its reference line
    ]
    lines = CLOSED_BY_REFERENCES.split("\n")
    assert lines[parts[0].end - 1].startswith("(ق 1001")
    assert select_part(parts, "1002").index == 2


def test_one_reference_line_makes_no_parts():
    one = CLOSED_BY_REFERENCES.split("الموضوع الثاني")[0]
    assert find_parts(one) == ()


def test_a_resolution_of_one_unnumbered_clause_is_a_part():
    text = VOLUME_FR.replace(
        "1. Invite les parties intéressées à cesser les hostilités ;\n\n"
        "2. Prie la Commission de conciliation de suivre la situation ;\n\n"
        "3. Décide de rester saisi de la question.",
        "Invite le Secrétaire général à convoquer une session extraordinaire de l’Assemblée.",
    )
    parts = counted(find_parts(text))
    assert [(p.symbol, p.paragraphs) for p in parts] == [
        ("S/RES/12 (1950)", 2),
        ("S/RES/13 (1950)", 1),
    ]
