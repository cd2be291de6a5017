"""One addressee at two levels (decisions/lineage/kin.py): a request to the
Secretary-General renewed by one to the General Secretariat, a request to
an organisation's commission renewed by one to the organisation, are
compared and proposed when they ask the same thing; a member, an organ or
an agency is no kin of its parent, and kin asked something else are not
proposed. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from decisions.lineage import renewals
from decisions.lineage.kin import KIN_OWNER, kin_of
from decisions.lineage.matching import _ByBody
from decisions.lineage.signals import Probe
from decisions.models import Body
from tests.factory import make_body, make_report, make_request
from tests.formats.hostile import assert_linear


def _body(name: str, parent: Body | None = None, pk: int = 2, **kwargs) -> Body:
    body = Body(pk=pk, slug=name.casefold().replace(" ", "-"), name_en=name, **kwargs)
    if parent is not None:
        body.parent = parent
    return body


UNION = Body(pk=1, slug="union", name_en="Southern Union", acronym_en="SU")


@pytest.mark.parametrize(
    "name",
    [
        "Secretary-General",
        "Secretary General of the Southern Union",
        "Executive Secretary of SU",
        "General Secretariat",
        "SU Secretariat",
        "President of the Southern Union",
        "Southern Union Commission",
        "SU Commission",
    ],
)
def test_a_head_a_secretariat_or_the_commission_of_a_body_is_its_kin(name):
    assert kin_of(_body(name, UNION)) == {1}


@pytest.mark.parametrize(
    "name",
    [
        "Security Council of the Southern Union",  # an organ
        "Member States of the Southern Union",  # its members
        "Independent Permanent Human Rights Commission",  # a commission of its own
        "Southern Union Development Fund",  # an agency
        "Council of Ministers",
    ],
)
def test_an_organ_a_member_or_an_agency_is_no_kin(name):
    assert kin_of(_body(name, UNION)) == frozenset()


def test_a_body_without_a_parent_has_no_kin():
    assert kin_of(Body(pk=3, slug="alone", name_en="Secretary-General")) == frozenset()
    assert kin_of(None) == frozenset()


def _two_reports():
    old = make_report("CFM/44", language="ar", date=datetime.date(2017, 7, 11))
    new = make_report("CFM/45", language="fr", date=datetime.date(2018, 5, 6))
    return old, new


@pytest.mark.django_db
def test_the_secretary_general_renews_a_request_to_the_general_secretariat():
    secretariat = make_body("bloc-secretariat", name_en="General Secretariat")
    head = make_body("bloc-head", name_en="Secretary-General", parent=secretariat)
    old, new = _two_reports()
    make_request(
        old,
        "7",
        "يطلب إلى الأمانة العامة التنسيق مع المفوضية السامية لشؤون اللاجئين لإيصال المساعدات"
        " الإنسانية إلى اللاجئين.",
        secretariat,
    )
    make_request(
        new,
        "11",
        "Charge le Secrétaire général de coordonner avec le Haut-Commissariat pour les réfugiés"
        " l'acheminement de l'aide humanitaire aux réfugiés.",
        head,
    )
    make_request(
        new,
        "12",
        "Charge le Secrétaire général d'organiser un séminaire sur le patrimoine culturel.",
        head,
    )
    found = renewals.renewals_propose(report=new)
    [proposal] = found[("11", "bloc-head")]
    assert proposal.earlier.decision.number == "7"
    assert proposal.signals["owner"] == KIN_OWNER
    assert not found.get(("12", "bloc-head"))  # kin, another ask


@pytest.mark.django_db
def test_an_organ_is_not_compared_with_its_organisation():
    union = make_body("union", name_en="Southern Union")
    council = make_body("union-council", name_en="Council of the Southern Union", parent=union)
    old, new = _two_reports()
    text = "Demande de mobiliser des ressources pour l'aide humanitaire aux réfugiés."
    make_request(old, "3", text, council)
    make_request(new, "3", text, union)
    assert not renewals.renewals_propose(report=new).get(("3", "union"))


def test_finding_kin_stays_linear():
    def probes(n: int) -> list[Probe]:
        return [
            Probe(
                key=(str(i), "b"),
                summary="",
                paragraph="",
                owner_id=i,
                partner_ids=frozenset(),
                date=None,
                kin_ids=frozenset({i + 1}),
            )
            for i in range(n)
        ]

    def share(items: list[Probe]) -> int:
        index = _ByBody(items)
        return sum(len(index.sharing(p)) for p in items)

    assert_linear(share, lambda n: probes(300 * n), 30)
