"""Arabic news pages retelling a body's statement or a resolution: the body that
speaks named in full after a verb in the past ('حثت "هيئة ..." في بيان لها
الخميس ...'، "ناشد مجلس ... التابع لـ ... الجهات ..."), a body directed to act
("ووجه المجلس ... الفصائل للعمل ..."), the text holding the call ("وتضمن البيان
تكليف ..."، "وبحسب البيان ... فقد اتفق ... ودعوة ...")، a reporter telling what
the resolution demands and of whom ("... من قبل جميع الأطراف"), and lines of a
page that lost their full stop. Sentences written for these tests after the
structure of such pages, never copied."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract, extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return owners_named(text, AR, "ar")


def _named(extraction) -> list[str]:
    return [r.owner.slug if r.owner.registered else r.owner.name for r in extraction.requests]


def page(text: str) -> list[tuple[str, list[str]]]:
    report = parse_report(text)
    found = extract_all([p.text for p in report.paragraphs], AR, "ar", report.head)
    return [(p.text.split()[0], _named(e)) for p, e in zip(report.paragraphs, found, strict=True)]


# --- The body that speaks, named in full after the verb ------------------------


def test_a_quoted_speaker_and_its_statement_are_not_asked():
    text = (
        'حثت "هيئة التنسيق الإقليمية" في بيان لها الخميس المجتمع الدولي على تقديم '
        "المساعدات العاجلة للنازحين."
    )
    assert owners(text) == ["international-community"]


def test_a_speaker_with_the_organisation_it_belongs_to_is_not_asked():
    text = (
        "ناشد مجلس السلم والأمن الأفريقي التابع للاتحاد الأفريقي الجهات المانحة "
        "إلى زيادة مساهماتها في الصندوق."
    )
    assert owners(text) == ["الجهات المانحة"]


def test_a_statement_issued_on_a_weekday_is_an_aside():
    text = "ودعا المجلس في بيان صادر اليوم الثلاثاء الحكومات المعنية إلى فتح الحدود."
    assert owners(text) == ["الحكومات المعنية"]


def test_counter_example_a_body_right_after_the_verb_without_an_aside_is_asked():
    # No statement, no "التابع لـ": the body named after the verb is the one asked.
    assert owners("ودعا هيئة الإغاثة الإقليمية إلى تقديم الدعم.") == ["هيئة الإغاثة الإقليمية"]


def test_an_addressee_in_quotation_marks_is_read_without_them():
    text = 'وطالب البيان "مجلس الأمن الدولي للتحرك الفوري لحماية المدنيين".'
    assert owners(text) == ["un-security-council"]


def test_an_organisation_by_its_usual_name_before_the_body_asked_speaks():
    assert owners("وحثت الجامعة العربية الأطراف المتنازعة على الحوار.") == ["الأطراف المتنازعة"]
    text = "وطالب وزراء الخارجية العرب المجتمع الدولي بتحمل مسؤولياته."
    assert owners(text) == ["international-community"]
    assert owners("دعت القمة الإقليمية مجلس الأمن إلى التحرك.") == ["un-security-council"]
    text = "دعا مجلس الأمن الدولي في بيان رئاسي الأطراف إلى ضبط النفس."
    assert owners(text) == ["الأطراف"]


def test_an_organisation_calling_for_an_act_asks_nobody():
    assert owners("ودعت منظمة التعاون الإسلامي إلى الحوار بين الأطراف.") == []
    assert owners("وطالبت الجامعة العربية بوقف القتال فورا.") == []


def test_counter_example_in_the_present_a_resolution_asks_the_organisation():
    assert owners("يطالب الاتحاد الأفريقي بتقديم تقرير عن الحالة.") == ["african-union"]
    assert owners("يدعو منظمة التعاون الإسلامي إلى عقد اجتماع.") == ["oic"]


def test_a_secretary_general_named_with_the_person_speaks_for_himself():
    text = "دعا الأمين العام للمنظمة الإقليمية فلان الفلاني المجتمع الدولي إلى التحرك."
    assert owners(text) == []


def test_counter_example_the_secretary_general_without_a_person_is_still_asked():
    assert owners("وطلب المؤتمر من الأمين العام متابعة التنفيذ.") == ["secretary-general"]
    assert owners("ودعا المؤتمر الأمين العام إلى متابعة التنفيذ.") == ["secretary-general"]


def test_a_speaker_with_its_acronym_or_its_session_is_not_asked():
    text = "ودعت الهيئة الحكومية للتنمية (إيغاد) الأطراف المتنازعة إلى الحوار."
    assert owners(text) == ["الأطراف المتنازعة"]
    text = "دعا مجلس وزراء الخارجية العرب في ختام دورته العادية الدول الأعضاء إلى دعم الخطة."
    assert owners(text) == ["member-states"]


def test_a_statement_aside_between_commas_and_a_councils_level_are_not_asked():
    text = "وطالبت منظمة التعاون الإسلامي، في بيان لها اليوم، المجتمع الدولي بالتحرك."
    assert owners(text) == ["international-community"]
    text = "وطالب مجلس الجامعة العربية على المستوى الوزاري المجتمع الدولي بالتحرك."
    assert owners(text) == ["international-community"]


def test_both_of_is_no_part_of_the_first_name():
    assert owners("وحث المجلس كلا من السودان والأطراف المتنازعة على الحوار.") == [
        "sudan",
        "الأطراف المتنازعة",
    ]


def test_counter_example_a_comma_aside_then_from_still_reads_the_body_asked():
    text = "وطلبت القمة، في قرارها، من الأمين العام متابعة التنفيذ."
    assert owners(text) == ["secretary-general"]


# --- A body directed to act ----------------------------------------------------


def test_the_body_that_met_directs_a_body_to_act():
    text = "ووجه المجلس في بيانه الفصائل المتنازعة للعمل على وقف القتال."
    assert owners(text) == []  # "الفصائل" is no body's head noun: left alone
    text = "ووجه المجلس في بيانه الأطراف المتنازعة للعمل على وقف القتال."
    assert owners(text) == ["الأطراف المتنازعة"]
    assert owners("ووجهت القمة الأمانة العامة بإعداد دراسة عن التجارة.") == ["general-secretariat"]


def test_counter_example_directing_thanks_or_a_letter_asks_nobody():
    assert owners("ووجه المجلس الشكر إلى الدول الأعضاء على دعمها.") == []
    assert owners("ووجه الرئيس رسالة إلى الأطراف المتنازعة.") == []


# --- Where the addressee ends ------------------------------------------------


def test_a_generic_addressee_then_the_state_it_is_in_is_the_generic_addressee():
    text = "دعا المجلس الأطراف المتنازعة في السودان للوقف الفوري لإطلاق النار."
    assert owners(text) == ["الأطراف المتنازعة"]


def test_counter_example_the_authorities_in_a_state_are_that_state():
    assert owners("يدعو السلطات في السودان إلى فتح المعابر.") == ["sudan"]


def test_a_verbal_noun_joined_to_lil_after_a_generic_addressee_ends_it():
    text = "دعا المجلس الأطراف المعنية للانخراط في الحوار ولجميع الفصائل بالتهدئة."
    assert owners(text)[:1] == ["الأطراف المعنية"]


def test_counter_example_lil_after_a_body_name_goes_on_with_the_name():
    text = "يطلب من المفوضية الإقليمية للشؤون الإنسانية تقديم تقرير."
    assert owners(text) == ["المفوضية الإقليمية للشؤون الإنسانية"]


def test_the_states_of_an_organisation_joined_to_lil_are_part_of_a_name():
    text = "يطلب من هيئة المواصفات لدول مجلس التعاون توحيد المعايير."
    assert owners(text) == ["هيئة المواصفات لدول مجلس التعاون"]


def test_another_organisations_secretary_general_before_tawasul_is_not_the_oics():
    text = "الطلب من الأمين العام لمجلس التعاون التواصل مع الشركاء وتقديم تقرير."
    assert owners(text) == ["الأمين العام لمجلس التعاون"]
    # The OIC's own, with the same verbal noun after it.
    assert owners("الطلب من الأمين العام التنسيق مع الدول الأعضاء.") == ["secretary-general"]


# --- The text holds the call --------------------------------------------------

SUMMIT = (
    "تعهد القادة المشاركون في القمة الإقليمية التي عقدت اليوم بالعمل على دعم الاستقرار.\n\n"
    "وبحسب البيان الختامي للقمة فقد اتفق القادة على تعزيز التعاون ودعوة الدول المجاورة "
    "إلى احترام السيادة.\n\n"
    "وتضمن البيان أيضا تكليف الأمانة العامة بمتابعة تنفيذ القرارات.\n"
)


def test_a_text_holding_a_mandate_and_an_attributed_agreement_ask():
    found = dict(page(SUMMIT))
    assert found["وتضمن"] == ["general-secretariat"]
    assert found["وبحسب"] == ["الدول المجاورة"]
    assert found["تعهد"] == []


def test_counter_example_a_text_holding_a_statement_asks_nobody():
    text = "وتضمن البيان التأكيد على أهمية التعاون بين الدول الأعضاء.\n"
    assert all(not o for _, o in page("تعهد القادة بدعم السلام في المنطقة كلها.\n\n" + text))


# --- A reporter telling what the resolution demands, and of whom --------------


def test_a_reporter_telling_the_resolutions_demand_of_the_parties():
    text = (
        "أقرت الجمعية قرارا جديدا بشأن الأزمة بأغلبية واسعة.\n\n"
        "وقال مراسل الوكالة إن القرار -الذي صوت عليه مساء الاثنين- يطالب بوقف "
        "إطلاق النار من قبل جميع الأطراف.\n"
    )
    found = page(text)
    assert found[-1] == ("وقال", ["جميع الأطراف"])


def test_counter_example_a_wrong_done_by_a_body_asks_it_nothing():
    assert owners("يطالب القرار بمحاسبة الجرائم المرتكبة من قبل الجماعات المسلحة.") == []


def test_counter_example_a_person_quoted_calling_is_not_the_text():
    assert owners("وقال الوزير إنه يدعو الدول الأعضاء إلى دعم الخطة.") == []


# --- Lines of a page that lost their full stop ------------------------------

LINES = (
    "المجلس الإقليمي يطالب بحماية المدنيين في المنطقة الحدودية\n"
    "دعا المجلس الإقليمي الأطراف المتنازعة إلى وقف القتال فورا.\n"
    "وطالب الجماعات المسلحة بفتح الطرق أمام القوافل الإنسانية.-\n"
    "وشدد على ضرورة الحوار الشامل بين جميع المكونات الوطنية.\n"
    "كما رحب بالمبادرة التي أعلنتها الحكومة لتشكيل لجنة وطنية للمصالحة\n"
    "وطلب المجلس في بيانه من الأمانة العامة متابعة تنفيذ هذا البيان.\n"
)


def test_a_line_closed_by_a_dash_or_before_a_new_paragraphs_verb_ends():
    found = page(LINES)
    assert [w for w, _ in found] == ["دعا", "وطالب", "وشدد", "كما", "وطلب"]
    assert found[-1][1] == ["general-secretariat"]


def test_counter_example_a_headline_above_the_lead_is_no_paragraph():
    # The headline has no full stop and the lead opens with a verb: still a headline.
    assert page(LINES)[0][0] == "دعا"


# --- Linear work -------------------------------------------------------------


def test_a_long_speaker_and_asides_cost_linear_work():
    def make(n: int) -> str:
        unit = 'حثت "هيئة التنسيق الإقليمية العليا" في بيان لها الخميس '
        return unit * max(1, n // len(unit)) + "المجتمع الدولي على تقديم المساعدات."

    assert_linear(lambda text: extract(text, AR, "ar"), make, 5_000)


def test_many_generic_addressees_in_places_cost_linear_work():
    def make(n: int) -> str:
        unit = "الأطراف المتنازعة في السودان و"
        return "دعا المجلس " + unit * max(1, n // len(unit)) + "الحكومات للوقف الفوري للقتال."

    assert_linear(lambda text: extract(text, AR, "ar"), make, 5_000)


def test_many_unpunctuated_lines_cost_linear_work():
    def make(n: int) -> str:
        unit = (
            "كما رحب المجلس بالمبادرة التي أعلنتها الحكومة للمصالحة\n"
            "وطلب المجلس من الأمانة العامة متابعة التنفيذ.-\n"
        )
        return unit * max(1, n // len(unit))

    assert_linear(parse_report, make, 5_000)


# --- The text quoted in the first person plural --------------------------------


def test_the_text_quoted_calling_in_the_first_person_asks():
    text = "قال البيان الختامي للاجتماع الطارئ اليوم: ندعو مجلس الأمن لعقد جلسة عاجلة."
    assert owners(text) == ["un-security-council"]
    text = "وأضاف البيان: «نطالب المجتمع الدولي بتحمل مسؤولياته»."
    assert owners(text) == ["international-community"]


def test_counter_example_a_person_quoted_in_the_first_person_is_not_the_text():
    assert owners("وقال الوزير في كلمته: ندعو مجلس الأمن لعقد جلسة عاجلة.") == []


def test_a_page_dated_by_a_tag_then_quoting_the_text_is_read():
    text = (
        "date 2024-05-06 قال البيان الختامي للاجتماع اليوم:ندعو مجلس الأمن لعقد جلسة.\n\n"
        "وأضاف البيان الختامي: نرفض التهجير القسري للسكان ونحذر من عواقبه.\n"
    )
    found = page(text)
    assert found[0][1] == ["un-security-council"]
    assert len(found) == 2 and found[1][1] == []


# --- A place joined to "ب", a partner consulted ---------------------------------


def test_a_place_joined_to_bi_before_the_next_addressee_does_not_end_the_list():
    text = (
        "وطالب المجلس، اللجنة الفنية وبعثة المنظمة بجنيف والأمانة العامة بالتشاور "
        "والتنسيق مع الدول المعنية لمتابعة التنفيذ."
    )
    # The city where the mission sits is no part of its name; the States are consulted.
    assert owners(text) == ["اللجنة الفنية", "بعثة المنظمة", "general-secretariat"]


def test_the_capitals_where_bodies_sit_are_no_part_of_their_name():
    text = "وتم تكليف الأمانة العامة ومختلف مجالس السفراء العرب في العواصم المعنية باتخاذ التدابير."
    assert owners(text) == ["general-secretariat", "مجالس السفراء العرب"]


def test_many_seats_cost_linear_work():
    def make(n: int) -> str:
        unit = "مكاتب في العواصم و"
        return "يطلب من " + unit * max(1, n // len(unit)) + "الهيئات في العواصم تقديم الدعم."

    assert_linear(lambda text: extract(text, AR, "ar"), make, 5_000)


def test_counter_example_what_a_committee_deals_with_stays_in_its_name():
    assert owners("يطلب من اللجنة المعنية بالقدس تقديم تقرير.") == ["اللجنة المعنية بالقدس"]


def test_counter_example_a_verbal_noun_joined_to_bi_still_ends_the_list():
    assert owners("يكلف الأمانة العامة بمتابعة تنفيذ القرار.") == ["general-secretariat"]


def test_many_quoted_leads_cost_linear_work():
    def make(n: int) -> str:
        unit = "قال البيان الختامي للاجتماع اليوم: "
        return unit * max(1, n // len(unit)) + "ندعو مجلس الأمن لعقد جلسة."

    assert_linear(lambda text: extract(text, AR, "ar"), make, 5_000)


def test_many_organisation_names_after_a_verb_cost_linear_work():
    def make(n: int) -> str:
        unit = "الجامعة العربية "
        return "وحثت " + unit * max(1, n // len(unit)) + "الأطراف على الحوار."

    assert_linear(lambda text: extract(text, AR, "ar"), make, 5_000)
