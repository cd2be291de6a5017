"""Arabic news reports of an organisation's head speaking for it: his name
after his title losing its closing comma ("دعا الأمين العام للمنظمة، الدكتور
فلان كل الأطراف إلى ..."), a title of address never read as a body asked, and
his request carried by a participle in a later sentence whose subject is left
in the verb ("ونوه في كلمته بـ ...، داعيا ...") or is his family name ("فأشار
خلالها الفلاني إلى ...، داعيا ..."), once the lead names him with his
organisation (decisions/text/head_speaker_ar.py). Also envoys described by
where they are accredited, and an aggregator's source label. Texts written
for these tests after the structure of such reports, never copied."""

from __future__ import annotations

from decisions.text.folding import fold_text
from decisions.text.head_speaker_ar import head_speaks_ar, lead_ar
from decisions.text.page_scraps import without_scraps
from decisions.text.paragraphs import ReportParseError
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import page_owners, registry

AR = registry("ar")


def read(page: str) -> list[list[str]]:
    """The owners of each paragraph read, by name; none when no paragraph is."""
    try:
        return page_owners(page, "ar", names=True)
    except ReportParseError:
        return []


def owners(text: str) -> list[str]:
    return [
        r.owner.slug if r.owner.registered else r.owner.name
        for r in extract(text, AR, "ar").requests
    ]


# The head's name after a comma, its closing comma lost, before the body asked.


def test_the_heads_name_without_its_closing_comma_is_no_body_asked():
    text = "ناشد الأمين العام للمنظمة، الدكتور سامي الحربي جميع الأطراف الليبية إلى وقف القتال."
    assert owners(text) == ["جميع الأطراف الليبية"]
    text = "دعا الأمين العام لمنظمة التعاون الإسلامي، السفير نادر كمال كل الدول الأعضاء إلى الدعم."
    assert owners(text) == ["member-states"]


def test_counter_example_the_name_between_two_commas_is_read_as_before():
    text = "دعا الأمين العام للمنظمة، الدكتور سامي الحربي، الدول الأعضاء إلى دعم الصندوق."
    assert owners(text) == ["member-states"]


def test_a_title_of_address_and_a_name_is_never_an_owner():
    text = "دعا الأمين العام للأمم المتحدة، الدكتور سامي عادل الدول الأعضاء إلى دعم الصندوق."
    assert "الدكتور" not in " ".join(owners(text))
    assert owners("يطلب من الدول الأعضاء والدكتور سامي عادل تقديم تقرير.") == ["member-states"]


def test_counter_example_a_title_of_address_before_an_office_is_the_office_asked():
    found = owners("يدعو الدول الأعضاء والسيد المبعوث الخاص إلى مواصلة العمل.")
    assert found == ["member-states", "السيد المبعوث الخاص"]


# A participle closing a sentence whose subject is the head the lead names.

_LEAD = (
    "ترأس الأمين العام لمنظمة التعاون الإسلامي، يوسف أحمد ناصر، اليوم الاثنين، "
    "اجتماع مجلس إدارة الصندوق في دورته العاشرة بمقر الأمانة العامة.\n\n"
)


def test_an_unsaid_subject_after_the_heads_lead_is_the_head():
    page = (
        _LEAD + "وأشاد في كلمته أمام الاجتماع بالبرامج التي ينفذها الصندوق في مجالات التعليم، "
        "داعيا الدول الأعضاء إلى زيادة تبرعاتها الطوعية للصندوق.\n"
    )
    assert page_owners(page, "ar") == [[], ["member-states"]]


def test_counter_example_an_unsaid_subject_after_a_minister_is_the_ministers():
    page = (
        _LEAD + "وقال وزير الخارجية المضيف إن بلاده تدعم أعمال الصندوق بكل قوة منذ سنوات.\n\n"
        "وأشاد في كلمته أمام الاجتماع بالبرامج التي ينفذها الصندوق في مجالات التعليم، "
        "داعيا الدول الأعضاء إلى زيادة تبرعاتها الطوعية للصندوق.\n"
    )
    assert ["الدول الأعضاء"] not in read(page)


