"""Arabic decisions of the League's council as its archives and news agencies
print them: an approval quoting the recommendation it approves, a
recommendation in the present ("يوصي المجلس ..."), the council named by its
short name or speaking through its statement, the body asked after an aside
("في قراره الخاص بـ ... من الأمين العام"), the governments of the member
States and the members named alone. Texts written for these tests after the
structures of such pages, never copied from one."""

from __future__ import annotations

import contextlib

import pytest

from decisions.text.decoding import ReportParseError
from decisions.text.issuer import issuer_of
from decisions.text.paragraphs import parse_report
from decisions.text.parts import find_parts, parse_part
from decisions.text.requests import extract, extract_all
from tests.formats.hostile import CALLS_GROWTH, growth
from tests.text.helpers import registry

AR = registry("ar")


def slugs(text: str) -> list[str]:
    return [r.owner.slug for r in extract(text, AR, "ar").requests]


def names(text: str) -> list[str]:
    return [r.owner.name for r in extract(text, AR, "ar").requests]


# --- a recommendation in the present asks the body after it


def test_a_recommendation_in_the_present_asks_the_body_after_the_speaker():
    text = "يوصي المجلس الدول الأعضاء بتبادل الخبرات في مجال مكافحة التصحر."
    assert slugs(text) == ["member-states"]


def test_a_recommendation_of_an_act_asks_nobody():
    assert names("توصي اللجنة بتعزيز التعاون بين المراكز البحثية.") == []


def test_the_noun_recommendation_is_no_verb():
    assert names("وقد نظرت اللجنة في توصيات الدول الأعضاء بشأن الميزانية.") == []


# --- the League's council by its short name and a statement that speaks


def test_the_council_named_by_its_short_name_is_the_speaker():
    text = "يوصي مجلس الجامعة الدول الأعضاء بإدراج المادة في مناهجها الدراسية."
    assert slugs(text) == ["member-states"]


def test_a_statement_named_alone_is_the_speaker_not_the_body_asked():
    found = names("وحث البيان الدول الأعضاء على دعم صندوق الإغاثة.")
    assert not any("البيان" in n for n in found), found
    assert slugs("وحث البيان الدول الأعضاء على دعم صندوق الإغاثة.") == ["member-states"]


# --- governments of the member States; the members alone


def test_the_governments_of_the_member_states_are_the_member_states():
    text = "يوصي المجلس حكومات الدول الأعضاء بتوحيد إجراءات منح التأشيرات."
    assert slugs(text) == ["member-states"]


def test_the_members_named_alone_after_a_call_are_the_member_states():
    assert slugs("ودعا البيان الأعضاء إلى تسديد مساهماتهم المتأخرة.") == ["member-states"]


def test_non_members_and_members_of_a_committee_stay_as_written():
    assert slugs("ودعا البيان الدول غير الأعضاء إلى الانضمام.") != ["member-states"]
    assert slugs("ودعت اللجنة الأعضاء في الفريق الفني إلى الاجتماع.") != ["member-states"]


def test_the_government_of_one_state_is_still_that_state():
    assert slugs("وطلب المجلس من حكومة مالي تيسير عمل البعثة.") in (
        ["mali"],
        ["government-of-mali"],
    )


# --- the body asked after an aside before "من"


def test_the_body_asked_after_an_aside_naming_the_decision():
    text = (
        "وطلب المجلس في قراره المتعلق بتطوير منظومة العمل المشترك بين الدورتين "
        "من الأمين العام للجامعة العربية إعداد دراسة شاملة."
    )
    assert slugs(text) == ["las-secretary-general"]


def test_an_aside_with_no_body_after_it_asks_nobody():
    assert names("وطلب المجلس في قراره تعزيز التعاون مع دول الجوار.") == []


def test_an_asked_council_in_a_decision_named_before_from_is_found():
    text = "وطلبت اللجنة في ختام اجتماعها الطارئ من الأمانة العامة متابعة التنفيذ."
    assert names(text) and "الأمانة العامة" in names(text)[0]


# --- an approval quoting what it approves is one paragraph


PAGE = """قرارات مجلس جامعة الدول العربية

حماية شعار الجامعة:

يقرر المجلس الموافقة على توصية اللجنة القانونية الآتية:
"نظرت اللجنة في مذكرة الأمانة العامة وقررت ما يلي:
يوصي مجلس الجامعة حكومات الدول الأعضاء بحماية شعار الجامعة في تشريعاتها".

(ق 2001/ د 40 - 3/3/1964)

نشر الآراء القانونية:

يقرر المجلس الموافقة على توصية اللجنة القانونية الآتية:
"يوصي المجلس الأمانة العامة بتعميم آرائها القانونية على الدول الأعضاء".

(ق 2002/ د 40 - 3/3/1964)
"""


def test_an_approval_and_the_recommendation_it_quotes_are_one_paragraph():
    report = parse_report(PAGE)
    texts = [p.text for p in report.paragraphs]
    assert len(texts) == 2, texts
    assert all(t.startswith("يقرر المجلس الموافقة") for t in texts)
    assert "يوصي مجلس الجامعة" in texts[0]


def test_the_quoted_recommendations_ask_their_bodies():
    report = parse_report(PAGE)
    first, second = (p.text for p in report.paragraphs)
    assert slugs(first) == ["member-states"]
    assert slugs(second) == ["general-secretariat"] or "الأمانة العامة" in names(second)[0]


