"""The follow-up report of a meeting report, as the Secretary-General
presents it to the next meeting: a title block, a summary per body and per
status, then each paragraph with what was asked of whom and what happened.

In English or French. Labels go through gettext under `override(lang)`;
until the catalogues exist, the French wording below is the fallback.
Rendered as PDF (WeasyPrint, from templates/decisions/followup/report.html)
and as DOCX (python-docx).
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import formats, timezone
from django.utils.translation import gettext, override

from decisions.models import ActionItem, Body, Decision, Report, Status, StatusUpdate

LANGUAGES = ("en", "fr")
NOTES_PER_ITEM = 3

# English text -> French text. The English is the gettext message id.
FRENCH = {
    "Follow-up report": "Rapport de suivi",
    "As of": "Situation au",
    "Meeting": "Réunion",
    "Place": "Lieu",
    "Date": "Date",
    "Summary by body": "Récapitulatif par organe",
    "Summary by status": "Récapitulatif par statut",
    "Body": "Organe",
    "Status": "Statut",
    "Total": "Total",
    "Items": "Actions",
    "Paragraphs": "Paragraphes",
    "Paragraph": "Paragraphe",
    "Paragraph by paragraph": "Paragraphe par paragraphe",
    "Asked of": "Destinataire",
    "With": "En collaboration avec",
    "Due": "Échéance",
    "Latest notes": "Dernières notes",
    "No request in this paragraph.": "Aucune demande dans ce paragraphe.",
    "No note recorded.": "Aucune note enregistrée.",
    "No date given": "Aucune date fixée",
    "overdue": "en retard",
    "Overdue": "En retard",
    "Not started": "Non commencé",
    "In progress": "En cours",
    "Completed": "Achevé",
    "Stalled": "Bloqué",
    "Overtaken / cancelled": "Dépassé / annulé",
}


# Template-friendly keys -> the English text.
TEXTS = {
    "title": "Follow-up report",
    "as_of": "As of",
    "meeting": "Meeting",
    "place": "Place",
    "date": "Date",
    "by_body": "Summary by body",
    "by_status": "Summary by status",
    "body": "Body",
    "status": "Status",
    "total": "Total",
    "items": "Items",
    "paragraph": "Paragraph",
    "paragraphs": "Paragraph by paragraph",
    "asked_of": "Asked of",
    "with": "With",
    "due": "Due",
    "latest_notes": "Latest notes",
    "no_request": "No request in this paragraph.",
    "no_note": "No note recorded.",
    "no_date": "No date given",
    "overdue": "overdue",
    "n_overdue": "Overdue",
}


def label(text: str, lang: str) -> str:
    """`text` in `lang`: the catalogue's translation if there is one, else ours."""
    with override(lang):
        translated = gettext(text)
    if lang == "fr" and translated == text:
        return FRENCH.get(text, text)
    return translated


FRENCH_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip


def _date(value: datetime.date | None, lang: str) -> str:
    if value is None:
        return ""
    if lang == "fr":
        months = FRENCH_MONTHS
        day = "1er" if value.day == 1 else str(value.day)
        return f"{day} {months[value.month - 1]} {value.year}"
    with override("en"):
        return formats.date_format(value, "j F Y")


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
    def report_date(self) -> str:
        return self.date(self.report.date)

    @property
    def as_of_text(self) -> str:
        return self.date(self.as_of)

    def date(self, value: datetime.date | None) -> str:
        return _date(value, self.lang)


def followup_build(report: Report, lang: str, today: datetime.date | None = None) -> FollowUp:
    """Everything the document shows, read in four queries."""
    if lang not in LANGUAGES:
        lang = "en"
    today = today or timezone.localdate()
    notes = StatusUpdate.objects.exclude(note="").order_by("-created_at", "-pk")
    items = (
        ActionItem.objects.select_related("owner")
        .prefetch_related("partners", Prefetch("updates", queryset=notes, to_attr="noted"))
        .order_by("owner__name_en")
    )
    decisions = list(
        Decision.objects.filter(report=report)
        .order_by("position")
        .prefetch_related(Prefetch("action_items", queryset=items))
    )
    labels = {key: label(text, lang) for key, text in TEXTS.items()}
    with override("en"):
        msgids = {s.value: str(s.label) for s in Status}
    status_columns = [(s.value, label(msgids[s.value], lang)) for s in Status]
    status_label = dict(status_columns)

    per_body: dict[int, dict] = {}
    per_status = {s.value: 0 for s in Status}
    paragraphs = []
    n_overdue = 0
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


# --- PDF ------------------------------------------------------------------------


def followup_html(doc: FollowUp) -> str:
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


def followup_docx(doc: FollowUp) -> bytes:
    from docx import Document
    from docx.shared import Pt

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
    for para in doc.paragraphs:
        d.add_heading(f"{L['paragraph']} {para.number}", level=2)
        p = d.add_paragraph(para.text)
        p.paragraph_format.left_indent = Pt(12)
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
            p.add_run(f". {L['due']}: ").bold = True
            p.add_run(item.due or L["no_date"])
            if item.overdue:
                p.add_run(f" ({L['overdue']})").bold = True
            if item.notes:
                for when, note in item.notes:
                    d.add_paragraph(f"{when}: {note}", style="List Bullet 2")
            else:
                d.add_paragraph(L["no_note"], style="List Bullet 2")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()
