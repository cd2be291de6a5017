"""Renewal fidelity: does an import propose the renewals a reader would see,
when the two reports are in different languages?

    python -m bench.lineage_fidelity [--pairs DIR] [--output docs/FIDELITY.md]

Each folder of fixtures/lineage/ holds a pair of reports of successive meetings,
written by hand: ``earlier.<lang>.txt``, ``later.<lang>.txt`` and
``expected.json``:

    {"renewals": [{"later": "<paragraph>", "owner": "<body slug>",
                   "earlier": "<paragraph>"}, ...],
     "notes": "..."}

A later paragraph with several owners renews once per owner; a request not
listed is not a renewal. For each pair, in a database of its own, the scorer
imports the earlier report (``import_report PATH``), then reads the later one
as ``import_report --dry-run --format json`` does and takes the proposed
renewals (``renews`` of each action item) as (later paragraph, owner, earlier
paragraph). Proposals are compared with the expected renewals: precision and
recall per pair, for the cross-language pairs, for the same-language ones and
overall; each miss and each false proposal is listed.

The database: a test database made for the run (in memory on SQLite; on
PostgreSQL ``<NAME>_lineage_fidelity``, kept only if it was there before) and
marked as the bench's own (bench/guard.py): one holding reports, items or users
without the mark is refused. Each pair runs in a transaction rolled back at its
end, so no pair sees another. ``--output`` writes the "Renewals across
languages" section at the end of docs/FIDELITY.md, replacing it in place and
keeping the other sections."""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction

from bench import BenchError, run
from bench.fidelity import LINEAGE_HEADING
from bench.guard import claim_database

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "fixtures" / "lineage"
HEADING = LINEAGE_HEADING
# Eastern Arabic and Persian digits read as the ASCII ones: "١٢" is paragraph 12.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)


def paragraph_key(number: str) -> str:
    """A paragraph number as compared: digits folded, case and spaces dropped."""
    return "".join(str(number).translate(_DIGITS).split()).casefold().rstrip(".-)")


@dataclass(frozen=True, order=True)
class Renewal:
    """One later request renewing one earlier request, for one owner."""

    later: str
    owner: str
    earlier: str
    earlier_symbol: str = ""  # "" = the pair's earlier report

    @classmethod
    def of(cls, later: str, owner: str, earlier: str, earlier_symbol: str = "") -> Renewal:
        return cls(paragraph_key(later), owner.strip(), paragraph_key(earlier), earlier_symbol)

    def __str__(self) -> str:
        where = f"{self.earlier_symbol} ¶{self.earlier}" if self.earlier_symbol else self.earlier
        return f"later ¶{self.later} {self.owner} -> earlier ¶{where}"


@dataclass
class PairScore:
    name: str
    earlier_language: str = ""
    later_language: str = ""
    expected: int = 0
    proposed: int = 0
    right: int = 0
    misses: list[Renewal] = field(default_factory=list)
    false: list[Renewal] = field(default_factory=list)
    error: str = ""

    @property
    def cross(self) -> bool:
        return self.earlier_language != self.later_language

    @property
    def languages(self) -> str:
        return f"{self.earlier_language}→{self.later_language}"

    @property
    def precision(self) -> float:
        return self.right / self.proposed if self.proposed else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0

    def add(self, other: PairScore) -> None:
        self.expected += other.expected
        self.proposed += other.proposed
        self.right += other.right


def compare(name: str, expected: list[Renewal], proposed: list[Renewal]) -> PairScore:
    """Score ``proposed`` against ``expected`` (both deduplicated); a proposal
    pointing at another report than the pair's earlier one is a false one."""
    want, got = set(expected), set(proposed)
    score = PairScore(name, expected=len(want), proposed=len(got), right=len(want & got))
    score.misses = sorted(want - got)
    score.false = sorted(got - want)
    return score


def expected_renewals(data: dict) -> list[Renewal]:
    """The ``renewals`` of an expected.json; raises ValueError on a bad entry."""
    out = []
    for entry in data.get("renewals", []):
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(k), str) and entry[k].strip()
            for k in ("later", "owner", "earlier")
        ):
            raise ValueError(f"a renewal needs 'later', 'owner' and 'earlier': {entry!r}")
        out.append(Renewal.of(entry["later"], entry["owner"], entry["earlier"]))
    return out


