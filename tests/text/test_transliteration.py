"""Proper names across scripts: one consonant skeleton for a name written
in Latin letters or in Arabic. Names written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.transliteration import name_keys, proper_names, skeleton


@pytest.mark.parametrize(
    ("latin", "arabic"),
    [("Malakal", "ملكال"), ("Kismayo", "كسمايو"), ("Tessalit", "تساليت"), ("Berbera", "بربرة")],
)
def test_a_name_has_one_skeleton_in_both_scripts(latin, arabic):
    assert skeleton(latin) == skeleton(arabic)


def test_accents_do_not_change_a_skeleton():
    assert skeleton("Jonglei") == skeleton("Jongleï")


def test_other_names_differ():
    assert skeleton("Malakal") != skeleton("Bentiu")
    assert name_keys("the port of Malakal") & name_keys("ميناء بانتيو") == set()


def test_the_article_and_clitics_of_an_arabic_name_are_left_out():
    assert name_keys("to the port of Malakal") <= name_keys("وبالملكال")


def test_first_words_of_sentences_and_institutional_words_are_not_names():
    keys = proper_names("Requests the Commission and the Union to visit Malakal. Urges them")
    assert list(keys.values()) == ["Malakal"]


def test_short_skeletons_are_left_out():
    # "Bosaso" is b-s: too short to say anything when two texts share it.
    assert name_keys("the port of Bosaso") == set()


def test_reading_names_stays_linear():
    from tests.formats.hostile import assert_linear

    assert_linear(
        lambda text: proper_names(text), lambda n: "visit Malakal وملكال " * max(1, n // 20), 2_000
    )
