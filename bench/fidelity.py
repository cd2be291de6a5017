"""Fidelity benchmark: how well the importer reads documents it was not tuned on.

    python -m bench.fidelity [--corpus DIR] [--output PATH]

Each document ``NAME.md`` of the corpus has beside it ``NAME.expected.json``,
written by hand:

    {"owners": {"<paragraph number>": ["<body slug or name>", ...], ...},
     "statements": ["<paragraph number>", ...]}

An owner is a slug of fixtures/bodies.json, or the name of a body the
registry does not hold (compared folded: "Parties" matches "parties"; or by
the body's identity: "Parties" matches "All parties", shown as written).
Every document is read as ``import_report --dry-run`` reads it (the same
parser and extractor, the registry from fixtures/bodies.json), without a
database. Prints, per document and overall: paragraphs found, owner
precision and recall, statements mistaken for requests; writes the table
as Markdown (docs/FIDELITY.md by default). Exit status 1 if a document
could not be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from decisions.text.bodies import RegistryEntry
from decisions.text.folding import fold_key, slugify
from decisions.text.paragraphs import ReportParseError, parse_report
from decisions.text.requests import extract

ROOT = Path(__file__).resolve().parent.parent
BODIES = ROOT / "fixtures" / "bodies.json"
NAME_FIELDS = ("name_en", "name_fr", "name_ar", "acronym_en", "acronym_fr", "acronym_ar")
TARGET_RECALL = 0.95
TARGET_PRECISION = 0.90


def load_registry(language: str) -> list[RegistryEntry]:
    entries = []
    for body in json.loads(BODIES.read_text(encoding="utf-8")):
        names = [body.get(f) or "" for f in NAME_FIELDS] + list(body.get("aliases") or [])
        entries.append(
            RegistryEntry(
                slug=body["slug"],
                name=body.get(f"name_{language}") or body["name_en"],
                aliases=tuple(n for n in names if n),
            )
        )
    return entries


@dataclass
class Score:
    name: str
    language: str = ""
    paragraphs_expected: int = 0
    paragraphs_found: int = 0
    owners_expected: int = 0
    owners_found: int = 0
    owners_right: int = 0
    statements: int = 0
    statements_as_requests: int = 0
    error: str = ""
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in (
            "paragraphs_expected",
            "paragraphs_found",
            "owners_expected",
            "owners_found",
            "owners_right",
            "statements",
            "statements_as_requests",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.owners_right / self.owners_found if self.owners_found else 1.0

    @property
    def recall(self) -> float:
        return self.owners_right / self.owners_expected if self.owners_expected else 1.0


def _owner_keys(request) -> set[str]:
    keys = {request.owner.slug, fold_key(request.owner.name)}
    return keys


def _matches(wanted: str, keys: set[str], slugs: set[str]) -> bool:
    """A registry slug matches that body; a name matches a body outside the
    registry written alike, or one with the same identity (its slug: "all
    parties" is the body "parties", shown as written)."""
    if wanted in slugs:
        return wanted in keys
    return fold_key(wanted) in keys or slugify(wanted) in keys


def score_document(path: Path, expected_path: Path) -> Score:
    score = Score(path.name)
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    want = {fold_key(k): v for k, v in expected.get("owners", {}).items()}
    statements = {fold_key(k) for k in expected.get("statements", [])}
    score.paragraphs_expected = len(want)
    score.owners_expected = sum(len(v) for v in want.values())
    score.statements = len(statements)
    try:
        report = parse_report(path.read_text(encoding="utf-8"))
    except (ReportParseError, OSError, UnicodeDecodeError) as exc:
        score.error = str(exc)
        return score
    score.language = report.language
    registry = load_registry(report.language)
    slugs = {e.slug for e in registry}
    for para in report.paragraphs:
        key = fold_key(para.number)
        requests = extract(para.text, registry, report.language).requests
        score.owners_found += len(requests)
        if key not in want:
            score.misses.append(f"{para.number}: paragraph not expected")
            continue
        score.paragraphs_found += 1
        if key in statements and requests:
            score.statements_as_requests += 1
        wanted = list(want[key])
        for request in requests:
            keys = _owner_keys(request)
            hit = next((w for w in wanted if _matches(w, keys, slugs)), None)
            if hit is None:
                score.misses.append(f"{para.number}: extra owner {request.owner.name!r}")
            else:
                wanted.remove(hit)
                score.owners_right += 1
        score.misses.extend(f"{para.number}: missed owner {w!r}" for w in wanted)
    return score


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def table(scores: list[Score], total: Score) -> str:
    lines = [
        "| document | lang | paragraphs found | owners expected | owner precision "
        "| owner recall | statements taken for requests | error |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for s in [*scores, total]:
        lines.append(
            f"| {s.name} | {s.language} | {s.paragraphs_found}/{s.paragraphs_expected} "
            f"| {s.owners_expected} | {_pct(s.precision)} | {_pct(s.recall)} "
            f"| {s.statements_as_requests}/{s.statements} | {s.error or ''} |"
        )
    return "\n".join(lines)


def run(corpus: Path) -> tuple[list[Score], Score]:
    scores = []
    for path in sorted(corpus.glob("*.md")):
        expected = path.with_name(path.name[: -len(".md")] + ".expected.json")
        if not expected.exists():
            continue
        scores.append(score_document(path, expected))
    total = Score("**overall**", language="")
    for s in scores:
        total.add(s)
    return scores, total


def markdown(scores: list[Score], total: Score, corpus: Path) -> str:
    try:
        shown = corpus.resolve().relative_to(ROOT)
    except ValueError:
        shown = corpus
    met = total.recall >= TARGET_RECALL and total.precision >= TARGET_PRECISION
    errors = [s.name for s in scores if s.error]
    misses = [f"- {s.name}: {m}" for s in scores for m in s.misses]
    return "\n".join(
        [
            "# Import fidelity",
            "",
            f"Generated by `make fidelity` (`python -m bench.fidelity --corpus {shown}`): "
            f"{len(scores)} documents, each read as `import_report --dry-run` reads it and "
            "compared with the owners written by hand beside it (`NAME.expected.json`).",
            "",
            "Owner precision: owners found that were expected; owner recall: expected owners "
            "found. A body outside the registry counts when its name matches. Statements "
            "taken for requests: paragraphs asking nobody to act that the importer gave an "
            "owner.",
            "",
            "Caveat: the shipped corpus was written by the engineers who tuned the importer, "
            "after real documents of each kind; score real documents with "
            "`make fidelity CORPUS=DIR` before trusting these figures.",
            "",
            table(scores, total),
            "",
            f"Targets: recall >= {_pct(TARGET_RECALL)}, precision >= {_pct(TARGET_PRECISION)}, "
            f"every document read: {'met' if met and not errors else 'NOT met'}.",
            "",
            "## Differences",
            "",
            *(misses or ["None."]),
            "",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "fixtures" / "corpus")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "FIDELITY.md")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"{args.corpus}: not a folder", file=sys.stderr)
        return 2
    scores, total = run(args.corpus)
    if not scores:
        print(f"{args.corpus}: no NAME.md with a NAME.expected.json beside it", file=sys.stderr)
        return 2
    print(table(scores, total))
    for s in scores:
        for miss in s.misses:
            print(f"  {s.name}: {miss}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(markdown(scores, total, args.corpus), encoding="utf-8")
    print(f"written: {args.output}")
    return 1 if any(s.error for s in scores) else 0


if __name__ == "__main__":
    sys.exit(main())