def test_counter_example_without_the_heads_lead_an_unsaid_subject_is_nobodys():
    page = (
        "ترأس وزير الخارجية المضيف اليوم الاثنين اجتماع مجلس إدارة الصندوق في دورته العاشرة.\n\n"
        "وأشاد في كلمته أمام الاجتماع بالبرامج التي ينفذها الصندوق في مجالات التعليم، "
        "داعيا الدول الأعضاء إلى زيادة تبرعاتها الطوعية للصندوق.\n"
    )
    assert ["الدول الأعضاء"] not in read(page)


_DG_LEAD = (
    "عقد المدير العام لمنظمة التربية والثقافة -إيسكو- الدكتور خالد بن سعيد العمري "
    "اليوم لقاء افتراضيا مع ممثلي المنظمات الدولية في العاصمة.\n\n"
)


def test_the_heads_family_name_as_subject_carries_his_request():
    page = (
        _DG_LEAD + "أما الرسالة الأولى فأوضح فيها العمري أن المنظمة جددت ميثاقها ولوائحها، "
        "داعيًا السفراء المعتمدين لدى المملكة إلى إبلاغ حكوماتهم بذلك.\n"
    )
    assert page_owners(page, "ar", names=True) == [[], ["السفراء"]]


def test_counter_example_another_family_name_as_subject_carries_no_request():
    page = (
        _DG_LEAD + "أما الرسالة الأولى فأوضح فيها الشمري أن المنظمة جددت ميثاقها ولوائحها، "
        "داعيًا السفراء المعتمدين لدى المملكة إلى إبلاغ حكوماتهم بذلك.\n"
    )
    assert ["السفراء"] not in read(page)


def test_the_lead_names_the_head_not_another_organisations():
    assert lead_ar(_DG_LEAD).holder == "بن سعيد العمري"
    assert lead_ar(_LEAD).holder == "أحمد ناصر".replace("أ", "ا")
    assert lead_ar("دعا الأمين العام للأمم المتحدة، فلان، الأطراف إلى الحوار.") == ""
    assert lead_ar("استقبل وزير الخارجية الأمين العام للمنظمة اليوم.") == ""
    lead = "المصدر - عقد المدير العام للمنظمة الدكتور خالد العمري لقاء."
    assert lead_ar(lead).holder == "العمري لقاء"


# Envoys described by where they are accredited; an aggregator's source label.


def test_where_envoys_are_accredited_says_which_ones():
    assert owners("ودعا المجلس السفراء المعتمدين لدى المنظمة إلى حضور الاجتماع.") == ["السفراء"]
    assert owners("ودعا المجلس الهيئة المعتمدة إلى تقديم تقريرها.") == ["الهيئة المعتمدة"]


def test_an_aggregators_source_label_is_no_word_of_the_paragraph():
    assert without_scraps("المصدر - عقد المجلس اجتماعه.") == "عقد المجلس اجتماعه."
    assert without_scraps("أكد المصدر - وهو مسؤول - أن") == "أكد المصدر - وهو مسؤول - أن"


# Linear work.


def _long_name(n: int) -> str:
    return "دعا الأمين العام للمنظمة، الدكتور " + "سامي " * n + "الدول الأعضاء إلى الدعم."


def _long_opening(n: int) -> str:
    return "أما " + "الرسالة " * n + "فأوضح فيها العمري أن " + "المنظمة " * n + "، داعيا"


def test_long_names_and_openings_cost_linear_work():
    assert_linear(lambda text: extract(text, AR, "ar"), _long_name, 2_000)
    head = lead_ar(_DG_LEAD)

    def speaks(text: str) -> bool:
        folded = fold_text(text)
        return head_speaks_ar(folded, 0, len(folded) - 7, head)

    assert_linear(speaks, _long_opening, 2_000)
    assert_linear(lambda text: lead_ar(text), lambda n: "عقد " + "المدير العام " * n, 2_000)
