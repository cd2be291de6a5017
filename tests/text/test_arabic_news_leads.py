"""Arabic news pages reporting a summit's closing communiqué: a lead that
closes the session "by calling" on a body, a paragraph linked by "هذا و", the
leaders who met speaking in the past ("دعا زعماء ..."، "وناشدوا ..."). Texts
written for these tests after the structure of such pages, never copied."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract, extract_all
from tests.formats.hostile import CALLS_GROWTH, growth
from tests.text.helpers import registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return [r.owner.name for r in extract(text, AR, "ar").requests]


def slugs(text: str) -> list[str]:
    return [r.owner.slug for r in extract(text, AR, "ar").requests]


PAGE = (
    "اختتم مجلس الوحدة الإقليمي دورته العاشرة في العاصمة، بدعوة الدول الأعضاء إلى "
    "تعزيز التعاون الأمني في ما بينها حسب البيان الختامي.\n"
    "هذا ودعا زعماء المنطقة الأطراف المتنازعة إلى وقف القتال فورا، وناشدوا المجتمع الدولي "
    "تقديم المساعدات الإنسانية للسكان المتضررين.\n"
)


def test_a_lead_closing_the_session_by_calling_and_a_linked_paragraph_are_read():
    report = parse_report(PAGE)
    assert [p.number for p in report.paragraphs] == ["1", "2"]


def test_the_leaders_speaking_in_the_past_are_not_the_body_asked():
    text = "هذا ودعا زعماء المنطقة الأطراف المتنازعة إلى وقف القتال فورا."
    assert owners(text) == ["الأطراف المتنازعة"]
    assert owners("ودعا القادة العرب الأطراف المتنازعة إلى وقف القتال.") == ["الأطراف المتنازعة"]


def test_members_asking_in_the_plural_ask():
    assert slugs("وناشدوا المجتمع الدولي تقديم المساعدات الإنسانية.") == ["international-community"]


def test_closing_a_session_by_calling_asks():
    report = parse_report(PAGE)
    found = extract_all([p.text for p in report.paragraphs], AR, "ar", report.head)
    first = [r.owner.name for r in found[0].requests]
    assert first and "الدول" in first[0], first


def test_counter_example_a_resolution_calling_on_leaders_asks_them():
    # In the present, a resolution calls on the leaders: they are the body asked.
    found = owners("يدعو المجلس القادة السياسيين إلى الحوار.")
    assert found and "القادة" in found[0], found


def test_counter_example_at_the_invitation_of_asks_nobody():
    assert owners("وعقد المجلس اجتماعه بدعوة من الحكومة المصرية في القاهرة.") == []
    assert owners("وعقد المجلس اجتماعه بدعوة كريمة من الحكومة المصرية.") == []


def _run(n: int) -> str:
    unit = "هذا ودعا زعماء المنطقة "
    return unit * max(1, n // len(unit)) + "الأطراف إلى وقف القتال."


def test_a_run_of_leads_costs_linear_work():
    small, large = growth(lambda text: extract(text, AR, "ar"), _run, 10_000)
    assert large.calls <= CALLS_GROWTH * small.calls, (small.calls, large.calls)
    small, large = growth(parse_report, lambda n: PAGE * max(1, n // len(PAGE)), 10_000)
    assert large.calls <= CALLS_GROWTH * small.calls, (small.calls, large.calls)
