"""Every page runs a fixed number of queries, whatever the amount of data:
the same count with 30 items as with 300 (no N+1)."""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse

from decisions.correspondence.followup_letters import ALL as ALL_LETTERS
from decisions.correspondence.services import letter_record, reply_record
from decisions.items import services as item_services
from decisions.models import ActionItem, Body, CalendarToken, Report, Status
from decisions.models.catalog import Theme
from decisions.models.trends import trend_days_fresh
from decisions.notifications.reminders import reminders_send
from decisions.reporting.followup import followup_build
from decisions.workflow.services import public_status_set
from tests.factory import make_body, make_decision, make_item, make_report, make_user

STATUSES = list(Status)


def build(n_paragraphs: int, editor) -> None:
    """3 reports x n_paragraphs paragraphs x 10 bodies: 30 * n_paragraphs
    items, each with a partner, a third of them with a note, some overdue."""
    bodies = [make_body(f"q-body-{i}", name_en=f"Query Body {i}") for i in range(10)]
    for r in range(3):
        report = make_report(f"OIC/Q-{r}/REP")
        for p in range(n_paragraphs):
            decision = make_decision(report)
            for b, owner in enumerate(bodies):
                n = (r * n_paragraphs + p) * 10 + b
                item = make_item(
                    decision,
                    owner=owner,
                    status=STATUSES[n % len(STATUSES)],
                    due_date=datetime.date(2001 if n % 4 == 0 else 2099, 1, 1),
                )
                item.partners.add(bodies[(b + 1) % 10])
                if n % 3 == 0:
                    item_services.action_item_set_status(
                        item=item, status=item.status, note=f"note {n}", by=editor
                    )


def give_history(item: ActionItem, editor, n_updates: int = 6, n_partners: int = 4) -> None:
    """Several history rows (with authors) and several partners, so the item
    page is measured as it is after months of follow-up, not when new."""
    item.partners.add(*Body.objects.exclude(pk=item.owner_id)[:n_partners])
    statuses = [Status.IN_PROGRESS, Status.STALLED] * n_updates
    for i in range(n_updates):
        item_services.action_item_set_status(
            item=item, status=statuses[i], note=f"history {i}", by=make_user()
        )
    assert item.updates.count() >= n_updates


# Queries for the session, the user and the role check come first on every
# page (3), then the navigation's permission check (2: user and group
# permissions, cached for the page); the rest is the page's own.
BASE = 5
PAGES = {
    # change stamp, overall aggregate, bodies, reports, overdue items, longest-standing
    # open requests (first asked, through confirmed renewals), latest updates; the
    # trend of every item from the table aggregated by day (models.trend_days): its
    # state, the three measures that say it is up to date, its rows
    "dashboard": BASE + 7 + 5,
    # change stamp; owner choices, theme choices (the filter form), count, page, partners
    "item_list": BASE + 1 + 5,
    # the item's head (the content's key: decisions.items.page_cache); item,
    # partners, translations, themes, updates with authors; the workflow
    # partials: public status, submissions, letters, evidence, comments;
    # lineage: renewal links, related items, lifecycle decisions
    "item_detail": BASE + 1 + 5 + 5 + 3,
    # bodies with progress
    "body_list": BASE + 1,
    # body with the change stamp and its focal points (one query), the body
    # with progress (for the content only: not read when it is cached); items
    # (one page: its count is the body's), partners, partner items; the trend
    "body_detail": BASE + 2 + 3 + 3,
    # count, reports with progress (one page); "may import" reads the
    # permissions the navigation has already loaded: no query of its own
    "report_list": BASE + 2,
    # report (title, cache key) with the change stamp (one query), the report
    # with progress (for the content only: not read when it is cached);
    # decisions, items, partners, translations; the trend
    "report_detail": BASE + 2 + 4 + 3,
}


def url_of(page: str) -> str:
    if page == "item_detail":
        return ActionItem.objects.order_by("pk").last().get_absolute_url()
    if page == "body_detail":
        return reverse(page.join(["decisions:", ""]), args=["q-body-3"])
    if page == "report_detail":
        item = ActionItem.objects.select_related("decision__report").first()
        return item.decision.report.get_absolute_url()
    return reverse(f"decisions:{page}")


@pytest.mark.parametrize("n_paragraphs", [1, 10], ids=["30-items", "300-items"])
@pytest.mark.parametrize("page_name", list(PAGES))
def test_each_page_runs_a_fixed_number_of_queries(
    client, editor, django_assert_num_queries, page_name, n_paragraphs
):
    build(n_paragraphs, editor)
    trend_days_fresh()  # as after the first reader since the import
    assert ActionItem.objects.count() == 30 * n_paragraphs
    client.force_login(editor)
    url = url_of(page_name)
    if page_name == "item_detail":
        give_history(ActionItem.objects.order_by("pk").last(), editor)
    with django_assert_num_queries(PAGES[page_name]):
        response = client.get(url)
    assert response.status_code == 200


