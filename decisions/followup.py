"""The follow-up report of a meeting report, as the Secretary-General
presents it to the next meeting: a title block, a summary per body and per
status, then each paragraph with what was asked of whom and what happened,
and, for readers who may see it, the correspondence about each request
(followup_letters.py: "Note verbale OIC/GS/2017/123 of 2 October 2017;
reply of 15 November 2017").

In English, French or Arabic (right to left). Labels are gettext message
ids, translated under `override(lang)` from the catalogues in locale/.
Rendered as PDF (WeasyPrint, from templates/decisions/followup/report.html)
and as DOCX (python-docx).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import io
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import formats, timezone
from django.utils.translation import gettext, gettext_noop, override

from decisions.followup_letters import (
    Citation,
    Scope,
    citations_for,
    correspondence_stamp,
    scope_key,
)
from decisions.models import ActionItem, Body, Decision, Report, Status
from decisions.models.lineage import origins_for
from decisions.text.normalize import strip_unsafe

LANGUAGES = ("en", "fr", "ar")
RIGHT_TO_LEFT = ("ar",)
NOTES_PER_ITEM = 3
FORMATS = ("pdf", "docx")
# Template-friendly keys -> the English text.
TEXTS = {
    "title": gettext_noop("Follow-up report"),
    "as_of": gettext_noop("As of"),
    "meeting": gettext_noop("Meeting"),
    "place": gettext_noop("Place"),
    "date": gettext_noop("Date"),
    "by_body": gettext_noop("Summary by body"),
    "by_status": gettext_noop("Summary by status"),
    "body": gettext_noop("Body"),
    "status": gettext_noop("Status"),
    "total": gettext_noop("Total"),
    "items": gettext_noop("Items"),
    "paragraph": gettext_noop("Paragraph"),
    "paragraphs": gettext_noop("Paragraph by paragraph"),
    "asked_of": gettext_noop("Asked of"),
    "with": gettext_noop("With"),
    "due": gettext_noop("Due"),
    "latest_notes": gettext_noop("Latest notes"),
    "no_request": gettext_noop("No request in this paragraph."),
    "no_note": gettext_noop("No note recorded."),
    "no_date": gettext_noop("No date given"),
    "overdue": gettext_noop("overdue"),
    "n_overdue": gettext_noop("Overdue"),
    "correspondence": gettext_noop("Correspondence"),
}


# The lineage of a renewed request, per language (a sentence with values,
# kept here rather than in the catalogues, like the dates' "1er").
LINEAGE = {
    "en": ("first requested in {year} ({symbol}, {number})", ", renewed in {years}"),
    "fr": (
        "demandé pour la première fois en {year} ({symbol}, {number})",
        ", renouvelé en {years}",
    ),
    "ar": ("طُلب لأول مرة في {year} ({symbol}، {number})", "، وجُدِّد في {years}"),
}


def lineage_text(origin: dict, lang: str) -> str:
    """ "first requested in 2017 (OIC/ACM-2017/MALI-REP, xiii), renewed in 2018"."""
    first, renewed = LINEAGE[lang]
    item = origin["first"]
    report = item.decision.report
    text = first.format(
        year=report.date.year if report.date else "?", symbol=report.symbol,
        number=item.decision.number,
    )  # fmt: skip
    years = sorted({d.year for d in origin["renewed"]})
    return text + (renewed.format(years=", ".join(map(str, years))) if years else "")


def label(text: str, lang: str) -> str:
    """`text` (an English message id) in `lang`, from the catalogues."""
    with override(lang):
        return gettext(text)


def _date(value: datetime.date | None, lang: str) -> str:
    """A long date as the document's language writes it ("1er septembre 2017")."""
    if value is None:
        return ""
    with override(lang):
        text = formats.date_format(value, "j F Y")
    if lang == "fr" and value.day == 1:
        text = "1er" + text[1:]
    return text


@dataclass
class ItemEntry:
    owner: str
    owner_ar: str
    partners: str
    status: str
    status_label: str
    due: str
    overdue: bool
    notes: list[tuple[str, str]]
    lineage: str = ""  # "first requested in 2017 (OIC/..., xiii), renewed in 2018"
    letters: list[Citation] = field(default_factory=list)  # the correspondence cited


@dataclass
class ParagraphEntry:
    number: str
    text: str
    items: list[ItemEntry] = field(default_factory=list)


