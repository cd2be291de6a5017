"""A person speaking for an organisation: the chairperson of its commission in
a statement retold in the third person ("The Chairperson calls on ..."), and its
head in a message of his own in the first person ("I would like to call on
...") are the organisation's requests (decisions.text.head_speaker). Texts
written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.head_speaker import head_leads, head_subject
from decisions.text.paragraphs import ReportParseError, parse_report
from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import page_owners, registry

EN = registry("en")


def owners(text: str) -> list[list[str]]:
    return page_owners(text, "en")


CHAIR_PAGE = (
    "The Chairperson of the Commission of the African Union, Ms Ada Nwosu, follows with "
    "concern the floods in the eastern provinces.\n\n"
    "The Chairperson calls on the parties to open the roads to the relief convoys.\n\n"
    "Moreover, the Chairperson strongly regrets the delays and renews her call on all donors "
    "to fund the appeal before the winter.\n"
)


def test_the_commission_chairperson_named_in_the_lead_speaks_for_it():
    assert owners(CHAIR_PAGE)[-2:] == [["parties"], ["donors"]]
    assert head_leads("The AU Commission Chairperson said on Monday ...").title == "chair"


def test_a_chairperson_the_lead_does_not_name_as_the_commissions_asks_nothing():
    # Counter-example: the chair of a meeting (a minister) is no head of the commission.
    page = CHAIR_PAGE.replace(
        "The Chairperson of the Commission of the African Union, Ms Ada Nwosu,",
        "The Chairperson of the ministerial meeting, Ms Ada Nwosu,",
    )
    with pytest.raises(ReportParseError):
        parse_report(page)
    assert not head_leads("The Chairperson of the meeting said on Monday ...")
    # The chairperson's subject only after a lead naming him: not a secretary-general's page.
    sg = head_leads("The OIC Secretary-General said on Monday ...")
    assert not head_subject("the chairperson ", 0, 16, sg)


MESSAGE_PAGE = (
    "Every year the world marks the day of the volunteers. The Message of the AMU "
    "Secretary General on this occasion was,\n"
    "“On this occasion, I would like to call on all Member States’ Governments, "
    "International organizations, Civil Societies and all young people, to fund the "
    "volunteers.\n"
    "We need to do more for the volunteers in the region.\n"
    "In conclusion, I would like to reiterate my call to all the Member States to fund the "
    "programme.”\n"
)


def test_the_head_in_his_own_message_speaks_in_the_first_person():
    found = [o for o in owners(MESSAGE_PAGE) if o]
    assert found == [
        ["member-states", "international-organizations", "civil-societies", "young-people"],
        ["member-states"],
    ]


def test_i_is_no_speaker_when_the_lead_names_no_message_of_the_head():
    # Counter-example: a report of the Secretary-General's visit, quoting someone else.
    page = MESSAGE_PAGE.replace(
        "The Message of the AMU Secretary General on this occasion was,",
        "The AMU Secretary General visited the camps, where a volunteer said,",
    )
    assert not [o for o in extract_all(page.split("\n"), EN, "en") if o.requests]
    assert not head_leads(page.split("\n")[0]).first_person
    assert head_leads(MESSAGE_PAGE.split("\n")[0]).first_person


def test_a_registered_bodys_governments_in_the_possessive_go_on_the_list():
    text = "The Council calls on Member States' authorities and all donors to fund the appeal."
    found = extract_all([text], EN, "en")[0]
    assert [r.owner.slug for r in found.requests] == ["member-states", "donors"]
    # Counter-example: the possessive of a body before its action stays the action.
    other = "The Council calls on Member States' efforts and all donors to fund the appeal."
    assert "member-states" in [r.owner.slug for r in extract_all([other], EN, "en")[0].requests]


def test_persons_speaking_for_the_organisation_stay_linear():
    assert_linear(parse_report, lambda n: CHAIR_PAGE * n, 20)
    assert_linear(parse_report, lambda n: MESSAGE_PAGE + "I would like to thank you. " * n, 200)
    sg = head_leads(MESSAGE_PAGE.split("\n")[0])
    assert_linear(lambda t: head_subject(t, 0, len(t), sg), lambda n: "i " + "also " * n, 2_000)
    assert_linear(head_leads, lambda n: "message of the " * n + "chairperson", 2_000)


AR = registry("ar")


def ar_owners(text: str) -> list[str]:
    found = extract_all([text], AR, "ar")[0]
    return [r.owner.slug for r in found.requests]


def test_the_arabic_secretary_generals_participle_is_the_organisations():
    # Class: a news report opening a sentence with a verb and the organisation's own
    # Secretary-General, his name between commas, his call a participle after it.
    text = (
        "وحمل الأمين العام للمنظمة، الدكتور سالم الهادي، الميليشيات المسؤولية عن الحصار، "
        "داعياً المجتمع الدولي إلى فتح الممرات."
    )
    assert ar_owners(text) == ["international-community"]
    page = "(جدة) – واس\nأدانت المنظمة الحصار المفروض على المدينة منذ شهر.\n" + text + "\n"
    report = parse_report(page)
    assert any(p.text.startswith("وحمل الأمين العام") for p in report.paragraphs)
    # Counter-examples: another organisation's Secretary-General, and a minister.
    assert ar_owners(text.replace("للمنظمة", "للأمم المتحدة")) == []
    assert ar_owners(text.replace("الأمين العام للمنظمة", "الوزير")) == []


def test_an_arabic_body_singled_out_after_a_comma_is_asked_too():
    text = "ودعا المجلس المجتمع الدولي، خاصة مجلس الأمن الدولي، إلى فتح الممرات."
    assert ar_owners(text) == ["international-community", "un-security-council"]
    # Counter-example: a verbal noun after the comma is the action, no addressee.
    assert ar_owners("وطلب المجلس من الدول الأعضاء، تقديم الدعم للاجئين.") == ["member-states"]


def test_the_powers_beside_the_international_community_are_asked():
    text = "وأعربت المنظمة عن قلقها؛ داعيةً المجتمع الدولي والقوى الفاعلة، إلى خفض التوتر."
    found = extract_all([text], AR, "ar")[0]
    assert [r.owner.name for r in found.requests] == ["المجتمع الدولي", "القوى الفاعلة"]
    # Counter-example: an adjective of relation after "و" stays one addressee.
    one = extract_all(["ودعا المجلس الدول العربية والإسلامية إلى الحوار."], AR, "ar")[0]
    assert len(one.requests) == 1


def test_a_commission_taken_up_by_its_noun_speaks():
    # Class: a news retelling of a commission's statement ("The commission urged ...").
    page = (
        "Jeddah, Agency – The Independent Commission of the bloc has condemned the siege of "
        "the city.\n\n"
        "The commission urged the international community to open the roads.\n"
    )
    assert owners(page)[-1] == ["international-community"]
    # Counter-example: the commission asked, not speaking.
    assert extract_all(["The Council urged the commission to act."], EN, "en")[0].requests


def test_arabic_heads_and_lists_stay_linear():
    head = "وحمل الأمين العام للمنظمة، الدكتور سالم، الميليشيات المسؤولية، "
    assert_linear(lambda t: ar_owners(t), lambda n: head + "، " * n + "داعياً الدول إلى", 200)
    assert_linear(
        lambda t: ar_owners(t),
        lambda n: "ودعا المجلس " + "المجتمع الدولي والقوى الفاعلة، " * n + "إلى الحوار.",
        50,
    )


def test_the_arabic_secretary_general_after_a_past_verb_speaks_for_the_organisation():
    # Class: a news report, "ودعا/وطالب الأمين العام [للمنظمة] [، اسمه،] X إلى/بـ ...":
    # two objects cannot follow the verb, so the Secretary-General is its subject.
    assert ar_owners("ودعا الأمين العام للمنظمة المجتمع الدولي إلى فتح الممرات.") == [
        "international-community"
    ]
    assert ar_owners("وطالب الأمين العام، الدكتور سالم، الدول الأعضاء بدعم اللاجئين.") == [
        "member-states"
    ]
    # Counter-examples: a resolution asking him ("يدعو الأمين العام إلى ..."), and the
    # United Nations' Secretary-General named with his name (his own call).
    assert ar_owners("يدعو الأمين العام إلى متابعة تنفيذ هذا القرار.") == ["secretary-general"]
    assert ar_owners("ودعا الأمين العام للأمم المتحدة فلان المجتمع الدولي إلى فتح الممرات.") == []
    assert_linear(
        lambda t: ar_owners(t),
        lambda n: "ودعا الأمين العام للمنظمة، " + "الدكتور " * n + "، المجتمع الدولي إلى فتح",
        200,
    )


def en_owners(text: str) -> list[str]:
    return [r.owner.slug for r in extract_all([text], EN, "en")[0].requests]


def test_a_demand_renewed_for_a_body_to_act_asks_that_body():
    # Class: a statement renewing an earlier demand, its addressee after "for".
    text = (
        "The Chairperson regrets the raids and reiterates the Union's demand for the "
        "neighbouring countries to close their borders."
    )
    assert en_owners(text) == ["neighbouring-countries"]
    # Counter-example: a call for an outcome names nobody.
    assert en_owners("The Council renews its call for an immediate end to the raids.") == []
    assert en_owners("The Council renews its call for a truce to be respected.") == []


def test_a_demand_worded_as_a_noun_asks_its_agent():
    # Class: a press statement insisting on an act done by a body ("by the parties").
    text = "The members of the Council insist on full implementation by the parties of the truce."
    assert en_owners(text) == ["parties"]
    # Counter-examples: "by" a date; a minister insisting (not the body that met).
    assert en_owners("The Council insists on the implementation of the truce by May.") == []
    assert en_owners("The minister insisted on full implementation by the parties of it.") == []
    assert_linear(
        en_owners,
        lambda n: "The Council insists on full implementation by the parties " + "of it " * n,
        200,
    )


def test_a_request_that_a_council_meet_asks_that_council():
    # Class: a statement asking that a body meet ("تطلب عقد اجتماع فوري لمجلس ...").
    text = (
        "نظرا إلى تدهور الأوضاع في الإقليم، فإن دول المجلس تطلب عقد اجتماع عاجل لمجلس "
        "جامعة الدول العربية لبحث الأوضاع."
    )
    assert ar_owners(text) == ["las-council"]
    assert [p.number for p in parse_report(text + "\n").paragraphs] == ["1"]
    # Counter-examples: a decision to hold a meeting asks nobody; nor a meeting with a party.
    assert ar_owners("وقرر المجلس عقد اجتماع استثنائي لمجلس الجامعة.") == []
    assert ar_owners("وطالب المجلس بعقد اجتماع مع ممثلي الأطراف.") == []
    assert_linear(
        ar_owners,
        lambda n: "فإن دول المجلس تطلب عقد اجتماع " + "فوري " * n + "لمجلس الجامعة لبحث",
        200,
    )
