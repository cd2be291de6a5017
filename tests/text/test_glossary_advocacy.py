"""The glossary's asks of advocacy on a cause (``lang/_glossary_advocacy.py``)
and the terms added to older concepts (aid delivered, an unconstitutional
authority, decisions supported, a text brought to the attention of States,
people discriminated against): each one concept in English, French and
Arabic, and each with a near request that must not share it. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concept_overlap, concepts_of
from decisions.text.similarity import RENEWAL_THRESHOLD
from tests.formats.hostile import assert_linear
from tests.glossary_scores import same_owner_score

# One request, three languages: each must name the keys given (others may come).
SAME_REQUEST = [
    (
        "Urges States to counter negative stereotyping and stigmatization of migrants.",
        "Exhorte les États à combattre les stéréotypes négatifs et la stigmatisation des migrants.",
        "يحث الدول على مكافحة القوالب النمطية السلبية والوصم ضد المهاجرين.",
        {"stereotyping"},
    ),
    (
        "Calls on States to ensure that nobody is discriminated against because of their"
        " religion or belief.",
        "Demande aux États de veiller à ce que nul ne soit discriminé en raison de sa religion"
        " ou de sa conviction.",
        "يدعو الدول إلى ضمان عدم التمييز ضد أي شخص بسبب دينه أو معتقده.",
        {"discrimination", "religion-or-belief"},
    ),
    (
        "Asks members to refrain from any act that would legitimize the junta.",
        "Demande aux membres de s'abstenir de tout acte de nature à légitimer la junte.",
        "يطلب إلى الأعضاء الامتناع عن أي خطوة من شأنها إضفاء الشرعية على المجلس العسكري.",
        {"legitimization"},
    ),
    (
        "Calls on all States to recognise the State of Palestine and to support its admission"
        " as a full member.",
        "Invite tous les États à reconnaître l'État de Palestine et à appuyer son admission"
        " comme membre à part entière.",
        "يدعو جميع الدول إلى الاعتراف بدولة فلسطين ودعم حصولها على العضوية الكاملة.",
        {"state-recognition", "full-membership"},
    ),
    (
        "Urges members to replenish the financial safety net for the Authority.",
        "Exhorte les membres à alimenter le filet de sécurité financière de l'Autorité.",
        "يحث الأعضاء على دعم شبكة الأمان المالية للسلطة.",
        {"safety-net"},
    ),
    (
        "Invites donors to fund the strategic plan for the old city.",
        "Invite les donateurs à financer le plan stratégique de la vieille ville.",
        "يدعو المانحين إلى تمويل الخطة الاستراتيجية للبلدة القديمة.",
        {"strategic-plan", "plan"},
    ),
    (
        "Asks the Fund to keep managing the funds set aside for the schools.",
        "Prie le Fonds de continuer à gérer les fonds réservés aux écoles.",
        "يطلب إلى الصندوق مواصلة إدارة الأموال المخصصة للمدارس.",
        {"fund-management"},
    ),
    (
        "Asks the members of the group to hold a ministerial meeting on the sidelines of the"
        " summit.",
        "Demande aux membres du groupe de tenir une réunion ministérielle en marge du sommet.",
        "يطلب إلى أعضاء الفريق عقد اجتماعهم الوزاري على هامش القمة.",
        {"ministerial-meeting", "sidelines-meeting"},
    ),
    (
        "Calls on the Council to deliver humanitarian aid through every crossing.",
        "Appelle le Conseil à assurer l'acheminement de l'aide humanitaire par tous les points"
        " de passage.",
        "يطالب المجلس بضمان إيصال المساعدات الإنسانية عبر جميع المعابر.",
        {"humanitarian-access"},
    ),
    (
        "Urges donors to scale up their humanitarian assistance to the flood victims.",
        "Exhorte les donateurs à accroître leur aide humanitaire aux victimes des inondations.",
        "يحث المانحين على مضاعفة مساعداتهم الإنسانية لضحايا الفيضانات.",
        {"humanitarian-assistance"},
    ),
    (
        "Asks members to shun the unconstitutional authorities.",
        "Demande aux membres d'ignorer les autorités anticonstitutionnelles.",
        "يطلب إلى الأعضاء عدم التعامل مع السلطات غير الدستورية.",
        {"unconstitutional-change"},
    ),
    (
        "Asks the Council to support the decisions of the regional bloc.",
        "Demande au Conseil d'appuyer les décisions du bloc régional.",
        "يطلب إلى المجلس دعم قرارات التكتل الإقليمي.",
        {"endorsement"},
    ),
    (
        "Requests the Director to bring this decision to the attention of all members.",
        "Prie le Directeur de porter la présente décision à l'attention de tous les membres.",
        "يطلب إلى المدير أن يوجه انتباه جميع الأعضاء إلى هذا المقرر.",
        {"transmission"},
    ),
]


@pytest.mark.parametrize("english, french, arabic, keys", SAME_REQUEST)
def test_one_request_names_its_asks_in_each_language(english, french, arabic, keys):
    for text in (english, french, arabic):
        assert keys <= concepts_of(text), text


# Near requests: a neighbouring ask that must not be read as this one.
NOT_THE_ASK = [
    # International legitimacy (the UN's resolutions) is no act legitimizing anyone.
    ("يؤكد التزامه بقرارات الشرعية الدولية.", "legitimization"),
    ("Rappelle la légitimité des institutions élues.", "legitimization"),
    # A State's not recognising an annexation is the older non-recognition.
    ("Calls on States not to recognise the annexation.", "state-recognition"),
    # A member of a committee is no full member of an organisation.
    ("Welcomes the new member of the committee.", "full-membership"),
    ("Salue la sécurité financière des ménages.", "safety-net"),
    ("Requests a plan of action for the region.", "strategic-plan"),
    ("Invites donors to contribute to the fund.", "fund-management"),
    # Aid pledged is not aid delivered.
    ("يدعو المانحين إلى تقديم المساعدات للاجئين.", "humanitarian-access"),
    # A constitution drafted is no unconstitutional change.
    ("يدعو إلى صياغة الدستور الجديد.", "unconstitutional-change"),
    ("Supports the efforts of the mediator.", "endorsement"),
    # A margin of error, a profit margin: no meeting beside another.
    ("Notes the margin of error of the census.", "sidelines-meeting"),
    ("يلاحظ انخفاض هامش الربح.", "sidelines-meeting"),
    ("Welcomes the statement of the Minister.", "ministerial-meeting"),
    ("Draws attention to the plight of the refugees.", "transmission"),
    ("Requests the Secretary-General to pay attention to the budget.", "transmission"),
]


@pytest.mark.parametrize("text, key", NOT_THE_ASK)
def test_a_neighbouring_ask_is_not_read_as_this_one(text, key):
    assert key not in concepts_of(text)


def test_a_request_renewed_in_another_language_reaches_the_threshold():
    earlier = "Calls upon the international community to recognise the State and to back its"
    earlier += " admission as a full member of the organisation."
    later = "Engage la communauté internationale à reconnaître l'État dans ses frontières et"
    later += " à appuyer son admission comme membre à part entière de l'Organisation."
    assert same_owner_score(earlier, later, renewal_words=False) >= RENEWAL_THRESHOLD


def test_two_different_asks_on_one_cause_stay_apart():
    # Both about a religion's followers: one on stereotypes, one on places of worship.
    stereotypes = concepts_of("Encourages States to address stereotyping of believers.")
    worship = concepts_of("يهيب بالدول أن تكفل حماية أماكن العبادة.")
    assert concept_overlap(stereotypes, worship)[0] == 0.0


def test_the_scan_stays_linear_with_the_new_terms():
    unit = "religion or belief; إضفاء الشرعية على; filet de sécurité; to the attention of "

    assert_linear(concepts_of.__wrapped__, lambda n: unit * n, 40)
