"""Possible duplicates: items of different bodies or meetings that ask the
same thing, flagged by `find_overlaps`, linked or dismissed on /duplicates/."""

from __future__ import annotations

import datetime
import random
import time
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from decisions.lineage.overlaps import OVERLAP_THRESHOLD
from decisions.models import ActionItem, Decision, OverlapFlag, RenewalLink
from decisions.models.lineage import OverlapState
from tests.factory import make_body, make_decision, make_item, make_report

pytestmark = pytest.mark.django_db

HERITAGE = (
    "prendre les mesures nécessaires pour restaurer, préserver et protéger le riche "
    "patrimoine culturel islamique du Mali, notamment les manuscrits de Tombouctou"
)
HERITAGE_AGAIN = (
    "prendre toutes les mesures nécessaires pour restaurer, préserver et protéger le "
    "patrimoine culturel islamique du Mali et les manuscrits de Tombouctou"
)
WATER = "financer des projets d'accès à l'eau potable dans les régions du nord du Mali"


def find() -> str:
    out = StringIO()
    call_command("find_overlaps", stdout=out)
    return out.getvalue()


@pytest.fixture
def pair():
    """Two bodies of two meetings asked the same; a third asked otherwise."""
    a = make_item(
        make_decision(make_report(date=datetime.date(2017, 9, 20))),
        owner=make_body("t-isesco"),
        summary=f"L'ISESCO est priée de {HERITAGE}.",
    )
    b = make_item(
        make_decision(make_report(date=datetime.date(2018, 3, 1))),
        owner=make_body("t-unesco"),
        summary=f"L'UNESCO est invitée à {HERITAGE_AGAIN}.",
    )
    make_item(
        make_decision(make_report(date=datetime.date(2018, 3, 1))),
        owner=make_body("t-isdb"),
        summary=f"La BID est invitée à {WATER}.",
    )
    return a, b  # fmt: skip


def test_find_overlaps_flags_the_two_items_that_ask_the_same(pair):
    out = find()
    assert "1 new flags" in out
    flag = OverlapFlag.objects.get()
    assert (flag.item_a, flag.item_b) == pair
    assert flag.similarity >= OVERLAP_THRESHOLD
    assert flag.state == OverlapState.FLAGGED


def test_running_it_again_flags_nothing_twice(pair):
    find()
    assert "0 new flags" in find()
    assert OverlapFlag.objects.count() == 1


def test_items_of_one_paragraph_are_not_flagged():
    decision = make_decision(make_report())
    make_item(decision, owner=make_body("t-isesco"), summary=HERITAGE)
    make_item(decision, owner=make_body("t-ircica"), summary=HERITAGE)
    find()
    assert not OverlapFlag.objects.exists()


def test_paragraphs_already_linked_as_a_renewal_are_not_flagged(pair):
    RenewalLink.objects.create(earlier_item=pair[0], later_item=pair[1], score=0.6)
    find()
    assert not OverlapFlag.objects.exists()


def test_meetings_far_apart_are_not_compared(pair):
    Decision.objects.filter(pk=pair[1].decision_id).update(
        report=make_report(date=datetime.date(2030, 1, 1))
    )
    find()
    assert not OverlapFlag.objects.exists()


def test_the_page_lists_the_flag_and_an_editor_links_the_items(client, editor, pair):
    find()
    client.force_login(editor)
    response = client.get(reverse("decisions:duplicates"))
    assert response.status_code == 200
    assert len(response.context["page"].object_list) == 1
    flag = OverlapFlag.objects.get()
    response = client.post(reverse("decisions:overlap_decide", args=[flag.pk]),
                           {"decision": "related"})  # fmt: skip
    assert response.status_code == 302
    flag.refresh_from_db()
    assert flag.state == OverlapState.RELATED and flag.decided_by == editor
    content = client.get(pair[0].get_absolute_url()).content.decode()
    assert "Related items:" in content and pair[1].decision.report.symbol in content


def test_a_dismissed_flag_is_remembered(client, editor, pair):
    find()
    flag = OverlapFlag.objects.get()
    client.force_login(editor)
    client.post(reverse("decisions:overlap_decide", args=[flag.pk]), {"decision": "dismiss"})
    find()
    flag.refresh_from_db()
    assert flag.state == OverlapState.DISMISSED
    assert OverlapFlag.objects.count() == 1
    page = client.get(reverse("decisions:duplicates"))
    assert list(page.context["page"].object_list) == []
    page = client.get(reverse("decisions:duplicates"), {"state": "dismissed"})
    assert len(page.context["page"].object_list) == 1


@pytest.mark.parametrize("data", [{}, {"decision": "merge"}])
def test_a_bad_decision_is_a_400(client, editor, pair, data):
    find()
    flag = OverlapFlag.objects.get()
    client.force_login(editor)
    assert client.post(reverse("decisions:overlap_decide", args=[flag.pk]), data).status_code == 400
    assert client.get(reverse("decisions:duplicates"), {"state": "x"}).status_code == 400
    flag.refresh_from_db()
    assert flag.state == OverlapState.FLAGGED


def test_a_viewer_cannot_decide(client, viewer, pair):
    find()
    flag = OverlapFlag.objects.get()
    client.force_login(viewer)
    response = client.post(reverse("decisions:overlap_decide", args=[flag.pk]),
                           {"decision": "dismiss"})  # fmt: skip
    assert response.status_code == 403


VOCABULARY = [
    f"{stem}{suffix}"
    for stem in ("assist", "develop", "restor", "protect", "financ", "organis", "coordin",
                 "evaluat", "implement", "strength", "support", "monitor", "prepar", "consult")
    for suffix in ("ation", "ement", "ing", "ance", "ure", "ive")
]  # fmt: skip
RARE = [f"topic{i:04d}" for i in range(3000)]


def test_ten_thousand_items_are_compared_in_seconds_not_minutes():
    """10,000 items of 100 meetings over 10 years, each with common and
    rarer words; in each meeting one request repeats one of the meeting
    before. The candidate set stays bounded (meeting window, shared
    uncommon words) and the 99 repeats are found."""
    rng = random.Random(12)
    bodies = [make_body(f"perf-{i}") for i in range(40)]
    items, previous = [], None
    for r in range(100):
        report = make_report(f"OIC/PERF-{r}/REP", date=datetime.date(2010 + r // 10, 1 + r % 10, 1))
        decisions = Decision.objects.bulk_create(
            Decision(report=report, number=str(p), position=p, text="", kind="request")
            for p in range(1, 101)
        )
        summaries = [
            "Requested " + " ".join(rng.sample(VOCABULARY, 8) + rng.sample(RARE, 6))
            for _ in decisions
        ]
        if previous is not None:
            summaries[0] = previous
        previous = summaries[1]
        for d, summary in zip(decisions, summaries, strict=True):
            items.append(ActionItem(decision=d, owner=rng.choice(bodies), summary=summary))
    ActionItem.objects.bulk_create(items, batch_size=1000)
    assert ActionItem.objects.count() == 10_000
    start = time.monotonic()
    out = find()
    elapsed = time.monotonic() - start
    assert out.startswith("10000 items")
    compared = int(out.split(",")[1].split()[0])
    assert 99 <= compared < 100_000, out  # of 50 million possible pairs
    assert OverlapFlag.objects.count() >= 99
    assert elapsed < 60, out
