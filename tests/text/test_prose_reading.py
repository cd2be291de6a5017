"""Running prose read when a text has no numbered operative part: a news page
reporting a meeting, a statement printed without numbers. Each block holding a
sentence spoken by the body that met is a paragraph, numbered by its order; a
site's header, a headline, a dateline and a byline are not. Texts written for
these tests after the structures of real pages."""

from __future__ import annotations

import pytest

from decisions.text.paragraphs import ReportParseError, parse_report
from decisions.text.requests import extract, extract_all
from tests.text.helpers import registry

FR = registry("fr")
AR = registry("ar")
EN = registry("en")

NEWS_FR = (
    "Sahel : la Conférence des chefs d'État se félicite des avancées (communiqué)\n"
    "Concernant la transition au Pays X, la Conférence se félicite des progrès accomplis. "
    "La Conférence demande à la Commission d'envoyer une mission d'évaluation. "
    "Elle exhorte les Autorités de transition à publier un calendrier électoral. »\n"
    "Agence XYZ/12/03/2031 Source Présidence\n"
)


def owner_names(text: str, reg, language: str) -> list[list[str]]:
    report = parse_report(text)
    found = extract_all([p.text for p in report.paragraphs], reg, language, report.head)
    return [[r.owner.name for r in e.requests] for e in found]


def test_a_news_page_gives_one_paragraph_for_its_block_of_operative_prose():
    report = parse_report(NEWS_FR)
    assert [p.number for p in report.paragraphs] == ["1"]
    assert report.paragraphs[0].text.startswith("Concernant la transition")


def test_the_owners_of_a_news_paragraph_are_found_as_usual():
    names = owner_names(NEWS_FR, FR, "fr")[0]
    assert any("Commission" in n for n in names)
    assert "Autorités de transition" in names


def test_each_quoted_line_is_a_paragraph_numbered_by_order():
    text = (
        "Voici ce que dit le communiqué final, on peut y lire ceci :\n"
        '"la conférence exhorte les États membres à respecter le calendrier convenu".\n'
        'Par ailleurs, " la conférence instruit la Commission de faciliter l\'aide humanitaire".\n'
        "MonSite.net\n"
    )
    report = parse_report(text)
    assert [p.number for p in report.paragraphs] == ["1", "2"]
    assert owner_names(text, FR, "fr")[1] == ["Commission"] or "Commission" in " ".join(
        owner_names(text, FR, "fr")[1]
    )


def test_a_page_of_headlines_and_menus_still_has_no_paragraph():
    text = "Accueil\nPolitique\nLe Conseil se réunit demain à Genève (vidéo)\nContact\n"
    with pytest.raises(ReportParseError, match="no operative paragraph"):
        parse_report(text)


def test_a_journalists_sentence_does_not_make_a_paragraph():
    text = "Hier à Paris, un porte-parole a invité les journalistes à une conférence de presse.\n"
    with pytest.raises(ReportParseError):
        parse_report(text)


def test_a_statement_in_prose_is_a_paragraph_without_owners():
    text = "The Council welcomed the progress made by the parties in the talks held last week.\n"
    report = parse_report(text)
    assert [p.number for p in report.paragraphs] == ["1"]
    assert extract(report.paragraphs[0].text, EN, "en").requests == ()


def test_an_arabic_news_report_reads_the_request_after_an_aside():
    text = (
        "قررت الدورة الاستثنائية لمجلس وزراء الخارجية تعليق عضوية الدولة المعنية. "
        "وطلبت، خلال اجتماعها في المقر مساء أمس، من الأمين العام متابعة تنفيذ القرار.\n"
    )
    assert owner_names(text, AR, "ar") == [["الأمين العام"]]


def test_an_arabic_dateline_does_not_hide_the_verb_after_it():
    text = (
        "جنيف في 3 مايو/وكالة/ دعا مجلس الأمن الدولي جميع الدول إلى احترام القانون الدولي.\n\n"
        "جاء ذلك في بيان صدر اليوم بعد جلسة مفتوحة.\n"
    )
    report = parse_report(text)
    assert len(report.paragraphs) == 1
    names = owner_names(text, AR, "ar")[0]
    assert names and all("مجلس الأمن" not in n for n in names)


