"""The review before import shows the renewals the import would propose,
request by request, both ways (a later report renewing earlier requests;
an older report imported after a newer one). An editor confirms or rejects
them there; the decisions are applied when the draft is imported, and the
rest stay proposals on /renewals/."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from decisions.intake.draft_plans import DraftError
from decisions.intake.draft_renewals import draft_decide_renewal, draft_renewals
from decisions.intake.drafts import draft_start
from decisions.models import ActionItem, ImportDraft, RenewalLink, Report, Status
from decisions.models.lineage import LinkState
from decisions.reporting import followup
from tests.factory import make_user
from tests.test_lineage import MALI_2017, MALI_2018, SYMBOL_2017, SYMBOL_2018, import_file

pytestmark = pytest.mark.django_db

NEW = reverse("decisions:intake_new")
QUEUE = reverse("decisions:renewal_queue")


@pytest.fixture
def reviewer(db):
    """Imports reports and decides renewals: an importer and an editor."""
    return make_user("rania", groups=("importers", "editors"))


@pytest.fixture
def importer(db):
    return make_user("imane", groups=("importers",))


def start_draft(client, user, path):
    client.force_login(user)
    response = client.post(NEW, {"text": path.read_text("utf-8")})
    assert response.status_code == 302
    return ImportDraft.objects.get(user=user)


def item(symbol: str, number: str, owner: str) -> ActionItem:
    return ActionItem.objects.get(
        decision__report__symbol=symbol, decision__number=number, owner__slug=owner
    )


def link_id(number: str, owner: str, other: ActionItem) -> str:
    return f"{number}|{owner}|{other.pk}"


def decide(client, draft, link: str, decision: str, **extra):
    data = {"action": "renewal", "link": link, "decision": decision, **extra}
    return client.post(draft.get_absolute_url(), data)


def section(html: str, number: str) -> str:
    start = html.index(f'id="para-{number}"')
    return html[start : html.index("</section>", start)]


def test_the_review_shows_what_each_request_may_renew_with_its_score(client, reviewer):
    import_file(MALI_2017)
    draft = start_draft(client, reviewer, MALI_2018)
    html = client.get(draft.get_absolute_url()).content.decode()
    v = section(html, "v")
    earlier = item(SYMBOL_2017, "xiii", "isesco")
    assert re.search(
        rf"may renew\s+<a href=\"{earlier.get_absolute_url()}\"><bdi>{SYMBOL_2017} ¶xiii</bdi>"
        r"</a>\s+\(2017\)",
        v,
    )
    assert "(score 0.88)" in v
    assert "renewal words" in v and "same owner" in v
    assert "close the earlier item" in v
    assert "may renew" not in section(html, "vii")  # a new request
    assert "The import would propose 10 renewals" in html
    # Nothing is written by showing them.
    assert not Report.objects.filter(symbol=SYMBOL_2018).exists()
    assert not RenewalLink.objects.exists()


def test_the_proposals_are_those_the_import_makes(reviewer):
    import_file(MALI_2017)
    draft, _ = draft_start(user=reviewer, text=MALI_2018.read_text("utf-8"))
    shown = {
        (key[0], link.other.decision.number, key[1])
        for key, links in draft_renewals(draft).items()
        for link in links
    }
    import_file(MALI_2018)
    made = {
        (lk.later_item.decision.number, lk.earlier_item.decision.number, lk.later_item.owner.slug)
        for lk in RenewalLink.objects.with_items()
    }
    assert shown == made and len(made) == 10


def test_confirmed_and_rejected_in_the_review_are_applied_on_import(client, reviewer):
    """The issue's "done when": the later report's renewals are proposed,
    confirmed in the review, and shown as lineage on the item page and in
    the follow-up report."""
    import_file(MALI_2017)
    draft = start_draft(client, reviewer, MALI_2018)
    heritage = item(SYMBOL_2017, "xiii", "isesco")
    mission = item(SYMBOL_2017, "xiv", "secretary-general")
    v_isesco = link_id("v", "isesco", heritage)
    response = decide(client, draft, v_isesco, "confirm", close_earlier="on")
    assert response.status_code == 302 and response["Location"].endswith("#para-v")
    decide(client, draft, link_id("vi", "secretary-general", mission), "reject")
    html = client.get(draft.get_absolute_url()).content.decode()
    assert "Confirmed</strong> · the earlier item will be closed · applied on import" in (
        section(html, "v")
    )
    assert "Rejected</strong> · applied on import" in section(html, "vi")
    assert f'2 decided here, applied on import; the others then wait in <a href="{QUEUE}">' in html
    assert not RenewalLink.objects.exists()  # nothing linked before the import

    response = client.post(reverse("decisions:intake_draft_import", args=[draft.pk]), follow=True)
    assert "Renewals: 1 confirmed, 1 rejected, as decided in the review." in (
        response.content.decode()
    )
    confirmed = RenewalLink.objects.get(state=LinkState.CONFIRMED)
    later = item(SYMBOL_2018, "v", "isesco")
    assert (confirmed.earlier_item, confirmed.later_item) == (heritage, later)
    assert confirmed.decided_by == reviewer and confirmed.first_item == heritage
    heritage.refresh_from_db()
    assert heritage.status == Status.CANCELLED
    assert heritage.updates.get().note == f"Renewed by {SYMBOL_2018}, ¶ v"
    rejected = RenewalLink.objects.get(state=LinkState.REJECTED)
    assert rejected.earlier_item == mission
    # The rest wait on /renewals/.
    assert RenewalLink.objects.filter(state=LinkState.PROPOSED).count() == 8
    queue = client.get(reverse("decisions:renewal_queue")).context["page"]
    assert len(queue.object_list) == 8
    # The lineage on the item page ...
    page = client.get(later.get_absolute_url()).content.decode()
    assert "First asked in" in page and "Renewed in" in page
    assert "First asked on 20 September 2017" in page
    # ... and in the follow-up report.
    doc = followup.followup_build(Report.objects.get(symbol=SYMBOL_2018), "en")
    lines = [i.lineage for p in doc.paragraphs for i in p.items if i.lineage]
    assert lines == [f"first requested in 2017 ({SYMBOL_2017}, xiii), renewed in 2018"]


def test_undo_leaves_a_renewal_to_the_queue(client, reviewer):
    import_file(MALI_2017)
    draft = start_draft(client, reviewer, MALI_2018)
    heritage = item(SYMBOL_2017, "xiii", "isesco")
    decide(client, draft, link_id("v", "isesco", heritage), "confirm")
    decide(client, draft, link_id("v", "isesco", heritage), "undecided")
    draft.refresh_from_db()
    assert draft.corrections["renewals"] == {}
    client.post(reverse("decisions:intake_draft_import", args=[draft.pk]))
    assert RenewalLink.objects.filter(state=LinkState.PROPOSED).count() == 10


def test_an_older_report_reviewed_after_a_newer_one_shows_what_renews_it(client, reviewer):
    """2018 imported first: the 2017 draft's requests "may be renewed by"
    the 2018 ones; confirming one links it with 2017 as the earlier item."""
    import_file(MALI_2018)
    draft = start_draft(client, reviewer, MALI_2017)
    html = client.get(draft.get_absolute_url()).content.decode()
    later = item(SYMBOL_2018, "v", "isesco")
    xiii = section(html, "xiii")
    assert f"may be renewed by\n        {_ref(later)}" in xiii
    decide(client, draft, link_id("xiii", "isesco", later), "confirm")
    client.post(reverse("decisions:intake_draft_import", args=[draft.pk]))
    link = RenewalLink.objects.get(state=LinkState.CONFIRMED)
    assert link.earlier_item == item(SYMBOL_2017, "xiii", "isesco")
    assert link.later_item == later
    assert RenewalLink.objects.count() == 10


def _ref(target: ActionItem) -> str:
    return (
        f'<a href="{target.get_absolute_url()}"><bdi>{target.decision.report.symbol} '
        f"¶{target.decision.number}</bdi></a>"
    )


def test_an_importer_who_is_no_editor_sees_the_proposals_but_cannot_decide(client, importer):
    import_file(MALI_2017)
    draft = start_draft(client, importer, MALI_2018)
    html = client.get(draft.get_absolute_url()).content.decode()
    assert "may renew" in html
    assert 'name="action" value="renewal"' not in html
    assert (
        f'After the import, an editor confirms or rejects them in <a href="{QUEUE}">Renewals to'
        in html
    )
    heritage = item(SYMBOL_2017, "xiii", "isesco")
    assert decide(client, draft, link_id("v", "isesco", heritage), "confirm").status_code == 403
    draft.refresh_from_db()
    assert "renewals" not in draft.corrections
    client.post(reverse("decisions:intake_draft_import", args=[draft.pk]))
    assert RenewalLink.objects.filter(state=LinkState.PROPOSED).count() == 10


@pytest.mark.parametrize(
    "data",
    [
        {"decision": "maybe"},
        {"decision": "confirm", "link": "v|isesco|99999999999999999999"},
        {"decision": "confirm", "link": "v|isesco|²"},
        {"decision": "confirm", "link": "nonsense"},
        {"decision": "confirm", "link": "vii|secretary-general|1"},  # not proposed
        {"decision": "confirm", "link": "x" * 500},
        {"decision": "confirm", "link": "v|isesco|\x00"},
        {"decision": ["confirm", "x"]},
        {},
    ],
)
def test_a_bad_renewal_decision_is_a_400_and_records_nothing(client, reviewer, data):
    import_file(MALI_2017)
    draft = start_draft(client, reviewer, MALI_2018)
    heritage = item(SYMBOL_2017, "xiii", "isesco")
    data = {"link": link_id("v", "isesco", heritage), **data}
    response = client.post(draft.get_absolute_url(), {"action": "renewal", **data})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    draft.refresh_from_db()
    assert not draft.corrections.get("renewals")


def test_a_renewal_decided_elsewhere_before_the_import_is_left_as_it_is(client, reviewer):
    """Imported once, the links were proposed; an editor rejected one on
    /renewals/; importing the draft again does not overturn it."""
    import_file(MALI_2017)
    draft = start_draft(client, reviewer, MALI_2018)
    heritage = item(SYMBOL_2017, "xiii", "isesco")
    decide(client, draft, link_id("v", "isesco", heritage), "confirm")
    import_file(MALI_2018)
    link = RenewalLink.objects.get(earlier_item=heritage)
    client.post(reverse("decisions:renewal_decide", args=[link.pk]), {"decision": "reject"})
    client.post(reverse("decisions:intake_draft_import", args=[draft.pk]))
    link.refresh_from_db()
    assert link.state == LinkState.REJECTED


def test_the_service_refuses_a_renewal_it_does_not_propose(reviewer):
    import_file(MALI_2017)
    draft, _ = draft_start(user=reviewer, text=MALI_2018.read_text("utf-8"))
    other = item(SYMBOL_2017, "xiii", "isesco")
    with pytest.raises(DraftError):
        draft_decide_renewal(draft=draft, link_id=link_id("vii", "secretary-general", other),
                             decision="confirm")  # fmt: skip
    with pytest.raises(DraftError):
        draft_decide_renewal(draft=draft, link_id=link_id("v", "isesco", other), decision="yes")
