"""What hostile input costs per megabyte: each reader and the extraction, each shape.

    .venv/bin/python bench/hostile.py [--target 1000000] [--only WORDS]

No database. The shapes are those of the growth tests (tests/formats/test_reader_growth.py,
tests/text/test_hostile_text.py), each built here at about ``--target`` characters of text
(a Word file nested as deep as the XML parser allows stays smaller), then read once:

- *readers*: ``read_document`` then ``parse_report``, a file as the upload reads it;
- *parsing*: ``parse_report`` of a report's text;
- *extraction*: ``extract`` of one paragraph against the body registry;

and the five files of issue 17, finding 7. The cost is CPU time (``time.process_time``):
a worker's time, whatever else the machine runs. Per megabyte means per million
characters of text read; a Markdown table is printed for docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from decisions.formats import DocumentError, read_document  # noqa: E402
from decisions.text.paragraphs import ReportParseError, parse_report  # noqa: E402
from decisions.text.requests import extract  # noqa: E402
from tests.formats import hostile as h  # noqa: E402
from tests.formats.test_reader_growth import READERS  # noqa: E402
from tests.text.helpers import REGISTRY  # noqa: E402
from tests.text.test_hostile_text import PARAGRAPHS, REPORTS  # noqa: E402

MB = 1_000_000
STEP_SECONDS = 30.0  # a shape stops growing once one run takes longer


def cpu(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.process_time()
    try:
        outcome = fn()
    except (DocumentError, ReportParseError) as exc:
        outcome = exc
    return time.process_time() - start, outcome


def read_file(data: bytes) -> str:
    """The text a file yields (for its size), parsed as the upload parses it."""
    text = read_document(data, name="hostile").text
    parse_report_or_refuse(text)
    return text


def measure_reader(make: Callable[[int], bytes], n: int, target: int) -> dict:
    """Grow the file tenfold until its text reaches ``target`` characters."""
    best: dict = {}
    while True:
        try:
            data = make(n)
        except Exception:  # noqa: BLE001 - deeper than the XML parser allows: the last size
            return {**best, "note": "nested as deep as the XML parser allows"} if best else best
        seconds, outcome = cpu(lambda data=data: read_file(data))
        if isinstance(outcome, Exception):  # refused: a limit is reached (a zip ratio...)
            if best:
                return {**best, "note": f"{len(data):,} B refused: {outcome.message}"}
            return {"input": len(data), "chars": 0, "seconds": seconds, "note": outcome.message}
        chars = len(outcome)
        best = {"input": len(data), "chars": chars, "seconds": seconds}
        if chars >= target or seconds > STEP_SECONDS:
            return best
        n *= max(2, min(10, int(target / max(chars, 1)) + 1))


def measure_text(fn: Callable[[str], object], make: Callable[[int], str], target: int) -> dict:
    text = make(target)
    seconds, _ = cpu(lambda: fn(text))
    return {"input": len(text.encode()), "chars": len(text), "seconds": seconds}


def per_mb(row: dict) -> float:
    return row["seconds"] / max(row["chars"], 1) * MB


def issue_files() -> list[tuple[str, Callable[[], bytes]]]:
    return [
        ("50 pages sharing one stream (refused)", lambda: h.pdf_shared_stream(50, 60_000)),
        ("one PDF line of 40,000 letters", lambda: h.pdf_one_line(40_000)),
        ("a Word list numbered from 52,000,000", lambda: h.docx_numbered(40, start=52_000_000)),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--target", type=int, default=MB, help="characters of text per shape")
    parser.add_argument("--only", default="", help="only the shapes whose name holds this")
    args = parser.parse_args()
    rows: list[tuple[str, str, dict]] = []

    def keep(kind: str, name: str, row: dict) -> None:
        if row:
            rows.append((kind, name, row))
            note = f" ({row['note']})" if row.get("note") else ""
            print(
                f"{kind:10} {name:44} {row['input']:>11,} B {row['chars']:>11,} ch "
                f"{row['seconds']:7.2f} s {per_mb(row):7.2f} s/MB{note}",
                file=sys.stderr,
                flush=True,
            )

    wanted = [w.lower() for w in args.only.split()]

    def chosen(kind: str, name: str) -> bool:
        return all(w in f"{kind} {name}".lower() for w in wanted)

    for name, make in issue_files():
        if chosen("issue 17", name):
            data = make()
            seconds, outcome = cpu(lambda data=data: read_file(data))
            chars = 0 if isinstance(outcome, Exception) else len(outcome)
            keep("issue 17", name, {"input": len(data), "chars": chars, "seconds": seconds})
    if chosen("issue 17", "one paragraph repeating an addressee"):
        text = "La Réunion a demandé " + "au Secrétariat général, " * 16_000 + "de suivre."
        seconds, _ = cpu(lambda: extract(text, REGISTRY))
        keep("issue 17", "one paragraph repeating an addressee 16,000 times",
             {"input": len(text.encode()), "chars": len(text), "seconds": seconds})  # fmt: skip
    for name, (make, n) in READERS.items():
        if chosen("reader", name):
            keep("reader", name, measure_reader(make, n, args.target))
    for name, make in REPORTS.items():
        if chosen("parsing", name):
            keep("parsing", name, measure_text(parse_report_or_refuse, make, args.target))
    for name, make in PARAGRAPHS.items():
        if chosen("extraction", name):
            keep("extraction", name, measure_text(extract_one, make, args.target))

    print("| | shape | input | text | CPU time | per MB of text |")
    print("|---|---|---|---|---|---|")
    for kind, name, row in rows:
        cost = f"{per_mb(row):.2f} s" if row["chars"] else "refused"
        note = f" ({row['note']})" if row.get("note") else ""
        print(
            f"| {kind} | {name}{note} | {row['input'] / 1000:,.1f} kB "
            f"| {row['chars'] / 1000:,.0f} k | {row['seconds']:.2f} s | {cost} |"
        )
    for kind in ("reader", "parsing", "extraction"):
        mine = [(per_mb(r), n) for k, n, r in rows if k == kind and r["chars"] >= 10_000]
        if mine:
            worst, name = max(mine)
            print(f"\nworst {kind}: {worst:.2f} s per MB of text ({name})")


def parse_report_or_refuse(text: str) -> None:
    with contextlib.suppress(ReportParseError):
        parse_report(text)


def extract_one(text: str) -> None:
    extract(text, REGISTRY)


if __name__ == "__main__":
    main()
