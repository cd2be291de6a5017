"""The jobs nobody has to start: duplicates searched after each import (the
new report's items, once committed) and nightly (`find_overlaps`), the
renewals each import proposes, and the empty queues that say so (issue 20)."""

from __future__ import annotations

import datetime
import random
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from decisions.lineage import jobs
from decisions.lineage.overlaps import overlaps_find
from decisions.models import ActionItem, Decision, JobRun, OverlapFlag, Report, RoutineJob
from tests.factory import make_body, make_decision, make_item, make_report
from tests.test_overlap import HERITAGE, HERITAGE_AGAIN, RARE, VOCABULARY

pytestmark = pytest.mark.django_db

MALI = Path(__file__).resolve().parent.parent / "fixtures/reports/OIC-ACM-2017-MALI-REP.fr.md"

LAST_RUN = datetime.datetime(2026, 3, 2, 1, 30, tzinfo=datetime.UTC)


def test_an_import_records_its_renewals_and_searches_its_items_once_committed(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=False) as waiting:
        call_command("import_report", str(MALI), stdout=StringIO())
    report = Report.objects.get()
    renewals = JobRun.objects.last_of(RoutineJob.RENEWALS)
    assert renewals.summary.startswith(f"{report.symbol}: ")
    # The search waits for the commit: nothing of it inside the import.
    assert JobRun.objects.last_of(RoutineJob.OVERLAPS) is None
    assert len(waiting) == 1
    waiting[0]()
    assert JobRun.objects.last_of(RoutineJob.OVERLAPS).summary.startswith(f"{report.symbol}: ")


def test_a_later_report_asking_the_same_is_flagged_after_its_import(
    django_capture_on_commit_callbacks,
):
    first = make_item(
        make_decision(make_report("OIC/J/1", date=datetime.date(2017, 9, 20))),
        owner=make_body("j-isesco"),
        summary=f"L'ISESCO est priée de {HERITAGE}.",
    )
    later = make_report("OIC/J/2", date=datetime.date(2018, 3, 1))
    second = make_item(
        make_decision(later),
        owner=make_body("j-unesco"),
        summary=f"L'UNESCO est invitée à {HERITAGE_AGAIN}.",
    )
    with django_capture_on_commit_callbacks(execute=True):
        jobs.after_import(report=later, proposed=0)
    flag = OverlapFlag.objects.get()
    assert (flag.item_a, flag.item_b) == (first, second)


def test_a_failed_search_after_an_import_does_not_undo_it(
    monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def broken(**kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(jobs, "overlaps_find", broken)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_report", str(MALI), stdout=StringIO())
    assert Report.objects.exists() and ActionItem.objects.exists()
    assert "search for duplicates after importing" in caplog.text
    assert JobRun.objects.last_of(RoutineJob.OVERLAPS) is None


def _meetings(n_reports: int, per_report: int) -> list[Report]:
    """Meetings a year apart whose requests mix common and rare words;
    each repeats one request of the meeting before (to another body)."""
    rng = random.Random(20)
    bodies = [make_body(f"jobs-{i}") for i in range(12)]
    reports, items, previous = [], [], None
    for r in range(n_reports):
        report = make_report(f"OIC/JOBS-{r}/REP", date=datetime.date(2000 + r, 1 + r % 12, 1))
        reports.append(report)
        decisions = Decision.objects.bulk_create(
            Decision(report=report, number=str(p), position=p, text="", kind="request")
            for p in range(1, per_report + 1)
        )
        summaries = [
            "Requested " + " ".join(rng.sample(VOCABULARY, 8) + rng.sample(RARE[:400], 6))
            for _ in decisions
        ]
        if previous is not None:
            summaries[0] = previous
        previous = summaries[1]
        for d, summary in zip(decisions, summaries, strict=True):
            items.append(ActionItem(decision=d, owner=rng.choice(bodies), summary=summary))
    ActionItem.objects.bulk_create(items)
    return reports


def _pairs(flags) -> set[tuple[int, int]]:
    return set(flags.values_list("item_a_id", "item_b_id"))


def test_the_search_after_an_import_finds_what_the_nightly_search_finds_for_its_report():
    reports = _meetings(24, 40)
    report = reports[12]
    focused = overlaps_find(report=report)
    found = _pairs(OverlapFlag.objects.all())
    OverlapFlag.objects.all().delete()
    full = overlaps_find()
    theirs = OverlapFlag.objects.filter(
        item_a__decision__report=report
    ) | OverlapFlag.objects.filter(item_b__decision__report=report)
    assert found == _pairs(theirs)
    assert len(found) >= 2  # it repeats the meeting before; the meeting after repeats it
    # Bounded: a fraction of the pairs compared.
    assert focused.compared * 5 < full.compared


def test_find_overlaps_records_its_run():
    make_item(summary="Requested something.")
    out = StringIO()
    call_command("find_overlaps", stdout=out)
    run = JobRun.objects.last_of(RoutineJob.OVERLAPS)
    assert run.summary.startswith("1 items, 0 pairs compared")
    assert out.getvalue().startswith(run.summary)


@pytest.mark.parametrize(
    ("url", "what"),
    [
        ("decisions:duplicates", "searched for after each import"),
        ("decisions:renewal_queue", "Each import of a report fills this list"),
    ],
)
def test_an_empty_queue_says_what_fills_it_and_when_it_was_last_filled(client, editor, url, what):
    client.force_login(editor)
    page = client.get(reverse(url)).content.decode()
    assert what in page and "Not filled yet" in page
    JobRun.objects.create(
        job=RoutineJob.OVERLAPS,
        finished_at=datetime.datetime(2026, 3, 2, 1, 30, tzinfo=datetime.UTC),
    )
    JobRun.objects.create(
        job=RoutineJob.RENEWALS,
        finished_at=datetime.datetime(2026, 3, 2, 1, 30, tzinfo=datetime.UTC),
    )
    page = client.get(reverse(url)).content.decode()
    assert "Last filled on 2 Mar 2026 at" in page and "Not filled yet" not in page


def test_the_backup_leaves_out_the_jobs_last_runs():
    from decisions.management.commands.backup import backup_models

    assert "decisions.jobrun" not in {m.lower() for m in backup_models()}
    assert "decisions.overlapflag" in {m.lower() for m in backup_models()}
