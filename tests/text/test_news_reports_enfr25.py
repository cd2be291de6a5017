"""English and French reports of a meeting (issue 18, branch enfr25): an
instruction given in a news report's words ("ont donné des instructions fermes
à ...", "a donné \u201cinstruction au ..."), "entre autres" before the addressee,
the body a meeting was held on the margins of (no issuer), an organ of "ladite
Communauté", a space a typing slip moved ("membre sa noter"), the whole world
after a generic addressee, the head by his title and name after an opening
phrase, "appealing to", a State by its capital after "urging", a lead whose only
request is a participle, the head named after the lead, a Director-General
speaking for his institution, a qualifier "accredited to", and two nouns sharing
one modifier. Sentences written for these tests."""

from __future__ import annotations

from decisions.text.director_head import director_lead, director_speaks
from decisions.text.folding import fold_text
from decisions.text.glued_preposition import unglue
from decisions.text.head_speaker import head_leads
from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract_all
from decisions.text.said_organisation import bare_organ
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

EN = registry("en")
FR = registry("fr")


def read(texts: list[str], reg=EN, language: str = "en", head: str = "") -> list[list[str]]:
    found = extract_all(texts, reg, language, head)
    return [
        [r.owner.slug if r.owner.registered else r.owner.name for r in e.requests] for e in found
    ]


# -- French: an instruction given, "entre autres" ---------------------------


def test_an_instruction_given_in_a_news_report_s_words_asks_its_addressee():
    text = "Le Conseil a donné des instructions fermes au Comité de suivi de préparer le rapport."
    assert owners_named(text, FR, "fr") == ["Comité de suivi"]
    text = "Le Sommet a donné \u201cinstruction au Comité de suivi de réunir les parties\u201d."
    assert owners_named(text, FR, "fr") == ["Comité de suivi"]
    text = "Les chefs d'État ont donné des instructions précises au Comité de suivi de siéger."
    assert owners_named(text, FR, "fr") == ["Comité de suivi"]
    # Counter-examples: instructions given to nobody named, or received.
    assert owners_named("Le Conseil a donné des instructions claires.", FR, "fr") == []
    text = "Le Comité de suivi a reçu des instructions fermes du Conseil."
    assert owners_named(text, FR, "fr") == []


def test_among_other_things_between_the_verb_and_its_addressee():
    text = "Le Conseil a demandé entre autres aux parties de cesser les combats."
    assert owners_named(text, FR, "fr") == ["Parties"]
    text = "La Conférence a exhorté entre autres le Comité de suivi à se réunir."
    assert owners_named(text, FR, "fr") == ["Comité de suivi"]
    # Counter-example: "entre autres" inside the object asks nobody more.
    text = "Le Conseil a salué entre autres les efforts des parties."
    assert owners_named(text, FR, "fr") == []


# -- The occasion of a meeting, an organ of "ladite Communauté" --------------


def test_the_body_a_meeting_was_held_beside_is_not_the_issuer():
    lead = (
        "En marge du sommet de l'Union africaine à Addis-Abeba, la Conférence des chefs d'État "
        "de la CEDEAO s'est réunie samedi."
    )
    ask = "La Conférence a donné instruction au Président de la Commission de suivre la transition."
    assert read([lead, ask], FR, "fr")[1] == ["ecowas-commission"]
    # Counter-example: the African Union's own meeting, the AU Commission asked.
    lead = "La Conférence de l'Union africaine s'est réunie samedi à Addis-Abeba."
    assert read([lead, ask], FR, "fr")[1] == ["au-commission"]


def test_an_organ_of_the_said_organisation_is_the_issuer_s_own():
    lead = "La Conférence des chefs d'État de la CEDEAO s'est réunie samedi à Abuja."
    ask = "Elle a demandé à la Commission de ladite Communauté de suivre la transition."
    assert read([lead, ask], FR, "fr")[1] == ["ecowas-commission"]
    assert bare_organ("la Commission de ladite Communauté") == "la commission"
    assert bare_organ("the Secretariat of the said Organization") == "the secretariat"
    # Counter-examples: pointing at a text, not an organisation; no organ before it.
    assert bare_organ("la Commission de ladite résolution") == ""
    assert bare_organ("ladite Communauté") == ""
    lead = "Le Comité des juristes s'est réuni samedi."
    ask = "Il a demandé à la Commission de ladite Communauté de suivre la transition."
    assert read([lead, ask], FR, "fr")[1] == ["Commission de ladite Communauté"]


# -- A space moved by a typing slip -----------------------------------------


