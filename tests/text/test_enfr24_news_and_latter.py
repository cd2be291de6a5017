"""Phrasings of English and French news pages and communiqués (branch enfr24):
the head a later paragraph opens with, speaking on in the paragraphs after it
(opened_head); a quotation mark opening the quoted request after the addressee;
"the latter" as an addressee (the_latter); an organisation's acronym before a
plural noun of its people ("AU partners": acronym_groups); "X to continue to act"
inside a request; a body named with its acronym, a first verb of its own, then
"and" before its request (acronym_and); a State's "relevant authorities"; a
French infinitive request inside a recommended act (nested_requests). Every
sentence was written for these tests."""

from __future__ import annotations

from decisions.text.acronym_and import acronym_then_and
from decisions.text.opened_head import opened_heads
from decisions.text.paragraphs import ReportParseError
from decisions.text.the_latter import is_latter
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, page_owners, registry

EN = registry("en")
FR = registry("fr")


def names(page: str, language: str = "en") -> list[list[str]]:
    return page_owners(page, language, names=True)


# The head named in a later paragraph, then by his surname.

HEAD_PAGE = (
    "The OIC has urged donors to help the victims of the floods in the north.\n"
    "OIC Secretary-General Dr. Amin bin Salem Al-Rashidi said the bloc stands ready to help.\n"
    "The talks will resume next week in the capital.\n"
    "Dr Al-Rashidi asked the militias “to respect the truce and open the roads.”\n"
)


def test_the_head_a_paragraph_opens_with_asks_by_his_surname_later():
    assert names(HEAD_PAGE) == [["Donors"], [], ["Militias"]]


def test_the_paragraph_naming_the_head_is_kept_beside_his_request():
    numbers = [p for p in HEAD_PAGE.splitlines() if p]
    heads = opened_heads(numbers)
    assert [bool(h) for h, _ in heads] == [False, True, True, True]
    assert [at for _, at in heads] == [-1, 1, 1, 1]


def test_without_the_paragraph_naming_him_the_surname_asks_nothing():
    # Counter-example: nobody introduced him; "Dr X" is anybody.
    page = HEAD_PAGE.replace(
        "OIC Secretary-General Dr. Amin bin Salem Al-Rashidi said", "Observers said"
    )
    assert names(page) == [["Donors"]]


def test_a_pronoun_after_another_person_named_stays_that_persons():
    # Counter-example: "He" after a minister's sentence is the minister.
    page = (
        "The OIC has urged donors to help the victims of the floods in the north.\n"
        "OIC Secretary-General Dr. Amin Al-Rashidi said the bloc stands ready to help.\n"
        "The Foreign Minister of Ruritania also addressed the press conference.\n"
        "He asked the militias to respect the truce and open the roads.\n"
    )
    assert names(page) == [["Donors"]]


def test_a_long_page_of_paragraphs_after_the_head_stays_linear():
    assert_linear(
        lambda t: names(t),
        lambda n: (
            "The OIC has urged donors to help the victims of the floods.\n"
            "OIC Secretary-General Dr. Amin Al-Rashidi said the bloc is ready.\n"
            + "The talks will resume next week in the capital city.\n" * n
            + "Dr Al-Rashidi asked the militias to respect the truce.\n"
        ),
        40,
    )


# A quotation mark opening the quoted request after the addressee.


def test_an_opening_quotation_mark_is_no_part_of_the_addressee():
    text = "The Council urged Hezbollah “to lay down its arms.”"
    assert owners_named(text, EN, "en") == ["Hezbollah"]
    text = "Le Conseil a exhorté les rebelles « à déposer les armes »."
    assert owners_named(text, FR, "fr") == ["Rebelles"]


def test_a_quoted_name_inside_the_addressee_keeps_its_marks():
    # Counter-example: the marks stand inside the name, not at its end.
    text = "The Council urged the “Friends of Syria” group to meet."
    assert owners_named(text, EN, "en") == ["“Friends of Syria” group"]


# "The latter" as an addressee.


def test_the_latter_is_the_body_named_last_before_it():
    text = (
        "1. Welcomes the help of donors, among them the European Union. Council calls on "
        "the latter to continue its support;"
    )
    assert owners_named(text, EN, "en") == ["european-union"]
    text = "1. The Council welcomed the help of UNDP and called on the latter to keep it up;"
    assert owners_named(text, EN, "en") == ["undp"]


def test_the_latter_with_no_body_named_before_asks_nobody():
    # Counter-example: never a body called "Latter", and not the body speaking.
    assert owners_named("1. Council calls on the latter to continue its support;", EN) == []
    assert not is_latter("the latter-day saints") and is_latter("the latter")


def test_the_latter_and_another_group_are_two_addressees():
    text = (
        "1. Stresses the need for the AU to keep leading and welcomes the help of donors, "
        "among them the European Union. Council calls on the latter and all the AU partners "
        "to continue to support these efforts, including financial assistance;"
    )
    assert owners_named(text, EN, "en") == ["european-union", "AU partners"]


def test_a_long_paragraph_before_the_latter_stays_linear():
    assert_linear(
        lambda t: owners_named(t, EN, "en"),
        lambda n: (
            "1. Welcomes the help of donors, "
            + "and of many friends, " * n
            + "among them the European Union. Council calls on the latter to continue;"
        ),
        60,
    )


