"""Arabic names real texts give UN agencies and regional bodies besides the
registry's main ones ("برنامج الغذاء العالمي"، "المجموعة الاقتصادية لدول غرب
أفريقيا"، "أونروا"، "مفوضية الأمم المتحدة لحقوق الإنسان"): each is the
registered body (fixtures/bodies.json aliases)."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract
from tests.text.helpers import registry

AR = registry("ar")


def slugs(text: str) -> list[str]:
    return [r.owner.slug for r in extract(text, AR, "ar").requests]


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("برنامج الغذاء العالمي", "wfp"),
        ("المجموعة الاقتصادية لدول غرب أفريقيا", "ecowas"),
        ("المفوضية السامية لشؤون اللاجئين", "unhcr"),
        ("منظمة اليونيسف", "unicef"),
        ("وكالة أونروا", "unrwa"),
        ("مفوضية الأمم المتحدة لحقوق الإنسان", "ohchr"),
    ],
)
def test_a_variant_name_is_the_registered_body(name, slug):
    assert slugs(f"يدعو المجلس {name} إلى تقديم المساعدة.") == [slug]


def test_counter_example_a_like_name_of_another_body_is_not_registered():
    found = slugs("يدعو المجلس برنامج الغذاء الوطني إلى تقديم المساعدة.")
    assert "wfp" not in found
