"""An item's reference, "OIC/ACM-2017/MALI-REP ¶xi", is one isolate wherever
a page names it: the symbol and the paragraph together in one <bdi>, as the
item list, the search and the home pages write it.

Isolating the symbol alone (`<bdi>SYMBOL</bdi> ¶xi`) or the number alone
(`SYMBOL ¶<bdi>xi</bdi>`) leaves the pilcrow between a left-to-right run and
a neutral: on an Arabic page it takes the page's direction and shows after
the number, "xi¶ OIC/ACM-2017/MALI-REP" (seen on the letter's page, the
review queue, a submission's page and the bodies to review)."""

from __future__ import annotations

import datetime
import re

import pytest
from django.conf import settings
from django.urls import reverse

from decisions.models import Letter, Status, Submission
from decisions.reporting import followup
from decisions.reporting.followup_files import followup_html
from tests.factory import (
    make_body,
    make_decision,
    make_item,
    make_report,
    make_update,
    make_user,
    utc_noon,
)

pytestmark = pytest.mark.django_db

SYMBOL = "OIC/BIDI-2017/REP"
REFERENCE = f"<bdi>{SYMBOL} ¶xi</bdi>"
# The symbol or the number isolated alone, with the pilcrow outside.
SPLIT = re.compile(rf"<bdi>{re.escape(SYMBOL)}</bdi> ¶|{re.escape(SYMBOL)} ¶<bdi>")


@pytest.fixture
def item():
    report = make_report(SYMBOL, date=datetime.date(2017, 9, 20))
    return make_item(make_decision(report, number="xi"), owner=make_body("bidi-owner"))


def arabic_page(client, user, url: str) -> str:
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
    response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'dir="rtl"' in page
    return page


def assert_one_isolate(page: str) -> None:
    assert REFERENCE in page
    assert not SPLIT.search(page)


def submission_on(item) -> Submission:
    focal = make_user("bidi-focal", groups=("focal points",))
    item.owner.focal_points.add(focal)
    return Submission.objects.create(
        item=item, author=focal, status=Status.IN_PROGRESS, note="done", base_version=0
    )


def test_the_submissions_table_and_a_submission_name_the_item_in_one_isolate(client, editor, item):
    submission = submission_on(item)
    # The focal point's own list (the submissions table) and the submission's page.
    assert_one_isolate(arabic_page(client, submission.author, reverse("decisions:my_submissions")))
    assert_one_isolate(arabic_page(client, editor, submission.get_absolute_url()))


def test_a_letter_names_its_items_in_one_isolate(client, editor, item):
    letter = Letter.objects.create(
        reference="OIC/GS/2017/123", sent_on=datetime.date(2017, 10, 2), subject="Follow-up"
    )
    letter.recipients.add(item.owner)
    letter.items.add(item)
    assert_one_isolate(arabic_page(client, editor, letter.get_absolute_url()))


def test_the_bodies_to_review_name_where_each_was_found_in_one_isolate(client, editor, item):
    item.owner.registered = False
    item.owner.save(update_fields=["registered"])
    make_item(item.decision, owner=make_body("bidi-partner")).partners.add(item.owner)
    page = arabic_page(client, editor, reverse("decisions:bodies_review"))
    assert page.count(REFERENCE) == 2  # owner in, partner in
    assert not SPLIT.search(page)


def test_the_arabic_follow_up_report_names_what_moved_in_one_isolate(editor, item):
    make_update(item, note="", status=Status.COMPLETED, at=utc_noon(2017, 11), by=editor)
    doc = followup.followup_build(item.decision.report, "ar", today=datetime.date(2018, 1, 10))
    html = followup_html(doc)
    assert 'dir="rtl"' in html
    assert_one_isolate(html)
