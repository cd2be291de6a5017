"""Arabic news reports of a Secretary-General or a council asking: the head as
the subject before the preposition his verb takes ("طلب الأمين العام من ..."،
"أهاب الأمين العام بـ ..."), named by an honorific with his pronoun ("معاليه"),
or calling for an act in his own name ("دعا الأمين العام، فلان، إلى ..."، "دعا
في ختام الاجتماع إلى «...»"); a council issuing a text in which it asks
("أصدر المجلس قرارا يدعو فيه ..."); the member States' delegates as the council
("دعا مندوبو الدول الأعضاء في مجلس الجامعة ..."); a warning that states
("وحذر المجلس من ..."); the Security Council asked to do its own duty ("يدعو
مجلس الأمن إلى الاضطلاع بمسؤولياته"); adjectives agreeing with their noun
("المؤسسات الإقليمية والدولية" one body, "... والمتطوعين" another); a department
named with the organisation it belongs to. Sentences written for these tests."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return owners_named(text, AR, "ar")


def test_the_head_asks_of_a_department_of_his_organisation():
    text = "وطلب الأمين العام من الإدارة الثقافية في منظمة التعاون الإسلامي تنظيم معرض للكتاب."
    assert owners(text) == ["الإدارة الثقافية"]


def test_counter_example_a_resolution_asks_of_the_head():
    assert owners("يطلب من الأمين العام إعداد تقرير عن التنفيذ.") == ["secretary-general"]


def test_the_head_appeals_to_bodies_joined_to_bi():
    text = "وأهاب الأمين العام بالدول الأعضاء والهيئات الإغاثية والمتبرعين لدعم اللاجئين."
    assert owners(text) == ["member-states", "الهيئات الإغاثية", "المتبرعين"]


def test_counter_example_a_resolution_appeals_to_the_head():
    assert owners("يهيب بالأمين العام متابعة التنفيذ.") == ["secretary-general"]


def test_counter_example_adjectives_agreeing_with_one_noun_name_one_body():
    text = "وأهاب الأمين العام بالمنظمات الإقليمية والدولية لتقديم العون."
    assert owners(text) == ["المنظمات الإقليمية والدولية"]


def test_an_honorific_with_his_pronoun_is_the_person_speaking():
    text = "وناشد معاليه الدول الأعضاء والجمعيات الخيرية مضاعفة الجهود."
    assert owners(text) == ["member-states", "الجمعيات الخيرية"]


def test_the_head_named_between_commas_calls_for_an_act():
    text = "دعا الأمين العام للمنظمة، سالم الفلاني، إلى تعزيز التعاون الاقتصادي."
    assert owners(text) == []
    assert owners("ودعا معاليه إلى تعزيز التعاون.") == []
    text = "وأوضح البيان أن الفلاني، دعا في ختام الاجتماع إلى «توحيد الصفوف»، مشيرا إلى ذلك."
    assert owners(text) == []


def test_a_call_for_an_act_in_the_past_is_a_paragraph_asking_nobody():
    text = "دعا الأمين العام للمنظمة، سالم الفلاني، إلى تعزيز التعاون. وقال إن اللجنة استعرضت."
    report = parse_report(text)
    assert len(report.paragraphs) == 1
    assert extract(report.paragraphs[0].text, AR, "ar").kind == "statement"


def test_counter_example_the_head_named_between_commas_still_asks_a_body():
    text = "دعا الأمين العام للمنظمة، سالم الفلاني، الدول الأعضاء إلى تعزيز التعاون."
    assert owners(text) == ["member-states"]


def test_a_council_issues_a_text_in_which_it_asks():
    text = "أصدر المجلس الوزاري بيانا يطالب فيه المجتمع الدولي بحماية المدنيين."
    assert owners(text) == ["international-community"]
    assert owners("وأصدرت اللجنة قرارا تحث فيه الدول الأعضاء على المساعدة.") == ["member-states"]


def test_counter_example_an_issued_text_calling_for_an_act_asks_nobody():
    text = "أصدر المجلس بيانا يدعو فيه إلى وقف القتال. ودعا المجلس الدول الأعضاء إلى المساعدة."
    assert owners(text) == ["member-states"]


def test_the_lead_of_an_issued_text_is_the_first_paragraph():
    text = (
        "أصدر المجلس الوزاري بيانا يطالب فيه المجتمع الدولي بحماية المدنيين.\n\n"
        "وحذر المجلس من تفاقم الأوضاع الإنسانية في الإقليم المنكوب.\n\n"
        "وأكد المجلس دعمه لجهود الإغاثة في الإقليم المنكوب."
    )
    report = parse_report(text)
    assert [p.text[:10] for p in report.paragraphs] == [
        "أصدر المجل",
        "وحذر المجل",
        "وأكد المجل",
    ]


def test_the_member_states_delegates_speak_for_the_council():
    text = "ودعا ممثلو الدول الأعضاء في مجلس الجامعة المنظمات الدولية إلى مساندة النازحين."
    assert owners(text) == ["المنظمات الدولية"]


def test_counter_example_one_delegate_speaks_for_his_state():
    assert owners("ودعا مندوب السودان المجتمع الدولي إلى مساندة النازحين.") == []


def test_counter_example_the_delegates_as_object_are_asked():
    text = "يدعو ممثلي الدول الأعضاء إلى حضور الاجتماع القادم."
    assert owners(text) == ["ممثلي الدول الأعضاء"]


def test_the_security_council_asked_to_do_its_own_duty():
    text = "يدعو مجلس الأمن الدولي إلى الاضطلاع بمسؤولياته في حفظ السلم؛"
    assert owners(text) == ["un-security-council"]
    assert owners("ودعا المؤتمر مجلس الأمن إلى تحمل مسؤولياته.") == ["un-security-council"]


def test_the_security_council_urged_before_ala_is_asked():
    assert owners("وحض مجلس الأمن الدولي على تقديم دعم عاجل للبعثة.") == ["un-security-council"]
    assert owners("قرر المجلس تمديد الولاية، و حث مجلس الأمن على دعمها.") == ["un-security-council"]


def test_counter_example_the_security_council_urging_a_body_speaks():
    assert owners("وحث مجلس الأمن جميع الأطراف على ضبط النفس.") == ["جميع الأطراف"]


def test_counter_example_the_security_council_calling_for_an_act_asks_nobody():
    assert owners("يدعو مجلس الأمن إلى وقف إطلاق النار فورا.") == []


def test_counter_example_a_registered_name_with_the_organisation_stays_whole():
    text = "وطلب المجلس من الدول الأعضاء في منظمة التعاون الإسلامي تقديم الدعم."
    assert owners(text) == ["member-states"]


def test_a_call_for_compliance_asks_its_agent_after_min():
    text = "ودعا المجلس إلى الالتزام التام من جميع الأطراف بوقف إطلاق النار."
    assert owners(text) == ["جميع الأطراف"]
    assert owners("يدعو إلى الاحترام الكامل من كل الدول الأعضاء لحظر السلاح.") == ["member-states"]


def test_counter_example_from_where_is_no_agent():
    assert owners("ودعا المجلس إلى الانسحاب الكامل من كل الأراضي المحتلة.") == []
    assert owners("ودعا المجلس إلى الاحترام الكامل من كل النواحي للاتفاق.") == []


def test_the_member_states_in_the_organisation_then_more_bodies():
    text = "ووجه الأمين العام نداء إلى الدول الأعضاء في المنظمة والهيئات الخيرية بتقديم العون."
    assert owners(text) == ["member-states", "الهيئات الخيرية"]


def test_counter_example_the_member_states_in_the_organisation_then_the_act():
    text = "ووجه الأمين العام نداء إلى الدول الأعضاء في المنظمة مواصلة تقديم العون."
    assert owners(text) == ["member-states"]


def _in_the_organisation(n: int) -> str:
    return "ووجه الأمين العام نداء إلى الدول الأعضاء في المنظمة " + "والهيئات الخيرية " * n + "."


def _compliance(n: int) -> str:
    return "ودعا المجلس إلى الالتزام التام من جميع الأطراف " + "بوقف القتال " * n + "."


def _asks(n: int) -> str:
    return "وطلب الأمين العام، " + "سالم " * n + "، من الإدارة " + "الثقافية " * n + "تنظيم معرض."


def _appeals(n: int) -> str:
    return "وأهاب الأمين العام " + "بالدول الأعضاء والهيئات الإغاثية " * n + "لدعم اللاجئين."


def _callers(n: int) -> str:
    return "دعا في ختام الاجتماع " + "الطارئ " * n + "إلى «توحيد " + "الصفوف " * n + "»."


def _issued(n: int) -> str:
    return "أصدر المجلس بيانا " + "مطولا " * n + "يطالب فيه المجتمع الدولي بحماية " * n + "."


def _duty(n: int) -> str:
    return "يدعو مجلس الأمن " + "الدولي " * n + "إلى الاضطلاع بمسؤولياته " * n + "."


def _urged(n: int) -> str:
    return "وحث مجلس الأمن " + "الدولي " * n + "على تقديم " + "الدعم العاجل " * n + "."


def _delegates(n: int) -> str:
    return "ودعا ممثلو الدول الأعضاء " + "في مجلس الجامعة " * n + "المنظمات إلى المساندة."


def test_reading_these_constructions_grows_linearly():
    for make in (
        _asks,
        _appeals,
        _callers,
        _issued,
        _duty,
        _delegates,
        _compliance,
        _in_the_organisation,
    ):
        assert_linear(lambda t: extract(t, AR, "ar"), make, 40)
    assert_linear(parse_report, lambda n: "\n\n".join([_issued(1)] * n), 20)
