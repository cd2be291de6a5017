"""Build the Word and PDF test documents (nothing binary is committed).

Used by the tests in this folder and by ``fixtures/samples/build.py``. Word files are
made with python-docx plus numbering XML written here; PDFs with WeasyPrint from HTML.
"""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

ROOT = Path(__file__).resolve().parents[2]
MALI_MD = ROOT / "fixtures" / "reports" / "OIC-ACM-2017-MALI-REP.fr.md"

# --------------------------------------------------------------------------
# Word


def new_document() -> docx.document.Document:
    return docx.Document()


def add_list(document: docx.document.Document, levels: list[tuple[str, str, int]]) -> str:
    """A new abstract list with ``levels`` [(numFmt, lvlText, start)], and its numId."""
    numbering = document.part.numbering_part.element
    abstract_id = str(100 + len(numbering.findall(qn("w:abstractNum"))))
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        for i, (fmt, text, start) in enumerate(levels)
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="hybridMultilevel"/>{lvls}</w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    return _add_num(numbering, abstract_id, "")


def restart_list(document: docx.document.Document, num_id: str, start: int = 1) -> str:
    """A new numId on the same abstract list that restarts level 0 at ``start``."""
    numbering = document.part.numbering_part.element
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == num_id:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
            override = (
                f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            )
            return _add_num(numbering, abstract_id, override)
    raise KeyError(num_id)


def _add_num(numbering, abstract_id: str, inner: str) -> str:  # noqa: ANN001
    num_id = str(200 + len(numbering.findall(qn("w:num"))))
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/>{inner}</w:num>'
        )
    )
    return num_id


def set_number(paragraph, num_id: str, level: int = 0) -> None:  # noqa: ANN001
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
            f'<w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def add_runs(paragraph, text: str, bold: bool = False) -> None:  # noqa: ANN001
    """Text with ``<sup>..</sup>`` as superscript runs and ``\\n`` as line breaks."""
    for piece in re.split(r"(<sup>.*?</sup>)", text):
        sup = piece.startswith("<sup>")
        piece = piece.removeprefix("<sup>").removesuffix("</sup>")
        lines = piece.split("\n")
        for i, line in enumerate(lines):
            if line:
                run = paragraph.add_run(line)
                run.bold = bold or None
                run.font.superscript = sup or None
            if i < len(lines) - 1:
                paragraph.add_run().add_break()


def docx_bytes(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --------------------------------------------------------------------------
# The Mali report, read from its Markdown


@dataclass
class Block:
    text: str  # line breaks as "\n"; <sup> kept
    bold: bool = False
    number: str = ""  # the printed number of a list item ("xiv")


def mali_blocks(markdown: str | None = None) -> list[Block]:
    """The Markdown report as title/intro blocks and numbered items."""
    markdown = markdown if markdown is not None else MALI_MD.read_text(encoding="utf-8")
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", markdown):
        lines = [ln for ln in chunk.split("\n") if ln.strip()]
        if not lines:
            continue
        if re.match(r"^- [ivx]+\. ", lines[0]):
            for line in lines:
                m = re.match(r"^- ([ivx]+)\. (.*)$", line)
                if m:
                    blocks.append(Block(m.group(2).strip(), number=m.group(1)))
                else:
                    blocks[-1].text += " " + line.strip()
            continue
        text = "\n".join(ln.rstrip() for ln in lines).strip()
        if blocks and blocks[-1].number and text[:1].islower():
            blocks[-1].text += " " + text  # an item cut in two in the Markdown
            continue
        bold = text.startswith("**") and text.endswith("**")
        blocks.append(Block(text.replace("**", ""), bold=bold))
    return blocks


def mali_docx() -> bytes:
    """The Mali report as Word: automatic lowerRoman numbering, title in bold."""
    document = new_document()
    num_id = add_list(document, [("lowerRoman", "%1.", 1)])
    for block in mali_blocks():
        paragraph = document.add_paragraph()
        if block.number:
            set_number(paragraph, num_id)
        add_runs(paragraph, block.text, bold=block.bold)
    return docx_bytes(document)


# --------------------------------------------------------------------------
# PDF

PAGE_CSS = """
@page { size: A4; margin: 2.5cm 2.2cm;
  @top-center { content: "%(header)s"; font-size: 9pt; }
  @bottom-center { content: %(footer)s; font-size: 9pt; } }
body { font-family: "DejaVu Serif", serif; font-size: %(size)s; line-height: 1.35; }
p { margin: 0 0 0.8em 0; text-align: justify; }
ol { margin: 0; padding-left: 2.2em; }
li { margin: 0 0 0.8em 0; text-align: justify; }
.title { text-align: center; font-weight: bold; }
"""


PAGE_OF = '"Page " counter(page) " sur " counter(pages)'


def html_page(
    body: str, *, header: str = "", footer: str = PAGE_OF, size: str = "11pt", css: str = ""
) -> str:
    """A French HTML page with a running header and a footer (CSS ``content`` values)."""
    style = PAGE_CSS % {"header": header, "footer": footer, "size": size}
    return (
        f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>{style}{css}'
        f"</style></head><body>{body}</body></html>"
    )


def pdf_bytes(page: str) -> bytes:
    import weasyprint

    return weasyprint.HTML(string=page).write_pdf()


def _inline_html(text: str) -> str:
    out = html.escape(text, quote=False)
    out = out.replace("&lt;sup&gt;", "<sup>").replace("&lt;/sup&gt;", "</sup>")
    return out.replace("\n", "<br>")


def mali_html(size: str = "12pt") -> str:
    """The Mali report as HTML: roman list numbers drawn by the browser, a running
    header with the symbol, "Page n sur N" footers, the items running over pages."""
    parts: list[str] = []
    items: list[str] = []
    for block in mali_blocks():
        if block.number:
            items.append(f"<li>{_inline_html(block.text)}</li>")
            continue
        if items:
            parts.append('<ol style="list-style-type: lower-roman">' + "".join(items) + "</ol>")
            items = []
        css = ' class="title"' if block.bold else ""
        parts.append(f"<p{css}>{_inline_html(block.text)}</p>")
    if items:
        parts.append('<ol style="list-style-type: lower-roman">' + "".join(items) + "</ol>")
    return html_page("".join(parts), header="OIC/ACM-2017/MALI-REP", size=size)


def mali_pdf() -> bytes:
    return pdf_bytes(mali_html())


def write_samples(folder: Path) -> list[Path]:
    """Write the Mali report as .docx and .pdf into ``folder``; return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for suffix, data in (("docx", mali_docx()), ("pdf", mali_pdf())):
        path = folder / f"OIC-ACM-2017-MALI-REP.fr.{suffix}"
        path.write_bytes(data)
        written.append(path)
    return written


@lru_cache(maxsize=1)
def mali_docx_cached() -> bytes:
    return mali_docx()


@lru_cache(maxsize=1)
def mali_pdf_cached() -> bytes:
    return mali_pdf()