# An anonymous visitor (PUBLIC_READ) has no session, user nor permission to
# look up (0 instead of BASE) and the same page queries: the public status is
# joined, not fetched apart. The dashboard has no latest updates for them
# (internal notes); the item page no workflow partial but the public status.
ANONYMOUS_PAGES = {
    # change stamp, overall aggregate, bodies, reports, overdue items,
    # longest-standing open requests; the trend (by day asked: no history)
    "dashboard": 6 + 1,
    "item_list": PAGES["item_list"] - BASE,
    # the item's head; item, partners, translations, themes, updates (not
    # shown); the public status; lineage: renewal links, related items
    # (lifecycle decisions are internal)
    "item_detail": 1 + 5 + 1 + 2,
    "body_list": PAGES["body_list"] - BASE,
    "body_detail": PAGES["body_detail"] - BASE - 2,  # the public trend
    "report_list": PAGES["report_list"] - BASE,
    "report_detail": PAGES["report_detail"] - BASE - 2,
}


@pytest.mark.parametrize("n_paragraphs", [1, 10], ids=["30-items", "300-items"])
@pytest.mark.parametrize("page_name", list(PAGES))
def test_each_public_page_runs_a_fixed_number_of_queries(
    client, editor, settings, django_assert_num_queries, page_name, n_paragraphs
):
    settings.PUBLIC_READ = True
    build(n_paragraphs, editor)
    for item in ActionItem.objects.all()[::2]:
        public_status_set(item=item, status=Status.COMPLETED, note="Public.", by=editor)
    url = url_of(page_name)
    with django_assert_num_queries(ANONYMOUS_PAGES[page_name]):
        response = client.get(url)
    assert response.status_code == 200


def test_the_item_list_with_every_filter_adds_only_the_owner_and_theme_lookups(
    client, editor, django_assert_num_queries
):
    build(1, editor)
    Theme.objects.get(slug="security").items.add(*ActionItem.objects.all())
    client.force_login(editor)
    params = {
        "q": "request",
        "owner": "q-body-1",
        "theme": "security",
        "status": ["in_progress", "stalled"],
        "overdue": "no",
        "due_after": "2000-01-01",
        "o": "-updated",
    }
    # Two more than unfiltered: the owner's and the theme's slugs are looked
    # up to validate them.
    with django_assert_num_queries(PAGES["item_list"] + 2):
        response = client.get(reverse("decisions:item_list"), params)
    assert response.context["page"].paginator.count == 3


def test_for_a_focal_point_the_item_page_checks_its_bodies_once(
    client, editor, django_assert_num_queries
):
    build(1, editor)
    user = make_user(groups=("focal points",))
    client.force_login(user)
    url = url_of("item_detail")
    # The user's focal bodies, read once for every check of the request
    # (can_update, and may it see the internal partials? no: it is no focal
    # point of this item), the public status, and the item's themes; lineage: renewal links,
    # related items, lifecycle decisions; and the item's head (the content's key).
    with django_assert_num_queries(BASE + 1 + 4 + 3 + 3):
        client.get(url)


def test_the_dashboard_from_the_cache_costs_one_query_of_its_own(
    client, editor, django_assert_num_queries
):
    build(1, editor)
    client.force_login(editor)
    client.get(reverse("decisions:dashboard"))
    with django_assert_num_queries(BASE + 1):  # the change stamp only
        response = client.get(reverse("decisions:dashboard"))
    assert "Overall progress" in response.content.decode()


# The working pages keep their content in the cache under the change stamp:
# a second request runs the stamp's query and what the page needs outside
# its content (the body or the report, for the title and a 404); the item
# page one query, its item's head with the stamp.
CACHED = {
    "item_list": BASE + 1,
    "body_detail": BASE + 1,  # the body with the stamp and its focal points
    "report_detail": BASE + 1,  # the report with the stamp
    "item_detail": BASE + 1,
}


@pytest.mark.parametrize("page_name", list(CACHED))
def test_a_working_page_from_the_cache_runs_only_the_stamp_and_its_object(
    client, editor, django_assert_num_queries, page_name
):
    build(1, editor)
    client.force_login(editor)
    url = url_of(page_name)
    first = client.get(url).content.decode()
    with django_assert_num_queries(CACHED[page_name]):
        response = client.get(url)
    main = re.compile(r"<main.*</main>", re.DOTALL)

    def content(html: str) -> str:
        # A form's token is drawn anew for each page: never from the cache.
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", main.search(html)[0])

    assert content(response.content.decode()) == content(first)


