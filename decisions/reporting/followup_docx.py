"""The follow-up report as a Word document, right to left in Arabic."""

from __future__ import annotations

import io

from decisions.reporting.followup import FollowUp, _cleaned


def _rtl_run(paragraph, text: str):
    """An Arabic run, marked right-to-left so Word shapes and orders it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run(text)
    rpr = run._element.get_or_add_rPr()
    rpr.append(OxmlElement("w:rtl"))
    lang = OxmlElement("w:lang")
    lang.set(qn("w:bidi"), "ar-SA")
    rpr.append(lang)
    run.font.name = "Noto Naskh Arabic"
    return run


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in text)


def _right_to_left(d, *, keep_ltr=()) -> None:
    """Mirror a document for Arabic, as Word expects: the section, every
    table (w:bidiVisual) and every paragraph (w:bidi, right-aligned) but
    those in `keep_ltr` (a paragraph quoted in French or English), and
    each run holding Arabic marked w:rtl with an Arabic complex-script font.
    Elements go where the schema orders them: Word refuses a file otherwise."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    from decisions.formats.docx_bidi import mark

    for section in d.sections:
        mark(section._sectPr, "sectPr")
    paragraphs = list(d.paragraphs)
    for table in d.tables:
        table._tbl.tblPr.get_or_add_bidiVisual()
        paragraphs.extend(p for row in table.rows for cell in row.cells for p in cell.paragraphs)
    keep = {p._p for p in keep_ltr}
    for paragraph in paragraphs:
        if paragraph._p in keep:
            continue
        p_pr = paragraph._p.get_or_add_pPr()
        mark(p_pr, "pPr")
        if paragraph.alignment is None:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for run in paragraph.runs:
            if not _has_arabic(run.text):
                continue
            r_pr = run._r.get_or_add_rPr()
            mark(r_pr, "rPr")
            r_pr.get_or_add_rFonts().set(qn("w:cs"), "Noto Naskh Arabic")