def test_a_plural_glued_to_the_preposition_reads_as_written_right():
    text = (
        "L'Organisation a exhorté les États membre sa relever le nom des sites, la carte du pays."
    )
    assert owners_named(text, FR, "fr") == ["member-states"]
    assert unglue("les pays membre sa fournir") == "les pays membres a fournir"
    assert len(unglue("les États membre sa noter")) == len("les États membre sa noter")
    # Counter-examples: "sa" before a noun, after a plural, before a noun in -er.
    for text in ("elle a rappelé sa mission", "les membres sa noter", "la côte sa mer"):
        assert unglue(text) == text
    assert unglue("le premier sa dernier") == "le premier sa dernier"


# -- English: the whole world, "appealing to", a capital, a lead's participle --


def test_the_whole_world_after_a_generic_addressee_is_no_part_of_it():
    for world in ("in the world", "around the world", "throughout the world", "worldwide"):
        text = f"The Council called on all relief organizations {world} to send aid."
        assert owners_named(text, EN, "en") == ["All relief organizations"]
    text = "Le Conseil a appelé les organisations humanitaires du monde entier à aider."
    assert owners_named(text, FR, "fr") == ["Organisations humanitaires"]
    # Counter-examples: the Islamic world names whom (islamic_world); a registered body.
    text = "Le Conseil a appelé les organisations humanitaires dans le monde islamique à aider."
    assert owners_named(text, FR, "fr") == ["islamic-ngos"]
    text = "The Council called on the Member States in the world to send aid."
    assert owners_named(text, EN, "en") == ["member-states"]


def test_a_participle_of_appeal_continues_the_body_s_sentence():
    text = "The Council called for urgent action, appealing to member countries to send aid."
    assert owners_named(text, EN, "en") == ["member-states"]
    # Counter-example: another speaker's participle.
    text = "The minister spoke to reporters, appealing to member countries to send aid."
    assert owners_named(text, EN, "en") == []


def test_a_state_asked_by_its_capital_after_a_participle():
    text = "The Council condemned the strikes, urging Tehran to open its sites to inspectors."
    assert owners_named(text, EN, "en") == ["iran"]
    # Counter-examples: a thing urged, not a body.
    assert owners_named("The Council met, urging restraint to avoid escalation.", EN, "en") == []
    assert owners_named("The Council met, urging calm to prevail.", EN, "en") == []


def test_a_lead_whose_only_request_is_a_participle_is_a_paragraph():
    text = (
        "The foreign ministers of the Council said on Tuesday that a settlement must be "
        "reached, urging Tehran to open its sites to inspectors.\n"
        "The ministers met in the capital.\n"
        "It appealed to the international community to help.\n"
    )
    paras = parse_report(text).paragraphs
    assert paras[0].text.startswith("The foreign ministers")
    assert read([p.text for p in paras])[0] == ["iran"]
    # Counter-example: another speaker's participle asks nobody (a lead, no request).
    text = (
        "The foreign minister of Utopia told reporters on Tuesday that a settlement must be "
        "reached, urging Tehran to open its sites to inspectors.\n"
        "It appealed to the international community to help.\n"
    )
    paras = parse_report(text).paragraphs
    assert read([p.text for p in paras])[0] == []


# -- The head by his title and name, after an opening phrase ------------------


def test_the_head_by_title_and_name_after_an_opening_phrase_speaks():
    lead = "The OIC Secretary-General, Ekmeleddin Ihsanoglu, visited the region."
    ask = (
        "Recalling the solidarity of the Organization with the people of the region, OIC "
        "Secretary-General, Prof. Ekmeleddin Ihsanoglu addressed a plea to all Member States "
        "to send aid."
    )
    assert read([lead, ask])[1] == ["member-states"]
    ask = "At the opening session, Secretary-General Dr. Ihsanoglu urged Member States to act."
    assert read([lead, ask])[1] == ["member-states"]
    # Counter-examples: another organisation's head, a deputy.
    ask = "At the session, UN Secretary-General, Antonio Guterres urged Member States to act."
    assert read([lead, ask])[1] == []
    ask = "At the session, OIC Deputy Secretary-General Y urged Member States to act."
    assert read([lead, ask])[1] == []


def test_charitable_institutions_and_funds_are_generic_addressees():
    lead = "The OIC Secretary-General, Ekmeleddin Ihsanoglu, visited the region."
    ask = (
        "The Secretary-General addressed a plea to all Member States, charitable institutions, "
        "sovereign funds and relief organizations to send aid."
    )
    assert read([lead, ask])[1] == [
        "member-states",
        "Charitable institutions",
        "Sovereign funds",
        "Relief organizations",
    ]


