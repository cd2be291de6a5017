"""Arabic: a body named by its head noun without the article, after a call
made again ("يكرر دعوته حكومة ليبيا إلى ...") or joined to "بـ" ("يهيب بحكومة
ليبيا أن ..."). A name starting with "ل" (لبنان، ليبيا، لجنة) is the body,
not "لـ" and the rest of the word. Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract, extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    [found] = extract_all([text], AR, language="ar")
    return [r.owner.slug if r.owner.registered else r.owner.name for r in found.requests]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يكرر دعوته حكومة ليبيا إلى أن تعجل بتوحيد المؤسسات؛", ["libya"]),
        ("يجدد دعوته حكومة لبنان إلى تعزيز قدرات الجيش؛", ["lebanon"]),
        ("تجديد دعوته حكومة ليبيا إلى إجراء الانتخابات؛", ["libya"]),
        ("يكرر دعوته لجنة المتابعة إلى تقديم تقريرها؛", ["لجنة المتابعة"]),
        ("يهيب بحكومة ليبيا أن تتيح للبعثة الوصول إلى المواقع؛", ["libya"]),
        ("يهيب بلجنة المتابعة أن تقدم تقريرها؛", ["لجنة المتابعة"]),
        # As before: "لـ" and the article, the body after "إلى", after one word.
        ("يجدد دعوته لفريق المتابعة إلى دعم الصندوق؛", ["فريق المتابعة"]),
        ("يجدد نداءه إلى المجتمع الدولي لتقديم المساعدة؛", ["international-community"]),
    ],
)
def test_a_head_noun_without_the_article_names_the_body(text, expected):
    assert owners(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "يطالب بتشكيل لجنة تحقيق مستقلة؛",  # "بـ" joined to an act asks nobody
        "يرحب بحكومة الوحدة الوطنية الجديدة؛",  # welcomed, not asked
    ],
)
def test_an_act_or_a_welcome_asks_nobody(text):
    assert owners(text) == []


def test_the_head_nouns_are_read_in_linear_time():
    unit = "يكرر دعوته حكومة ليبيا ولجنة المتابعة "
    assert_linear(lambda t: extract(t, AR), lambda n: unit * max(1, n // len(unit)), 2_000)
