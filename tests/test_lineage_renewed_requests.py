"""A request renewed is read as a request of the body it names, in the three
languages: "Reaffirms its request to ...", "Réaffirme sa demande au ...",
and the Arabic verbal noun of a League resolution ("تجديد مطالبته مجلس
الأمن بـ ..."), which a later meeting uses where the earlier one wrote
"De demander au Conseil ...". Each also counts as renewal words (a signal of
the renewal score). Sentences written for these tests; no database."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract
from decisions.text.similarity import has_renewal_words
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY, owners_named

SG = ["secretary-general"]
MS = ["member-states"]
UNSC = ["un-security-council"]

RENEWED = [
    ("Reaffirms its request to the Secretary-General to submit a progress report.", SG),
    ("Reaffirmed its call on the Member States to pay their arrears.", MS),
    ("Réaffirme sa demande au Secrétaire général de réunir le groupe.", SG),
    ("La Réunion a réaffirmé sa demande aux États membres de verser leurs arriérés.", MS),
    ("تجديد مطالبته مجلس الأمن بمتابعة تنفيذ اتفاق الهدنة.", UNSC),
    ("تجديد مطالبة مجلس الأمن بتحمل مسؤولياته.", UNSC),
    ("تجديد الطلب إلى الأمين العام تقديم تقرير عن التنفيذ.", SG),
    ("تجديد الدعوة إلى الدول الأعضاء للوفاء بتعهداتها.", MS),
    ("تجديد دعوة الدول الأعضاء إلى تسديد متأخراتها.", MS),
    ("يعيد تأكيد دعوته الدول الأعضاء إلى الوفاء بتعهداتها.", MS),
    ("يؤكد من جديد طلبه إلى الأمين العام تقديم تقرير مرحلي.", SG),
    # In a list of decisions ("Decides:", "Décide :", "يقرر:"), as an infinitive or a noun.
    ("To reiterate its request to the Secretary-General to submit a report.", SG),
    ("To renew its call upon the Member States to pay their arrears.", MS),
    ("De réitérer sa demande au Conseil de sécurité d'assurer le suivi de l'accord.", UNSC),
    ("De renouveler sa demande aux États membres de verser leurs contributions.", MS),
    ("مواصلة مطالبة مجلس الأمن بمتابعة تنفيذ الاتفاق.", UNSC),
    ("تجديد التأكيد على مطالبة مجلس الأمن بتحمل مسؤولياته.", UNSC),
    ("التأكيد مجددا على دعوة الدول الأعضاء إلى الوفاء بتعهداتها.", MS),
]


@pytest.mark.parametrize(("text", "expected"), RENEWED)
def test_a_renewed_request_asks_the_body_it_names(text, expected):
    assert owners_named(text) == expected


@pytest.mark.parametrize(("text", "expected"), RENEWED)
def test_a_renewed_request_carries_renewal_words(text, expected):
    assert has_renewal_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Calls anew upon the Member States to honour their pledges.",
        "Requests once more the Secretary-General to convene the group.",
        "Lance un nouvel appel aux États membres pour qu'ils versent leurs arriérés.",
    ],
)
def test_a_request_made_again_carries_renewal_words(text):
    assert has_renewal_words(text)


@pytest.mark.parametrize(
    "text",
    [
        # The renewal of a mandate is what is asked, not a request made again.
        "Requests the Security Council to renew the mandate of the mission.",
        "Prie le Conseil de sécurité de doter la mission de moyens lors du renouvellement"
        " de son mandat.",
        "الطلب من مجلس الأمن تمديد ولاية البعثة.",
        "Reaffirms its support for the Member States.",
        "Réaffirme son soutien au Secrétaire général.",
    ],
)
def test_a_first_request_or_a_reaffirmed_support_carries_no_renewal_words(text):
    assert not has_renewal_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reaffirms its support for the Member States in their efforts.",
        "Réaffirme son soutien aux États membres.",
        "تجديد دعمه للدول الأعضاء في جهودها.",
        "التأكيد على دعم الدول الأعضاء في جهودها.",
        "De renouveler son soutien au Secrétaire général.",
        "To reiterate its support for the Member States.",
    ],
)
def test_a_reaffirmed_support_asks_nobody(text):
    assert extract(text, REGISTRY).requests == ()


def test_a_renewed_call_for_an_act_as_a_noun_names_no_body():
    assert extract("تجديد الدعوة إلى وقف إطلاق النار فورا.", REGISTRY).requests == ()


def rep(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


@pytest.mark.parametrize(
    "grow",
    [
        lambda n: rep("تجديد مطالبته ", n) + "مجلس الأمن.",
        lambda n: rep("تجديد الطلب ", n) + "إلى الأمين العام.",
        lambda n: rep("يعيد تأكيد دعوته ", n) + "الدول الأعضاء.",
        lambda n: rep("Reaffirms its request ", n) + "to the Secretary-General.",
        lambda n: rep("Réaffirme sa demande ", n) + "au Secrétaire général.",
        lambda n: rep("calls anew ", n),
        lambda n: rep("التأكيد مجددا على ", n) + "دعوة الدول الأعضاء.",
        lambda n: rep("De réitérer sa demande ", n) + "au Conseil.",
        lambda n: rep("to reiterate its request ", n) + "to the Council.",
    ],
    ids=[
        "ar noun",
        "ar request noun",
        "ar reaffirmed",
        "en",
        "fr",
        "en anew",
        "ar stressed",
        "fr infinitive",
        "en infinitive",
    ],
)
def test_renewed_requests_are_read_in_linear_time(grow):
    assert_linear(lambda text: (extract(text, REGISTRY), has_renewal_words(text)), grow, 2_000)
