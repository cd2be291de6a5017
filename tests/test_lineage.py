"""Renewals across meetings: the 2018 Mali report renews requests of the
2017 one. Importing both proposes links (never confirms them); the
threshold separates the true renewals; the dry-run JSON names them; a
reviewer confirms or rejects, and may close the earlier item."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from decisions.intake import importing
from decisions.lineage import matching, renewals
from decisions.models import ActionItem, RenewalLink, Report, Status
from decisions.models.lineage import LinkState
from decisions.text.similarity import RENEWAL_THRESHOLD
from tests.factory import make_user

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data" / "lineage"
MALI_2017 = DATA / "OIC-ACM-2017-MALI-REP.fr.md"
MALI_2018 = DATA / "OIC-ACM-2018-MALI-REP.fr.md"
SYMBOL_2017 = "OIC/ACM-2017/MALI-REP"
SYMBOL_2018 = "OIC/ACM-2018/MALI-REP"

# The renewals written into the 2018 report: 2018 paragraph -> 2017 paragraph.
RENEWED = {"iii": "iii", "iv": "x", "v": "xiii", "vi": "xiv", "ix": "xii"}


def import_file(path: Path, *args: str) -> str:
    out = StringIO()
    call_command("import_report", str(path), *args, stdout=out)
    return out.getvalue()


def true_pairs() -> set[tuple[str, str, str]]:
    """(2018 paragraph, 2017 paragraph, owner) for every renewed request."""
    pairs = set()
    for later, earlier in RENEWED.items():
        for item in ActionItem.objects.filter(
            decision__report__symbol=SYMBOL_2018, decision__number=later
        ).select_related("owner"):
            assert ActionItem.objects.filter(
                decision__report__symbol=SYMBOL_2017, decision__number=earlier, owner=item.owner
            ).exists()
            pairs.add((later, earlier, item.owner.slug))
    return pairs


def proposed_pairs(state: str = LinkState.PROPOSED) -> set[tuple[str, str, str]]:
    return {
        (link.later_item.decision.number, link.earlier_item.decision.number,
         link.later_item.owner.slug)
        for link in RenewalLink.objects.filter(state=state).with_items()
    }  # fmt: skip


@pytest.fixture
def both():
    import_file(MALI_2017)
    import_file(MALI_2018)
    return Report.objects.get(symbol=SYMBOL_2018)


def test_importing_the_later_report_proposes_exactly_the_renewals(both):
    assert len(true_pairs()) == 10
    assert proposed_pairs() == true_pairs()
    assert not RenewalLink.objects.exclude(state=LinkState.PROPOSED).exists()


def test_importing_the_first_report_alone_proposes_nothing():
    import_file(MALI_2017)
    assert not RenewalLink.objects.exists()


def test_the_threshold_separates_the_mali_pairs(both):
    """Precision and recall of RENEWAL_THRESHOLD on every same-owner pair of
    the two reports: scored with the service's own scorer, all of them."""
    probes = matching._probes_of_report(both)
    candidates = matching._candidates(probes, exclude_report=both)
    truth = true_pairs()
    scored = []
    for probe in probes:
        for earlier in candidates:
            owner = matching._owner_signal(probe, earlier)
            if owner < 1.0:
                continue
            from decisions.text import similarity as sim

            score = sim.renewal_score(
                similarity=sim.text_similarity(probe.summary, earlier.summary),
                owner=owner,
                renewal_words=sim.has_renewal_words(probe.paragraph),
                cites=SYMBOL_2017 in sim.cited_symbols(probe.paragraph),
            )
            key = (probe.key[0], earlier.decision.number, probe.key[1])
            scored.append((score, key in truth))
    positives = [s for s, t in scored if t]
    negatives = [s for s, t in scored if not t]
    assert len(positives) == len(truth) and len(negatives) >= 15
    assert min(positives) >= 0.7  # recall 1.0 with room to spare
    assert max(negatives) <= 0.35  # precision 1.0 with room to spare
    assert max(negatives) < RENEWAL_THRESHOLD <= min(positives)


