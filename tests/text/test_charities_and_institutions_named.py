"""Islamic charitable organisations and the OIC's subsidiary, specialised and
affiliated institutions as OIC texts name them in English, French and
Arabic ("Islamic charitable organizations", "les organisations caritatives
islamiques", "المنظمات الخيرية الإسلامية"; "الأجهزة المتفرعة والمؤسسات
المتخصصة والمنتمية للمنظمة", the Organisation's genitive closing the name,
so that a body named after it is still read). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.text.helpers import owners


@pytest.mark.parametrize(
    "text",
    [
        "Appeals to Member States and to Islamic charitable organizations to step up their"
        " assistance to the refugees;",
        "Invite les États membres et les organisations caritatives islamiques à accroître"
        " leur aide aux réfugiés ;",
        "يدعو الدول الأعضاء والمنظمات الخيرية الإسلامية إلى زيادة مساعداتها للاجئين؛",
    ],
)
def test_islamic_charitable_organisations_are_the_islamic_ngos(text):
    assert owners(text) == ["member-states", "islamic-ngos"]


def test_a_body_named_after_the_organisation_s_institutions_is_read():
    text = (
        "يدعو الدول الأعضاء والأجهزة المتفرعة والمؤسسات المتخصصة والمنتمية للمنظمة"
        " والمنظمات الخيرية الإسلامية إلى دعم اللاجئين؛"
    )
    assert owners(text) == ["member-states", "oic-institutions", "islamic-ngos"]


def test_charities_that_are_not_said_to_be_islamic_are_not_the_islamic_ngos():
    assert "islamic-ngos" not in owners(
        "Invite les États membres et les organisations caritatives à aider les réfugiés ;"
    )
