"""Arabic news dispatches on an organisation's statement: the acronym set
between slashes after the organisation's name ("/الإيسيسكو/"), a comma set
after the organisation that speaks before the body it asks, and a paragraph
opening with the body holding another responsible ("وحمّلت المنظمة ...
المسؤولية"), a call following it in the same sentence. Texts written for
these tests."""

from __future__ import annotations

import pytest

from decisions.text.clauses import clauses
from decisions.text.folding import fold_text, strip_marks
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


def page_owners(text: str) -> dict[str, list[str]]:
    report = parse_report(text)
    found = extract_all([p.text for p in report.paragraphs], AR, "ar", report.head)
    return {
        p.number: [r.owner.slug if r.owner.registered else r.owner.name for r in e.requests]
        for p, e in zip(report.paragraphs, found, strict=True)
    }


# The acronym between slashes.


def test_an_organisation_named_with_its_acronym_between_slashes_speaks():
    text = "دعت المنظمة العربية للتنمية الصناعية /إيدو/ الدول الأعضاء إلى توحيد المواصفات."
    assert owners(text) == ["member-states"]
    text = "حثت الهيئة الإقليمية للطاقة المتجددة / هرطم / الحكومات المعنية على تبادل الخبرات."
    assert owners(text) == ["الحكومات المعنية"]


def test_a_body_with_its_acronym_between_slashes_before_ila_is_still_asked():
    # "دعت القمة X /Y/ إلى ...": the summit speaks, the organisation is asked.
    text = "دعت القمة المنظمة العربية للتنمية الزراعية /أوداز/ إلى إعداد خطة."
    assert len(owners(text)) == 1
    assert owners(text) != ["member-states"]


# A comma after the organisation that speaks.


def test_a_comma_after_the_speaking_organisation_leaves_it_out_of_the_owners():
    text = "طالبت منظمة التعاون الإسلامي، المجتمع الدولي بوقف الاستيطان فورا."
    assert owners(text) == ["international-community"]
    text = "ناشدت الجامعة العربية، الدول الأعضاء تقديم المساعدات العاجلة للمتضررين."
    assert owners(text) == ["member-states"]


def test_a_list_going_on_after_the_comma_is_still_asked():
    # "و" after the comma: the list of bodies asked goes on, the summit speaking.
    text = "دعت القمة الاتحاد الأفريقي، والأمم المتحدة إلى دعم الحوار."
    assert owners(text) == ["african-union", "united-nations"]


# Holding a body responsible, then a call in the same sentence.


def test_a_paragraph_holding_a_body_responsible_then_calling_is_read():
    page = (
        "أدانت الهيئة الإقليمية بشدة القصف الذي طال الأحياء السكنية في المدينة الليلة الماضية.\n\n"
        "وحمَّلت المنظمة، التي يقع مقرها في العاصمة، في بيان صدر عنها اليوم، سلطات الاحتلال "
        "المسؤولية الكاملة عن هذا التصعيد، داعيةً المجتمع الدولي إلى التحرك العاجل "
        "لحماية المدنيين.\n\n"
        "وختمت المنظمة بيانها بالتعبير عن تضامنها الكامل مع الضحايا وأسرهم في هذا المصاب الأليم."
    )
    found = page_owners(page)
    assert ["international-community"] in found.values()


def test_holding_responsible_is_a_statement_verb():
    text = strip_marks("وحمّلت اللجنة الطرفين المسؤولية عن تعثر المفاوضات.")
    kinds = [c.verb.kind for c in clauses(text, fold_text(text))]
    assert kinds == ["statement"]


def test_compelling_a_body_is_no_verb_of_holding_responsible():
    # "حمل" as a noun ("compelling"), "على" before "المسؤولية": not the verb.
    text = "ودعت اللجنة إلى حمل الأطراف على تحمل المسؤولية كاملة."
    folded = fold_text(strip_marks(text))
    at = folded.index("حمل ")
    assert all(c.verb.start != at for c in clauses(text, folded))
    page = "وحملت الطائرات المساعدات الطبية إلى المدينة صباح اليوم بعد تأخير طويل في المطار."
    with pytest.raises(Exception):  # noqa: B017 - no paragraph at all
        parse_report(page)


def rep(unit: str, size: int) -> str:
    return unit * size


@pytest.mark.parametrize(
    "grow",
    [
        lambda n: "دعت المنظمة " + rep("العربية ", n) + "/ أودا / الدول الأعضاء إلى الدعم.",
        lambda n: "طالبت منظمة التعاون الإسلامي، " + rep("المجتمع الدولي ", n) + "بالتحرك.",
        lambda n: "وحملت المنظمة " + rep("الطرف ", n) + "المسؤولية، داعية الدول إلى العمل.",
        lambda n: "وحملت المنظمة " + rep("الطرف، ", n) + "داعية الدول إلى العمل.",
    ],
    ids=["slashes", "comma", "held responsible", "no responsibility"],
)
def test_agency_speakers_are_read_in_linear_time(grow):
    assert_linear(lambda text: extract_all([text], AR, "ar"), grow, 2_000)
