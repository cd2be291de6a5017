"""Fidelity benchmark: how well the importer reads documents it was not tuned on.

    python -m bench.fidelity [--corpus DIR] [--output PATH]
    python -m bench.fidelity --manifests fixtures/real --corpus DIR [--output PATH]

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

With ``--manifests``, the documents are real ones kept outside the repository:
each ``fixtures/real/NAME.json`` names its text file in DIR and holds the
expected part in the same shape (see fixtures/real/README.md). The table comes
with owner precision and recall per language; a document listed but absent
from DIR is reported as missing. ``--output`` then writes the "Real documents"
section of docs/FIDELITY.md, leaving the own-corpus figures as they are (and
the own-corpus run leaves the real section as it is).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from decisions.formats import DocumentError, read_document
from decisions.models.bodies import STATE_KINDS
from decisions.text.bodies import RegistryEntry, index_of, lookup
from decisions.text.folding import fold_key, slugify
from decisions.text.page_scraps import without_scraps
from decisions.text.paragraphs import ParsedReport, ReportParseError, parse_report
from decisions.text.parts import Part, find_parts, parse_part, select_part
from decisions.text.requests import extract_all

ROOT = Path(__file__).resolve().parent.parent
BODIES = ROOT / "fixtures" / "bodies.json"
NAME_FIELDS = ("name_en", "name_fr", "name_ar", "acronym_en", "acronym_fr", "acronym_ar")
TARGET_RECALL = 0.95
TARGET_PRECISION = 0.95
REAL_TARGET = 0.95  # owner precision and recall, in each language, on real documents
REAL_HEADING = "## Real documents"
# bench/lineage_fidelity.py's section, kept last and left alone by write_section.
LINEAGE_HEADING = "## Renewals across languages"
LANGUAGES = ("en", "fr", "ar")


def load_registry(language: str) -> list[RegistryEntry]:
    entries = []
    for body in json.loads(BODIES.read_text(encoding="utf-8")):
        names = [body.get(f) or "" for f in NAME_FIELDS] + list(body.get("aliases") or [])
        entries.append(
            RegistryEntry(
                slug=body["slug"],
                name=body.get(f"name_{language}") or body["name_en"],
                aliases=tuple(n for n in names if n),
                place=body.get("kind") in STATE_KINDS,
                parent=body.get("parent") or "",
                kind=body.get("kind") or "",
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
    missing: bool = False  # listed in a manifest, absent from the folder
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
    """What an expected owner may match: a registered body only by its slug (a
    name written for it would be ambiguous, ``ambiguous_owners``), a body the
    registry does not hold by its identity or its name."""
    if request.owner.registered:
        return {request.owner.slug}
    return {request.owner.slug, _name_key(request.owner.name)}


AMBIGUOUS = "ambiguous expected owner: write the slug"


def ambiguous_owners(expected: dict, registry: list[RegistryEntry] | None = None) -> list[str]:
    """Expected owners written as a plain name that the registry resolves to a
    registered body (its names in three languages and its aliases, folded as
    the importer folds them): "Secretary-General" is the OIC's organ's name, so
    written for a UN text it would let the OIC's organ be scored right. Each
    comes back as "<paragraph>: '<name>' is <slug>"; the writer must give the
    slug of the body meant."""
    registry = registry if registry is not None else load_registry("en")
    slugs = {e.slug for e in registry}
    index = index_of(registry)
    found = []
    for number, owners in (expected.get("owners") or {}).items():
        for owner in owners:
            if owner in slugs:
                continue
            entry = lookup(index, owner)
            slug = entry.slug if entry is not None else slugify(owner)
            if slug in slugs:
                found.append(f"{number}: {owner!r} is {slug}")
    return found


# Words in front of a name that do not change the body it names ("the
# Houthis", "toutes les parties"): the expected names are written without
# them, and the scorer drops them on both sides before comparing.
_LEADING_WORDS = (
    "the",
    "all",
    "each",
    "every",
    "both",
    "tous",
    "toutes",
    "les",
    "le",
    "la",
    "des",
    "du",
    "aux",
    "au",
    "a",
    "كافة",
    "جميع",
)
_LEADING_WORDS_RE = re.compile(
    r"^(?:(?:" + "|".join(fold_key(w) for w in _LEADING_WORDS) + r")\s+|l')+"
)


def _name_key(name: str) -> str:
    key = fold_key(name)
    return _LEADING_WORDS_RE.sub("", key) or key


def _matches(wanted: str, keys: set[str], slugs: set[str]) -> bool:
    """A registry slug matches that body; a name matches a body outside the
    registry written alike, or one with the same identity (its slug: "all
    parties" is the body "parties", shown as written). A name never matches a
    registered body (``_owner_keys``): one the registry resolves is refused
    before scoring (``ambiguous_owners``)."""
    if wanted in slugs:
        return wanted in keys
    return _name_key(wanted) in keys or slugify(wanted) in keys


def score_document(path: Path, expected_path: Path) -> Score:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    return score_file(path, expected)


def score_file(
    path: Path,
    expected: dict,
    name: str = "",
    language: str = "",
    openings: dict[str, str] | None = None,
    cut: tuple[str, ...] = (),
    symbol: str = "",
    part: tuple[str, ...] = (),
) -> Score:
    """Read ``path`` as ``import_report`` reads it and score it against ``expected``
    (``openings``, ``cut``, ``symbol``, ``part``: see ``score_text``)."""
    score = Score(name or path.name, language=language)
    try:
        text = read_document(path.read_bytes(), name=path.name).text
    except (DocumentError, OSError) as exc:
        _expect(score, expected)
        score.error = str(exc)
        return score
    return score_text(text, expected, score, openings, cut, symbol, part)


def _key(text: str) -> str:
    return "".join(fold_key(text).split())


def _report_of(text: str, symbol: str = "", part: tuple[str, ...] = ()) -> ParsedReport:
    """The report scored, read as ``import_report`` reads it. A document that
    holds several resolutions or decisions (decisions.text.parts) is scored
    on the parts the manifest's ``part`` names (their paragraphs one after the
    other, as ``--part`` would import each), else on the one part whose symbol
    the manifest's ``symbol`` holds; otherwise the whole text, as before."""
    parts = find_parts(text)
    chosen: list[Part] = []
    if parts and part:
        chosen = [select_part(parts, which) for which in part]
    elif parts and symbol:
        wanted = _key(symbol)
        chosen = [p for p in parts if p.symbol and _key(p.symbol) in wanted][:1]
    if not chosen:
        return parse_report(text)
    reports = [parse_part(text, p) for p in chosen]
    paragraphs = [para for r in reports for para in r.paragraphs]
    positioned = tuple(replace(p, position=at) for at, p in enumerate(paragraphs, start=1))
    return replace(reports[0], paragraphs=positioned)


