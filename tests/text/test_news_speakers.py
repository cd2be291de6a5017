"""News pages and press releases reporting a meeting's decisions in reported
speech: the body that speaks (named in full, with when it met, or through its
final communiqué) is never the body asked; names keep their complements and
lose an acronym written after them; paragraphs keep the numbers a reader gives
them. Texts written for these tests after the structures of such pages, never
copied from one."""

from __future__ import annotations

import pytest

from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract
from tests.formats.hostile import CALLS_GROWTH, growth
from tests.text.helpers import registry

AR = registry("ar")
FR = registry("fr")
EN = registry("en")


def owners(text: str, reg, language: str) -> list[str]:
    return [r.owner.name for r in extract(text, reg, language).requests]


def slugs(text: str, reg, language: str) -> list[str]:
    return [r.owner.slug for r in extract(text, reg, language).requests]


@pytest.mark.parametrize(
    "text",
    [
        # The council named with its adjectives, then when it met, then the body asked.
        "دعا المجلس الوزاري الإقليمي عقب اجتماعه الطارئ أمس مجلس الأمن إلى التحرك العاجل.",
        # A contact group named with whose it is and what it is about, before "إلى".
        "دعا فريق الاتصال الوزاري المنبثق عن منظمة التعاون الإسلامي بشأن الساحل ومالي "
        "إلى حث مجلس الأمن على التحرك.",
    ],
)
def test_an_arabic_speaker_named_in_full_is_not_an_owner(text):
    found = owners(text, AR, "ar")
    assert not any("الوزاري" in name or "المنبثق" in name for name in found), found


def test_the_body_asked_after_a_full_speaker_is_found():
    text = "دعا المجلس الوزاري الإقليمي عقب اجتماعه الطارئ أمس مجلس الأمن إلى التحرك العاجل."
    assert slugs(text, AR, "ar") == ["un-security-council"]


def test_a_final_communique_that_demands_an_act_asks_nobody():
    text = "وطالب البيان الختامي بإعادة فتح الطرق وإيصال الأدوية إلى المستشفيات دون تأخير."
    assert owners(text, AR, "ar") == []


def test_a_council_of_ministers_named_in_full_renews_its_call_to_the_secretary_general():
    text = (
        "وجدد مجلس وزراء خارجية الدول الأعضاء في منظمة التعاون الإسلامي الدعوة إلى "
        "الأمين العام للمنظمة لمتابعة تنفيذ هذا القرار."
    )
    assert owners(text, AR, "ar") == ["الأمين العام"]


def test_the_organisation_calling_in_the_feminine_is_no_owner():
    text = "كما دعت المنظمة إلى ضرورة الضغط من أجل وقف الاستيطان فورا."
    assert owners(text, AR, "ar") == []


def test_a_french_name_with_two_complements_is_one_owner():
    text = (
        "Le Conseil exhorte les forces de défense et de sécurité du Pays X "
        "à rester en dehors du processus politique."
    )
    assert owners(text, FR, "fr") == ["Forces de défense et de sécurité du Pays X"]


@pytest.mark.parametrize("noun", ["autorités de transition", "forces de sécurité du Pays X"])
def test_a_french_noun_in_e_is_no_participle_cutting_the_name(noun):
    text = f"Le Conseil exhorte les {noun} à publier un calendrier."
    assert owners(text, FR, "fr") == [noun[0].upper() + noun[1:]]


def test_an_acronym_in_brackets_after_a_name_is_no_part_of_it():
    text = (
        "Le Conseil encourage la force de la Mission régionale au Pays X (MIREPX) "
        "à poursuivre ses patrouilles."
    )
    assert owners(text, FR, "fr") == ["Force de la Mission régionale au Pays X"]


def test_a_bracket_a_name_holds_is_kept():
    text = "Le Conseil prie le Groupe de contact (2024) de faire rapport."
    assert owners(text, FR, "fr") == ["Groupe de contact (2024)"]


def test_a_security_council_misspelt_with_an_article_is_the_security_council():
    text = "Le Sommet a appelé le Conseil de la sécurité à assumer ses responsabilités."
    assert slugs(text, FR, "fr") == ["un-security-council"]


def test_a_need_stated_after_a_demand_is_no_owner():
    text = "Le Conseil a exigé le retrait des troupes, la nécessité d'ouvrir les points de passage."
    assert owners(text, FR, "fr") == []


