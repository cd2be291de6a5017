"""A session named by its ordinal (``named_sessions``) is the session a
report is due at, the glossary's "next-session"; with a report it is the
closing report due at a session ("session-report", ``concept_updates``).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.concept_updates import untimed
from decisions.text.concepts import concept_overlap, concepts_of
from tests.formats.hostile import assert_linear


@pytest.mark.parametrize(
    "text",
    [
        "Requests the Director to report to the Board at its twenty-third session.",
        "Requests the Director to report to the Board at its 23rd ordinary session.",
        "Prie le Directeur de faire rapport au Conseil à sa vingt-troisième session.",
        "Prie le Directeur de faire rapport au Conseil à sa 23e session ordinaire.",
        "Prie le Président de faire rapport à la trente et unième réunion annuelle.",
        "يطلب إلى المدير تقديم تقرير إلى المجلس في دورته الثالثة والعشرين.",
        "يطلب إلى المدير تقديم تقرير إلى الدورة العادية (٢٣) للمجلس.",
        "يطلب إلى الرئيس رفع تقرير إلى الاجتماع السنوي الحادي والثلاثين.",
        "Requests the Director to submit a report to the next session of the Board.",
    ],
)
def test_a_report_due_at_a_session_is_read_in_every_language(text):
    assert {"report-back", "next-session", "session-report"} <= concepts_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a session with no report asked of it
        "Decides to hold its twenty-third session in Dakar.",
        # a meeting where a text was adopted, no session of a governing body
        "Requests the Commission to report on the communiqué of its 996th meeting.",
        # a year, or no ordinal at all
        "Requests the Director to report to the 2024 session.",
        "Prie le Directeur de faire rapport sur les deux sessions de formation.",
        "يطلب إلى المدير تقديم تقرير عن دورته التدريبية.",
    ],
)
def test_no_report_due_at_a_session_where_none_is_named(text):
    assert "session-report" not in concepts_of(text)


def test_a_report_added_to_an_ask_does_not_weigh_against_it():
    wide = concepts_of(
        "Requests the Secretary-General to convene the investment forum and to report"
        " to the forty-sixth session."
    )
    narrow = concepts_of("Prie le Secrétaire général de convoquer le forum de l'investissement.")
    assert untimed(wide, narrow) == wide - {"next-session", "session-report"}
    assert concept_overlap(wide, narrow)[0] > concept_overlap(wide | {"study"}, narrow)[0]


def test_two_reports_on_two_places_share_only_the_closing_ask():
    a = concepts_of("Requests the Secretary-General to report on Kashmir to the next session.")
    b = concepts_of("يطلب إلى الأمين العام رفع تقرير عن الصومال إلى الدورة القادمة.")
    assert "session-report" in a & b
    assert not (a & b) & {"place:kashmir", "place:somalia"}


def test_reading_sessions_stays_linear():
    def make(n):
        return " ".join(
            "Requests the Director to report to the twenty-third session; la quarante-"
            "sixième session; الدورة الرابعة والأربعين ; the 2024 session of sessions."
            for _ in range(n)
        )

    assert_linear(concepts_of.__wrapped__, make, 40)
