"""A preamble recalling an older text with its date: that day is not the
meeting's when the lines above the preamble name the meeting's month
without a day (decisions.text.meeting_date)."""

from __future__ import annotations

import datetime as dt

from decisions.text.paragraphs import parse_report
from tests.formats.hostile import assert_linear

ONLINE = (
    "**Union of Coastal Towns**\n\n"
    "**Board on Fisheries**\n\n"
    "UCT/BF/9-21/RES\n\n"
    "**RESOLUTION OF THE NINTH MEETING OF THE BOARD**\n\n"
    "**(held online, March 2021)**\n\n"
    "The Ninth Meeting of the Board on Fisheries, held online because of the floods,\n\n"
    "Recalling the Resolution of its Eighth Meeting, held in Porto on 3-4 March 2020,\n\n"
    "1. Requests the Secretariat to publish the catch tables every quarter;\n\n"
    "2. Decides to meet again in March 2022.\n"
)

ASSEMBLY = (
    "Union of Coastal Towns\n"
    "Assembly\n"
    "Twelfth meeting\n"
    "Agenda item: Relations between the Union and other regional bodies of the coast\n\n"
    "**Decision taken by the Assembly in June 2019**\n\n"
    "**Relations with the River Basin Authority**\n\n"
    "The Assembly,\n\n"
    "Recalling that by its decision 12 of 4 February 1988 it admitted the Authority,\n\n"
    "1. Requests the Secretariat to hold a joint workshop with the Authority;\n"
)


def test_a_recalled_meetings_day_does_not_date_an_online_meeting():
    # The title block names March 2021; the recital's March 2020 is another year.
    assert parse_report(ONLINE).date == dt.date(2021, 3, 1)


def test_a_heading_line_above_the_preamble_gives_the_month():
    # The heading after the "Agenda item" line names June 2019; 1988 is recalled.
    assert parse_report(ASSEMBLY).date == dt.date(2019, 6, 1)


def test_a_day_in_the_named_month_is_still_the_meetings_day():
    text = ONLINE.replace("held online because of the floods,", "held online on 17 March 2021,")
    assert parse_report(text).date == dt.date(2021, 3, 17)


def test_without_a_month_above_the_preamble_its_first_day_is_taken_as_before():
    # Counter-example: no month in the heading lines, the rule does not apply.
    text = ASSEMBLY.replace("**Decision taken by the Assembly in June 2019**\n\n", "")
    assert parse_report(text).date == dt.date(1988, 2, 4)


def test_a_month_in_a_long_line_of_prose_is_no_heading():
    # A news story's sentence names months of anything: not the meeting's.
    text = (
        "Agenda item: Relations between the Union and other regional bodies of the coast\n\n"
        "The storm that hit the coast in October 2018 was recalled by several delegates "
        "who met in the hall of the old port building\n\n"
        "The Assembly,\n\n"
        "Meeting in Porto on 9 May 2019,\n\n"
        "1. Requests the Secretariat to hold a joint workshop with the Authority;\n"
    )
    assert parse_report(text).date == dt.date(2019, 5, 9)


def test_reading_the_preamble_dates_grows_linearly():
    recital = "Recalling its decision 12 of 4 February 1988 on the coast,\n\n"
    head, body = ASSEMBLY.split("1. Requests", 1)

    def build(n: int) -> str:
        return head + recital * n + "1. Requests" + body

    assert_linear(lambda text: parse_report(text), build, 200)