def test_an_unnumbered_presidential_statement_in_arabic():
    text = (
        "يدعو مجلس الأمن جميع الدول إلى احترام أحكام الميثاق.\n\n"
        "ويطلب المجلس إلى الأمين العام أن يقدم تقريرا عن ذلك.\n"
    )
    found = owner_names(text, AR, "ar")
    assert len(found) == 2
    assert all("مجلس الأمن" not in n for n in found[0])
    # The Security Council speaks: its Secretary-General is the UN's.
    assert found[1] == ["الأمين العام للأمم المتحدة"]


def test_a_working_group_after_a_masculine_verb_is_the_body_asked():
    found = extract("يكلف الفريق العامل بإعداد تقرير عن المسألة.", AR, "ar")
    assert [r.owner.name for r in found.requests] == ["الفريق العامل"]


def test_a_regime_named_by_its_adjective_is_its_state():
    found = extract(
        "The Council, calling upon the Iranian regime to stop its support to militias.", EN, "en"
    )
    assert [r.owner.slug for r in found.requests] == ["iran"]


def test_a_sanctions_regime_is_no_state():
    found = extract("The Council calls upon the sanctions regime to be reviewed.", EN, "en")
    assert all(r.owner.slug != "iran" for r in found.requests)
    assert found.requests == ()


def test_a_french_instruction_is_a_request():
    found = extract("La Conférence instruit la Commission de déployer une mission.", FR, "fr")
    assert [r.owner.name for r in found.requests] == ["Commission"]


def test_instruire_a_case_asks_no_body():
    assert extract("Le juge a instruit le dossier pendant un an.", FR, "fr").requests == ()


def test_a_numbered_text_is_read_as_before():
    text = (
        "1. Le Conseil prie le Secrétaire général de faire rapport.\n\n2. Décide de rester saisi.\n"
    )
    assert [p.number for p in parse_report(text).paragraphs] == ["1", "2"]


# --- Hostile input: counts, not time -------------------------------------------


def test_a_megabyte_of_operative_lines_gives_a_bounded_count_of_paragraphs():
    # Not clause lines ("La Conférence demande ..." opens one): prose, read in
    # at most 2,000 blocks.
    # (each line its own: a line seen three times is a page header)
    lines = (
        f"Sur le point {i}, la Conférence demande à la Commission de faire rapport.\n"
        for i in range(14_000)
    )
    report = parse_report("".join(lines))
    assert len(report.paragraphs) == 2_000


def test_a_long_sentence_of_verbs_is_one_paragraph():
    # A quarter of a megabyte each: what this checks is the count of paragraphs,
    # which a longer run of the same clause does not change.
    text = "Hier, " + "un porte-parole demande aux journalistes, " * 6_000 + "fin.\n"
    with pytest.raises(ReportParseError):
        parse_report(text)
    text = "La Conférence demande à la Commission, " + "et demande aux États, " * 11_000 + "fin.\n"
    assert len(parse_report(text).paragraphs) == 1


# --- Generic addressees in Arabic: where the name ends and the action starts ----


def test_a_donor_joined_after_a_registered_body_is_kept_before_its_action():
    found = extract("مناشدة المجتمع الدولي والجهات المانحة الوفاء بتعهداتها السابقة.", AR, "ar")
    names = [r.owner.name for r in found.requests]
    assert "الجهات المانحة" in names
    assert len(names) == 2


def test_the_action_after_the_parties_concerned_is_no_addressee():
    found = extract("مناشدة كافة الأطراف المعنية الوقف الفوري والشامل للقتال.", AR, "ar")
    assert [r.owner.name for r in found.requests] == ["كافة الأطراف المعنية"]


def test_an_adjective_of_relation_stays_in_the_name():
    found = extract("مناشدة الدول العربية الإسراع في تقديم الدعم.", AR, "ar")
    assert [r.owner.name for r in found.requests] == ["الدول العربية"]