@dataclass
class FollowUp:
    report: Report
    lang: str
    as_of: datetime.date
    labels: dict[str, str]
    status_columns: list[tuple[str, str]]  # (value, label)
    body_rows: list[dict]
    status_rows: list[dict]
    total: int
    n_overdue: int
    paragraphs: list[ParagraphEntry]

    @property
    def title(self) -> str:
        return self.labels["title"]

    @property
    def rtl(self) -> bool:
        return self.lang in RIGHT_TO_LEFT

    @property
    def report_date(self) -> str:
        return self.date(self.report.date)

    @property
    def as_of_text(self) -> str:
        return self.date(self.as_of)

    def date(self, value: datetime.date | None) -> str:
        return _date(value, self.lang)


def followup_build(
    report: Report,
    lang: str,
    today: datetime.date | None = None,
    *,
    correspondence: Scope = None,
) -> FollowUp:
    """Everything the document shows, read in five queries (six when
    an item renews an earlier request). `correspondence`: the letters the
    reader may see (followup_letters.Scope; None, the default, cites none),
    five queries more when a letter concerns an item of the report."""
    if lang not in LANGUAGES:
        lang = "en"
    today = today or timezone.localdate()
    decisions = list(Decision.objects.filter(report=report).for_followup())
    labels = {key: label(text, lang) for key, text in TEXTS.items()}
    with override("en"):
        msgids = {s.value: str(s.label) for s in Status}
    status_columns = [(s.value, label(msgids[s.value], lang)) for s in Status]
    status_label = dict(status_columns)

    per_body: dict[int, dict] = {}
    per_status = {s.value: 0 for s in Status}
    paragraphs = []
    n_overdue = 0
    all_items = []
    for decision in decisions:
        decision.report = report  # its report is `report`: no query
        for item in decision.action_items.all():
            item.decision = decision
            all_items.append(item)
    origins = origins_for(all_items)
    letters = citations_for(
        report,
        all_items,
        lang=lang,
        today=today,
        scope=correspondence,
        date_text=lambda value: _date(value, lang),
    )
    with override(lang):
        for decision in decisions:
            entry = ParagraphEntry(number=decision.number, text=decision.text)
            for item in decision.action_items.all():
                body: Body = item.owner
                row = per_body.setdefault(
                    body.pk,
                    {
                        "name": body.name,
                        "name_ar": body.name_ar if body.name_ar != body.name else "",
                        "counts": {s.value: 0 for s in Status},
                        "total": 0,
                        "overdue": 0,
                    },
                )
                row["counts"][item.status] += 1
                row["total"] += 1
                per_status[item.status] += 1
                overdue = item.is_overdue(today)
                row["overdue"] += overdue
                n_overdue += overdue
                entry.items.append(
                    ItemEntry(
                        owner=body.name,
                        owner_ar=body.name_ar if body.name_ar != body.name else "",
                        partners="; ".join(p.name for p in item.partners.all()),
                        status=item.status,
                        status_label=status_label[item.status],
                        due=_date(item.due_date, lang) or item.due_text,
                        overdue=overdue,
                        notes=[
                            (_date(timezone.localdate(u.created_at), lang), u.note)
                            for u in item.noted[:NOTES_PER_ITEM]
                        ],
                        lineage=lineage_text(origins[item.pk], lang) if item.pk in origins else "",
                        letters=letters.get(item.pk, []),
                    )
                )
            paragraphs.append(entry)
    body_rows = sorted(per_body.values(), key=lambda r: r["name"].casefold())
    for row in body_rows:
        row["cells"] = [row["counts"][v] for v, _ in status_columns]
    status_rows = [{"value": v, "label": lbl, "count": per_status[v]} for v, lbl in status_columns]
    return FollowUp(
        report=report,
        lang=lang,
        as_of=today,
        labels=labels,
        status_columns=status_columns,
        body_rows=body_rows,
        status_rows=status_rows,
        total=sum(per_status.values()),
        n_overdue=n_overdue,
        paragraphs=paragraphs,
    )


def filename(report: Report, lang: str, ext: str) -> str:
    symbol = "".join(c if c.isalnum() or c in "-." else "-" for c in report.symbol)
    return f"{symbol}-followup-{lang}.{ext}"


# --- Writing --------------------------------------------------------------------


