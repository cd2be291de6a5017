"""Each member's response to an item owned by a collective body, through the
client for each role: the matrix, recording one response, the filter, the
public's counts, the letter to those who have not answered."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from decisions.models import ActionItem, Body, MemberResponse, Status
from decisions.responses.services import ResponseValues, member_response_record
from decisions.text.folding import collation_key
from tests.factory import make_body, make_item, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def item() -> ActionItem:
    return make_item(owner=Body.objects.get(slug="member-states"))


def state(slug: str) -> Body:
    return Body.objects.get(slug=slug)


def record(item, slug, status, by=None, note=""):
    return member_response_record(
        item=item,
        member=state(slug),
        values=ResponseValues(status=status, note=note),
        by=by,
        expected_version=getattr(
            MemberResponse.objects.filter(item=item, member=state(slug)).first(), "version", 0
        ),
    )


def url(item, *rest) -> str:
    return reverse("decisions:item_responses", args=[item.pk]) + "".join(rest)


def edit_url(item, slug) -> str:
    return reverse("decisions:item_response_edit", args=[item.pk, state(slug).pk])


def post(status="answered", version=0, **extra):
    return {"status": status, "on": "", "note": "", "link": "", "version": version, **extra}


@pytest.fixture
def mali_focal(db):
    user = make_user(groups=("focal points",))
    state("mali").focal_points.add(user)
    return user


def test_the_matrix_counts_the_57_states_and_who_answered(client, viewer, item):
    record(item, "mali", "answered")
    record(item, "senegal", "acted")
    record(item, "egypt", "declined")
    record(item, "niger", "asked")
    client.force_login(viewer)
    r = client.get(url(item))
    assert r.status_code == 200
    text = r.content.decode()
    assert "3 of 57 answered" in text and "1 acted" in text
    assert len(r.context["rows"]) == 57


def test_the_item_page_links_to_the_matrix(client, viewer, item):
    client.force_login(viewer)
    assert url(item) in client.get(item.get_absolute_url()).content.decode()


def test_an_item_of_a_body_without_members_has_no_matrix(client, viewer):
    client.force_login(viewer)
    assert client.get(url(make_item(owner=make_body()))).status_code == 404


def test_an_editor_records_any_states_response_and_the_item_status_stays(client, editor, item):
    client.force_login(editor)
    r = client.post(
        edit_url(item, "mali"),
        post("acted", on="2024-05-02", note="Paid to the fund.", link="https://example.org/r"),
    )
    assert r.status_code == 302
    response = MemberResponse.objects.get(item=item, member__slug="mali")
    assert (response.status, response.on, response.recorded_by) == (
        "acted",
        datetime.date(2024, 5, 2),
        editor,
    )
    item.refresh_from_db()
    assert item.status == Status.NOT_STARTED


def test_a_focal_point_records_its_own_state_and_is_refused_another(client, mali_focal, item):
    client.force_login(mali_focal)
    assert client.get(edit_url(item, "mali")).status_code == 200
    assert client.post(edit_url(item, "mali"), post("answered")).status_code == 302
    assert client.get(edit_url(item, "senegal")).status_code == 403
    assert client.post(edit_url(item, "senegal"), post("answered")).status_code == 403
    assert not MemberResponse.objects.filter(member__slug="senegal").exists()
    rows = client.get(url(item)).context["rows"]
    assert [r.body.slug for r in rows if r.may_record] == ["mali"]


def test_a_viewer_reads_but_records_nothing(client, viewer, item):
    client.force_login(viewer)
    r = client.get(url(item))
    assert not any(row.may_record for row in r.context["rows"])
    assert "letter_url" not in r.context
    assert client.post(edit_url(item, "mali"), post()).status_code == 403


def test_a_member_that_is_not_one_is_404(client, editor, item):
    client.force_login(editor)
    other = make_body()
    path = reverse("decisions:item_response_edit", args=[item.pk, other.pk])
    assert client.get(path).status_code == 404


def test_a_stale_form_gets_409_and_overwrites_nothing(client, editor, item):
    client.force_login(editor)
    record(item, "mali", "answered", note="first")
    r = client.post(edit_url(item, "mali"), post("declined", version=0, note="mine"))
    assert r.status_code == 409
    assert "mine" in r.content.decode()
    assert MemberResponse.objects.get(item=item, member__slug="mali").note == "first"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("status", "paid"),
        ("status", "\x00"),
        ("version", str(2**63)),
        ("version", "-1"),
        ("on", "99999-01-01"),
        ("link", "javascript:alert(1)"),
        ("note", "x" * 2001),
    ],
)
def test_hostile_values_get_400_and_nothing_is_stored(client, editor, item, field, value):
    client.force_login(editor)
    r = client.post(edit_url(item, "mali"), post(**{field: value}))
    assert r.status_code == 400
    assert not MemberResponse.objects.exists()


def test_control_characters_are_dropped_and_other_scripts_kept(client, editor, item):
    client.force_login(editor)
    note = "تم \x00الدفع\u202e <b>ok</b>"
    assert client.post(edit_url(item, "mali"), post(note=note)).status_code == 302
    stored = MemberResponse.objects.get(item=item).note
    assert stored == "تم الدفع <b>ok</b>"
    page = client.get(url(item)).content.decode()
    assert "&lt;b&gt;ok&lt;/b&gt;" in page


def test_the_filter_shows_the_chosen_statuses(client, viewer, item):
    record(item, "mali", "answered")
    record(item, "senegal", "acted")
    client.force_login(viewer)
    rows = client.get(url(item), {"status": ["acted", "answered"]}).context["rows"]
    assert sorted(r.body.slug for r in rows) == ["mali", "senegal"]
    rows = client.get(url(item), {"status": "not_asked"}).context["rows"]
    assert len(rows) == 55


def test_a_status_not_in_the_list_is_400_and_shows_everything(client, viewer, item):
    client.force_login(viewer)
    r = client.get(url(item), {"status": "<script>"})
    assert r.status_code == 400
    assert len(r.context["rows"]) == 57


def test_the_rows_follow_the_readers_language(client, viewer, item):
    client.force_login(viewer)
    r = client.get(url(item), HTTP_ACCEPT_LANGUAGE="fr")
    names = [row.body.name_fr for row in r.context["rows"]]
    assert names.index("Égypte") < names.index("Émirats arabes unis") < names.index("Gabon")
    r = client.get(url(item), HTTP_ACCEPT_LANGUAGE="ar")
    assert 'dir="rtl"' in r.content.decode()
    names = [row.body.name_ar for row in r.context["rows"]]
    assert names == sorted(names, key=collation_key)


def test_the_public_sees_counts_never_a_note(client, settings, item):
    settings.PUBLIC_READ = True
    record(item, "mali", "acted", note="secret-note")
    r = client.get(url(item))
    assert r.status_code == 200
    text = r.content.decode()
    assert "1 of 57 answered" in text
    assert "secret-note" not in text and "Mali" not in text
    assert client.get(edit_url(item, "mali")).status_code == 302  # to the login page
    assert client.get(reverse("decisions:item_responses_xlsx", args=[item.pk])).status_code == 302


def test_anonymous_without_public_read_goes_to_the_login_page(client, item):
    assert client.get(url(item)).status_code == 302


def test_a_state_that_left_is_not_counted_and_its_answer_is_shown_apart(client, viewer, item):
    from decisions.models import Membership

    Membership.objects.filter(member__slug="mali").update(until=datetime.date(2001, 1, 1))
    Membership.objects.filter(member__slug="niger").update(until=datetime.date(2001, 1, 1))
    record(item, "niger", "answered")
    record(item, "senegal", "answered")
    client.force_login(viewer)
    r = client.get(url(item))
    slugs = [row.body.slug for row in r.context["rows"]]
    assert "mali" not in slugs and "niger" not in slugs and len(slugs) == 55
    text = r.content.decode()
    assert "1 of 55 answered" in text
    assert "Responses of former members (not counted)" in text
    assert [resp.member.slug for resp in r.context["former"]] == ["niger"]


def test_the_letter_link_names_the_states_that_have_not_answered(client, editor, item):
    for slug in ("mali", "senegal", "egypt"):
        record(item, slug, "answered")
    record(item, "niger", "asked")
    client.force_login(editor)
    r = client.get(url(item))
    assert "Record a letter sent to the 54 members that have not answered" in r.content.decode()
    form = client.get(r.context["letter_url"]).context["form"]
    chosen = set(
        Body.objects.filter(pk__in=form.initial["recipients"]).values_list("slug", flat=True)
    )
    assert len(chosen) == 54 and "niger" in chosen and "mali" not in chosen
    assert form.initial["items"] == [item.pk]


def test_the_matrix_of_57_states_takes_a_constant_number_of_queries(
    client, viewer, item, django_assert_num_queries
):
    """Session, user, role, item, counts, permissions (2), focal bodies,
    members, their responses, the history of the responses, the former
    members' responses: 12, for 4 answers or 10."""
    client.force_login(viewer)
    for slug in ("mali", "senegal", "egypt", "niger"):
        record(item, slug, "answered", by=viewer, note="n")
    client.get(url(item))
    with django_assert_num_queries(12):
        client.get(url(item))
    for slug in ("chad", "oman", "qatar", "yemen", "iran", "iraq"):
        if Body.objects.filter(slug=slug).exists():
            record(item, slug, "acted", by=make_user(), note="n")
    with django_assert_num_queries(12):
        assert len(client.get(url(item)).context["rows"]) == 57


def test_the_follow_up_report_names_the_states_that_acted(client, viewer, item):
    record(item, "senegal", "acted")
    record(item, "mali", "acted")
    record(item, "egypt", "answered")
    client.force_login(viewer)
    report = item.decision.report
    html = client.get(reverse("decisions:report_detail", args=[report.pk]))
    assert html.status_code == 200
    from decisions.reporting.followup import followup_build

    (entry,) = [i for p in followup_build(report, "fr").paragraphs for i in p.items]
    assert entry.acted_by == "Mali; Sénégal"
    pdf_free = client.get(
        reverse("decisions:report_followup_docx", args=[report.pk]), {"lang": "en"}
    )
    from tests.test_followup import docx_text

    assert "Contributions or action reported by: Mali; Senegal" in docx_text(pdf_free.content)


def test_a_group_without_registered_members_says_so(client, viewer):
    client.force_login(viewer)
    item = make_item(owner=Body.objects.get(slug="islamic-ngos"))
    r = client.get(url(item))
    assert r.status_code == 200
    assert "No member of the Islamic NGOs is registered yet" in r.content.decode()
