"""bench/fidelity.py on a page holding several resolutions: the part the
manifest means is scored (its symbol, or the optional `part` field)."""

from __future__ import annotations

import json

import pytest

from bench import fidelity
from tests.test_parts_text import EN_PAIR

# A bare "Member States" of a Security Council text is the UN's (fixtures/real/README.md).
EXPECTED_1235 = {"owners": {"1": [], "2": ["un-member-states"], "3": []}, "statements": ["1", "3"]}


def manifest(folder, name, **extra) -> None:
    data = {
        "title": f"Document {name}",
        "symbol": "none printed",
        "language": "en",
        "source": f"https://example.org/{name}",
        "file": "pair.txt",
        "body": "UN SC",
        "extent": "the second resolution of the page",
        "expected": EXPECTED_1235,
        **extra,
    }
    (folder / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture
def folders(tmp_path):
    manifests, corpus = tmp_path / "real", tmp_path / "corpus"
    manifests.mkdir()
    corpus.mkdir()
    (corpus / "pair.txt").write_text(EN_PAIR, encoding="utf-8")
    return manifests, corpus


@pytest.mark.parametrize(
    "extra",
    [{"symbol": "S/RES/1235 (1999) [S/1999/1]"}, {"part": "2"}, {"part": ["1235"]}],
    ids=["by-symbol", "by-place", "by-number"],
)
def test_the_part_the_manifest_means_is_scored(folders, extra):
    manifests, corpus = folders
    manifest(manifests, "m", **extra)
    scores, total = fidelity.run_real(fidelity.load_manifests(manifests), corpus)
    assert scores[0].error == ""
    assert (total.paragraphs_found, total.paragraphs_expected) == (3, 3)
    assert (total.owners_right, total.owners_expected) == (1, 1)


def test_without_a_part_named_the_whole_page_is_read_as_before(folders):
    manifests, corpus = folders
    manifest(manifests, "m")
    scores, _ = fidelity.run_real(fidelity.load_manifests(manifests), corpus)
    assert "two paragraphs are numbered '1'" in scores[0].error


def test_a_part_the_page_lacks_is_a_scoring_error_naming_the_parts(folders):
    manifests, corpus = folders
    manifest(manifests, "m", part="7")
    scores, _ = fidelity.run_real(fidelity.load_manifests(manifests), corpus)
    assert "no part '7'" in scores[0].error and "S/RES/1234 (1999)" in scores[0].error


@pytest.mark.parametrize("bad", [3, [""], {"a": 1}])
def test_a_bad_part_field_is_refused_with_its_name(folders, bad):
    manifests, _ = folders
    manifest(manifests, "m", part=bad)
    with pytest.raises(fidelity.ManifestError, match="m.json: 'part'"):
        fidelity.load_manifests(manifests)
