"""The renewal-fidelity scorer (bench/lineage_fidelity.py): its comparison on a
hand-made list of proposals, and one same-language pair scored end to end."""

from __future__ import annotations

import json
import re

import pytest

from bench import lineage_fidelity as lf
from bench.fidelity import write_section as write_fidelity_section

R = lf.Renewal.of


def test_the_comparison_counts_right_missed_and_false_proposals():
    expected = [R("2", "secretary-general", "3"), R("3", "isesco", "4"), R("3", "ircica", "4")]
    proposed = [
        R("2", "secretary-general", "3"),  # right
        R("2", "secretary-general", "3"),  # the same twice counts once
        R("3", "isesco", "5"),  # the right owner, the wrong earlier paragraph
        R("9", "secretary-general", "3"),  # a near miss proposed
    ]
    score = lf.compare("pair", expected, proposed)
    assert (score.expected, score.proposed, score.right) == (3, 3, 1)
    assert score.precision == pytest.approx(1 / 3)
    assert score.recall == pytest.approx(1 / 3)
    assert score.misses == sorted([R("3", "isesco", "4"), R("3", "ircica", "4")])
    assert score.false == sorted([R("3", "isesco", "5"), R("9", "secretary-general", "3")])


def test_it_reads_proposals_from_the_dry_run_json_with_arabic_digits_and_other_reports():
    plan = {
        "decisions": [
            {
                "number": "٤",
                "action_items": [
                    {
                        "owner": {"slug": "secretary-general"},
                        "renews": [
                            {"symbol": "OIC/A/2019", "number": "4", "owner": "x", "score": 0.9},
                            {"symbol": "OIC/B/2015", "number": "4", "owner": "x", "score": 0.6},
                        ],
                    },
                    {"owner": {"slug": "isdb"}, "renews": []},
                ],
            },
            {"number": "5", "action_items": []},
        ]
    }
    got = lf.proposed_renewals(plan, "OIC/A/2019")
    assert got == [R("4", "secretary-general", "4"), R("4", "secretary-general", "4", "OIC/B/2015")]
    score = lf.compare("pair", [R("4", "secretary-general", "٤")], got)
    assert (score.right, score.proposed) == (1, 2)  # the other report's is a false one


def test_the_totals_keep_cross_and_same_language_pairs_apart():
    cross = lf.PairScore("a", "fr", "en", expected=4, proposed=0, right=0)
    same = lf.PairScore("b", "en", "en", expected=2, proposed=3, right=2)
    totals = lf.totals([cross, same])
    assert totals["**cross-language**"].recall == 0.0
    assert totals["**same-language**"].precision == pytest.approx(2 / 3)
    assert (totals["**overall**"].expected, totals["**overall**"].right) == (6, 2)


@pytest.mark.django_db
def test_it_scores_a_same_language_pair_as_its_dry_run_json_reads():
    score = lf.score_pair(lf.PAIRS / "kashmir-contact-group-fr-fr")
    assert score.error == ""
    assert (score.earlier_language, score.later_language, score.cross) == ("fr", "fr", False)
    assert score.expected == 3
    # The baseline: the Secretary-General's good offices, renewed in the same
    # language, are proposed; its near miss (Member States, ¶5) is not.
    assert lf.Renewal.of("2", "secretary-general", "2") not in score.misses
    assert all(r.owner != "member-states" for r in score.false)
    assert score.right == score.expected - len(score.misses)
    assert score.proposed == score.right + len(score.false)


@pytest.mark.django_db
def test_a_pair_leaves_the_database_as_it_found_it():
    from decisions.models import Report

    lf.score_pair(lf.PAIRS / "kashmir-contact-group-fr-fr")
    assert not Report.objects.exists()


def test_its_section_is_replaced_in_place_and_the_other_sections_are_kept(tmp_path):
    path = tmp_path / "FIDELITY.md"
    path.write_text("# Import fidelity\n\nown\n\n## Real documents\n\nreal\n", encoding="utf-8")
    lf.write_section(path, lf.HEADING + "\n\nfirst\n")
    lf.write_section(path, lf.HEADING + "\n\nsecond\n")
    write_fidelity_section(path, real="## Real documents\n\nreal again\n")
    write_fidelity_section(path, own="# Import fidelity\n\nown again\n")
    text = path.read_text(encoding="utf-8")
    assert text == (
        "# Import fidelity\n\nown again\n\n## Real documents\n\nreal again\n\n"
        + lf.HEADING
        + "\n\nsecond\n"
    )


def _printed_numbers(path) -> set[str]:
    """The paragraph numbers a report file prints at the start of its lines."""
    text = path.read_text(encoding="utf-8")
    # "3.", "٣ -", or the number alone on its line, the paragraph on the next
    found = re.findall(r"^\s*([0-9٠-٩]+)\s*(?:[.\-)]|$)", text, flags=re.MULTILINE)
    return {lf.paragraph_key(n) for n in found}


@pytest.mark.parametrize(
    "folder",
    # The tuned pairs and every held-out set (fixtures/lineage-heldout*); the
    # held-out sets move into fixtures/lineage/ once tuned on.
    sorted(p.parent for p in (lf.ROOT / "fixtures").glob("lineage*/*/expected.json")),
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_every_pair_is_well_formed(folder):
    earlier = lf._report_file(folder, "earlier")
    later = lf._report_file(folder, "later")
    data = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    expected = lf.expected_renewals(data)
    assert expected and data["notes"].strip()
    slugs = {b["slug"] for b in json.loads((lf.ROOT / "fixtures" / "bodies.json").read_text())}
    earlier_numbers, later_numbers = _printed_numbers(earlier), _printed_numbers(later)
    for renewal in expected:
        assert renewal.owner in slugs, renewal
        assert renewal.later in later_numbers, renewal
        assert renewal.earlier in earlier_numbers, renewal