def test_importing_again_proposes_nothing_twice_and_keeps_decisions(both):
    link = RenewalLink.objects.order_by("pk").first()
    renewals.renewal_decide(link=link, confirm=False, by=make_user())
    n = RenewalLink.objects.count()
    import_file(MALI_2018)
    assert RenewalLink.objects.count() == n
    link.refresh_from_db()
    assert link.state == LinkState.REJECTED


def test_the_signals_are_kept_with_each_proposal(both):
    link = RenewalLink.objects.get(
        later_item__decision__number="iv", later_item__owner__slug="isdb"
    )
    assert link.signals["owner"] == 1.0
    assert link.signals["renewal_words"] is True
    assert link.signals["cites"] is True  # "Rappelant son rapport OIC/ACM-2017/MALI-REP"
    assert 0.8 < link.signals["wording"] < 1.0
    assert link.score == 1.0


def test_the_dry_run_json_lists_what_each_item_renews_and_keeps_the_old_keys():
    import_file(MALI_2017)
    data = json.loads(import_file(MALI_2018, "--dry-run", "--format", "json"))
    assert set(data) == {"report", "decisions", "warnings"}
    v = next(d for d in data["decisions"] if d["number"] == "v")
    assert set(v) == {"number", "position", "kind", "text", "action_items"}
    isesco = next(i for i in v["action_items"] if i["owner"]["slug"] == "isesco")
    assert set(isesco) == {"owner", "partners", "summary", "due_date", "due_text", "renews"}
    assert isesco["owner"]["registered"] is True
    assert isesco["partners"] == [{"slug": "unesco", "name": isesco["partners"][0]["name"]}]
    [renewed] = isesco["renews"]
    assert renewed.pop("signals")["owner"] == 1.0  # added beside the old keys
    assert renewed == {"symbol": SYMBOL_2017, "number": "xiii", "owner": "isesco", "score": 0.88}
    vii = next(d for d in data["decisions"] if d["number"] == "vii")
    assert vii["action_items"][0]["renews"] == []
    assert Report.objects.count() == 1 and not RenewalLink.objects.exists()


def test_the_first_report_dry_run_has_empty_renews():
    data = json.loads(import_file(MALI_2017, "--dry-run", "--format", "json"))
    items = [i for d in data["decisions"] for i in d["action_items"]]
    assert items and all(i["renews"] == [] for i in items)


def test_confirming_links_the_items_and_can_close_the_earlier_one(both):
    editor = make_user(groups=("editors",))
    link = RenewalLink.objects.get(
        later_item__decision__number="v", later_item__owner__slug="isesco"
    )
    renewals.renewal_decide(link=link, confirm=True, by=editor, close_earlier=True)
    link.refresh_from_db()
    assert link.state == LinkState.CONFIRMED
    assert link.decided_by == editor and link.decided_at is not None
    assert link.first_item == link.earlier_item
    earlier = link.earlier_item
    earlier.refresh_from_db()
    assert earlier.status == Status.CANCELLED
    update = earlier.updates.get()
    assert update.note == f"Renewed by {SYMBOL_2018}, ¶ v"
    assert update.author == editor


def test_confirming_without_closing_leaves_the_earlier_item_as_it_is(both):
    link = RenewalLink.objects.get(
        later_item__decision__number="vi", later_item__owner__slug="secretary-general"
    )
    renewals.renewal_decide(link=link, confirm=True, by=make_user())
    assert link.earlier_item.updates.count() == 0
    assert ActionItem.objects.get(pk=link.earlier_item_id).status == Status.NOT_STARTED


def test_a_decided_proposal_cannot_be_decided_again(both):
    link = RenewalLink.objects.first()
    renewals.renewal_decide(link=link, confirm=False, by=make_user())
    with pytest.raises(matching.DecisionError):
        renewals.renewal_decide(link=link, confirm=True, by=make_user())
    link.refresh_from_db()
    assert link.state == LinkState.REJECTED


