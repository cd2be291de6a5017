"""The common vocabulary of resolutions (``lang/_glossary_common.py``) and the
inflected forms a glossary word is found in (``text/stems.py``): one ask
written in English, French and Arabic names one concept; an English "-ing" /
"-ed" verb and a French participle find the base form the glossary writes;
two different asks of one owner on one place share no concept. Sentences
written for these tests, after the structure of council resolutions."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concept_overlap, concepts_of
from decisions.text.stems import glossary_stems
from tests.formats.hostile import assert_linear

SAME_ASK = [
    (
        "Urges the Government to keep working with the inquiry and to facilitate its access"
        " to evidence and witnesses across the country;",
        "Exhorte le Gouvernement à continuer de travailler avec l'enquête et à faciliter"
        " son accès aux éléments de preuve et aux témoins dans tout le pays ;",
        "يحث الحكومة على مواصلة العمل مع التحقيق وتيسير وصوله إلى الأدلة والشهود في كل البلد؛",
        {"evidence", "witnesses"},
    ),
    (
        "Calls upon States to support the investigative mechanism by sharing information"
        " they hold;",
        "Invite les États à soutenir le mécanisme d'enquête en partageant les informations"
        " qu'ils détiennent ;",
        "يدعو الدول إلى دعم آلية التحقيق عن طريق تبادل المعلومات التي بحوزتها؛",
        {"investigative-mechanism", "information-sharing", "accountability"},
    ),
    (
        "Invites the Bank to widen its technical cooperation programmes with the islands;",
        "Invite la Banque à élargir ses programmes de coopération technique avec les îles ;",
        "يدعو البنك إلى توسيع برامج التعاون الفني مع الجزر؛",
        {"technical-cooperation"},
    ),
    (
        "Calls on States to strengthen their relations with the people of the islands in"
        " cultural and sporting fields, to end their isolation;",
        "Appelle les États à renforcer leurs relations avec la population des îles dans les"
        " domaines culturel et sportif, pour mettre fin à leur isolement ;",
        "يدعو الدول إلى توثيق علاقاتها مع سكان الجزر في المجالات الثقافية والرياضية لرفع"
        " العزلة عنهم؛",
        {"relations", "culture", "sports", "isolation"},
    ),
    (
        "Decides that States shall prevent the entry into or transit through their"
        " territories of the persons named;",
        "Décide que les États empêcheront l'entrée sur leur territoire ou le passage en"
        " transit des personnes nommées ;",
        "يقرر أن تمنع الدول دخول الأشخاص المذكورين إلى أراضيها أو العبور بأراضيها؛",
        {"travel-ban"},
    ),
    (
        "Encourages donors to support the host communities and share the burden;",
        "Encourage les donateurs à soutenir les communautés d'accueil et le partage des charges ;",
        "يشجع المانحين على دعم المجتمعات المضيفة وتقاسم الأعباء؛",
        {"host-communities", "burden-sharing"},
    ),
]


@pytest.mark.parametrize("en, fr, ar, keys", SAME_ASK)
def test_one_ask_names_its_concepts_in_each_language(en, fr, ar, keys):
    for text in (en, fr, ar):
        assert keys <= concepts_of(text), (text, concepts_of(text))


def test_an_english_verb_in_ing_is_found_as_the_glossary_writes_it():
    assert "follow-up" in concepts_of("To keep following up the dam project;")
    assert "follow-up" in concepts_of("The unit followed up the dam project;")


def test_a_french_participle_is_found_as_the_glossary_writes_its_verb():
    assert "information-sharing" in concepts_of(
        "Prie les États de coopérer en communiquant les informations utiles ;"
    )


def test_an_inflected_form_is_only_looked_up_never_a_concept_of_its_own():
    # "ceiling" cut to "ceil" and "building" to "build(e)": no glossary word,
    # nothing found; "ranted" is no "rant..." ask.
    assert concepts_of("The ceiling of the building ranted;") == frozenset()


def test_the_stems_of_a_word_are_few():
    assert set(glossary_stems("planning")) >= {"planning", "plann", "plan"}
    assert len(glossary_stems("communiquant")) <= 4


def test_an_asset_freeze_is_no_travel_ban():
    overlap, _ = concept_overlap(
        concepts_of("Calls upon States to freeze the assets of the persons named;"),
        concepts_of("Demande aux États d'appliquer l'interdiction de voyager aux personnes ;"),
    )
    assert overlap == 0.0


@pytest.mark.parametrize(
    "earlier, later",
    [
        # Relations with the islands, then direct flights to them: one owner,
        # one place, two asks.
        (
            "Appelle les États à renforcer leurs relations avec la population des îles ;",
            "يدعو الدول الأعضاء إلى تسيير رحلات جوية مباشرة إلى الجزر؛",
        ),
        # Evidence and witnesses, then the custody of archives after the mission.
        (
            "Urges the Government to facilitate access to evidence and witnesses;",
            "Prie le Secrétaire général de présenter des options pour l'archivage après la"
            " fin de la mission ;",
        ),
        # Technical cooperation, then trade fairs.
        (
            "Invites the Bank to widen its technical cooperation programmes with the islands;",
            "يدعو المركز إلى إشراك رجال الأعمال من الجزر في المعارض؛",
        ),
    ],
)
def test_neighbouring_asks_share_no_concept(earlier, later):
    overlap, _ = concept_overlap(concepts_of(earlier), concepts_of(later))
    assert overlap == 0.0


def test_inflected_words_cost_work_linear_in_their_length():
    unit = "following sharing designated communiquant désignées وبعلاقاتها evidence, "

    def make(n: int) -> str:
        return unit * max(1, n // len(unit))

    assert_linear(lambda text: concepts_of.__wrapped__(text), make, 3_000)
