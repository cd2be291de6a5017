"""Word (.docx) -> text, with each paragraph's printed number in front of it.

Word's automatic numbering is not in the paragraph text: it is computed from the
numbering definitions (word/numbering.xml) as Word does, level by level, with
restarts and numbering inherited from paragraph styles. Tables, text boxes and
content controls are read in document order; deleted (tracked) and hidden text is not.
"""

from __future__ import annotations

import io

import docx
from lxml import etree

from decisions.formats.docx_numbering import (
    MC,
    W,
    _int,
    _Numbering,
    _on,
    _part_element,
    _Style,
    _Styles,
    _val,
)

from .errors import DocumentError
from .limits import MAX_LIST_COUNTER, TextBudget

__all__ = ["read_docx"]


def read_docx(data: bytes, name: str = "") -> tuple[str, tuple[str, ...]]:
    """The document's text, one paragraph per block; and warnings."""
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on bad files
        raise DocumentError(
            f"this is not a readable Word document ({type(exc).__name__}); "
            "open it in Word and save it again",
            name,
        ) from None
    part = document.part
    styles = _Styles(_part_element(part, "styles"))
    numbering = _Numbering(_part_element(part, "numbering"), styles)
    reader = _Reader(styles, numbering, TextBudget(name))
    body = document.element.body
    reader.blocks(body)
    if numbering.capped:
        reader.warnings.append(
            f"a list starts outside 0 to {MAX_LIST_COUNTER:,}: it is numbered from the "
            "nearest of the two; check the paragraph numbering"
        )
    text = "\n\n".join(reader.out)
    return text, tuple(dict.fromkeys(reader.warnings))


_SKIP = {W + "del", W + "moveFrom", W + "pPr", W + "rPr", MC + "Fallback", W + "delText"}


_CONTAINERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo"}


class _Reader:
    def __init__(self, styles: _Styles, numbering: _Numbering, budget: TextBudget) -> None:
        self.styles = styles
        self.numbering = numbering
        self.budget = budget
        self.out: list[str] = []
        self.warnings: list[str] = []

    def blocks(self, parent: etree._Element) -> None:
        for child in parent:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child)
            elif tag == W + "tbl":
                for row in _own(child, W + "tr", W + "tbl"):  # nested tables: through a cell
                    for cell in _own(row, W + "tc", W + "tr"):
                        self.blocks(cell)
            elif tag in _CONTAINERS:
                self.blocks(child)

    def paragraph(self, p: etree._Element) -> None:
        ppr = p.find(W + "pPr")
        style_id = _val(ppr.find(W + "pStyle")) if ppr is not None else None
        chain = self.styles.chain(style_id)
        label = self._label(ppr, style_id, chain)
        boxes: list[etree._Element] = []
        runs: list[tuple[str, bool]] = []
        style_bold = next((s.bold for _, s in chain if s.bold is not None), False)
        self._inline(p, runs, boxes, style_bold)
        text = "".join(t for t, _ in runs)
        lines = [" ".join(line.split()) for line in text.replace("\t", " ").split("\n")]
        text = "\n".join(line for line in lines if line)
        if text and all(bold for t, bold in runs if t.strip()):
            text = f"**{text}**"
        outline = _int(_val(ppr.find(W + "outlineLvl"))) if ppr is not None else None
        if outline is None:
            outline = next((s.outline for _, s in chain if s.outline is not None), None)
        if label:
            text = f"{label} {text}" if text else label
        elif text and outline is not None and 0 <= outline <= 5:
            text = "#" * (outline + 1) + " " + text.replace("\n", " ")
        if text:
            self.budget.take(len(text) + 2, f"at paragraph {len(self.out) + 1}")
            self.out.append(text)
        for box in boxes:
            self.blocks(box)

    def _label(
        self, ppr: etree._Element | None, style_id: str | None, chain: list[tuple[str, _Style]]
    ) -> str | None:
        num_pr = ppr.find(W + "numPr") if ppr is not None else None
        num_id = _val(num_pr.find(W + "numId")) if num_pr is not None else None
        ilvl = _int(_val(num_pr.find(W + "ilvl"))) if num_pr is not None else None
        from_style = None
        if num_id is None:
            for sid, style in chain:
                if style.num_id is not None:
                    num_id, from_style = style.num_id, sid
                    if ilvl is None:
                        ilvl = style.ilvl
                    break
        if num_id is None or num_id == "0":
            return None
        if ilvl is None and from_style is not None:
            ilvl = self.numbering.level_for_style(num_id, from_style)
        label = self.numbering.label(num_id, ilvl or 0)
        if label is None:
            self.warnings.append(
                f"list {num_id} has no numbering definition: some paragraphs may lack their number"
            )
        return label

    def _inline(
        self,
        element: etree._Element,
        runs: list[tuple[str, bool]],
        boxes: list[etree._Element],
        style_bold: bool,
    ) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == W + "r":
                self._run(child, runs, boxes, style_bold)
            elif tag == W + "txbxContent":
                boxes.append(child)
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    self._inline(choice, runs, boxes, style_bold)
            else:  # hyperlink, ins, smartTag, fldSimple, sdt, drawing wrappers...
                self._inline(child, runs, boxes, style_bold)

    def _run(
        self,
        run: etree._Element,
        runs: list[tuple[str, bool]],
        boxes: list[etree._Element],
        style_bold: bool,
    ) -> None:
        rpr = run.find(W + "rPr")
        bold = style_bold
        if rpr is not None:
            if _on(rpr.find(W + "vanish")) or _on(rpr.find(W + "specVanish")):
                return
            b = rpr.find(W + "b")
            if b is not None:
                bold = _on(b)
        parts: list[str] = []
        for child in run:
            tag = child.tag
            if tag == W + "t":
                parts.append(child.text or "")
            elif tag == W + "tab" or tag == W + "ptab":
                parts.append("\t")
            elif tag == W + "br":
                kind = child.get(W + "type")
                parts.append(" " if kind in {"page", "column"} else "\n")
            elif tag == W + "cr":
                parts.append("\n")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            elif tag == W + "sym":
                code = _int_hex(child.get(W + "char"))
                if code is not None and not 0xE000 <= code <= 0xF8FF:
                    parts.append(chr(code))
            elif tag in {W + "drawing", W + "pict", W + "object", MC + "AlternateContent"}:
                boxes.extend(_text_boxes(child))
        if parts:
            runs.append(("".join(parts), bold))


def _text_boxes(element: etree._Element) -> list[etree._Element]:
    """Text boxes drawn in a run, once each (not the copy in mc:Fallback); a box
    inside a box is read through the outer one."""
    return _own(element, W + "txbxContent", MC + "Fallback")


def _own(element: etree._Element, tag: str, skip: str) -> list[etree._Element]:
    """The ``tag`` elements under ``element`` in document order, without looking
    inside one found, nor inside a ``skip`` element. Each element is visited once,
    however deeply tables or text boxes nest (looking up from every row or box
    found made nesting cost its square)."""
    found = []
    stack = list(reversed(element))
    while stack:
        node = stack.pop()
        if node.tag == tag:
            found.append(node)
        elif node.tag != skip:
            stack.extend(reversed(node))
    return found


def _int_hex(value: str | None) -> int | None:
    try:
        return int(value or "", 16)
    except ValueError:
        return None
