"""End to end: import the 2017 and 2018 Mali reports, review the proposals
on /renewals/, confirm one; the item page shows its lineage and the
wording diff; the follow-up report says where it was first requested."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from decisions.lineage import renewals
from decisions.models import ActionItem, RenewalLink, Report, Status
from decisions.models.lineage import LinkState
from decisions.reporting import followup
from tests.factory import make_body, make_decision, make_item, make_report, make_user
from tests.test_followup import docx_text, pdf_text
from tests.test_lineage import MALI_2017, MALI_2018, SYMBOL_2017, SYMBOL_2018, import_file

pytestmark = pytest.mark.django_db


@pytest.fixture
def both():
    import_file(MALI_2017)
    import_file(MALI_2018)
    return Report.objects.get(symbol=SYMBOL_2018)


def isesco_link() -> RenewalLink:
    return RenewalLink.objects.get(
        later_item__decision__number="v", later_item__owner__slug="isesco"
    )


def test_the_queue_lists_the_proposals_of_a_report(client, editor, both):
    client.force_login(editor)
    response = client.get(reverse("decisions:renewal_queue"), {"report": both.pk})
    assert response.status_code == 200
    assert len(response.context["page"].object_list) == 10
    content = response.content.decode()
    assert f"{SYMBOL_2017} ¶xiii" in content and f"{SYMBOL_2018} ¶v" in content
    assert "close the earlier item" in content


def test_the_queue_filtered_by_another_report_is_empty(client, viewer, both):
    client.force_login(viewer)
    first = Report.objects.get(symbol=SYMBOL_2017)
    response = client.get(reverse("decisions:renewal_queue"), {"report": first.pk})
    assert list(response.context["page"].object_list) == []


def test_a_reader_sees_the_proposals_without_the_buttons(client, viewer, both):
    client.force_login(viewer)
    response = client.get(reverse("decisions:renewal_queue"), {"report": both.pk})
    assert len(response.context["page"].object_list) == 10
    assert "close the earlier item" not in response.content.decode()


@pytest.mark.parametrize(
    "params", [{"report": "abc"}, {"report": "999999"}, {"state": "maybe"}, {"report": "1e99"}]
)
def test_a_bad_filter_is_a_400(client, viewer, both, params):
    client.force_login(viewer)
    response = client.get(reverse("decisions:renewal_queue"), params)
    assert response.status_code == 400
    assert b"<!doctype html>" in response.content


def test_confirming_in_the_queue_links_and_closes_the_earlier_item(client, editor, both):
    client.force_login(editor)
    link = isesco_link()
    url = reverse("decisions:renewal_decide", args=[link.pk])
    response = client.post(url, {"decision": "confirm", "close_earlier": "on"})
    assert response.status_code == 302
    link.refresh_from_db()
    assert link.state == LinkState.CONFIRMED and link.decided_by == editor
    earlier = ActionItem.objects.get(pk=link.earlier_item_id)
    assert earlier.status == Status.CANCELLED
    assert earlier.updates.get().note == f"Renewed by {SYMBOL_2018}, ¶ v"
    # Deciding again is refused, and says why.
    again = client.post(url, {"decision": "reject"})
    assert again.status_code == 400
    assert "already decided" in again.content.decode()


def test_rejecting_in_the_queue_keeps_the_items_apart(client, editor, both):
    client.force_login(editor)
    link = isesco_link()
    client.post(reverse("decisions:renewal_decide", args=[link.pk]), {"decision": "reject"})
    link.refresh_from_db()
    assert link.state == LinkState.REJECTED
    page = client.get(link.later_item.get_absolute_url()).content.decode()
    assert "First asked in" not in page


@pytest.mark.parametrize("data", [{}, {"decision": "maybe"}, {"decision": ["confirm", "x"]}])
def test_a_bad_decision_is_a_400_and_changes_nothing(client, editor, both, data):
    client.force_login(editor)
    link = isesco_link()
    response = client.post(reverse("decisions:renewal_decide", args=[link.pk]), data)
    assert response.status_code == 400
    link.refresh_from_db()
    assert link.state == LinkState.PROPOSED


def test_a_viewer_cannot_decide(client, viewer, both):
    client.force_login(viewer)
    link = isesco_link()
    response = client.post(
        reverse("decisions:renewal_decide", args=[link.pk]), {"decision": "confirm"}
    )
    assert response.status_code == 403
    link.refresh_from_db()
    assert link.state == LinkState.PROPOSED


def test_the_item_page_shows_the_lineage_with_statuses_and_the_wording_diff(client, editor, both):
    link = isesco_link()
    renewals.renewal_decide(link=link, confirm=True, by=editor)
    client.force_login(editor)
    for item in (link.later_item, link.earlier_item):
        content = client.get(item.get_absolute_url()).content.decode()
        assert "First asked in" in content and "Renewed in" in content
        assert f"{SYMBOL_2017} ¶xiii</bdi></a> (2017)" in content
        assert f"{SYMBOL_2018} ¶v</bdi></a> (2018)" in content
        assert "<ins>notamment les manuscrits de Tombouctou.</ins>" in content
        assert "<del>Mali.</del>" not in content  # "Mali." and "Mali," are one word
        assert "First asked on 20 September 2017" in content


def test_a_new_item_shows_its_own_age_and_no_lineage(client, viewer, both):
    client.force_login(viewer)
    item = ActionItem.objects.get(decision__report__symbol=SYMBOL_2018, decision__number="vii")
    content = client.get(item.get_absolute_url()).content.decode()
    assert "First asked on 27 September 2018" in content
    assert "Renewed in" not in content


def test_the_diff_is_escaped(client, editor):
    owner = make_body("own")
    old = make_item(make_decision(make_report(date=datetime.date(2016, 1, 1))), owner=owner,
                    summary="Protect <b>the</b> heritage.")  # fmt: skip
    new = make_item(make_decision(make_report(date=datetime.date(2017, 1, 1))), owner=owner,
                    summary="Protect <script>alert(1)</script> heritage.")  # fmt: skip
    link = RenewalLink.objects.create(earlier_item=old, later_item=new, score=0.9)
    renewals.renewal_decide(link=link, confirm=True, by=editor)
    client.force_login(editor)
    content = client.get(new.get_absolute_url()).content.decode()
    assert "<ins>&lt;script&gt;alert(1)&lt;/script&gt;</ins>" in content
    assert "<del>&lt;b&gt;the&lt;/b&gt;</del>" in content
    assert "<script>alert(1)" not in content


def test_the_followup_report_says_where_a_renewed_request_was_first_asked(client, editor, both):
    renewals.renewal_decide(link=isesco_link(), confirm=True, by=editor)
    expected = f"first requested in 2017 ({SYMBOL_2017}, xiii), renewed in 2018"
    doc = followup.followup_build(both, "en")
    lines = [i.lineage for p in doc.paragraphs for i in p.items if i.lineage]
    assert lines == [expected]
    client.force_login(editor)
    pdf = client.get(reverse("decisions:report_followup_pdf", args=[both.pk]), {"lang": "en"})
    assert expected in " ".join(pdf_text(pdf.content).split())
    docx = client.get(reverse("decisions:report_followup_docx", args=[both.pk]), {"lang": "fr"})
    assert (
        f"demandé pour la première fois en 2017 ({SYMBOL_2017}, xiii), renouvelé en 2018"
        in docx_text(docx.content)
    )
    arabic = followup.followup_build(both, "ar")
    assert [i.lineage for p in arabic.paragraphs for i in p.items if i.lineage] == [
        f"طُلب لأول مرة في 2017 ({SYMBOL_2017}، xiii)، وجُدِّد في 2018"
    ]


def test_the_dashboard_lists_the_longest_standing_requests_through_lineage(client, viewer):
    owner = make_body("own")
    old = make_item(make_decision(make_report("OIC/OLD/REP", date=datetime.date(2012, 5, 1))),
                    owner=owner, status=Status.CANCELLED)  # fmt: skip
    renewed = make_item(make_decision(make_report("OIC/NEW/REP", date=datetime.date(2019, 5, 1))),
                        owner=owner)  # fmt: skip
    make_item(make_decision(make_report("OIC/MID/REP", date=datetime.date(2015, 5, 1))))
    link = RenewalLink.objects.create(earlier_item=old, later_item=renewed, score=0.9)
    renewals.renewal_decide(link=link, confirm=True, by=make_user())
    client.force_login(viewer)
    dash = client.get(reverse("decisions:dashboard")).context["dash"]
    assert [i.pk for i in dash.longest_standing][:2] == [renewed.pk, ActionItem.objects.get(
        decision__report__symbol="OIC/MID/REP").pk]  # fmt: skip
    assert dash.longest_standing[0].first_asked == datetime.date(2012, 5, 1)
    content = client.get(reverse("decisions:dashboard")).content.decode()
    assert "Longest-standing open requests" in content and "1 May 2012" in content
