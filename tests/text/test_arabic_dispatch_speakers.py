"""Arabic news dispatches on an organisation's call: the speaker named in full
with its acronym in quotation marks, a council's session told between commas
before the body asked, the Secretary-General's appeal as a noun ("وجّه ...
نداءً ... لـ")، the Secretary-General by his family name alone, and a comma
before the act asked. Texts written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.folding import fold_text
from decisions.text.link_phrases import link_phrase_only
from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract, extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return [
        r.owner.slug if r.owner.registered else r.owner.name
        for r in extract(text, AR, "ar").requests
    ]


def report_owners(*paragraphs: str) -> list[list[str]]:
    return [
        [r.owner.slug if r.owner.registered else r.owner.name for r in e.requests]
        for e in extract_all(list(paragraphs), AR, "ar")
    ]


# A speaker named in full with its acronym.


def test_an_organisation_named_with_its_quoted_acronym_speaks():
    text = (
        'دعت المنظمة العربية للتنمية والتدريب " أوداتا " الدول الأعضاء كافة إلى دعم برامج التدريب.'
    )
    assert owners(text) == ["member-states"]
    text = "حثت الهيئة الإقليمية للمياه (همر) الحكومات المعنية على ترشيد الاستهلاك."
    assert owners(text) == ["الحكومات المعنية"]


def test_a_body_with_its_acronym_after_the_speaker_is_still_asked():
    text = 'دعت القمة المنظمة العربية للتربية والثقافة والعلوم "ألكسو" إلى إعداد خطة.'
    assert owners(text) == ["المنظمة العربية للتربية والثقافة والعلوم"]


# A council's session told between commas.


def test_a_session_told_between_commas_is_the_speakers_not_a_body():
    text = (
        "طالب مجلس جامعة الدول العربية اليوم الأحد في ختام اجتماع طارئ على مستوى "
        "المندوبين، بطلب من دولة ما، وترأسه مندوب بلد آخر، المجتمع الدولي بالتحرك الفوري."
    )
    assert owners(text) == ["international-community"]


def test_a_session_then_the_act_asks_nobody():
    text = (
        "طالب مجلس جامعة الدول العربية اليوم الأحد في ختام اجتماع طارئ على مستوى "
        "المندوبين، بوقف العدوان فورا."
    )
    assert owners(text) == []
    text = (
        "طالب مجلس جامعة الدول العربية اليوم الأحد في ختام اجتماع طارئ، بطلب من دولة ما، "
        "ووزراء الخارجية بالتحرك."
    )
    assert owners(text) == []


def test_an_addressee_with_no_session_before_it_is_read_as_before():
    assert owners("طالب المجلس المجتمع الدولي بالتحرك الفوري.") == ["international-community"]


# The Secretary-General's appeal as a noun.


def test_the_secretary_generals_appeal_asks_each_body_after_lam():
    text = (
        "وجه الأمين العام لمنظمة التعاون الإسلامي ، فلان بن فلان ، نداءً عاجلاً "
        "للدول الأعضاء والمنظمات الإنسانية الدولية ؛ لتقديم العون للمتضررين."
    )
    assert owners(text) == ["member-states", "المنظمات الإنسانية الدولية"]
    text = "أطلق الأمين العام نداء إلى المجتمع الدولي لإغاثة المنكوبين."
    assert owners(text) == ["international-community"]


def test_an_appeal_of_another_person_or_the_uns_head_is_not_read():
    assert owners("وجه الأمين العام للأمم المتحدة نداء إلى المجتمع الدولي للإغاثة.") == []
    assert owners("وجه رئيس الوفد نداء إلى المجتمع الدولي للإغاثة.") == []


def test_a_renewed_call_with_lam_before_the_article_reads_the_body():
    text = "جدد المجلس دعوته للدول الأعضاء لتقديم الدعم."
    assert owners(text) == ["member-states"]


# The Secretary-General by his family name.


def test_the_holder_named_with_his_title_speaks_by_his_family_name():
    first = "قال فلان علان الزيدي، أمين عام المنظمة، إن الوضع خطير."
    second = "ودعا الزيدي مجلس الأمن الدولي إلى تحمل مسؤولياته."
    assert report_owners(first, second) == [[], ["un-security-council"]]
    first = "أكد الأمين العام لجامعة الدول العربية، فلان علان الزيدي، دعمه للحل."
    assert report_owners(first, second) == [[], ["un-security-council"]]


def test_a_name_never_given_the_title_stays_for_a_reviewer():
    first = "قال فلان علان الزيدي، وزير الخارجية، إن الوضع خطير."
    second = "ودعا الزيدي مجلس الأمن الدولي إلى تحمل مسؤولياته."
    assert report_owners(first, second) == [[], ["الزيدي مجلس الأمن الدولي"]]


# A comma before the act asked.


def test_a_verbal_noun_of_acting_after_a_comma_is_the_act():
    assert owners("وحث المجلس المجتمع الدولي ، العمل على تنفيذ القرارات.") == [
        "international-community"
    ]
    assert owners("وحث المجلس المجتمع الدولي ، الإسراع في تنفيذ القرارات.") == [
        "international-community"
    ]


def test_a_body_after_a_comma_is_still_asked():
    assert owners("دعا المجلس المجتمع الدولي، والأمانة العامة إلى العمل.") == [
        "international-community",
        "general-secretariat",
    ]


# "According to the statement" before the council's verb; "دان" for "أدان".


def _linked(phrase: str) -> bool:
    folded = fold_text(phrase)
    return link_phrase_only(folded, 0, len(folded))


def test_an_attribution_to_the_bodys_statement_leaves_it_the_verb():
    assert _linked("وبحسب البيان ")
    assert _linked("ووفقا للبيان الختامي ")
    assert not _linked("وبحسب مصادر صحفية ")
    assert not _linked("وبحسب الوزير ")


def test_a_council_condemning_then_asking_by_a_participle_is_a_paragraph():
    text = (
        "المجلس يدين الاعتداء\n\n"
        "طالب مجلس الجامعة المجتمع الدولي بالتحرك الفوري لوقف الاعتداء.\n\n"
        "وبحسب البيان دان مجلس الجامعة قصف المدن، معتبرا أنه جريمة، "
        "مطالبا المجتمع الدولي بالضغط على سلطة الاحتلال.\n"
    )
    paragraphs = parse_report(text).paragraphs
    assert [p.text[:12] for p in paragraphs] == ["طالب مجلس ال", "وبحسب البيان"]
    found = extract_all([p.text for p in paragraphs], AR, "ar")
    assert [r.owner.slug for r in found[1].requests] == ["international-community"]


def test_a_name_ending_in_dan_is_no_verb():
    assert owners("دعا المجلس حكومة السودان إلى الحوار.") == ["sudan"]


def rep(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


@pytest.mark.parametrize(
    "grow",
    [
        lambda n: "دعت المنظمة " + rep("العربية ", n) + '" أودا " الدول الأعضاء إلى الدعم.',
        lambda n: "طالب مجلس الجامعة اليوم الأحد في ختام " + rep("اجتماع، ", n) + "بالتحرك.",
        lambda n: "وجه الأمين العام نداء " + rep("عاجلا ", n) + "للدول الأعضاء.",
        lambda n: rep("الأمين العام، فلان علان الزيدي، ", n) + "ودعا الزيدي مجلس الأمن إلى.",
        lambda n: "وحث المجلس المجتمع الدولي " + rep("، العمل على ", n) + "التنفيذ.",
    ],
    ids=["acronym speaker", "session aside", "appeal", "family name", "comma act"],
)
def test_dispatch_speakers_are_read_in_linear_time(grow):
    assert_linear(lambda text: extract_all([text], AR, "ar"), grow, 2_000)
