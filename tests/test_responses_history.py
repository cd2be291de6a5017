"""The history of each member's response (MemberResponseChange): written
by every way a response changes (the form, the spreadsheet, the admin), in
the same transaction; the matrix as of a date read from it, exactly; and
shown on the item's matrix, one member's changes in a list that opens
without JavaScript (issue 22)."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from decisions.models import Body, MemberResponse, MemberResponseChange
from decisions.responses.services import (
    ResponseValues,
    StaleResponseError,
    member_response_record,
)
from tests.factory import make_item, make_user
from tests.test_responses_dated import at, record
from tests.test_responses_sheet import confirm, exported, fill, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def item():
    return make_item(owner=Body.objects.get(slug="member-states"))


def url(item, **query) -> str:
    return reverse("decisions:item_responses", args=[item.pk]), query


def get(client, item, **query):
    path, params = url(item, **query)
    return client.get(path, params)


def history(item, slug) -> list[tuple[str, str]]:
    rows = MemberResponseChange.objects.filter(item=item, member__slug=slug).newest_first()
    return [(c.status, c.note) for c in rows]


def test_the_form_writes_one_change_per_response_recorded(client, editor, item):
    client.force_login(editor)
    mali = Body.objects.get(slug="mali")
    edit = reverse("decisions:item_response_edit", args=[item.pk, mali.pk])
    form = {"status": "asked", "on": "", "note": "Letter sent.", "link": "", "version": 0}
    assert client.post(edit, form).status_code == 302
    form |= {"status": "acted", "on": "2024-03-01", "note": "Paid.", "version": 1}
    assert client.post(edit, form).status_code == 302
    assert history(item, "mali") == [("acted", "Paid."), ("asked", "Letter sent.")]
    change = MemberResponseChange.objects.filter(member=mali).newest_first().first()
    assert change.recorded_by == editor and change.on == datetime.date(2024, 3, 1)


def test_a_stale_form_writes_no_change(client, editor, item):
    record(item, "mali", "asked")
    with pytest.raises(StaleResponseError):
        member_response_record(
            item=item,
            member=Body.objects.get(slug="mali"),
            values=ResponseValues(status="acted"),
            by=editor,
            expected_version=0,
        )
    assert history(item, "mali") == [("asked", "")]


def test_the_spreadsheet_writes_a_change_for_each_row_it_changes(client, editor, item):
    record(item, "senegal", "asked")
    client.force_login(editor)
    wb = exported(client, item)
    fill(wb.active, "mali", response="Acted", note="Paid.")
    fill(wb.active, "senegal", response="Answered")
    upload(client, item, wb)
    assert MemberResponseChange.objects.count() == 1  # the preview writes nothing
    assert confirm(client, item).status_code == 302
    assert history(item, "mali") == [("acted", "Paid.")]
    assert history(item, "senegal") == [("answered", ""), ("asked", "")]


def test_a_response_deleted_in_the_admin_leaves_a_change_to_not_asked(admin_client, item):
    record(item, "mali", "acted", at=at(datetime.date(2021, 3, 1)))
    response = MemberResponse.objects.get()
    admin_url = reverse("admin:decisions_memberresponse_delete", args=[response.pk])
    assert admin_client.post(admin_url, {"post": "yes"}).status_code == 302
    assert not MemberResponse.objects.exists()
    last = MemberResponseChange.objects.newest_first().first()
    assert (last.status, last.removed) == ("not_asked", True)
    # Before the deletion it counted; after, it does not, and no response is shown.
    before = get(admin_client, item, as_of="2021-06-30")
    assert "1 of 57 answered" in before.content.decode()
    today = timezone.localdate().isoformat()
    after = get(admin_client, item, as_of=today)
    assert "0 of 57 answered" in after.content.decode()
    rows = {r.body.slug: r for r in after.context["rows"]}
    assert rows["mali"].response is None and len(rows["mali"].history) == 2
    assert "response deleted" in after.content.decode()


def test_the_history_is_read_only_in_the_admin(admin_client, item):
    record(item, "mali", "acted")
    change = MemberResponseChange.objects.get()
    changelist = reverse("admin:decisions_memberresponsechange_changelist")
    assert admin_client.get(changelist).status_code == 200
    assert admin_client.get(reverse("admin:decisions_memberresponsechange_add")).status_code == 403
    delete = reverse("admin:decisions_memberresponsechange_delete", args=[change.pk])
    assert admin_client.post(delete, {"post": "yes"}).status_code == 403
    change_url = reverse("admin:decisions_memberresponsechange_change", args=[change.pk])
    assert admin_client.post(change_url, {"status": "declined"}).status_code == 403
    assert MemberResponseChange.objects.get().status == "acted"


@pytest.fixture
def changed(item):
    """Senegal asked in 2020, answered in 2021, declined in 2023; Mali acted
    in 2022."""
    record(item, "senegal", "asked", at=at(datetime.date(2020, 5, 1)), note="Asked.")
    record(item, "senegal", "answered", at=at(datetime.date(2021, 3, 1)), note="Will pay.")
    record(item, "senegal", "declined", at=at(datetime.date(2023, 3, 1)), note="Cannot.")
    record(item, "mali", "acted", at=at(datetime.date(2022, 2, 1)))
    return item


@pytest.mark.parametrize(
    ("day", "senegal", "note", "answered", "acted"),
    [
        ("2020-04-30", "not_asked", None, 0, 0),
        ("2020-05-01", "asked", "Asked.", 0, 0),
        ("2021-06-30", "answered", "Will pay.", 1, 0),
        ("2022-06-30", "answered", "Will pay.", 2, 1),
        ("2023-06-30", "declined", "Cannot.", 2, 1),
    ],
)
def test_as_of_a_date_each_response_is_the_one_recorded_by_then(
    client, viewer, changed, day, senegal, note, answered, acted
):
    client.force_login(viewer)
    r = get(client, changed, as_of=day)
    assert r.status_code == 200
    counts = r.context["counts"]
    assert (counts.answered, counts.acted) == (answered, acted)
    rows = {row.body.slug: row for row in r.context["rows"]}
    assert rows["senegal"].status == senegal
    assert (rows["senegal"].response.note if rows["senegal"].response else None) == note


def test_the_filter_as_of_a_date_reads_the_history(client, viewer, changed):
    client.force_login(viewer)
    r = get(client, changed, as_of="2021-06-30", status="answered")
    assert [row.body.slug for row in r.context["rows"]] == ["senegal"]
    r = get(client, changed, as_of="2023-06-30", status="answered")
    assert [row.body.slug for row in r.context["rows"]] == []


def test_the_matrix_shows_each_members_history_newest_first(client, viewer, changed):
    client.force_login(viewer)
    r = get(client, changed)
    text = r.content.decode()
    assert text.count('<details class="response-history">') == 2
    assert "History: 3 changes" in text and "History: 1 change<" in text
    rows = {row.body.slug: row for row in r.context["rows"]}
    assert [c.note for c in rows["senegal"].history] == ["Cannot.", "Will pay.", "Asked."]
    assert text.index("Cannot.") < text.index("Will pay.") < text.index("Asked.")
    # As of a date, the history stops there.
    r = get(client, changed, as_of="2021-06-30")
    rows = {row.body.slug: row for row in r.context["rows"]}
    assert [c.note for c in rows["senegal"].history] == ["Will pay.", "Asked."]
    assert "Cannot." not in r.content.decode()


def test_the_history_needs_no_inline_script(client, viewer, changed):
    client.force_login(viewer)
    text = get(client, changed).content.decode()
    assert "<script>" not in text and " onclick=" not in text and "style=" not in text


def test_the_public_sees_counts_and_never_the_history(client, settings, changed):
    settings.PUBLIC_READ = True
    for query in ({}, {"as_of": "2021-06-30"}):
        text = get(client, changed, **query).content.decode()
        assert "response-history" not in text
        assert "Will pay." not in text and "Cannot." not in text


def test_the_matrix_with_its_history_takes_a_constant_number_of_queries(
    client, viewer, changed, django_assert_num_queries
):
    client.force_login(viewer)
    get(client, changed, as_of="2022-06-30")
    with django_assert_num_queries(10):
        get(client, changed, as_of="2022-06-30")
    for slug in ("niger", "egypt", "chad"):
        record(changed, slug, "answered", at=at(datetime.date(2022, 1, 1)))
        record(changed, slug, "acted", at=at(datetime.date(2022, 3, 1)), by=make_user())
    with django_assert_num_queries(10):
        assert len(get(client, changed, as_of="2022-06-30").context["rows"]) == 57


def test_a_former_members_response_as_of_a_date_is_the_one_of_then(client, viewer, changed):
    from decisions.models import Membership

    Membership.objects.filter(member__slug="senegal").update(until=datetime.date(2020, 1, 1))
    client.force_login(viewer)
    r = get(client, changed, as_of="2021-06-30")
    assert [(f.member.slug, f.status) for f in r.context["former"]] == [("senegal", "answered")]
