"""English and French reports of a meeting (issue 18, branch enfr19): an English
word shaped like a French verb in the future ("an extra ordinary summit") asks
no body before it; the pronoun of the body speaking, its own verb, then "et" and
a verb in the future asks nobody; a body singled out with the dative said again
("aux parties, en particulier à X, de ...") is asked too; "regretter" states; a
headline printed again in the body of its story is no paragraph; a bulleted point
opening with its verb ("• Commended ...") is the body's, as is a verb after "and
in this regard"; an apposition whose commas were lost is no part of the name.
Sentences written for these tests."""

from __future__ import annotations

from decisions.text.paragraphs import ReportParseError, parse_report
from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

EN = registry("en")
FR = registry("fr")


def test_an_english_word_shaped_like_a_french_future_asks_nobody():
    text = (
        "A meeting of the Organ on Politics, Defence and Cooperation has recommended "
        "an extra ordinary summit on the crisis."
    )
    assert owners_named(text, EN, "en") == []
    text = "The Organ on Politics, Defence and Cooperation said the diaspora would help."
    assert owners_named(text, EN, "en") == []
    text = "The Organ on Politics and Cooperation welcomed the ultra modern building."
    assert owners_named(text, EN, "en") == []
    # Counter-examples: French verbs in the future still ask the body opening the sentence.
    assert owners_named("Le Comité de suivi se réunira à Niamey.", FR, "fr") == ["Comité de suivi"]
    text = "La Commission de suivi transmettra le rapport au Conseil."
    assert owners_named(text, FR, "fr") == ["Commission de suivi"]
    text = "La Commission de suivi permettra aux parties de se rencontrer."
    assert owners_named(text, FR, "fr") == ["Commission de suivi"]


def test_the_speaking_pronoun_with_its_own_verb_then_a_future_asks_nobody():
    text = "Ils entendent suivre de près la situation et envisageront de prendre des mesures."
    assert owners_named(text, FR, "fr") == []
    assert owners_named("Elles suivent la situation et se réuniront en mai.", FR, "fr") == []
    text = "They will follow the situation closely and shall meet again in May."
    assert owners_named(text, EN, "en") == []
    # Counter-example: a body opening the sentence, two verbs joined by "et".
    text = "La Commission de suivi examinera la situation et fera rapport au Conseil."
    assert owners_named(text, FR, "fr") == ["Commission de suivi"]


def test_a_body_singled_out_with_the_dative_said_again_is_asked():
    text = "Le Conseil a demandé aux parties, en particulier au Front populaire, de cesser le feu."
    assert owners_named(text, FR, "fr") == ["Parties", "Front populaire"]
    text = "Le Conseil a demandé aux parties, en particulier à l'Armée du Nord, de cesser le feu."
    assert owners_named(text, FR, "fr") == ["Parties", "Armée du Nord"]
    # Counter-examples: without the dative, the aside only says which of them.
    text = "Le Conseil a demandé aux parties, en particulier celles de la région, de cesser le feu."
    assert owners_named(text, FR, "fr") == ["Parties"]
    text = "Le Conseil a demandé aux parties, notamment les groupes du Nord, de cesser le feu."
    assert owners_named(text, FR, "fr") == ["Parties"]


def test_regret_states_and_keeps_its_paragraph():
    text = (
        "Déclaration à la presse sur la frontière\n\n"
        "Les membres du Conseil de sécurité ont rappelé leur déclaration du 2 mai.\n"
        "Les membres du Conseil de sécurité ont regretté que le Front populaire "
        "n'ait pas donné suite aux appels.\n"
        "Les membres du Conseil de sécurité ont appelé les parties à la retenue.\n"
    )
    paras = parse_report(text).paragraphs
    assert [p.text.split()[7] for p in paras] == ["rappelé", "regretté", "appelé"]
    assert owners_named(paras[1].text, FR, "fr") == []
    # Counter-example: a regret followed by a call keeps the call.
    text = "Le Conseil regrette les combats et exhorte les parties à la retenue."
    assert owners_named(text, FR, "fr") == ["Parties"]


def test_a_headline_printed_again_in_its_story_is_no_paragraph():
    text = (
        " date 2024-05 L'Organisation de la coopération islamique (OCI) a lancé un appel "
        "urgent à la communauté internationale pour protéger les civils au Sahel.\n\n"
        "L'Organisation de la coopération islamique appelle à protéger les civils\n\n"
        "Jeudi, l'OCI a publié un communiqué exhortant à la fin des combats au Sahel.\n\n"
        "Les lettres du Secrétaire général mettent l'accent sur la situation au Sahel.\n"
    )
    paras = parse_report(text).paragraphs
    assert [p.text[:14] for p in paras] == ["L'Organisation", "Jeudi, l'OCI a", "Les lettres du"]
    assert owners_named(paras[0].text, FR, "fr") == ["international-community"]
    # Counter-example: a story's last line, cut by the copy without its stop, stays.
    text = (
        "Le Conseil a appelé les parties à la retenue.\n\n"
        "Le Conseil a demandé aux parties de reprendre le dialogue sans\n"
    )
    assert len(parse_report(text).paragraphs) == 2


