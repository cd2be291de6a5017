"""A body established under a common noun in lower case ("crée un comité
d'experts", "establishes a committee of experts", "ينشئ لجنة خبراء") is the
body a later "le comité", "the committee" names. Sentences written for the
tests."""

from __future__ import annotations

from decisions.text.common_bodies import common_body
from decisions.text.context import established
from tests.formats.hostile import assert_linear
from tests.text.test_issuer import owners


def test_the_name_is_the_noun_and_one_short_complement():
    assert common_body("comité d'experts, composé de cinq membres") == "comité d'experts"
    assert common_body("committee of experts to study the question") == "committee of experts"
    assert common_body("groupe de travail chargé d'examiner la question") == "groupe de travail"
    assert common_body("working group of the whole, open to all") == "working group of the whole"
    assert common_body("mission d'enquête qui se rendra sur place") == "mission d'enquête"


def test_an_act_or_a_proper_name_is_no_common_body():
    assert common_body("étude technique de la question") == ""
    assert common_body("fund for the victims") == ""
    assert common_body("Comité spécial") == ""  # a capital: read as a proper name
    assert common_body("groupement d'intérêt") == ""  # "groupe" is not a word's start
    assert [r.name for r in established("Décide de créer une étude sur la question;")] == []


def test_a_later_short_mention_names_the_body_established_in_each_language():
    fr = [
        "Décide de créer un comité d'experts, composé de cinq membres, qui étudiera la question;",
        "Prie le comité d'achever son rapport avant la fin de l'année;",
    ]
    en = [
        "Decides to establish a committee of experts, composed of five members;",
        "Requests the committee to complete its report by the end of the year;",
    ]
    assert owners(fr) == [[], ["Comité d'experts"]]
    assert owners(en) == [[], ["Committee of experts"]]
    # Arabic has no case: "تشكيل لجنة ..." was read before (context.established).
    ar = ["يقرر تشكيل لجنة خبراء لدراسة المسألة؛", "يطلب إلى اللجنة أن تقدم تقريرها؛"]
    assert owners(ar)[1] != []


def test_without_a_body_established_the_short_mention_stays_as_written():
    assert owners(["Prie le comité d'achever son rapport;"]) == [["Comité"]]


def test_reading_a_long_common_name_grows_linearly():
    assert_linear(
        lambda t: common_body(t), lambda n: "comité d'experts " + "de travail " * n + "composé", 20
    )