# -- The head named in a block after the lead ------------------------------


def test_the_head_named_after_the_lead_speaks_for_the_organisation():
    page = (
        "Bakou, 5 janvier, Agence\n\n"
        "L'Organisation de coopération islamique a tenu la réunion de son Fonds mercredi.\n\n"
        "Les participants ont entendu le discours prononcé par le Secrétaire général de l'OCI, "
        "M. Ali Bakr, qui a plaidé pour le Fonds. Le Secrétaire général a souligné que le Fonds "
        "est une institution importante et a appelé tous les États membres à le soutenir.\n\n"
        "Le Secrétaire général a remercié les donateurs pour leur soutien constant.\n"
    )
    paras = parse_report(page).paragraphs
    assert [p.text[:14] for p in paras] == ["L'Organisation", "Les participan", "Le Secrétaire "]
    assert read([p.text for p in paras], FR, "fr") == [[], ["member-states"], []]
    # Counter-example: the United Nations' head named after the lead speaks for nobody.
    other = page.replace("de l'OCI", "des Nations Unies")
    assert head_leads(*other.split("\n\n")[1:2], more=other.split("\n\n")[2:4]) == ""
    assert head_leads(*page.split("\n\n")[1:2], more=page.split("\n\n")[2:4]) == "*"


# -- A Director-General speaking for his institution ------------------------


def test_a_director_general_named_in_the_first_blocks_speaks_for_his_institution():
    texts = [
        "Dr. X Y, Director General of the Islamic Educational Organization (IEO), sent two "
        "messages to the ambassadors.",
        "In his first message, IEO Director-General stressed the role of culture, calling upon "
        "the ambassadors accredited to Morocco to join the Organization.",
        "The second message called on donor countries and institutions to join the Coalition.",
        "He also called on the Member States to pay their dues.",
    ]
    assert read(texts)[1:] == [
        ["Ambassadors"],
        ["Donor countries and institutions"],
        ["member-states"],
    ]
    assert director_lead(texts[0]) == "ieo"
    assert director_lead("The ICESCO Director-General met the press.") == "icesco"


def test_a_director_general_not_named_with_his_organisation_speaks_for_nobody():
    texts = [
        "The Director General met the ambassadors on Monday.",
        "The second message called on donor countries to join the Coalition.",
    ]
    assert read(texts)[1] == []
    assert director_lead("The Deputy ICESCO Director-General met the press.") == ""
    assert director_lead("The former Director General of the Office (IEO) spoke.") == ""
    assert director_lead("WHO Director-General X Y met the OIC Secretary General.") == ""
    folded = fold_text("The ICESCO Director-General ")
    assert not director_speaks(folded, 0, len(folded), "*")  # no director lead


# -- Two nouns sharing one modifier -----------------------------------------


def test_two_nouns_sharing_a_modifier_are_one_addressee():
    text = "The Council urged Member States and their charitable institutions and bodies to help."
    assert owners_named(text, EN, "en") == [
        "member-states",
        "Charitable institutions and bodies",
    ]
    # Counter-examples: a registered name first, a word of its own, a comma.
    text = "The Council urged Member States and institutions to help."
    assert owners_named(text, EN, "en") == ["member-states"]
    text = "The Council urged member countries and organizations to help."
    assert owners_named(text, EN, "en") == ["member-states", "Organizations"]
    text = "The Council urged donor countries and relief agencies to help."
    assert owners_named(text, EN, "en") == ["Donor countries", "Relief agencies"]
    text = "The Council urged donor countries, and relief agencies to help."
    assert owners_named(text, EN, "en") == ["Donor countries", "Relief agencies"]


# -- Linear growth ------------------------------------------------------------


def _long(n: int) -> str:
    return (
        "Bringing into play the role of "
        + "the Organization and " * n
        + ", OIC Secretary-General, Prof. "
        + "Ekmeleddin " * n
        + "addressed a plea to all relief organizations "
        + "around the " * n
        + "world and their philanthropic institutions and bodies "
        + "and donor countries and institutions " * n
        + "membre sa noter " * n
        + "a donné des instructions fermes entre autres "
        + "de ladite communauté " * n
        + "to act, appealing to member countries, urging Tehran to act."
    )


def test_reading_grows_linearly():
    assert_linear(lambda t: owners_named(t, EN, "en"), _long, 20)
    assert_linear(lambda t: owners_named(t, FR, "fr"), _long, 20)
    assert_linear(unglue, _long, 20)
    assert_linear(lambda t: director_lead(t, t), _long, 20)
    assert_linear(lambda t: parse_report(t + ".\nIt urged the parties to act.\n"), _long, 20)