def _cleaned(value):
    """`value` with every string passed through strip_unsafe, however deep in
    the document: stored text may hold control characters (Word's line
    break) that the XML of a DOCX refuses and a PDF shows as boxes."""
    if isinstance(value, str):
        return strip_unsafe(value)
    if isinstance(value, list):
        return [_cleaned(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_cleaned(v) for v in value)
    if isinstance(value, dict):
        return {k: _cleaned(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _cleaned(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    if isinstance(value, Report):
        report = copy.copy(value)
        for f in ("symbol", "title", "meeting", "place"):
            setattr(report, f, strip_unsafe(getattr(report, f) or ""))
        return report
    return value


# --- PDF ------------------------------------------------------------------------


def followup_html(doc: FollowUp) -> str:
    doc = _cleaned(doc)
    with override(doc.lang):
        return render_to_string(
            "decisions/followup/report.html",
            {"doc": doc, "L": doc.labels},
        )


def followup_pdf(doc: FollowUp) -> bytes:
    from weasyprint import HTML

    return HTML(string=followup_html(doc)).write_pdf()


# --- DOCX -----------------------------------------------------------------------


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
    those in `keep_ltr` (a paragraph of a French or English report), and
    each run holding Arabic marked w:rtl with an Arabic complex-script font.
    Elements go where the schema orders them: Word refuses a file otherwise."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    from decisions.docx_bidi import mark

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


def followup_docx(doc: FollowUp) -> bytes:
    from docx import Document
    from docx.shared import Pt

    doc = _cleaned(doc)
    L = doc.labels
    report = doc.report
    d = Document()
    d.styles["Normal"].font.name = "DejaVu Sans"
    d.styles["Normal"].font.size = Pt(10)
    d.core_properties.title = f"{report.symbol} — {L['title']}"
    d.core_properties.language = doc.lang

    d.add_paragraph(report.symbol).runs[0].bold = True
    d.add_heading(L["title"], level=0)
    d.add_paragraph(report.title)
    if report.meeting:
        d.add_paragraph(f"{L['meeting']}: {report.meeting}")
    if report.place:
        d.add_paragraph(f"{L['place']}: {report.place}")
    if report.date:
        d.add_paragraph(f"{L['date']}: {doc.date(report.date)}")
    d.add_paragraph(f"{L['as_of']}: {doc.date(doc.as_of)}")

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
    keep_ltr = []  # the report's own words, when it is not in Arabic
    for para in doc.paragraphs:
        d.add_heading(f"{L['paragraph']} {para.number}", level=2)
        p = d.add_paragraph(para.text)
        p.paragraph_format.left_indent = Pt(12)
        if report.language not in RIGHT_TO_LEFT:
            keep_ltr.append(p)
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


# --- Cached files -----------------------------------------------------------------


def followup_cache_key(
    report: Report,
    lang: str,
    ext: str,
    today: datetime.date,
    *,
    correspondence: Scope = None,
) -> str:
    """Changes whenever what the document shows may change: an item of the
    report created, updated (both touch updated_at) or deleted (the count),
    the report imported again, or a new day (overdue, "as of", how long a
    reply has been awaited); and, for a reader who sees the correspondence
    (whose scope is part of the key), a letter, reminder or reply recorded.
    Two cheap aggregate queries, however many items; three with letters."""
    items = ActionItem.objects.filter(decision__report=report)
    imported = report.imported_at.isoformat() if report.imported_at else ""
    parts = [report.pk, lang, ext, today, imported, items.change_stamp(), items.count()]
    parts.append(scope_key(correspondence))
    if correspondence:
        parts.append(correspondence_stamp())
    return "followup:" + ":".join(str(p) for p in parts)


def followup_file(report: Report, lang: str, ext: str, *, correspondence: Scope = None) -> bytes:
    """The follow-up report as a file, built once until something it shows
    changes: a PDF of a thousand items takes seconds to lay out."""
    if lang not in LANGUAGES:
        lang = "en"
    today = timezone.localdate()
    key = followup_cache_key(report, lang, ext, today, correspondence=correspondence)
    content = cache.get(key)
    if content is None:
        doc = followup_build(report, lang, today, correspondence=correspondence)
        content = followup_pdf(doc) if ext == "pdf" else followup_docx(doc)
        seconds = settings.FOLLOWUP_CACHE_SECONDS
        cache.set(key, content, seconds)
    return content
