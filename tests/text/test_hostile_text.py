"""Hostile text: parsing a report and extracting its requests cost time linear in
the text. Each input is grown tenfold; the work may grow about tenfold, never a
hundredfold (tests/formats/hostile.py measures it: calls counted, CPU time).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from decisions.text.context import established
from decisions.text.paragraphs import parse_report
from decisions.text.requests import MAX_REQUESTS, extract, extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY


def rep(unit: str, size: int) -> str:
    """``unit`` repeated to about ``size`` characters."""
    return unit * max(1, size // len(unit))


def names(prefix: str, size: int) -> str:
    """Distinct made-up names, none in the registry: "Agency 1, Agency 2, ..."."""
    out, i = [], 0
    while sum(len(n) + 2 for n in out) < size:
        i += 1
        out.append(f"{prefix} {i}")
    return ", ".join(out)


# Paragraphs that cost the square of their length before issue 17, or could.
PARAGRAPHS: dict[str, Callable[[int], str]] = {
    "one long word": lambda n: rep("a", n),
    "adverbs with no verb": lambda n: rep("also ", n),
    "French adverbs": lambda n: "a" + rep(" a nouveau", n),
    "one addressee repeated (fr)": lambda n: (
        "La Réunion a demandé " + rep("au Secrétaire général, ", n) + "de suivre."
    ),
    "one addressee repeated (en)": lambda n: (
        "REQUESTS " + rep("the Secretary-General, ", n) + "to follow."
    ),
    "addressees joined by and": lambda n: "REQUESTS " + rep("the Secretary-General and ", n),
    "partners repeated (en)": lambda n: (
        "REQUESTS the Secretary-General " + rep("in cooperation with the ISDB ", n) + "to act."
    ),
    "partners repeated (fr)": lambda n: (
        "La Réunion a demandé au Secrétaire général "
        + rep("en coopération avec la BID ", n)
        + "de suivre."
    ),
    "abbreviations": lambda n: rep("x. Y ", n),
    "sentences": lambda n: rep("It requests the Secretary-General to act. ", n),
    "pronouns (en)": lambda n: rep("They urge them to act. ", n),
    "pronouns (fr)": lambda n: rep("leur a demandé ", n),
    "verb forms as nouns": lambda n: rep("requests ", n),
    "requests in a row": lambda n: rep("requests the ISDB to act, ", n),
    "one owner asked in many clauses": lambda n: rep(
        "REQUESTS the ISDB to act by 1 March 2018; ", n
    ),
    "dates": lambda n: rep("by 12 March 2018 ", n),
    "hyphens": lambda n: rep("a-", n),
    "infinitive markers": lambda n: "La Réunion a demandé " + rep("de ", n),
    "a long infinitive": lambda n: "La Réunion a demandé aux États membres de " + rep("a", n),
    "to the": lambda n: "REQUESTS the ISDB " + rep("to the ", n),
    "commas": lambda n: "REQUESTS the ISDB" + rep(",", n) + " to act",
    "Arabic addressees": lambda n: "طلب " + rep("من الدول الأعضاء و", n),
    "unregistered addressees": lambda n: "REQUESTS " + names("Agency", n) + " to act.",
    "that-clauses in a row": lambda n: rep("demands that ", n),
    "decides with asides": lambda n: rep("decides, a b, that ", n),
    "decides that with no shall": lambda n: "Decides that " + rep("the Mission and ", n),
    "and that": lambda n: rep("and that the Mission ", n) + "shall act.",
    "a capitalised subject": lambda n: "Demands that " + rep("Aa ", n) + "cease.",
    "a generic subject": lambda n: "Demands that the " + rep("parties ", n),
    "agents": lambda n: "Demands " + rep("a ceasefire by ", n),
    "qualifiers": lambda n: "REQUESTS the " + rep("Group established by ", n) + "to act.",
    "inclusive openers": lambda n: "REQUESTS the ISDB, " + rep("in particular Agency, ", n),
    "appeals addressed": lambda n: rep("adresse aux ", n),
    "reported speech": lambda n: rep("dans lequel il a invité ", n),
    "Arabic definite words": lambda n: "مناشدة " + rep("الجهات ", n) + "دعم.",
    "Arabic verbs in the present": lambda n: rep("تعقد اللجنة دورة. ", n),
    "Arabic that-clauses": lambda n: rep("تطلب أن يقدم الأمين العام ", n),
    "bodies established": lambda n: rep("Établit une Commission de ", n),
    "approved recommendations": lambda n: rep("يوافق على توصيات الاجتماع ", n),
    "acronyms opening names": lambda n: "REQUESTS " + rep("the AU Commission, ", n) + "to act.",
    "sentences in the future": lambda n: rep("Le Comité fournira. ", n),
    "many owners and partners": lambda n: (
        "REQUESTS "
        + names("Agency", n // 2)
        + " in cooperation with "
        + names("Fund", n // 2)
        + " to act."
    ),
}


@pytest.mark.parametrize("shape", PARAGRAPHS)
def test_extraction_grows_linearly(shape):
    assert_linear(lambda text: extract(text, REGISTRY), PARAGRAPHS[shape], 2_000)


HEAD = "OIC/X/1\n\nRAPPORT\n\nLa Réunion a décidé ce qui suit :\n\n"


def numbered(count: int) -> str:
    return "".join(f"{i}. La Réunion a demandé au Secrétaire général.\n\n" for i in range(1, count))


# Report texts: the shape, and where it sits (a paragraph or a line of the head).
REPORTS: dict[str, Callable[[int], str]] = {
    "brackets": lambda n: HEAD + "1. " + rep("[", n) + "\n",
    "links never closed": lambda n: HEAD + "1. " + rep("[a](", n) + "\n",
    "link text never closed": lambda n: HEAD + "1. " + rep("[a", n) + "\n",
    "emphasis": lambda n: HEAD + "1. " + rep("*a ", n) + rep("_a ", n) + "\n",
    "tags": lambda n: HEAD + "1. " + rep("<a ", n) + rep("<b", n) + "\n",
    "quote marks": lambda n: HEAD + rep(">", 5 * n) + " 1. x\n",  # a copy is cheap: more
    "one long line": lambda n: HEAD + rep("a", n) + "\n\n1. x\n",
    "many numbered paragraphs": lambda n: HEAD + numbered(n // 50),
    "many short lines": lambda n: HEAD + "1. x\n" + rep("y\n", n),
    "an all-capitals title and a long body line": lambda n: (
        "OIC/X/1\n\nRAPPORT DU COMITE\n\n1. " + rep("Le Comité a noté ", n) + "\n"
    ),
    "a bold title of capitalised words": lambda n: (
        "OIC/X/1\n\n**" + rep("Aa ", n) + "Committee**\n\n1. La Réunion a noté.\n"
    ),
    "title lines then head lines": lambda n: (
        "OIC/X/1\n\n"
        + "".join(f"TITLE {i}\n" for i in range(n // 8))
        + "\n"
        + "".join(f"a{i}\n" for i in range(n // 4))  # distinct: a line seen thrice is a header
        + "\n1. x\n"
    ),
    "numbered paragraphs on one line": lambda n: (
        "Titre " + "".join(f"{i}. Le Comité a noté. " for i in range(1, max(2, n // 20)))
    ),
    "numbers that never follow on one line": lambda n: HEAD + "1. x " + rep("; 1. A", n),
    "clauses on one line": lambda n: "Le Conseil, " + rep("Ayant vu, Invite les États ; ", n),
    "a long run of capitals in the title": lambda n: (
        "OIC/X/1\n\n" + rep("A", n) + " COMMITTEE\n\n1. La Réunion a noté.\n"
    ),
}


@pytest.mark.parametrize("shape", REPORTS)
def test_parsing_grows_linearly(shape):
    assert_linear(parse_report, REPORTS[shape], 4_000)  # a ReportParseError is an answer too


def test_a_paragraph_repeating_one_addressee_16000_times_is_read_in_seconds():
    text = "La Réunion a demandé " + "au Secrétariat général, " * 16_000 + "de suivre."
    assert len(text) > 320_000
    start = time.process_time()
    found = extract(text, REGISTRY)
    assert time.process_time() - start < 15  # 35 s before, on the machine that found it
    assert [r.owner.slug for r in found.requests] == ["general-secretariat"]


def test_a_paragraph_naming_too_many_bodies_keeps_the_first_and_says_so():
    found = extract("REQUESTS " + names("Agency", 20_000) + " to act.", REGISTRY)
    assert len(found.requests) == MAX_REQUESTS
    assert any(f"more than {MAX_REQUESTS}" in w for w in found.warnings)


def test_extract_all_grows_linearly_with_the_paragraphs_before():
    def make(n: int) -> list[str]:
        return [f"Requests the Group of Experts {i} to report." for i in range(max(1, n // 40))]

    assert_linear(lambda texts: extract_all(texts, REGISTRY), make, 2_000)


@pytest.mark.parametrize("shape", ["bodies established"])
def test_the_bodies_a_paragraph_establishes_are_read_in_linear_time(shape):
    assert_linear(established, PARAGRAPHS[shape], 2_000)