# An organisation's acronym before a plural noun of its people.


def test_an_acronym_before_partners_is_that_organisations_partners():
    text = "1. Council calls on all the AU partners to continue their support;"
    assert owners_named(text, EN, "en") == ["AU partners"]
    text = "1. The Summit urged OIC agencies to speed up the relief."
    assert owners_named(text, EN, "en") == ["OIC agencies"]


def test_an_acronym_alone_or_before_its_registered_organ_is_read_as_before():
    # Counter-examples: the organisation itself, its commission.
    text = "1. Council calls on the AU to continue its support;"
    assert owners_named(text, EN, "en") == ["african-union"]
    text = "1. Council calls on the AU Commission to continue its support;"
    assert owners_named(text, EN, "en") == ["au-commission"]


def test_a_long_list_of_acronym_groups_stays_linear():
    assert_linear(
        lambda t: owners_named(t, EN, "en"),
        lambda n: "1. Council calls on " + "the AU partners, " * n + "the UN to act;",
        40,
    )


# A body by its acronym, a first verb of its own, then "and" before its request.


def test_a_body_s_first_verb_then_and_calls_upon():
    page = (
        "A site's header line\n\n"
        "The Islamic Water Fund (IWF) joins the world in marking the day, and calls upon "
        "all donors to fund water projects in Africa.\n\n"
        "In a year that marks a jubilee, the day opens a long campaign for wells.\n"
    )
    assert names(page)[0] == ["All donors"]


def test_another_subject_or_a_report_verb_in_the_first_phrase_is_refused():
    # Counter-examples: the ministers asked; the Fund only reported.
    text = "The IWF hosted the ministers, who met in Cairo and called"
    assert not acronym_then_and(text, 0, len(text) - len("called"))
    text = "The IWF said the ministers met in Cairo and called"
    assert not acronym_then_and(text, 0, len(text) - len("called"))
    text = "The IWF joins the world in marking the day, and calls"
    assert acronym_then_and(text, 0, len(text) - len("calls"))


def test_a_long_first_phrase_stays_linear():
    assert_linear(
        lambda t: acronym_then_and(t, 0, len(t) - 5),
        lambda n: "The IWF joins " + "the world " * n + "and calls",
        200,
    )


# A State's relevant authorities.


def test_the_relevant_military_authorities_are_the_one_state_named():
    text = (
        "1. The commission called upon the relevant military authorities to protect the "
        "Chadian people’s right to assemble."
    )
    assert owners_named(text, EN, "en") == ["chad"]
    text = "1. La commission a appelé les autorités compétentes à protéger les Tchadiens."
    assert owners_named(text, FR, "fr") == ["chad"]


def test_relevant_authorities_with_no_state_named_stay_as_written():
    # Counter-example: no State named: kept for review.
    text = "1. The commission called upon the relevant authorities to protect refugees in camps."
    assert owners_named(text, EN, "en") == ["Relevant authorities"]


# A French infinitive request inside a recommended act.


def test_an_infinitive_request_after_a_recommendation_asks_nobody():
    text = (
        "1. L'Organisation a, dans ce sens, recommandé d'accorder davantage de moyens aux "
        "écoles, d'encourager les chercheurs dans tous les domaines et de leur donner des bourses."
    )
    assert owners_named(text, FR, "fr") == []


def test_a_list_of_acts_after_decides_keeps_each_request():
    # Counter-example: the body's own acts, listed after its verb of deciding.
    text = (
        "1. Décide d'inviter les États membres à financer le plan, de demander au "
        "Secrétaire général de l'OCI d'en rendre compte."
    )
    assert owners_named(text, FR, "fr") == ["member-states", "secretary-general"]


def test_a_long_list_of_recommended_acts_stays_linear():
    assert_linear(
        lambda t: owners_named(t, FR, "fr"),
        lambda n: (
            "1. L'Organisation a recommandé d'accorder "
            + "des moyens aux écoles, " * n
            + "d'encourager les chercheurs."
        ),
        40,
    )


# What the meeting's text says a body should do, retold after "According to".

LEAD = "Leaders of the region met on Tuesday in the capital city of the host.\n"


def test_according_to_the_communique_the_subject_before_should_is_asked():
    page = LEAD + (
        "According to the communique, the governments and donors should commit more "
        "resources to the victims.\n"
    )
    assert names(page)[-1] == ["Governments", "Donors"]


def test_should_after_another_source_or_without_an_action_asks_nobody():
    # Counter-examples: an analyst's view; "should be"; a conviction stressed.
    page = LEAD + "According to analysts, the governments should commit more resources.\n"
    assert ["Governments"] not in names_or_none(page)
    page = LEAD + "According to the communique, the talks should be held in May.\n"
    assert names_or_none(page) in ([], [[]])
    text = (
        "The Conference stressed that the cause is central, and that the Member States "
        "should adopt a common stance."
    )
    assert owners_named(text, EN, "en") == []


def names_or_none(page: str) -> list[list[str]]:
    try:
        return names(page)
    except ReportParseError:  # no operative paragraph: nobody asked
        return []


def test_a_long_sentence_after_according_to_stays_linear():
    assert_linear(
        lambda t: names_or_none(t),
        lambda n: (
            LEAD
            + "According to the communique, the donors should commit "
            + "more funds and more staff " * n
            + "to the plan.\n"
        ),
        40,
    )