def _expect(score: Score, expected: dict) -> tuple[dict[str, list[str]], set[str]]:
    want = {fold_key(k): v for k, v in expected.get("owners", {}).items()}
    statements = {fold_key(k) for k in expected.get("statements", [])}
    score.paragraphs_expected = len(want)
    score.owners_expected = sum(len(v) for v in want.values())
    score.statements = len(statements)
    return want, statements


def score_text(
    text: str,
    expected: dict,
    score: Score,
    openings: dict[str, str] | None = None,
    cut: tuple[str, ...] = (),
    symbol: str = "",
    part: tuple[str, ...] = (),
) -> Score:
    """Compare the importer's reading of ``text`` with ``expected``, paragraph by
    paragraph. ``openings`` maps an expected paragraph number to the words its
    text begins with: for unnumbered paragraphs, numbered by their position, a
    paragraph the importer skipped would otherwise shift every later one.
    ``cut``: the numbers of paragraphs the stored copy holds only in part (it
    opens or ends inside them); the manifest leaves them out, and so does the
    score: what the importer finds in them counts neither way. ``symbol``,
    ``part``: which resolution or decision of a document that holds several
    is scored (``_report_of``)."""
    want, statements = _expect(score, expected)
    cut_keys = {fold_key(k) for k in cut} - set(want)
    # A page store's date tag before a page's first words ("date 2025-05-18") is
    # no word of the paragraph: the importer leaves it out (decisions.text.
    # page_scraps), and older manifests wrote it in their openings.
    starts = {fold_key(k): _words(without_scraps(v)) for k, v in (openings or {}).items()}
    openings_keys = set(starts)
    try:
        report = _report_of(text, symbol, part)
    except ReportParseError as exc:
        score.error = str(exc)
        return score
    score.language = score.language or report.language
    registry = load_registry(report.language)
    slugs = {e.slug for e in registry}
    ambiguous = ambiguous_owners(expected, registry)
    if ambiguous:
        score.error = f"{AMBIGUOUS} ({'; '.join(ambiguous)})"
        return score
    assigned: set[str] = set()
    # Read as the import reads them: each paragraph with the ones before it.
    extractions = extract_all(
        [p.text for p in report.paragraphs], registry, report.language, report.head
    )
    for para, extraction in zip(report.paragraphs, extractions, strict=True):
        key = next((k for k, v in starts.items() if _opens(para, v)), None)
        if key is not None:
            del starts[key]
        elif fold_key(para.number) not in openings_keys:
            key = fold_key(para.number)
        label = para.number if key in (None, fold_key(para.number)) else key
        requests = extraction.requests
        if key in cut_keys:
            continue
        score.owners_found += len(requests)
        if key not in want or key in assigned:
            score.misses.append(f"{label}: paragraph not expected")
            continue
        assigned.add(key)
        score.paragraphs_found += 1
        if key in statements and requests:
            score.statements_as_requests += 1
        wanted = list(want[key])
        for request in requests:
            keys = _owner_keys(request)
            hit = next((w for w in wanted if _matches(w, keys, slugs)), None)
            if hit is None:
                score.misses.append(f"{label}: extra owner {request.owner.name!r}")
            else:
                wanted.remove(hit)
                score.owners_right += 1
        score.misses.extend(f"{label}: missed owner {w!r}" for w in wanted)
    score.misses.extend(
        f"{number}: expected paragraph not found" for number in want if number not in assigned
    )
    return score


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold_key(text)))


