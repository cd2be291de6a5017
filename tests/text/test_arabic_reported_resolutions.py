"""Arabic news pages paraphrasing a resolution: the council speaks "in the
resolution" before the body it asks, or the resolution itself speaks ("ويدعو
القرار ..."); neither is ever the body asked. Texts written for these tests
after the structure of such pages, never copied from one."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.formats.hostile import CALLS_GROWTH, growth
from tests.text.helpers import registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return [r.owner.name for r in extract(text, AR, "ar").requests]


def slugs(text: str) -> list[str]:
    return [r.owner.slug for r in extract(text, AR, "ar").requests]


def test_the_council_speaking_in_the_resolution_asks_the_body_after_min():
    text = (
        "وطلب المجلس في القرار الذي صدر أمس برقم 12 من الأمين العام للأمم المتحدة أن يقدم تقريرا."
    )
    assert slugs(text) == ["un-secretary-general"]


def test_the_resolution_as_speaker_is_not_part_of_the_body_asked():
    assert owners("وطلب القرار من الأطراف المعنية أن تنسحب من المنطقة.") == ["الأطراف المعنية"]
    found = owners("ويدعو القرار جميع الفصائل إلى إخلاء المواقع.")
    assert found and not any("القرار" in name for name in found), found


def test_counter_example_the_resolution_inside_the_name_asked_stays():
    # Only right after the verb is "القرار" the speaker; in a body's name it stays.
    assert owners("ويدعو المجلس لجنة متابعة القرار إلى الاجتماع.") == ["لجنة متابعة القرار"]


def _run(n: int) -> str:
    unit = "وطلب المجلس في القرار الذي حمل الرقم 5 والتاريخ "
    return unit * max(1, n // len(unit)) + "من الأمين العام أن يقدم تقريرا."


def test_a_long_aside_in_the_resolution_costs_linear_work():
    small, large = growth(lambda text: extract(text, AR, "ar"), _run, 10_000)
    assert large.calls <= CALLS_GROWTH * small.calls, (small.calls, large.calls)
