"""News retellings and short statements read for their owners (own sentences):
a secretariat's statement, a copy opening on the text's name with a pronoun
for the body, an aside between the auxiliary and the participle, a negative
infinitive ("à ne ménager aucun effort"), a title-case acronym after the
body's officials, a request quoted from its infinitive on."""

from __future__ import annotations

from decisions.text.names import _initials
from decisions.text.outcome_lead import outcome_then_pronoun
from decisions.text.paragraphs import parse_report
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, page_owners, registry

FR = registry("fr")
EN = registry("en")


def _read(text: str, language: str) -> list[str]:
    """The owners of a whole report, paragraph after paragraph."""
    return [name for names in page_owners(text, language, names=True) for name in names]


# A secretariat's own statement, republished: "le secrétariat général exhorte ...".
SECRETARIAT_FR = (
    "Après la réunion des ministres de la région tenue en mars, le secrétariat général "
    "de l'organisation suit la situation avec attention,\n\n"
    "A cet égard, le secrétariat général exhorte toutes les parties intéressées à ne "
    "ménager aucun effort pour rétablir le dialogue.\n\n"
    "Le secrétariat général salue également le travail de la médiation régionale.\n"
)


def test_secretariat_statement_is_read():
    assert _read(SECRETARIAT_FR, "fr") == ["Toutes les parties intéressées"]


def test_negative_infinitive_ends_the_addressee():
    text = (
        "Le Comité exhorte les autorités locales à ne ménager aucun effort pour aider les réfugiés."
    )
    assert owners_named(text, FR, "fr") == ["Autorités locales"]
    text = "Le Comité invite les donateurs à ne rien négliger pour financer le plan."
    assert owners_named(text, FR, "fr") == ["Donateurs"]


def test_negative_infinitive_counter_example():
    # "ne pas" was read before and still is; a statement asks nobody.
    text = "Le Comité prie les donateurs de ne pas retarder leurs versements."
    assert owners_named(text, FR, "fr") == ["Donateurs"]
    assert owners_named("Le Comité note que rien n'a été fait.", FR, "fr") == []


# A news copy opening after its lead: the text's name, the occasion, then "ils".
PRONOUN_FR = (
    "Dans un communiqué publié au terme de leur réunion, mardi 3 mars, consacrée à la "
    "sécurité du Sahel, ils ont demandé aux dirigeants de l'Alliance des forces civiques "
    "(Afc) « d'ouvrir un dialogue sans délai ». Ce, dans les trois mois.\n\n"
    "Les participants ont aussi évoqué la situation humanitaire.\n"
)


def test_outcome_lead_then_pronoun_is_read():
    assert _read(PRONOUN_FR, "fr") == ["Dirigeants de l'Alliance des forces civiques"]


def test_outcome_lead_en():
    before = "in a statement issued at the end of their meeting on monday, they"
    assert outcome_then_pronoun(before)


def test_outcome_lead_counter_examples():
    # No text of the meeting named: someone else may be "ils".
    assert not outcome_then_pronoun("selon des diplomates presents a la reunion, ils")
    assert not outcome_then_pronoun("hier, ils")
    # The body itself after the comma is read elsewhere, not here.
    assert not outcome_then_pronoun("dans une declaration finale, le conseil")
    # A sentence mark: the pronoun belongs to another sentence.
    assert not outcome_then_pronoun("dans une declaration. les rebelles, ils")


def test_titlecase_acronym_after_officials():
    assert _initials("Afc", "dirigeants de l'Alliance des forces civiques ")
    assert _initials("Cnsp", "responsables du Comité national du salut du peuple ")
    # The first word's own initials are read as before.
    assert _initials("Cnsp", "Comité national du salut du peuple ")
    # Letters the name does not hold: the bracket stays.
    assert not _initials("Pdci", "partis politiques de la majorité ")


def test_aside_between_auxiliary_and_participle():
    text = "Elle a, dans ce cadre, appelé les pays voisins à accueillir les réfugiés."
    assert owners_named(text, FR, "fr") == ["Pays voisins"]
    text = "Le Conseil a, par ailleurs, demandé aux autorités locales de protéger les civils."
    assert owners_named(text, FR, "fr") == ["Autorités locales"]


def test_aside_counter_example():
    # A statement with the same aside asks nobody.
    assert (
        owners_named("Le Conseil a, à cet égard, salué les efforts de la médiation.", FR, "fr")
        == []
    )


def test_linear():
    assert_linear(
        lambda t: outcome_then_pronoun(t),
        lambda n: "dans une declaration " + "x, " * n + "ils",
        100,
    )
    assert_linear(
        lambda t: owners_named(t, FR, "fr"),
        lambda n: "Le Conseil a" + ", à cet égard," * n + " appelé les pays à agir.",
        200,
    )
    assert_linear(lambda t: _initials("Abcdefg", t), lambda n: "Alpha " * n, 2_000)


def test_noun_topic_heading_over_figures_ar():

    text = (
        "نحن أعضاء المجالس المجتمعين قررنا ما يلي:\n\n"
        "أولاً: الوضع الإنساني:\n"
        "1.    ندعو الدول الأعضاء إلى زيادة المساعدات.\n"
        "2.    نؤكد على أهمية الحوار بين الأطراف.\n"
    )
    assert [p.number for p in parse_report(text).paragraphs] == ["1", "2"]


def test_verb_heading_counter_example_ar():

    text = (
        "إن المجلس:\n\n"
        "أولاً: يطلب من الأمين العام ما يلي:\n"
        "1.    إعداد تقرير عن الوضع.\n"
        "2.    متابعة تنفيذ القرار.\n"
    )
    assert [p.number for p in parse_report(text).paragraphs] == ["أولا"]


def test_noun_topic_linear():
    from decisions.text.sections import _NOUN_TOPIC_RE

    assert_linear(lambda t: _NOUN_TOPIC_RE.fullmatch(t), lambda n: "الوضع " + "ا" * n + " :", 2_000)


def test_caps_headline_words_are_no_acronyms_fr():
    from decisions.text.caps_words import caps_word
    from decisions.text.issuer import issuer_of

    head = (
        "FACE A LA CRISE ET AU RISQUE DE VIOLENCES, LE CONSEIL DE SECURITE ADRESSE "
        "UN APPEL PAR UN TEXTE UNANIME"
    )
    assert issuer_of(head, FR) != "african-union"
    assert caps_word("ET AU RISQUE", 3, 5)
    assert caps_word("PAR UN TEXTE", 4, 6)


def test_caps_headline_counter_examples():
    from decisions.text.caps_words import caps_word
    from decisions.text.issuer import issuer_of

    # The acronym after an elided article, or in English, or in a lower-case line.
    assert not caps_word("COMMUNIQUE DE L'AU SUR", 14, 16)
    assert not caps_word("THE COUNCIL AND AU LEADERS", 16, 18)
    assert not caps_word("un appel et AU final", 12, 14)
    assert issuer_of("COMMUNIQUE DE L'AU SUR LA SITUATION AU SAHEL", FR) == "african-union"


def test_caps_word_linear():
    from decisions.text.caps_words import caps_word

    assert_linear(
        lambda t: [caps_word(t, i, i + 2) for i in range(0, len(t) - 2, 7)],
        lambda n: "ET AU X " * n,
        500,
    )
