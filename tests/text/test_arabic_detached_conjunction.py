"""Arabic news pages that type the conjunction "و" apart from its word ("و حثت
المجموعة ..."، "الأمم المتحدة، و مجلس الأمن"): folding reads it joined, so the
verb after it and the list it goes on are read as when it is written joined.
Sentences written for these tests."""

from __future__ import annotations

from decisions.text.folding import fold_key, fold_text
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return owners_named(text, AR, "ar")


def test_a_detached_conjunction_folds_joined_keeping_every_other_position():
    text = "و حثت اللجنة"
    folded = fold_text(text)
    assert folded == " وحثت اللجنه"
    assert len(folded) == len(text)
    assert folded[3:] == fold_text(text[3:])  # the verb's letters where they were
    assert fold_key("جامو و كشمير") == fold_key("جامو وكشمير")


def test_counter_example_a_waw_closing_a_word_stays_in_place():
    assert fold_text("ذو الحجة") == "ذو الحجه"
    assert fold_text("نحو السلام") == "نحو السلام"
    assert fold_text("وحثت") == "وحثت"


def test_a_request_verb_after_a_detached_conjunction_is_read():
    text = "ناقش المجلس الوضع في المنطقة، و حثت المجموعة الأمين العام للأمم المتحدة على التحرك."
    assert owners(text) == ["un-secretary-general"]


def test_a_list_going_on_after_a_detached_conjunction_keeps_each_body():
    text = "وطالب المجلس الأمم المتحدة، و مجلس الأمن باتخاذ خطوات فعالة."
    assert owners(text) == ["united-nations", "un-security-council"]


def _long(n: int) -> str:
    return "و حثت " * n + "المجموعة الدول الأعضاء على التحرك."


def test_folding_detached_conjunctions_grows_linearly():
    assert_linear(fold_text, _long, 2_000)