def proposed_renewals(plan: dict, earlier_symbol: str) -> list[Renewal]:
    """The renewals an ``import_report --dry-run --format json`` output proposes:
    one per (later paragraph, action item's owner, renewed paragraph)."""
    out = []
    for decision in plan.get("decisions", []):
        for item in decision.get("action_items", []):
            for renews in item.get("renews", []):
                symbol = renews.get("symbol", "")
                out.append(
                    Renewal.of(
                        decision["number"],
                        item["owner"]["slug"],
                        renews["number"],
                        "" if symbol == earlier_symbol else symbol,
                    )
                )
    return out


def _report_file(folder: Path, stem: str) -> Path:
    found = sorted(folder.glob(f"{stem}.*.txt")) + sorted(folder.glob(f"{stem}.*.md"))
    if len(found) != 1:
        raise ValueError(f"expected one {stem}.<lang>.txt, found {len(found)}")
    return found[0]


def _language(path: Path) -> str:
    return path.name.split(".")[1]


def _quiet(*args, **options) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO(), **options)
    return out.getvalue()


def _import(path: Path, **options) -> tuple[str, str]:
    """Import (or dry-run) one text of a pair: the command's output, and the
    symbol typed for it. A communiqué that prints no document symbol (ECOWAS,
    GCC and many others) is given one, as its user would give it
    (``--symbol``): the folder and the file's name."""
    try:
        return _quiet("import_report", str(path), **options), ""
    except CommandError as exc:
        if "no document symbol" not in str(exc):
            raise
    typed = f"{path.parent.name}/{path.stem}"
    return _quiet("import_report", str(path), symbol=typed, **options), typed


def score_pair(folder: Path) -> PairScore:
    """Import the pair's earlier report, dry-run the later one and compare the
    proposed renewals with expected.json. Runs in a transaction rolled back at
    the end: the database is left as it was found."""
    score = PairScore(folder.name)
    try:
        earlier = _report_file(folder, "earlier")
        later = _report_file(folder, "later")
        score.earlier_language, score.later_language = _language(earlier), _language(later)
        expected = expected_renewals(
            json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        )
    except (OSError, ValueError) as exc:
        score.error = str(exc)
        return score
    score.expected = len(set(expected))
    cache.clear()  # nothing read from a previous pair's registry
    try:
        with transaction.atomic():
            _quiet("load_bodies")
            _, typed = _import(earlier)
            plan = json.loads(_import(later, dry_run=True, format="json")[0])
            earlier_plan = json.loads(_import(earlier, dry_run=True, format="json")[0])
            transaction.set_rollback(True)
    except CommandError as exc:
        score.error = str(exc)
        score.misses = sorted(set(expected))
        return score
    finally:
        cache.clear()
    symbol = typed or earlier_plan["report"]["symbol"]
    result = compare(folder.name, expected, proposed_renewals(plan, symbol))
    result.earlier_language, result.later_language = score.earlier_language, score.later_language
    return result


def score_all(pairs: Path) -> list[PairScore]:
    folders = sorted(p for p in pairs.iterdir() if (p / "expected.json").is_file())
    return [score_pair(folder) for folder in folders]


def totals(scores: list[PairScore]) -> dict[str, PairScore]:
    out = {
        "**cross-language**": PairScore("**cross-language**"),
        "**same-language**": PairScore("**same-language**"),
        "**overall**": PairScore("**overall**"),
    }
    for s in scores:
        out["**cross-language**" if s.cross else "**same-language**"].add(s)
        out["**overall**"].add(s)
    return out


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def table(scores: list[PairScore]) -> str:
    lines = [
        "| pair | languages | expected | proposed | right | precision | recall | error |",
        "|---|---|---|---|---|---|---|---|",
    ]
    ordered = sorted(scores, key=lambda s: (not s.cross, s.name))
    for s in [*ordered, *totals(scores).values()]:
        langs = s.languages if s.earlier_language else ""
        lines.append(
            f"| {s.name} | {langs} | {s.expected} | {s.proposed} | {s.right} "
            f"| {_pct(s.precision)} | {_pct(s.recall)} | {s.error} |"
        )
    return "\n".join(lines)


