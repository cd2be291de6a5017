"""Requests made again: a renewal adverb between the verb and its addressee
("Calls again upon ...", "Demande de nouveau au ...", "يدعو ثانية ..."), and a
call, request or appeal renewed ("Reiterates its request to ...", "Réitère sa
demande au ...", "يجدد دعوته الدول الأعضاء ..."), ask the body named after them;
a renewed support or commitment asks nobody. Short sentences written for these
tests in English, French and Arabic."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY, owners_named

SG = ["secretary-general"]
MS = ["member-states"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Calls again upon the Member States to honour their pledges.", MS),
        ("Called once again on the Member States to honour their pledges.", MS),
        ("Urges once more the Secretary-General to pursue his contacts.", SG),
        ("Requests anew the Secretary-General to submit a progress report.", SG),
        ("Once more requests the Secretary-General to submit a progress report.", SG),
        ("Appeals again to all Member States to pay their arrears.", MS),
        ("Renews its call on the IsDB to finance the feasibility study.", ["isdb"]),
        ("Reiterates its request to the Secretary-General to convene the group.", SG),
        ("Reiterates its urgent appeal to all Member States to pay their arrears.", MS),
    ],
)
def test_english_requests_made_again_ask_the_body_named(text, expected):
    assert owners_named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Demande de nouveau au Secrétaire général de poursuivre ses contacts.", SG),
        ("Appelle à nouveau les États membres à honorer leurs engagements.", MS),
        ("Exhorte une nouvelle fois les États membres à verser leurs arriérés.", MS),
        ("Invite encore les États membres à verser leurs arriérés.", MS),
        ("Prie une fois de plus le Secrétaire général de réunir le groupe.", SG),
        ("Demande encore une fois au Secrétaire général de réunir le groupe.", SG),
        ("Lance à nouveau un appel aux États membres pour qu'ils versent leurs arriérés.", MS),
        ("Renouvelle sa demande aux États membres de verser leurs arriérés.", MS),
        ("Réitère sa demande au Secrétaire général de réunir le groupe.", SG),
        ("Renouvelle son appel aux États membres pour qu'ils versent leurs arriérés.", MS),
        ("La Réunion a réitéré sa demande au Secrétaire général de réunir le groupe.", SG),
        ("La Réunion a de nouveau demandé au Secrétaire général de réunir le groupe.", SG),
    ],
)
def test_french_requests_made_again_ask_the_body_named(text, expected):
    assert owners_named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يجدد دعوته الدول الأعضاء إلى الوفاء بتعهداتها.", MS),
        ("تجدد دعوتها الدول الأعضاء إلى تسديد متأخراتها.", MS),
        ("تجدد مطالبتها الأمين العام بمواصلة اتصالاته.", SG),
        ("يجدد طلبه إلى الأمين العام تقديم تقرير مرحلي.", SG),
        ("يطلب مجددا من الأمين العام تقديم تقرير مرحلي.", SG),
        ("يدعو مرة أخرى الدول الأعضاء إلى الوفاء بتعهداتها.", MS),
        ("يدعو ثانية الدول الأعضاء إلى تسديد متأخراتها.", MS),
        ("يجدد الاجتماع دعوته الدول الأعضاء إلى الوفاء بتعهداتها.", MS),
        ("يجدد دعوته الصادقة إلى الدول الأعضاء للوفاء بتعهداتها.", MS),
        # The body asked named by its head noun, without the article.
        ("تجدد مطالبتها مجلس الأمن الدولي بتحمل مسؤولياته.", ["un-security-council"]),
        ("يجدد دعوته مجلس الأمن إلى توفير الحماية الدولية.", ["un-security-council"]),
    ],
)
def test_arabic_requests_made_again_ask_the_body_named(text, expected):
    assert owners_named(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Reiterates its support for the Member States in their efforts.",
        "Renews its commitment to the Secretary-General and his team.",
        "Again welcomes the efforts of the Secretary-General.",
        "Réitère son soutien aux États membres dans leurs efforts.",
        "Renouvelle son appui au Secrétaire général.",
        "Salue de nouveau les efforts du Secrétaire général.",
        "يجدد دعمه للدول الأعضاء في جهودها.",
        "يرحب مجددا بجهود الأمين العام.",
    ],
)
def test_a_renewed_statement_asks_nobody(text):
    found = extract(text, REGISTRY)
    assert found.kind == "statement"
    assert found.requests == ()


@pytest.mark.parametrize(
    "text",
    [
        "Renews its call for an immediate ceasefire.",
        "Réitère son appel à un cessez-le-feu immédiat.",
        "يجدد دعوته إلى وقف إطلاق النار فورا.",
        "تجدد دعوتها لعقد مؤتمر دولي.",
    ],
)
def test_a_renewed_call_for_an_act_names_no_body(text):
    assert extract(text, REGISTRY).requests == ()


def test_the_verb_span_covers_the_renewal_words_not_the_addressee():
    found = extract("Calls again upon the Member States to act.", REGISTRY)
    ((start, end),) = found.requests[0].verb_spans
    assert found.text[start:end] == "Calls again upon"


def rep(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


@pytest.mark.parametrize(
    "grow",
    [
        lambda n: rep("calls again ", n),
        lambda n: "Urges " + rep("once more ", n) + "the Secretary-General to act.",
        lambda n: rep("Demande de nouveau ", n),
        lambda n: "Exhorte " + rep("une nouvelle fois ", n) + "les États membres.",
        lambda n: rep("Réitère sa demande ", n) + "au Secrétaire général.",
        lambda n: rep("Reiterates its request ", n),
        lambda n: rep("يجدد دعوته ", n) + "الدول الأعضاء.",
        lambda n: "يدعو " + rep("ثانية ", n) + "الدول الأعضاء.",
    ],
    ids=[
        "en again",
        "en adverbs",
        "fr again",
        "fr adverbs",
        "fr renewed",
        "en renewed",
        "ar renewed",
        "ar adverbs",
    ],
)
def test_renewal_words_cost_linear_time(grow):
    assert_linear(lambda text: extract(text, REGISTRY), grow, 2_000)