def test_bulleted_points_and_a_verb_after_in_this_regard():
    text = (
        "The 9th Summit of the Authority was held in Nairobi on 3 May 2010.\n\n"
        "The Summit reviewed the situation in the region and received briefs.\n\n"
        "The Summit,\n\n"
        "  \u2022 Commended the parties for the progress made, and encouraged the parties "
        "to continue the talks.\n"
        "  \u2022 Reiterated its commitment to the peace process and in this regard called "
        "upon Eritrea and Kenya the countries designated to represent the region to "
        "appoint envoys.\n"
        "  \u2022 Noted with concern the fighting in the border area.\n"
    )
    paras = parse_report(text).paragraphs
    assert [p.text.split()[1] for p in paras[2:]] == ["Commended", "Reiterated", "Noted"]
    assert owners_named(paras[2].text, EN, "en") == ["Parties"]
    assert owners_named(paras[3].text, EN, "en") == ["Eritrea", "Kenya"]
    assert owners_named(paras[4].text, EN, "en") == []
    # Counter-examples: another subject after the phrase; titles kept whole.
    text = "The Summit reiterated its support and in this regard the parties called upon donors."
    assert owners_named(text, EN, "en") == []
    text = "The Summit invited His Majesty the King of Morocco to chair the Committee."
    assert owners_named(text, EN, "en") == ["His Majesty the King of Morocco"]


def test_a_call_for_a_body_to_act_asks_that_body():
    text = "The Council called for member states to recognize the State of Palestine."
    assert owners_named(text, EN, "en") == ["member-states"]
    text = "The Council called for the international community to support the talks."
    assert owners_named(text, EN, "en") == ["international-community"]
    # Counter-examples: a call for an outcome names nobody.
    text = "The Council called for a ceasefire to allow aid to reach the civilians."
    assert owners_named(text, EN, "en") == []
    text = "The Council called for talks between the parties to be held in May."
    assert owners_named(text, EN, "en") == []
    text = "The Council called for the withdrawal of the forces of both parties to the border."
    assert owners_named(text, EN, "en") == []


def test_the_head_named_by_his_surname_after_the_lead():
    text = (
        "The secretary-general of the Organization of Islamic Cooperation has called for "
        "a decade of reforms in the Muslim world.\n\n"
        "“The Muslim world faces serious challenges,” said OIC Secretary-General "
        "Ahmet Demiroglu.\n\n"
        "Demiroglu called for member states to recognize the State of Palestine.\n"
    )
    paras = parse_report(text).paragraphs
    assert [p.text[:10] for p in paras][-1] == "Demiroglu "
    assert owners_named(paras[-1].text, EN, "en") == []  # alone, nobody says who he is
    found = extract_all([p.text for p in paras], EN, "en", parse_report(text).head)
    assert [[r.owner.slug for r in e.requests] for e in found][-1] == ["member-states"]
    # Counter-example: another person's surname, the UN's Secretary-General named.
    text = (
        "The secretary-general of the Organization of Islamic Cooperation has called for "
        "a decade of reforms in the Muslim world.\n\n"
        "“The world faces serious challenges,” said UN Secretary-General "
        "Antonio Guterres.\n\n"
        "Guterres called for member states to recognize the State of Palestine.\n"
    )
    assert "Guterres" not in " ".join(texts_read(text))


def texts_read(text: str) -> list[str]:
    """The paragraphs a page gives, none when it gives no operative one."""
    try:
        return [p.text for p in parse_report(text).paragraphs]
    except ReportParseError:
        return []


def _long(n: int) -> str:
    return (
        "Ils entendent suivre la situation extra diaspora "
        + "et, en particulier à l'Armée, et in this regard the countries " * n
        + "et envisageront de prendre des mesures. The Summit called upon Kenya "
        + "the countries the states designated and " * n
        + "to appoint envoys. Secretary-General "
        + "Ahmet " * n
        + "called for the parties the parties "
        + "states " * n
        + "to act."
    )


def test_reading_grows_linearly():
    assert_linear(lambda t: owners_named(t, FR, "fr"), _long, 20)
    assert_linear(lambda t: owners_named(t, EN, "en"), _long, 20)