def _rtl_paragraph(paragraph) -> None:
    """One paragraph right to left (w:bidi, right-aligned, its runs w:rtl
    with an Arabic complex-script font), in a document that is not."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    from decisions.formats.docx_bidi import mark

    mark(paragraph._p.get_or_add_pPr(), "pPr")
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in paragraph.runs:
        r_pr = run._r.get_or_add_rPr()
        mark(r_pr, "rPr")
        r_pr.get_or_add_rFonts().set(qn("w:cs"), "Noto Naskh Arabic")


def _since(d, doc: FollowUp) -> None:
    """ "Since the last meeting": the window, the requests of each kind, and
    the trend as a picture (chart_png) and a table of the same numbers."""
    from docx.shared import Cm

    from decisions.reporting.chart_png import chart_png

    L = doc.labels
    d.add_heading(L["since"], level=1)
    d.add_paragraph(doc.since_text).runs[0].italic = True
    for group in doc.since_rows:
        d.add_heading(f"{group['label']} ({len(group['items'])})", level=2)
        for m in group["items"]:
            d.add_paragraph(
                f"{m.symbol} ¶{m.number} — {m.owner}: {m.status_label}", style="List Bullet"
            )
        if not group["items"]:
            d.add_paragraph(L["none"]).runs[0].italic = True
    chart = doc.since.chart
    d.add_heading(L["trend"], level=2)
    if chart.empty:
        return
    d.add_picture(io.BytesIO(chart_png(chart)), width=Cm(16))
    table = d.add_table(rows=1, cols=len(doc.status_columns) + 2)
    table.style = "Table Grid"
    head = table.rows[0].cells
    head[0].text = L["date"]
    for i, (_, lbl) in enumerate(doc.status_columns, start=1):
        head[i].text = lbl
    head[-1].text = L["total"]
    for point in chart.trend.points:
        cells = table.add_row().cells
        cells[0].text = doc.date(point.day)
        for i, n in enumerate(point.counts, start=1):
            cells[i].text = str(n)
        cells[-1].text = str(point.total)


def followup_docx(doc: FollowUp) -> bytes:
    from docx import Document
    from docx.shared import Pt

    from decisions.formats.docx_page import set_a4

    doc = _cleaned(doc)
    L = doc.labels
    report = doc.report
    d = Document()
    set_a4(d.sections[0])
    d.styles["Normal"].font.name = "DejaVu Sans"
    d.styles["Normal"].font.size = Pt(10)
    d.core_properties.title = f"{report.symbol} — {L['title']}"
    d.core_properties.language = doc.lang

    d.add_paragraph(report.symbol).runs[0].bold = True
    d.add_heading(L["title"], level=0)
    h = doc.heading
    d.add_paragraph(h.title)
    if h.meeting:
        d.add_paragraph(f"{L['meeting']}: {h.meeting}")
    if h.place:
        d.add_paragraph(f"{L['place']}: {h.place}")
    if report.date:
        d.add_paragraph(f"{L['date']}: {doc.date(report.date)}")
    d.add_paragraph(f"{L['as_of']}: {doc.date(doc.as_of)}")

    if doc.since is not None:
        _since(d, doc)

    d.add_heading(L["by_status"], level=1)
    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = L["status"]
    table.rows[0].cells[1].text = L["items"]
    for row in doc.status_rows:
        cells = table.add_row().cells
        cells[0].text = row["label"]
        cells[1].text = str(row["count"])
    cells = table.add_row().cells
    cells[0].text = L["total"]
    cells[1].text = str(doc.total)

    d.add_heading(L["by_body"], level=1)
    table = d.add_table(rows=1, cols=len(doc.status_columns) + 2)
    table.style = "Table Grid"
    head = table.rows[0].cells
    head[0].text = L["body"]
    for i, (_, lbl) in enumerate(doc.status_columns, start=1):
        head[i].text = lbl
    head[-1].text = L["total"]
    for row in doc.body_rows:
        cells = table.add_row().cells
        cells[0].text = row["name"]
        if row["name_ar"]:
            _rtl_run(cells[0].add_paragraph(), row["name_ar"])
        for i, n in enumerate(row["cells"], start=1):
            cells[i].text = str(n)
        cells[-1].text = str(row["total"])

    d.add_heading(L["paragraphs"], level=1)
    keep_ltr = []  # the paragraphs quoted in French or English
    for para in doc.paragraphs:
        d.add_heading(f"{L['paragraph']} {para.number}", level=2)
        if para.original:
            marker = d.add_paragraph()
            marker.add_run(para.original).italic = True
            marker.paragraph_format.left_indent = Pt(12)
        p = d.add_paragraph(para.text)
        p.paragraph_format.left_indent = Pt(12)
        if not para.rtl:
            keep_ltr.append(p)
        elif not doc.rtl:
            _rtl_paragraph(p)  # Arabic quoted in a French or English document
        if not para.items:
            d.add_paragraph(L["no_request"]).runs[0].italic = True
        for item in para.items:
            p = d.add_paragraph(style="List Bullet")
            p.add_run(f"{L['asked_of']}: ").bold = True
            p.add_run(item.owner)
            if item.owner_ar:
                p.add_run(" — ")
                _rtl_run(p, item.owner_ar)
            if item.partners:
                p.add_run(f" ({L['with']}: {item.partners})")
            p.add_run(f". {L['status']}: ").bold = True
            p.add_run(item.status_label)
            if item.lineage:
                p.add_run(f" ({item.lineage})")
            p.add_run(f". {L['due']}: ").bold = True
            p.add_run(item.due or L["no_date"])
            if item.overdue:
                p.add_run(f" ({L['overdue']})").bold = True
            if item.acted_by:
                p.add_run(f". {L['acted_by']}: ").bold = True
                p.add_run(item.acted_by)
            for citation in item.letters:
                c = d.add_paragraph(style="List Bullet 2")
                c.add_run(f"{L['correspondence']}: ").bold = True
                c.add_run(citation.sep.join(citation.parts))
                if citation.pending:
                    if citation.parts:
                        c.add_run(citation.sep)
                    c.add_run(citation.pending).bold = True
            if item.notes:
                for when, note in item.notes:
                    d.add_paragraph(f"{when}: {note}", style="List Bullet 2")
            else:
                d.add_paragraph(L["no_note"], style="List Bullet 2")
    if doc.rtl:
        _right_to_left(d, keep_ltr=keep_ltr)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()
