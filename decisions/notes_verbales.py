"""The draft of a note verbale to a body: the General Secretariat's
compliments, its open items with their paragraph text, a request for
information. A DOCX in Arabic (right to left), French or English, for the
secretariat to finish and sign."""

from __future__ import annotations

import io

from django.utils import timezone
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from decisions.models import ActionItem, Body
from decisions.text.normalize import strip_unsafe

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
LANGUAGES = ("ar", "en", "fr")

TEXTS = {
    "en": {
        "title": "NOTE VERBALE",
        "ref": "Ref.: OIC/GS/…",
        "opening": (
            "The General Secretariat of the Organisation of Islamic Cooperation presents "
            "its compliments to {name} and has the honour to refer to the following "
            "decisions, whose implementation it follows up for the report of the "
            "Secretary-General to the next session."
        ),
        "item": "{symbol}, paragraph {number}",
        "request": (
            "The General Secretariat would be grateful to receive information on the "
            "measures taken to implement these decisions, with any supporting documents."
        ),
        "closing": (
            "The General Secretariat of the Organisation of Islamic Cooperation avails "
            "itself of this opportunity to renew to {name} the assurances of its highest "
            "consideration."
        ),
        "none": "(No open item.)",
        "place": "Jeddah, {date}",
    },
    "fr": {
        "title": "NOTE VERBALE",
        "ref": "Réf. : OCI/SG/…",
        "opening": (
            "Le Secrétariat général de l'Organisation de la Coopération Islamique présente "
            "ses compliments à {name} et a l'honneur de se référer aux décisions suivantes, "
            "dont il assure le suivi pour le rapport du Secrétaire général à la prochaine "
            "session."
        ),
        "item": "{symbol}, paragraphe {number}",
        "request": (
            "Le Secrétariat général saurait gré de lui communiquer des informations sur les "
            "mesures prises pour mettre en œuvre ces décisions, avec tout document à l'appui."
        ),
        "closing": (
            "Le Secrétariat général de l'Organisation de la Coopération Islamique saisit "
            "cette occasion pour renouveler à {name} les assurances de sa très haute "
            "considération."
        ),
        "none": "(Aucune décision en suspens.)",
        "place": "Djeddah, le {date}",
    },
    "ar": {
        "title": "مذكرة شفوية",
        "ref": "الرقم: م ت إ/أ ع/…",
        "opening": (
            "تهدي الأمانة العامة لمنظمة التعاون الإسلامي أطيب تحياتها إلى {name}، "
            "وتتشرف بالإشارة إلى القرارات التالية التي تتابع تنفيذها لإعداد تقرير "
            "الأمين العام إلى الدورة المقبلة."
        ),
        "item": "{symbol}، الفقرة {number}",
        "request": (
            "وتكون الأمانة العامة ممتنة لو تفضلتم بموافاتها بالمعلومات عن التدابير "
            "المتخذة لتنفيذ هذه القرارات، مع أي وثائق داعمة."
        ),
        "closing": (
            "وتغتنم الأمانة العامة لمنظمة التعاون الإسلامي هذه الفرصة لتعرب لـ{name} "
            "عن فائق تقديرها واحترامها."
        ),
        "none": "(لا توجد قرارات قيد التنفيذ.)",
        "place": "جدة، في {date}",
    },
}


def _name(body: Body, language: str) -> str:
    return getattr(body, f"name_{language}", "") or body.name_en


def _paragraph_text(item: ActionItem, language: str) -> str:
    """The paragraph in the note's language when a translation is known."""
    decision = item.decision
    if decision.report.language == language:
        return decision.text
    for tr in decision.translations.all():
        if tr.language == language:
            return tr.text
    return decision.text


def _right_to_left(paragraph) -> None:
    """Mark a paragraph and its runs right to left (Word's bidi and rtl)."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(OxmlElement("w:bidi"))
    for run in paragraph.runs:
        r_pr = run._r.get_or_add_rPr()
        r_pr.append(OxmlElement("w:rtl"))
        # The complex-script font is what Word uses for Arabic.
        fonts = r_pr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            r_pr.insert(0, fonts)
        fonts.set(qn("w:cs"), "Arial")


def open_items_of(body: Body):
    return list(
        ActionItem.objects.filter(owner=body)
        .open()
        .select_related("decision__report")
        .defer("decision__report__source_text")
        .prefetch_related("decision__translations")
        .order_by("decision__report__date", "decision__report__symbol", "decision__position")
    )


def note_verbale_docx(*, body: Body, language: str) -> bytes:
    """The draft as DOCX bytes; every text passes strip_unsafe (Word's XML
    refuses control characters)."""
    if language not in TEXTS:
        raise ValueError(f"unknown language {language!r}")
    t = TEXTS[language]
    name = _name(body, language)
    rtl = language == "ar"
    document = Document()
    section = document.sections[0]
    if rtl:
        section._sectPr.append(OxmlElement("w:bidi"))

    def add(text: str, *, style: str | None = None, bold: bool = False, center=False):
        paragraph = document.add_paragraph(style=style)
        run = paragraph.add_run(strip_unsafe(text))
        run.bold = bold
        if rtl:
            _right_to_left(paragraph)
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return paragraph

    add(t["ref"])
    add(t["title"], bold=True, center=True)
    add(t["opening"].format(name=name))
    items = open_items_of(body)
    for item in items:
        add(
            t["item"].format(symbol=item.decision.report.symbol, number=item.decision.number),
            style="List Number",
            bold=True,
        )
        add(_paragraph_text(item, language))
    if not items:
        add(t["none"])
    add(t["request"])
    add(t["closing"].format(name=name))
    add(t["place"].format(date=timezone.localdate().isoformat()))
    document.core_properties.language = language
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
