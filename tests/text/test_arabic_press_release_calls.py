"""Arabic press releases and news pages of an organisation's own: a body
telling in the present what it does, then asking by a verb joined by "و"
("تنضم الهيئة إلى ... وتدعو جميع الأطراف ..."); a feminine asking participle
after a statement ("أعربت المجموعة عن قلقها، مطالبة الأمم المتحدة ..."); a
contact group opening a paragraph ("أعربت مجموعة الاتصال ..."); a place after
the parties concerned ("الأطراف المعنية في المنطقة"); and a person calling,
named by an office, a title or a family name, who is never the body asked
("دعا أمين عام المنظمة الدكتور فلان ..."، "وحث الفلاني دول المنطقة على ...").
Sentences written for these tests."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return owners_named(text, AR, "ar")


def test_a_body_joining_an_event_asks_nobody_its_joined_call_asks():
    text = (
        "تنضم اللجنة الإقليمية إلى الأسرة الدولية في الاحتفال بهذا اليوم "
        "وتدعو جميع الأطراف المعنية في المنطقة إلى الوفاء بالتزاماتها."
    )
    assert owners(text) == ["جميع الأطراف المعنية"]


def test_counter_example_a_present_decision_still_asks_its_subject():
    assert owners("تقوم الأمانة العامة بمتابعة تنفيذ هذا القرار.") == ["general-secretariat"]


def test_a_press_release_read_as_prose_keeps_its_joined_call():
    page = (
        "الرئيسية > البيانات الصحفية\n\n"
        "تنضم الهيئة الإقليمية إلى الأسرة الدولية في الاحتفال باليوم العالمي للتعليم "
        "وتدعو جميع الأطراف المعنية في المجتمع الدولي إلى زيادة جهودها\n\n"
        "وفي هذه السنة، يخصص اليوم العالمي لإطلاق حملة تستمر لعام كامل في جميع البلدان.\n"
    )
    report = parse_report(page)
    assert [p.text[:10] for p in report.paragraphs] == ["تنضم الهيئ"]


def test_a_feminine_participle_after_a_statement_asks_the_body_after_it():
    text = (
        "أعربت مجموعة الاتصال عن قلقها البالغ حيال الوضع، مطالبة الأمم المتحدة باتخاذ خطوات فعالة."
    )
    assert owners(text) == ["united-nations"]


def test_counter_example_a_demand_for_an_act_asks_nobody():
    assert owners("أعربت المجموعة عن قلقها البالغ، مطالبة بوقف الانتهاكات.") == []


def test_a_contact_group_opening_a_news_paragraph_is_read():
    page = (
        "أعربت مجموعة الاتصال حول الأزمة عن قلقها البالغ حيال استمرار الانتهاكات، "
        "مطالبة الأمم المتحدة باتخاذ خطوات فعالة لوقفها.\n"
    )
    (para,) = parse_report(page).paragraphs
    assert owners(para.text) == ["united-nations"]


def test_a_person_named_by_an_office_or_a_title_is_not_the_body_asked():
    text = "دعا أمين عام المنظمة الإقليمية الدكتور سالم الفلاني، اليوم، الدول الأعضاء إلى الدعم."
    assert owners(text) == []
    assert owners("وحث الفلاني دول المنطقة على تلبية الاحتياجات.") == []
    assert owners("ودعا الدكتور سالم الفلاني دول المنطقة إلى الدعم.") == []


def test_counter_example_a_body_speaking_before_the_states_asked_still_asks():
    assert owners("وحثت القمة دول الجوار على دعم الحوار.") == ["دول الجوار"]
    assert owners("حث الدول الأعضاء على دعم الحوار.") == ["member-states"]


def _long(n: int) -> str:
    return "تنضم اللجنة إلى الأسرة الدولية " + "في الاحتفال " * n + "وتدعو الدول الأعضاء إلى العمل."


def test_reading_a_press_release_grows_linearly():
    assert_linear(lambda t: owners(t), _long, 200)
    assert_linear(parse_report, lambda n: _long(n) + "\n", 200)