def _opens(para, opening: str) -> bool:
    """Whether ``para`` begins with the words ``opening`` (already ``_words``).
    An opening may be copied from the page with the paragraph's printed number
    in front ('12. Calls upon'), while the importer keeps the number apart from
    the text: the words are then compared with the number and the text."""
    if not opening:
        return False  # an opening left with no word (only a date tag) opens nothing
    text = _words(para.text)
    if text.startswith(opening):
        return True
    number = _words(para.number)
    return bool(number) and f"{number} {text}".startswith(opening)


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def table(scores: list[Score], total: Score) -> str:
    lines = [
        "| document | lang | paragraphs found | owners expected | owner precision "
        "| owner recall | statements taken for requests | error |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for s in [*scores, total]:
        if s.missing:
            lines.append(f"| {s.name} | {s.language} | - | - | - | - | - | {s.error} |")
            continue
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


# --------------------------------------------------------------------------
# Real documents: a manifest per document, the texts in a folder outside git


class ManifestError(ValueError):
    """A manifest that cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class Manifest:
    name: str  # the manifest's file name without .json
    title: str
    symbol: str
    language: str  # "en" | "fr" | "ar"
    source: str  # where the text was found
    file: str  # the text's file name in the corpus folder
    body: str  # the issuing body: "OIC CFM", "UN SC", "AU PSC"...
    expected: dict
    extent: str = "whole"  # or which part of the document the file holds
    openings: dict[str, str] = field(default_factory=dict)  # unnumbered paragraphs' first words
    # Paragraphs the stored copy holds only in part (cut by ``extent``): not scored.
    cut: tuple[str, ...] = ()
    # Of a document holding several resolutions or decisions: the ones scored
    # (symbols, numbers or places, decisions.text.parts.select_part).
    part: tuple[str, ...] = ()


_MANIFEST_TEXT_FIELDS = ("title", "language", "source", "file", "body")


def load_manifest(path: Path) -> Manifest:
    """Read and check one manifest; raises ``ManifestError`` naming what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestError(f"{path.name}: not a readable JSON file ({exc})") from None
    if not isinstance(data, dict):
        raise ManifestError(f"{path.name}: expected a JSON object")
    for key in _MANIFEST_TEXT_FIELDS:
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise ManifestError(f"{path.name}: '{key}' must be a non-empty string")
    # A symbol, when the copy prints one; some archives print none.
    if not isinstance(data.get("symbol", ""), str):
        raise ManifestError(f"{path.name}: 'symbol' must be a string")
    if data["language"] not in LANGUAGES:
        raise ManifestError(f"{path.name}: 'language' must be one of {', '.join(LANGUAGES)}")
    if Path(data["file"]).name != data["file"]:
        raise ManifestError(f"{path.name}: 'file' must be a file name, not a path")
    expected = data.get("expected")
    owners = expected.get("owners") if isinstance(expected, dict) else None
    statements = expected.get("statements", []) if isinstance(expected, dict) else None
    if not isinstance(owners, dict) or not all(
        isinstance(v, list) and all(isinstance(o, str) and o.strip() for o in v)
        for v in owners.values()
    ):
        raise ManifestError(
            f"{path.name}: 'expected.owners' must map paragraph numbers to lists of owners"
        )
    if not isinstance(statements, list) or any(str(n) not in owners for n in statements):
        raise ManifestError(
            f"{path.name}: 'expected.statements' must list paragraph numbers of 'expected.owners'"
        )
    cut = data.get("cut", [])
    if (
        not isinstance(cut, list)
        or not all(isinstance(n, str) and n.strip() for n in cut)
        or any(n in owners for n in cut)
    ):
        raise ManifestError(
            f"{path.name}: 'cut' must list the numbers of paragraphs the stored copy "
            "holds only in part, none of them in 'expected.owners'"
        )
    openings = data.get("openings", {})
    if not isinstance(openings, dict) or any(
        (str(k) not in owners and str(k) not in cut) or not isinstance(v, str) or not v.strip()
        for k, v in openings.items()
    ):
        raise ManifestError(
            f"{path.name}: 'openings' must map paragraph numbers of 'expected.owners' "
            "or 'cut' to the words those paragraphs begin with"
        )
    part = data.get("part", [])
    part = [part] if isinstance(part, str) else part
    if not isinstance(part, list) or not all(isinstance(p, str) and p.strip() for p in part):
        raise ManifestError(
            f"{path.name}: 'part' must be a part's symbol, number or place, or a list of them"
        )
    return Manifest(
        name=path.stem,
        title=data["title"],
        symbol=data["symbol"],
        language=data["language"],
        source=data["source"],
        file=data["file"],
        body=data["body"],
        expected={"owners": owners, "statements": [str(n) for n in statements]},
        extent=str(data.get("extent") or "whole"),
        openings={str(k): v for k, v in openings.items()},
        cut=tuple(cut),
        part=tuple(part),
    )


def load_manifests(folder: Path) -> list[Manifest]:
    return [load_manifest(path) for path in sorted(folder.glob("*.json"))]


def run_real(manifests: list[Manifest], corpus: Path) -> tuple[list[Score], Score]:
    """Score each manifest's document in ``corpus``; an absent one is marked missing."""
    scores = []
    for manifest in manifests:
        path = corpus / manifest.file
        if not path.is_file():
            score = Score(manifest.file, language=manifest.language, missing=True)
            score.error = f"missing: no {manifest.file} in {corpus}"
            scores.append(score)
            continue
        scores.append(
            score_file(
                path,
                manifest.expected,
                manifest.file,
                manifest.language,
                manifest.openings,
                manifest.cut,
                manifest.symbol,
                manifest.part,
            )
        )
    total = Score("**overall**")
    for s in scores:
        if not s.missing:
            total.add(s)
    return scores, total


def by_language(scores: list[Score]) -> dict[str, tuple[int, Score]]:
    """Per language: how many documents were scored, and their summed figures."""
    out: dict[str, tuple[int, Score]] = {}
    for s in scores:
        if s.missing:
            continue
        count, total = out.get(s.language, (0, Score(s.language, language=s.language)))
        total.add(s)
        out[s.language] = (count + 1, total)
    return dict(sorted(out.items()))


def language_table(languages: dict[str, tuple[int, Score]]) -> str:
    lines = [
        "| language | documents | owners expected | owners found | owner precision "
        "| owner recall | target |",
        "|---|---|---|---|---|---|---|",
    ]
    for code, (count, s) in languages.items():
        met = s.precision >= REAL_TARGET and s.recall >= REAL_TARGET
        lines.append(
            f"| {code} | {count} | {s.owners_expected} | {s.owners_found} "
            f"| {_pct(s.precision)} | {_pct(s.recall)} | {'met' if met else 'NOT met'} |"
        )
    return "\n".join(lines)


def markdown_real(
    scores: list[Score], total: Score, manifests: list[Manifest], corpus: Path
) -> str:
    unread = [s.name for s in scores if s.error and not s.missing]
    missing = [s.name for s in scores if s.missing]
    misses = [f"- {s.name}: {m}" for s in scores for m in _differences(s)]
    sources = [
        f"- {m.file} ({m.language}, {m.body}): {m.title}{', ' + m.symbol if m.symbol else ''}. "
        f"Source: {m.source}" + ("" if m.extent == "whole" else f". Part: {m.extent}")
        for m in manifests
    ]
    return "\n".join(
        [
            REAL_HEADING,
            "",
            f"Generated by `make fidelity-real REAL_CORPUS=DIR` (`python -m bench.fidelity "
            f"--manifests fixtures/real --corpus DIR`): {len(manifests)} real public documents "
            f"listed in fixtures/real/, {len(scores) - len(missing)} found in the folder. The "
            "texts stay outside the repository; each manifest gives the source address and "
            "the owners and statements written by hand from reading the text "
            "(fixtures/real/README.md). Read as `import_report --dry-run` reads them, with the "
            "registry of fixtures/bodies.json.",
            "",
            table(scores, total),
            "",
            language_table(by_language(scores)),
            "",
            f"Targets, in each language: owner precision and recall >= {_pct(REAL_TARGET)}, "
            "every document read. Documents not read: "
            + (", ".join(unread) if unread else "none")
            + ". Missing from the folder: "
            + (", ".join(missing) if missing else "none")
            + ".",
            "",
            "### Differences on real documents",
            "",
            *(misses or ["None."]),
            "",
            "### Sources",
            "",
            *sources,
            "",
        ]
    )


def markdown_heldout(scores: list[Score], total: Score, folder: Path) -> str:
    """The held-out documents (fixtures/real-heldout*/README.md): written into the
    real section when it is recorded, never printed while tuning."""
    misses = [f"- {s.name}: {m}" for s in scores for m in _differences(s)]
    return "\n".join(
        [
            f"### Held-out documents: {folder.name}/",
            "",
            f"{len(scores)} more real documents ({folder.name}/), whose expectations were "
            "written by someone who wrote no rule. Until a round of rules is tuned on their "
            f"differences (which {folder.name}/README.md then records), they are the honest "
            "figure for a document the tracker has never seen; the gap between this table "
            "and the one above is how much the rules fit the documents they were tuned on.",
            "",
            table(scores, total),
            "",
            language_table(by_language(scores)),
            "",
            f"Differences on {folder.name}/:",
            "",
            *(misses or ["None."]),
            "",
        ]
    )


def _differences(score: Score) -> list[str]:
    if score.error and not score.missing:
        verb = "not scored" if score.error.startswith(AMBIGUOUS) else "not read"
        return [f"{verb} ({score.owners_expected} owners expected): {score.error}"]
    return score.misses


def write_section(path: Path, own: str | None = None, real: str | None = None) -> None:
    """Write the own-corpus part or the real-documents section of ``path``,
    keeping the other one as it is (and the renewals section, last)."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    tail = ""
    cut = 0 if old.startswith(LINEAGE_HEADING + "\n") else old.find("\n" + LINEAGE_HEADING + "\n")
    if cut >= 0:
        cut += 1 if cut else 0
        old, tail = old[:cut], old[cut:]
    at = old.find("\n" + REAL_HEADING + "\n")
    if old.startswith(REAL_HEADING + "\n"):
        old_own, old_real = "", old
    elif at >= 0:
        old_own, old_real = old[: at + 1], old[at + 1 :]
    else:
        old_own, old_real = old, ""
    own = old_own if own is None else own
    real = old_real if real is None else real
    parts = [part.rstrip("\n") + "\n" for part in (own, real, tail) if part.strip()]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts), encoding="utf-8")


def _print(scores: list[Score], total: Score) -> None:
    print(table(scores, total))
    for s in scores:
        for miss in s.misses:
            print(f"  {s.name}: {miss}")


def main_real(
    manifests_dir: Path, corpus: Path, output: Path | None, heldout: list[Path] | None = None
) -> int:
    if not manifests_dir.is_dir():
        print(f"{manifests_dir}: not a folder", file=sys.stderr)
        return 2
    try:
        manifests = load_manifests(manifests_dir)
    except ManifestError as exc:
        print(f"manifest: {exc}", file=sys.stderr)
        return 2
    if not manifests:
        print(f"{manifests_dir}: no NAME.json manifest", file=sys.stderr)
        return 2
    if not corpus.is_dir():
        print(
            f"{corpus}: not a folder (the real documents are kept outside git; see "
            f"{manifests_dir}/README.md)",
            file=sys.stderr,
        )
        return 2
    scores, total = run_real(manifests, corpus)
    print(table(scores, total))
    for s in scores:
        for line in _differences(s):
            print(f"  {s.name}: {line}")
    print()
    print(language_table(by_language(scores)))
    missing = [s.name for s in scores if s.missing]
    if missing:
        print(f"missing from {corpus}: {', '.join(missing)}")
    if output is not None:
        real = markdown_real(scores, total, manifests, corpus)
        for folder in heldout or []:
            held_scores, held_total = run_real(load_manifests(folder), corpus)
            at = real.index("### Differences on real documents")
            real = real[:at] + markdown_heldout(held_scores, held_total, folder) + "\n" + real[at:]
        write_section(output, real=real)
        print(f"written: {output} ({REAL_HEADING[3:]})")
    return 1 if any(s.error and not s.missing for s in scores) else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--output", type=Path, default=None)
    parser.add_argument(
        "--manifests",
        type=Path,
        default=None,
        help="score real documents: a folder of NAME.json manifests (fixtures/real)",
    )
    parser.add_argument(
        "--heldout",
        type=Path,
        action="append",
        default=None,
        help="with --output: also record these held-out manifests (fixtures/real-heldout*); "
        "may be given more than once",
    )
    args = parser.parse_args(argv)
    if args.manifests is not None:
        return main_real(
            args.manifests, args.corpus or ROOT / "real-corpus", args.output, args.heldout
        )
    corpus = args.corpus or ROOT / "fixtures" / "corpus"
    output = args.output or ROOT / "docs" / "FIDELITY.md"
    if not corpus.is_dir():
        print(f"{corpus}: not a folder", file=sys.stderr)
        return 2
    scores, total = run(corpus)
    if not scores:
        print(f"{corpus}: no NAME.md with a NAME.expected.json beside it", file=sys.stderr)
        return 2
    _print(scores, total)
    write_section(output, own=markdown(scores, total, corpus))
    print(f"written: {output}")
    return 1 if any(s.error for s in scores) else 0


if __name__ == "__main__":
    sys.exit(main())
