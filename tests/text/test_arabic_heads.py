"""Arabic resolutions after "يقرر": paragraphs opening with a verbal noun,
lists of addressees joined by "و", a body qualified by the organisation it
belongs to, and generic addressees. Short texts written after the
structures of OIC and Arab League resolutions."""

from __future__ import annotations

from functools import partial

import pytest

from decisions.text.bodies import unregistered
from decisions.text.requests import extract

from .helpers import owners_named, registry

AR = registry("ar")


owners = partial(owners_named, registry=AR)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("دعوة الدول الأعضاء إلى تقديم الدعم اللازم.", ["member-states"]),
        ("تكليف الأمانة العامة بمتابعة هذا الموضوع.", ["general-secretariat"]),
        ("حث الدول الأعضاء على المشاركة في الاجتماع.", ["member-states"]),
        ("مناشدة الدول الأعضاء أن تقدم المساعدة.", ["member-states"]),
        ("الطلب من الأمين العام متابعة تنفيذ هذا القرار.", ["secretary-general"]),
        ("الطلب إلى الأمين العام إعداد تقرير بذلك.", ["secretary-general"]),
        ("توجيه نداء إلى الدول الأعضاء لتقديم الدعم.", ["member-states"]),
        ("مطالبة الدول الأعضاء بتنفيذ القرارات.", ["member-states"]),
        ("قيام الدول العربية بإجراء الاتصالات اللازمة.", ["الدول العربية"]),
    ],
)
def test_a_requesting_verbal_noun_heads_the_paragraph(text, expected):
    assert owners(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "التأكيد على ضرورة التمسك بمقومات التضامن.",
        "تأكيد التضامن الأخوي مع السودان والصومال.",
        "الترحيب بجهود الأمين العام في هذا المجال.",
        "الإشادة بالجهود التي يبذلها الأمين العام للمنظمة.",
        "الإعراب عن التقدير لاستضافة الحكومة السورية الاجتماع.",
        "التنديد بمحاولات استغلال العلاقات لتهديد أمن الدول العربية.",
        "إدانة الاحتلال والعمل بشتى الوسائل لإنهائه فورا.",
    ],
)
def test_a_stating_verbal_noun_asks_nobody(text):
    assert extract(text, AR).kind == "statement"


def test_a_stating_head_then_a_requesting_one_in_one_paragraph():
    text = "التأكيد مجددا على دعم القضية الفلسطينية، ودعوة الدول العربية إلى تقديم الدعم."
    assert owners(text) == ["الدول العربية"]


def test_a_requesting_head_joined_by_waw_after_a_stating_part():
    text = (
        "بذل كل الجهود لتعمير مدن شمال مالي، ودعوة المؤسسات الثقافية التابعة لمنظمة "
        "المؤتمر الإسلامي وللدول الأعضاء التدخل بفعالية في هذا المضمار."
    )
    assert owners(text) == ["المؤسسات الثقافية التابعة لمنظمة المؤتمر الإسلامي", "member-states"]


def test_a_reaffirmed_call_to_a_body_is_a_request():
    text = "يؤكد مجددا دعوته لفريق الاتصال الدولي الخماسي لإقامة علاقة عمل مع فريق الاتصال."
    assert owners(text) == ["فريق الاتصال الدولي الخماسي"]


def test_waw_opens_a_new_addressee_but_not_a_second_adjective():
    text = "يدعو الدول المعنية ومؤسسات التمويل الإقليمية والوطنية إلى المشاركة النشطة."
    assert owners(text) == ["الدول المعنية", "مؤسسات التمويل الإقليمية والوطنية"]


def test_member_countries_are_the_member_states_in_a_waw_list():
    text = "كذلك دعوة البلدان الأعضاء ومختلف صناديق التنمية العربية والإسلامية إلى تقديم مساهماتهم."
    assert owners(text) == ["member-states", "صناديق التنمية العربية والإسلامية"]


def test_two_bodies_joined_by_waw_without_a_verb_after_them_are_two_addressees():
    text = "يدعو المجلس مثيري الاضطرابات وأعداء السلام إلى الكف عن أعمالهم."
    assert owners(text) == ["مثيري الاضطرابات", "أعداء السلام"]


def test_the_secretariat_of_the_organisation_is_the_secretariat_only():
    text = "يطلب من الأمانة العامة لمنظمة المؤتمر الإسلامي متابعة تنفيذ قرارات الكومسيك."
    assert owners(text) == ["general-secretariat"]


@pytest.mark.parametrize(
    ("text", "name", "bare"),
    [
        ("حث جميع الفصائل على وقف جميع أعمال العنف.", "جميع الفصائل", "الفصائل"),
        (
            "توجيه نداء إلى كافة الأطراف المعنية كي تواصل الجهود.",
            "كافة الأطراف المعنية",
            "الأطراف المعنية",
        ),
    ],
)
def test_a_generic_addressee_keeps_its_quantifier_in_its_name_not_in_its_identity(text, name, bare):
    (request,) = extract(text, AR).requests
    assert request.owner.name == name
    assert request.owner.slug == unregistered(bare).slug


def test_the_action_after_a_qualified_secretariat_ends_the_list_of_addressees():
    text = (
        "يطلب من الأمانة العامة لمنظمة المؤتمر الإسلامي متابعة تنفيذ القرارات، "
        "والدأب على توفير المساعدات اللازمة."
    )
    assert owners(text) == ["general-secretariat"]


@pytest.mark.parametrize(
    "text",
    ["تأكيد التضامن الكامل مع تشاد والنيجر.", "ترحيب بجهود السنغال وغامبيا في الوساطة."],
)
def test_a_stating_noun_naming_states_asks_none_of_them(text):
    # Registered States after a stating verbal noun that opens with ت: the noun
    # is no verb in the present with the States as its subject.
    assert extract(text, AR).kind == "statement"