def test_relevant_partners_keep_their_qualifier_before_a_comma():
    found = extract("يدعو الدول والشركاء ذوي الصلة، إلى التعاون الوثيق.", AR, "ar")
    assert [r.owner.name for r in found.requests] == ["الدول", "الشركاء ذوي الصلة"]


def test_an_arabic_block_opening_with_a_past_verb_and_the_council_is_a_paragraph():
    text = (
        "قرارات المجلس في دورته العادية\n\n"
        '"استمع المجلس إلى عرض رئيس الوفد، ويقرر الموافقة على استئناف الدورة في موعد لاحق".\n\n'
        "(ق 1234 / د 60)\n"
    )
    report = parse_report(text)
    assert len(report.paragraphs) == 1
    assert extract(report.paragraphs[0].text, AR, "ar").requests == ()


def test_members_who_intend_to_ask_a_body_ask_it():
    found = extract(
        "Les membres du Conseil entendent demander au Secrétariat de présenter un exposé.",
        FR,
        "fr",
    )
    assert len(found.requests) == 1
    assert "Secrétariat" in found.requests[0].owner.name


def test_quoted_lettered_points_are_read_and_a_topic_is_no_subject():
    text = (
        "«a) Les pays fournissant des contingents sont invités aux réunions du Conseil;\n\n"
        "«b) S'agissant de la pratique actuelle, suivant laquelle le Secrétariat fournit "
        "des notes au Conseil, le Secrétariat est encouragé à les communiquer aux pays;\n"
    )
    report = parse_report(text)
    assert [p.number for p in report.paragraphs] == ["a", "b"]
    found = extract(report.paragraphs[1].text, FR, "fr")
    assert len(found.requests) == 1
    assert "agissant" not in found.requests[0].owner.name


def test_a_long_arabic_subject_taken_up_by_a_pronoun_is_the_body_that_speaks():
    text = (
        "عنوان المدونة: قرار قديم\n\n"
        "إن مجلس الأمن، وبعد اطلاعه على الرسالة الموجهة إليه، وبعد الاستماع إلى مداخلات "
        "الوفود في جلسته، فإنه يطلب من الأمين العام أن يبدأ مشاورات فورية مع الأطراف.\n"
    )
    report = parse_report(text)
    assert len(report.paragraphs) == 1
    names = [r.owner.name for r in extract(report.paragraphs[0].text, AR, "ar").requests]
    assert names == ["الأمين العام"]


def test_a_second_verbal_noun_joined_by_wa_asks_its_body():
    found = extract(
        "حث الدول الأعضاء على تسديد حصصها قبل 1982 والطلب إلى الأمانة العامة متابعة ذلك.",
        AR,
        "ar",
    )
    names = [r.owner.name for r in found.requests]
    assert "الأمانة العامة" in names
    assert len(names) == 2


def test_an_aside_between_dashes_is_no_part_of_the_name():
    found = extract(
        "التأكيد على القرارات ودعوة الدول العربية - غير الأعضاء - لاتخاذ الإجراءات اللازمة.",
        AR,
        "ar",
    )
    assert [r.owner.name for r in found.requests] == ["الدول العربية"]


def test_a_megabyte_of_long_runs_of_qualifiers_is_read_paragraph_by_paragraph():
    # Forty words that may each qualify a generic addressee, then no action: a
    # pattern trying every way to read each word would never end; one way each
    # reads all 2,500 paragraphs.
    body = "يدعو الدول " + "المعنيين " * 40 + "في الأمر."
    text = "\n\n".join(f"{i}. {body}" for i in range(1, 2_501))
    assert len(text.encode()) > 1_000_000
    report = parse_report(text)
    assert len(report.paragraphs) == 2_500
    found = extract_all([p.text for p in report.paragraphs[:50]], AR, "ar")
    assert len(found) == 50


def test_a_megabyte_aside_before_min_is_read_once():
    text = "وطلبت، " + "خلال اجتماعها " * 70_000 + "، من الأمين العام متابعة ذلك."
    assert len(text.encode()) > 1_000_000
    found = extract(text, AR, "ar")
    assert found.requests == ()  # an aside longer than 150 characters is no aside