def test_an_approval_line_with_nothing_after_its_colon_is_no_paragraph():
    text = (
        "يقرر المجلس الموافقة على التوصيات الآتية:\n\n"
        "1- يطلب من الأمانة العامة إعداد تقرير.\n"
        "2- يدعو الدول الأعضاء إلى المشاركة.\n"
    )
    report = parse_report(text)
    assert [p.number for p in report.paragraphs] == ["1", "2"]


def _aside_run(n: int) -> str:
    unit = "وطلب المجلس في قراره الخاص بدراسة المقترح "
    return unit * max(1, n // len(unit)) + "من الأمين العام إعداد تقرير."


def _approval_run(n: int) -> str:
    unit = "يقرر المجلس الموافقة على توصية اللجنة "
    return "مقدمة طويلة " * 12 + "\n\n" + unit * max(1, n // len(unit)) + ':\n"نص'


def _parse(text: str) -> None:
    with contextlib.suppress(ReportParseError):
        parse_report(text)


@pytest.mark.parametrize(
    "fn, make",
    [(lambda text: extract(text, AR, "ar"), _aside_run), (_parse, _approval_run)],
    ids=["asides before from", "approval lines"],
)
def test_a_hostile_page_costs_work_linear_in_its_length(fn, make):
    small, large = growth(fn, make, 15_000)  # 15 kB, then 150 kB
    assert large.calls <= CALLS_GROWTH * small.calls, (small.calls, large.calls)


# --- a news report's passive: "تم تكليف ..."، "تم الطلب من ..."


def test_a_task_given_in_the_passive_asks_the_body_named_after_it():
    text = "وقد تم تكليف الأمانة العامة بإعداد تصور متكامل لآليات التحرك الدبلوماسي."
    assert names(text) and "الأمانة العامة" in names(text)[0]


def test_a_request_made_in_the_passive_asks_the_body_after_from():
    assert slugs("وتم الطلب من الدول الأعضاء تقديم مقترحاتها قبل نهاية العام.") == ["member-states"]


def test_a_statement_made_in_the_passive_asks_nobody():
    assert names("وقد تم تأكيد الدعم الكامل لصمود الشعب الفلسطيني.") == []
    assert names("وتم حث الخطى نحو استكمال منطقة التجارة الحرة.") == []


# --- a date or place left to a body to set


def test_a_date_left_to_the_secretary_general_asks_him():
    text = "ويقرر إرجاء الاجتماع إلى موعد يحدده الأمين العام بعد التشاور مع الدول الأعضاء."
    assert names(text) == ["الأمين العام"]


def test_a_date_the_council_sets_itself_or_circumstances_set_asks_nobody():
    assert names("يقرر عقد الدورة في مكان وزمان يحددهما مجلس الجامعة لاحقا.") == []
    assert names("يقرر عقد الاجتماع في الموعد الذي تحدده الظروف.") == []


def test_efforts_a_body_makes_are_no_task():
    assert names("يرحب بالمساعي التي يبذلها الأمين العام لحل الأزمة.") == []


# --- a page of the League's decisions that names no organisation in its head


def test_a_head_holding_a_league_reference_is_the_leagues():
    head = "الميزانية (ق 5001 - د 90/ج 1 - 12/3/1988) اطلع المجلس على مذكرة الأمانة العامة"
    assert issuer_of(head, AR) == "league-of-arab-states"


def test_a_head_with_a_number_in_brackets_is_no_reference():
    assert issuer_of("اطلع المجلس على المذكرة (ص 12 - 14) بشأن الميزانية", AR) == ""


LEAGUE_PAGE = """حصص الدول في الميزانية

اطلع المجلس على مذكرة الأمانة العامة وعلى توصية اللجنة المالية.

ويقرر:

دعوة الدول الأعضاء إلى سداد حصصها وتكليف الأمانة العامة بمتابعة التحصيل.

(ق 5002 - د 90/ج 2 - 13/3/1988)

تنظيم الأرشيف

اطلع المجلس على مذكرة الأمانة العامة.

ويقرر:

الطلب إلى الأمانة العامة إعداد فهرس للوثائق.

(ق 5003 - د 90/ج 2 - 13/3/1988)
"""


def test_a_bare_secretariat_in_a_decision_filed_under_a_league_reference_is_the_leagues():
    parts = find_parts(LEAGUE_PAGE)
    report = parse_part(LEAGUE_PAGE, parts[0])
    found = extract_all([p.text for p in report.paragraphs], AR, "ar", report.head)
    slugs_found = [r.owner.slug for e in found for r in e.requests]
    assert "las-general-secretariat" in slugs_found, slugs_found
    assert "general-secretariat" not in slugs_found


# --- a council named with whose it is and when it met


def test_a_council_named_with_its_organisation_and_session_is_the_speaker():
    text = (
        "وحث المجلس الوزاري لمجلس التعاون لدول الخليج العربية في ختام دورته اليوم "
        "المجتمع الدولي على تحمل مسؤولياته."
    )
    assert slugs(text) == ["international-community"]


def test_a_council_calling_on_another_council_keeps_it_as_the_body_asked():
    assert names("دعا المجلس لمجلس التعاون إلى عقد اجتماع طارئ.") != []