def differences(scores: list[PairScore]) -> list[str]:
    lines = []
    for s in scores:
        lines.extend(f"- {s.name} ({s.languages}): missed {r}" for r in s.misses)
        lines.extend(f"- {s.name} ({s.languages}): false proposal {r}" for r in s.false)
    return lines


def markdown(scores: list[PairScore], pairs: Path) -> str:
    try:
        shown = pairs.resolve().relative_to(ROOT)
    except ValueError:
        shown = pairs
    cross = sum(1 for s in scores if s.cross)
    return "\n".join(
        [
            HEADING,
            "",
            f"Generated by `make fidelity-lineage` (`python -m bench.lineage_fidelity "
            f"--pairs {shown}`): {len(scores)} pairs of reports of successive meetings, "
            f"{cross} of them in two languages, written by hand after real follow-up "
            "practice (OIC contact groups and CFM resolutions, AU PSC communiqués, UN GA "
            "resolutions), with the renewals a reader sees written beside them "
            "(`expected.json`). For each pair, in a fresh database, the earlier report is "
            "imported, the later one is read as `import_report --dry-run --format json` "
            "reads it, and its proposed renewals (`renews`) are compared, as (later "
            "paragraph, owner, earlier paragraph), with the expected ones.",
            "",
            "Precision: proposals that were expected; recall: expected renewals proposed. "
            "The pairs hold near misses (the same owner asked something else), which must "
            "not be proposed. The matching was tuned on these pairs (twenty-seven of them were "
            "held out until 4 December 2026, see fixtures/lineage-heldout/README.md, "
            "fixtures/lineage-heldout2/README.md, fixtures/lineage-heldout3/README.md and "
            "fixtures/lineage-heldout4/README.md), so they "
            "show what it does on texts it has seen; `make fidelity-lineage-heldout` "
            "measures pairs it was not tuned on.",
            "",
            table(scores),
            "",
            "### Differences in renewals",
            "",
            *(differences(scores) or ["None."]),
            "",
        ]
    )


def write_section(path: Path, section: str) -> None:
    """Put ``section`` at the end of ``path``, replacing its previous copy in
    place (up to the next level-2 heading) and keeping every other section."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    start = 0 if old.startswith(HEADING + "\n") else old.find("\n" + HEADING + "\n") + 1
    if start > 0 or old.startswith(HEADING + "\n"):
        end = old.find("\n## ", start + len(HEADING))
        before, after = old[:start], old[end + 1 :] if end >= 0 else ""
    else:
        before, after = old, ""
    parts = [p.rstrip("\n") + "\n" for p in (before, after, section) if p.strip()]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts), encoding="utf-8")


class _FreshDatabase:
    """A test database for the run, marked as the bench's own (bench/guard.py)."""

    def __enter__(self):
        from django.test.utils import setup_databases

        settings = connection.settings_dict
        if connection.vendor != "sqlite":
            # A name of its own, so no other test database is ever clobbered.
            settings["TEST"]["NAME"] = f"{settings['NAME']}_lineage_fidelity"
        name = settings["TEST"].get("NAME") or settings["NAME"]
        existed = connection.vendor != "sqlite" and self._exists(name)
        self.old = setup_databases(verbosity=0, interactive=False, keepdb=True)
        self.keep = existed
        claim_database()  # refuses a database with data that is not the bench's
        return self

    @staticmethod
    def _exists(name: str) -> bool:
        with connection._nodb_cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            return cursor.fetchone() is not None

    def __exit__(self, *exc) -> None:
        from django.test.utils import teardown_databases

        teardown_databases(self.old, verbosity=0, keepdb=self.keep)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args(argv)
    if not args.pairs.is_dir():
        raise BenchError(f"{args.pairs}: not a folder")
    with _FreshDatabase():
        scores = score_all(args.pairs)
    if not scores:
        raise BenchError(f"{args.pairs}: no pair folder with an expected.json")
    print(table(scores))
    for line in differences(scores):
        print(line)
    if args.output is not None:
        write_section(args.output, markdown(scores, args.pairs))
        print(f"written: {args.output} ({HEADING[3:]})")
    if any(s.error for s in scores):
        raise BenchError(
            "some pairs could not be imported: " + ", ".join(s.name for s in scores if s.error)
        )


if __name__ == "__main__":
    run(main)
