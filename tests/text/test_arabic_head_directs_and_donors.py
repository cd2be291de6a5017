"""Arabic news reports of an organisation's Secretary-General speaking for it:
he directs one of its organs to an act with "وجّه" (his name closed by a comma,
the act a verbal noun after "لـ" or "بـ"); he calls on donors, partners or
institutions right after his title ("ودعا الأمين العام المانحين ..."); he renews
"the call" to bodies ("وجدد الأمين العام الدعوة لـ ..."). A call for an act
("دعت إلى المحافظة على ..."، "إلى الوقف الفوري") asks nobody; an organisation
by its acronym ("وحثت الإيسيسكو دول ...") is no person's family name; "دول العالم
الإسلامي" are the Member States. Sentences written for these tests."""

from __future__ import annotations

from decisions.text.folding import fold_text
from decisions.text.paragraphs import parse_report
from decisions.text.reported_head_ar import reported_head_ar
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return owners_named(text, AR, "ar")


def test_the_head_named_then_an_organ_directed_to_an_act():
    text = "ووجهت الأمين العام للمنظمة سالم أحمد، صندوق التضامن الإسلامي، بتوفير المعونات للنازحين."
    assert owners(text) == ["islamic-solidarity-fund"]
    text = "وجه الأمين العام، الدكتور فلان الفلاني، البنك الإسلامي للتنمية، لتمويل المشاريع."
    assert owners(text) == ["isdb"]


def test_counter_example_the_head_directs_a_thing_not_a_body():
    assert owners("وجه الأمين العام، سالم أحمد، رسالة إلى رئيس القمة لتهنئته.") == []
    assert owners("وجه الأمين العام، سالم أحمد، الشكر للحكومة على استضافتها.") == []


def test_the_head_calls_on_donors_and_partners_after_his_title():
    text = "وحث الأمين العام المانحين والشركاء على زيادة التمويل."
    assert owners(text) == ["المانحين", "الشركاء"]


def test_counter_example_a_present_verb_asks_the_head():
    assert owners("يدعو الأمين العام إلى متابعة التنفيذ.") == ["secretary-general"]


def test_the_head_renews_the_call_to_bodies():
    text = "وجدد الأمين العام الدعوة للمنظمات الإنسانية في العالم الإسلامي لمساعدة المتضررين."
    assert owners(text) == ["islamic-ngos"]


def test_a_call_for_an_act_asks_nobody():
    assert owners("ودعت المنظمة إلى المحافظة على التراث.") == []
    assert owners("ودعا المجلس إلى الانسحاب العاجل من المدينة.") == []
    assert owners("ودعت المنظمة إلى الوقف الفوري للقتال.") == []


def test_counter_example_a_body_after_ila_is_still_asked():
    assert owners("ودعا المجلس إلى الدول الأعضاء تقديم الدعم.") == ["member-states"]


def test_an_acronym_before_states_in_construct_speaks():
    text = "وحثت الإيسيسكو دول العالم الإسلامي على توحيد مواقفها."
    assert owners(text) == ["member-states"]


def test_counter_example_a_family_name_before_states_is_a_person_speaking():
    # A person's call, not the organisation's: nobody asked in its name.
    assert owners("وحث الفلاني دول المجلس على التعاون.") == []


def _directs(n: int) -> str:
    return "وجه الأمين العام، " + "سالم " * n + "، صندوق التضامن " + "الإسلامي " * n + "لتقديم."


def _acts(n: int) -> str:
    return "ودعت المنظمة إلى " + "المحافظة " * n + "الوقف الفوري " * n + "للقتال."


def test_reading_directions_and_acts_grows_linearly():
    assert_linear(lambda t: extract(t, AR, "ar"), _directs, 60)
    assert_linear(lambda t: extract(t, AR, "ar"), _acts, 60)


def test_the_head_named_after_his_title_its_opening_comma_lost():
    text = "دعا الأمين العام لمجلس التعاون سالم أحمد الفلاني، المجتمع الدولي إلى دعم القرار."
    assert owners(text) == ["international-community"]


def test_counter_example_the_united_nations_head_named_so_is_not_the_speaker_read():
    text = "دعا الأمين العام للأمم المتحدة سالم أحمد، المجتمع الدولي إلى دعم القرار."
    assert "international-community" not in owners(text)


def test_a_page_store_date_tag_before_the_head_leaves_the_paragraph_operative():
    text = (
        " date 2026-01-02 دعا الأمين العام لمجلس التعاون سالم أحمد الفلاني، "
        "المجتمع الدولي إلى دعم القرار.\n\nوأوضح أن الاجتماع يأتي في لحظة مهمة للمنطقة كلها.\n"
    )
    # (the remark after it is a paragraph too, a statement: remark_blocks_ar)
    para = parse_report(text).paragraphs[0]
    assert para.text.startswith("دعا")


def _named(n: int) -> str:
    return "دعا الأمين العام لمجلس التعاون " + "سالم " * n + "، المجتمع الدولي إلى الدعم."


def test_reading_a_name_after_the_title_grows_linearly():
    assert_linear(lambda t: extract(t, AR, "ar"), _named, 60)


def _report(lead: str) -> list[str]:
    text = lead + "\n\nوأوضح أن الوضع الإنساني يتدهور في المنطقة بصورة كبيرة جدا.\n"
    return [p.text[:10] for p in parse_report(text).paragraphs]


def test_a_source_reporting_the_head_leaves_his_appeal_operative():
    lead = (
        "ذكرت وكالة الأنباء أن الأمين العام للمنظمة، سالم أحمد وجه نداء "
        "إلى الدول الأعضاء لتقديم المساعدات العاجلة."
    )
    assert _report(lead)[0].startswith("ذكرت")
    assert owners(lead) == ["member-states"]
    assert reported_head_ar(fold_text(lead), 0, fold_text(lead).index("وجه")) is True


def test_counter_example_a_source_reporting_another_head_or_a_minister():
    for lead in (
        "ذكرت الوكالة أن الأمين العام للأمم المتحدة سالم أحمد وجه نداء إلى الدول الأعضاء.",
        "ذكرت الوكالة أن وزير الخارجية سالم أحمد وجه نداء إلى الدول الأعضاء.",
    ):
        folded = fold_text(lead)
        assert reported_head_ar(folded, 0, folded.index("وجه")) is False


def test_reading_a_reported_head_grows_linearly():
    assert_linear(
        lambda t: reported_head_ar(t, 0, len(t)),
        lambda n: "ذكرت " + "الوكالة " * n + "أن الأمين العام سالم",
        60,
    )