PRESS_FR = (
    "Conseil de sécurité : la situation au Pays X\n\n"
    "Le Conseil de sécurité a, ce matin, dans une déclaration présidentielle, invité "
    "instamment les autorités de transition à « conclure un accord sans tarder » sur le "
    "calendrier électoral.\n\n"
    "Le Conseil avait auparavant entendu un exposé du Représentant spécial sur la situation.\n"
)


def test_a_press_release_reads_the_council_speaking_after_an_aside():
    report = parse_report(PRESS_FR)
    assert [p.number for p in report.paragraphs] == ["1"]
    assert owners(report.paragraphs[0].text, FR, "fr") == ["Autorités de transition"]


NEWS_EN = (
    "Region Wire | Home | Politics | Business\n\n"
    "Ministers call for calm at regional meeting\n\n"
    "12 May 2031\n\n"
    "CAPITAL CITY, 12 May 2031 (RWA) - The Ministerial Council of the Regional Union held "
    "its 90th session on Monday, chaired by the Minister of Foreign Affairs.\n\n"
    "The Council called on the international community to support the relief plan.\n\n"
    "The Council also noted the progress made in the customs union talks so far.\n\n"
    "The Council tasked the Secretary-General with preparing a report on water security.\n"
)


def test_a_news_page_numbers_its_sentences_from_the_dateline_lead():
    report = parse_report(NEWS_EN)
    numbers = [p.number for p in report.paragraphs]
    texts = [p.text[:30] for p in report.paragraphs]
    assert dict(zip(numbers, texts, strict=True)) == {
        "1": "CAPITAL CITY, 12 May 2031 (RWA",
        "2": "The Council called on the inte",
        "3": "The Council also noted the pro",
        "4": "The Council tasked the Secreta",
    }


STATEMENT_AR = (
    "**بيان من رئيس المجلس**\n\n"
    "في الجلسة التي عقدها المجلس، أدلى الرئيس بالبيان التالي باسم المجلس:\n\n"
    "يعرب المجلس عن قلقه البالغ إزاء تدهور الأوضاع الإنسانية في المنطقة.\n\n"
    "ويدعو المجلس الدول الأعضاء إلى زيادة تبرعاتها لخطة الاستجابة الإنسانية.\n"
)


def test_a_statement_without_numbers_counts_its_first_paragraph():
    # Its first paragraph, which asks nobody, is paragraph 1 (a news page's lead
    # and what precedes the first paragraph read are paragraphs: test_news_lead).
    report = parse_report(STATEMENT_AR)
    assert [p.number for p in report.paragraphs] == ["1", "2"]


def _speaker_run(n: int) -> str:
    unit = "دعا المجلس الوزاري الإقليمي عقب اجتماعه الطارئ أمس بشأن "
    return unit * max(1, n // len(unit)) + "إلى التحرك."


def _prose_run(n: int) -> str:
    unit = "Le Conseil a, ce matin, dans une déclaration, invité les États à agir.\n\n"
    return unit * max(1, n // len(unit))


@pytest.mark.parametrize(
    "fn, make",
    [
        (lambda text: extract(text, AR, "ar"), _speaker_run),
        (parse_report, _prose_run),
    ],
    ids=["arabic speakers repeated", "prose blocks with asides"],
)
def test_a_hostile_page_costs_work_linear_in_its_length(fn, make):
    small, large = growth(fn, make, 30_000)  # 30 kB, then 300 kB
    assert large.calls <= CALLS_GROWTH * small.calls, (small.calls, large.calls)


def test_an_adjective_joined_by_et_stays_in_the_name():
    text = "La Conférence exhorte les partenaires techniques et financiers à appuyer le fonds."
    assert owners(text, FR, "fr") == ["Partenaires techniques et financiers"]


def test_a_registered_name_opening_another_bodys_name_is_not_that_body():
    text = "La Conférence charge le Secrétariat permanent de l'Autorité du Bassin X de préparer."
    assert owners(text, FR, "fr") == ["Secrétariat permanent de l'Autorité du Bassin X"]


NOTE_FR = (
    "**S/2031/7**\n\n**Conseil de sécurité**\n\n"
    "**Note du Président du Conseil de sécurité**\n\n"
    "1. Les membres du Conseil ont poursuivi l'examen de leurs méthodes de travail.\n\n"
    "2. Les membres du Conseil prient le Secrétaire général de leur présenter un bilan.\n"
)


def test_a_note_whose_title_reads_as_a_clause_keeps_its_numbered_paragraphs():
    report = parse_report(NOTE_FR)
    assert [p.number for p in report.paragraphs] == ["1", "2"]
