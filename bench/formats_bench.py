"""How fast a long report is read from PDF and from Word (decisions.formats).

    .venv/bin/python bench/formats_bench.py

Builds a report of ~400 numbered paragraphs (about 100 pages of PDF) with the test
builders, then times ``read_document`` on each format (best and median of 5 runs).
The target is well under 3 s for each.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from decisions.formats import read_document  # noqa: E402
from decisions.text.paragraphs import parse_report  # noqa: E402
from tests.formats import builders as b  # noqa: E402

PARAGRAPHS = 400
SENTENCES = [
    "La Réunion a demandé au Secrétaire général de suivre la mise en œuvre de la présente "
    "résolution et de faire rapport à la prochaine session.",
    "Elle a exhorté les États membres à contribuer au Fonds d'affectation spéciale.",
    "La Réunion s'est félicitée des progrès accomplis dans le développement socio-économique.",
    "Elle a chargé les institutions compétentes de l'OCI d'évaluer les besoins humanitaires.",
]


def paragraph(n: int) -> str:
    return " ".join(SENTENCES[(n + k) % len(SENTENCES)] + f" ({n}.{k})" for k in range(6))


def build() -> tuple[bytes, bytes]:
    document = b.new_document()
    document.add_paragraph("OIC/CFM-50/2024/REP")
    document.add_paragraph("RAPPORT DE LA CINQUANTIÈME SESSION")
    num = b.add_list(document, [("lowerRoman", "%1.", 1)])
    for n in range(PARAGRAPHS):
        b.set_number(document.add_paragraph(paragraph(n)), num)
    word = b.docx_bytes(document)
    items = "".join(f"<li>{paragraph(n)}</li>" for n in range(PARAGRAPHS))
    html = b.html_page(
        '<p>OIC/CFM-50/2024/REP</p><p class="title">RAPPORT DE LA CINQUANTIÈME SESSION</p>'
        f'<ol style="list-style-type: lower-roman">{items}</ol>',
        header="OIC/CFM-50/2024/REP",
        size="12pt",
    )
    return word, b.pdf_bytes(html)


def timed(data: bytes, name: str, runs: int = 5) -> tuple[float, float, str]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        document = read_document(data, name=name)
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), document.text


def main() -> None:
    import pypdfium2

    word, pdf = build()
    pages = len(pypdfium2.PdfDocument(pdf))
    print(
        f"report: {PARAGRAPHS} numbered paragraphs; PDF {pages} pages, {len(pdf):,} bytes; "
        f"DOCX {len(word):,} bytes"
    )
    texts = {}
    for name, data in (("report.pdf", pdf), ("report.docx", word)):
        best, median, text = timed(data, name)
        texts[name] = [(p.number, p.text) for p in parse_report(text).paragraphs]
        found = len(parse_report(text).paragraphs)
        per_page = f", {median / pages * 1000:.1f} ms/page" if name.endswith("pdf") else ""
        print(
            f"{name:12} read_document best {best:.3f} s, median {median:.3f} s{per_page}; "
            f"{len(text):,} chars, {found} paragraphs parsed"
        )

    same = texts["report.pdf"] == texts["report.docx"]
    print(f"PDF and DOCX give the same numbered paragraphs: {same}")


if __name__ == "__main__":
    main()
