"""bench/fidelity.py: scores a corpus against hand-written expected owners."""

from __future__ import annotations

import json

from bench import fidelity

DOC = """**OIC/T/1**

**Report of the meeting**

**Jeddah, 5 March 2018**

The meeting decided as follows:

1. The Meeting welcomed the report.

2. The Meeting requested the Secretary-General and the IsDB to act.

3. The Meeting urged all parties to stop fighting.
"""


def test_it_scores_precision_recall_and_statements_and_writes_the_table(tmp_path, capsys):
    (tmp_path / "doc.md").write_text(DOC, encoding="utf-8")
    expected = {
        "owners": {"1": [], "2": ["secretary-general", "member-states"], "3": ["parties"]},
        "statements": ["1"],
    }
    (tmp_path / "doc.expected.json").write_text(json.dumps(expected), encoding="utf-8")
    out = tmp_path / "FIDELITY.md"
    assert fidelity.main(["--corpus", str(tmp_path), "--output", str(out)]) == 0
    scores, total = fidelity.run(tmp_path)
    assert (total.owners_found, total.owners_right, total.owners_expected) == (3, 2, 3)
    assert total.statements_as_requests == 0
    assert "doc.md" in out.read_text(encoding="utf-8")
    assert "2: missed owner 'member-states'" in capsys.readouterr().out


def test_a_document_that_cannot_be_read_is_kept_in_the_table(tmp_path):
    (tmp_path / "bad.md").write_text("nothing numbered here", encoding="utf-8")
    (tmp_path / "bad.expected.json").write_text('{"owners": {"1": ["isdb"]}}', encoding="utf-8")
    out = tmp_path / "FIDELITY.md"
    assert fidelity.main(["--corpus", str(tmp_path), "--output", str(out)]) == 1
    assert "no operative paragraph found" in out.read_text(encoding="utf-8")