def test_an_update_shows_at_once_on_a_cached_working_page(client, editor):
    build(1, editor)
    client.force_login(editor)
    item = ActionItem.objects.filter(owner__slug="q-body-3").order_by("pk").first()
    pages = [url_of("item_list"), url_of("body_detail"), item.decision.report.get_absolute_url()]
    for url in pages:
        assert "fresh note" not in client.get(url).content.decode()
    item_services.action_item_set_status(
        item=item, status=Status.COMPLETED, note="a fresh note", by=editor
    )
    for url in pages[:2]:  # the list and the body page show the latest note
        assert "a fresh note" in client.get(url).content.decode()
    # The report page shows the new status (a count of completed items).
    completed = ActionItem.objects.filter(
        decision__report=item.decision.report, status=Status.COMPLETED
    ).count()
    report_page = client.get(pages[2])
    assert report_page.context["report"].n_completed == completed
    assert f"<dd>{completed}</dd>" in report_page.content.decode()


@pytest.mark.parametrize("n_paragraphs", [1, 10], ids=["30-items", "300-items"])
def test_the_calendar_feed_runs_a_fixed_number_of_queries(
    client, editor, django_assert_num_queries, n_paragraphs
):
    build(n_paragraphs, editor)
    token = CalendarToken.objects.create(user=editor)
    url = reverse("decisions:calendar_all", args=[token.key])
    # token with its user, the user's role (groups), the items
    with django_assert_num_queries(3):
        response = client.get(url)
    assert response.content.count(b"BEGIN:VEVENT") == ActionItem.objects.for_calendar().count()


@pytest.mark.parametrize("n_paragraphs", [1, 10], ids=["30-items", "300-items"])
def test_the_reminders_run_a_fixed_number_of_queries(
    editor, django_assert_num_queries, n_paragraphs
):
    build(n_paragraphs, editor)
    for body in Body.objects.filter(slug__startswith="q-body-"):
        body.focal_points.add(make_user(email=f"{body.slug}@example.org"))
    # items, bodies, their focal points, reminders already sent
    with django_assert_num_queries(4):
        run = reminders_send(today=datetime.date(2098, 12, 31), days=1, dry_run=True)
    owners = ActionItem.objects.open().values("owner").distinct().count()
    assert len([line for line in run.lines if line.startswith("would send")]) == owners


# "Since the last meeting" (followup_since) of a report without a meeting name
# (its own series): the lists in one query (a window over the history), the
# series' chart from its items' history (3). A named series costs the meeting
# before, and reads its chart from the table aggregated by day (4 to check it,
# 1 to read it: tests/test_since_fast.py).
SINCE = 4


@pytest.mark.parametrize("n_paragraphs", [1, 10], ids=["30-items", "300-items"])
def test_the_followup_report_reads_in_five_queries(editor, django_assert_num_queries, n_paragraphs):
    build(n_paragraphs, editor)
    report = Report.objects.get(symbol="OIC/Q-1/REP")
    # decisions, their items with owners, partners, noted updates, renewals of its items;
    # since the last meeting (SINCE)
    with django_assert_num_queries(5 + SINCE):
        doc = followup_build(report, "en")
    assert doc.total == 10 * n_paragraphs


@pytest.mark.parametrize("n_paragraphs", [1, 10], ids=["30-items", "300-items"])
def test_the_followup_report_reads_its_correspondence_in_five_queries_more(
    editor, django_assert_num_queries, n_paragraphs
):
    build(n_paragraphs, editor)
    report = Report.objects.get(symbol="OIC/Q-1/REP")
    items = list(ActionItem.objects.filter(decision__report=report).select_related("owner"))
    for n, item in enumerate(items):
        letter = letter_record(
            reference=f"OIC/GS/Q/{n}",
            sent_on=datetime.date(2017, 10, 2),
            subject="Follow-up",
            recipients=[item.owner, *item.partners.all()],
            items=[item],
            by=editor,
        )
        if n % 2:
            letter_record(
                reference=f"OIC/GS/Q/{n}-r",
                sent_on=datetime.date(2017, 12, 1),
                subject="Reminder",
                recipients=[item.owner],
                chases=letter,
                by=editor,
            )
        if n % 3 == 0:
            reply_record(
                letter=letter, sender=item.owner, received_on=datetime.date(2017, 11, 1), by=editor
            )
    # the five above; letters about its items, the chains of reminders,
    # those letters, their recipients, their replies
    with django_assert_num_queries(5 + SINCE + 5):
        doc = followup_build(report, "en", correspondence=ALL_LETTERS)
    cited = [i for p in doc.paragraphs for i in p.items if i.letters]
    assert len(cited) == 10 * n_paragraphs
