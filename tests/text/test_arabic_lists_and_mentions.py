"""Arabic, on sentences written after OIC communiqués and resolutions: a long
list of addressees joined by "و" is split at each one, also after a word that
carries "و" itself ("والأفراد ورجال الأعمال"); a body established by its full
name ("تقرر تشكيل بعثة تقصي الحقائق، ...") is the body a later "البعثة"
names; a generic short mention ("الأطراف") stays as written."""

from __future__ import annotations

from decisions.text.context import established
from decisions.text.requests import extract, extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

AR = registry("ar")


def names(found) -> list[str]:
    return [r.owner.slug if r.owner.registered else r.owner.name for r in found.requests]


def test_a_call_to_eight_addressees_gives_eight_owners():
    text = (
        "ودعا المؤتمر الدول الأعضاء ومؤسسات التمويل والبنوك والصناديق الإسلامية والغرف "
        "التجارية والصناعية والشركات والأفراد ورجال الأعمال إلى تقديم المساعدات اللازمة."
    )
    assert names(extract(text, AR)) == [
        "member-states",
        "مؤسسات التمويل",
        "البنوك",
        "الصناديق الإسلامية",
        "الغرف التجارية والصناعية",
        "الشركات",
        "الأفراد",
        "رجال الأعمال",
    ]


def test_a_body_established_by_its_full_name_is_the_one_a_short_mention_names():
    first = "تقرر تشكيل بعثة تقصي الحقائق، تتألف من ممثلين عن الأمانة العامة."
    assert [r.name for r in established(first)] == ["بعثة تقصي الحقائق"]
    found = extract_all([first, "يطلب من البعثة تقديم تقريرها إلى اللجنة التنفيذية."], AR)
    assert [names(f) for f in found] == [[], ["بعثة تقصي الحقائق"]]


def test_establishing_words_before_no_body_establish_nothing():
    assert established("يرحب بإنشاء الطرق الجديدة في المنطقة.") == []


def test_a_generic_short_mention_stays_as_written():
    found = extract_all(
        ["يدعو الأطراف المالية الموقعة إلى الحوار.", "يطلب من الأطراف وقف القتال."], AR
    )
    # The signatory parties are registered under their Arabic name too (as
    # under "parties maliennes signataires"); the bare "الأطراف" stays as written.
    assert [names(f) for f in found] == [["malian-signatory-parties"], ["الأطراف"]]


def test_long_lists_and_repeated_establishing_are_read_in_linear_time():
    assert_linear(
        lambda t: extract(t, AR), lambda n: "دعا " + "والأفراد ورجال " * max(1, n // 15), 2_000
    )
    assert_linear(established, lambda n: "تشكيل لجنة " * max(1, n // 11), 2_000)


def test_deciding_that_a_body_act_asks_that_body():
    found = extract("قرر أن تتولى الأمانة العامة متابعة تنفيذ هذا القرار.", AR)
    assert names(found) == ["general-secretariat"]
    assert names(extract("يقرر أن تواصل الدول الأعضاء دعمها.", AR)) == ["member-states"]


def test_deciding_that_a_thing_be_so_asks_nobody():
    assert names(extract("يقرر أن يكون موعد الدورة القادمة في شهر مايو.", AR)) == []