def test_a_chain_of_three_meetings_keeps_its_first_item(both):
    """2017 -> 2018 -> 2019, confirmed from the end backwards: the 2019
    item's age still goes back to 2017."""
    text = (
        MALI_2018.read_text("utf-8")
        .replace("2018", "2019")
        .replace("OIC/ACM-2017/MALI-REP", SYMBOL_2018)
    )
    importing.report_import(text=text, source_name="2019.md")
    later = RenewalLink.objects.get(
        later_item__decision__report__symbol="OIC/ACM-2019/MALI-REP",
        later_item__decision__number="v",
        later_item__owner__slug="isesco",
        earlier_item__decision__report__symbol=SYMBOL_2018,
    )
    renewals.renewal_decide(link=later, confirm=True, by=None)
    first = RenewalLink.objects.get(
        later_item=later.earlier_item, earlier_item__decision__report__symbol=SYMBOL_2017
    )
    renewals.renewal_decide(link=first, confirm=True, by=None)
    later.refresh_from_db()
    assert later.first_item == first.earlier_item
    item_2019 = ActionItem.objects.filter(pk=later.later_item_id).with_first_asked().get()
    assert item_2019.first_asked.year == 2017


# --- Earlier by meeting date, whatever the order of import --------------------------


def test_importing_the_older_report_second_proposes_the_same_renewals():
    """2018 first, then 2017: the 2017 items become the renewed ones."""
    import_file(MALI_2018)
    assert not RenewalLink.objects.exists()
    import_file(MALI_2017)
    assert proposed_pairs() == true_pairs()
    for link in RenewalLink.objects.with_items():
        assert link.earlier_item.decision.report.symbol == SYMBOL_2017
        assert link.later_item.decision.report.symbol == SYMBOL_2018
    link = RenewalLink.objects.get(
        later_item__decision__number="iv", later_item__owner__slug="isdb"
    )
    assert link.signals["cites"] is True  # the 2018 paragraph cites the 2017 report
    assert link.score == 1.0


def key(link: RenewalLink) -> tuple[str, str]:
    return (link.later_item.decision.number, link.earlier_item.decision.number)


def test_either_order_gives_the_same_scores():
    import_file(MALI_2017)
    import_file(MALI_2018)
    forwards = {
        (*key(link), link.later_item.owner.slug): link.score
        for link in RenewalLink.objects.with_items()
    }
    Report.objects.all().delete()
    import_file(MALI_2018)
    import_file(MALI_2017)
    backwards = {
        (*key(link), link.later_item.owner.slug): link.score
        for link in RenewalLink.objects.with_items()
    }
    assert backwards == forwards and len(forwards) == 10


def test_importing_the_older_report_again_proposes_nothing_twice():
    import_file(MALI_2018)
    import_file(MALI_2017)
    n = RenewalLink.objects.count()
    import_file(MALI_2017)
    import_file(MALI_2018)
    assert RenewalLink.objects.count() == n == 10


def test_a_middle_meeting_imported_last_links_both_ways(both):
    """2017 and 2019 imported, then 2018: 2018 renews 2017, 2019 renews 2018."""
    text_2019 = (
        MALI_2018.read_text("utf-8")
        .replace("2018", "2019")
        .replace("OIC/ACM-2017/MALI-REP", SYMBOL_2018)
    )
    Report.objects.filter(symbol=SYMBOL_2018).delete()
    importing.report_import(text=text_2019, source_name="2019.md")
    import_file(MALI_2018)
    isesco_2018 = ActionItem.objects.get(
        decision__report__symbol=SYMBOL_2018, decision__number="v", owner__slug="isesco"
    )
    earlier = {
        link.earlier_item.decision.report.symbol
        for link in RenewalLink.objects.filter(later_item=isesco_2018).with_items()
    }
    later = {
        link.later_item.decision.report.symbol
        for link in RenewalLink.objects.filter(earlier_item=isesco_2018).with_items()
    }
    assert earlier == {SYMBOL_2017}
    assert later == {"OIC/ACM-2019/MALI-REP"}
