"""The draft of a note verbale to a body: the General Secretariat's
compliments, its open items with their paragraph text, a request for
information. A DOCX in Arabic (right to left), French or English, for the
secretariat to finish and sign."""

from __future__ import annotations

import datetime
import io
import re
import unicodedata
import zipfile

from django.utils import formats, timezone, translation
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from decisions.formats.docx_bidi import mark
from decisions.formats.docx_page import set_a4
from decisions.models import STATE_KINDS, ActionItem, Body, BodyKind
from decisions.text.normalize import strip_unsafe

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
LANGUAGES = ("ar", "en", "fr")

# {to}: the addressee in full (opening and closing), {short}: named again in
# the request; each already carries its article and preposition (see
# addressee()). "original": the line above a paragraph quoted in the language
# of the report, which has no version in the note's language, by that language.
TEXTS = {
    "en": {
        "title": "NOTE VERBALE",
        "ref": "Ref.: OIC/GS/…",
        "opening": (
            "The General Secretariat of the Organisation of Islamic Cooperation presents "
            "its compliments to {to} and has the honour to refer to the following "
            "decisions, whose implementation it follows up for the report of the "
            "Secretary-General to the next session."
        ),
        "item": "{symbol}, paragraph {number}",
        "request": (
            "The General Secretariat would be grateful if {short} would kindly provide it "
            "with information on the measures taken to implement these decisions, together "
            "with any supporting documents."
        ),
        "closing": (
            "The General Secretariat of the Organisation of Islamic Cooperation avails "
            "itself of this opportunity to renew to {to} the assurances of its highest "
            "consideration."
        ),
        "none": "(No open item.)",
        "place": "Jeddah, {date}",
        "original": {
            "en": "[English original]",
            "fr": "[French original]",
            "ar": "[Arabic original]",
        },
    },
    "fr": {
        "title": "NOTE VERBALE",
        "ref": "Réf. : OCI/SG/…",
        "opening": (
            "Le Secrétariat général de l'Organisation de la Coopération Islamique présente "
            "ses compliments {to} et a l'honneur de se référer aux décisions suivantes, "
            "dont il assure le suivi en vue du rapport du Secrétaire général à la prochaine "
            "session."
        ),
        "item": "{symbol}, paragraphe {number}",
        "request": (
            "Le Secrétariat général saurait gré {short} de bien vouloir lui communiquer des "
            "informations sur les mesures prises pour mettre en œuvre ces décisions, "
            "accompagnées de tout document à l'appui."
        ),
        "closing": (
            "Le Secrétariat général de l'Organisation de la Coopération Islamique saisit "
            "cette occasion pour renouveler {to} les assurances de sa très haute "
            "considération."
        ),
        "none": "(Aucune décision en suspens.)",
        "place": "Djeddah, le {date}",
        "original": {
            "en": "[original anglais]",
            "fr": "[original français]",
            "ar": "[original arabe]",
        },
    },
    "ar": {
        "title": "مذكرة شفوية",
        "ref": "الرقم: م ت إ/أ ع/…",
        "opening": (
            "تهدي الأمانة العامة لمنظمة التعاون الإسلامي أطيب تحياتها إلى {to}، "
            "وتتشرف بالإشارة إلى القرارات التالية التي تتابع تنفيذها لإعداد تقرير "
            "الأمين العام إلى الدورة المقبلة."
        ),
        "item": "{symbol}، الفقرة {number}",
        "request": (
            "وترجو الأمانة العامة من {short} التكرم بموافاتها بالمعلومات المتعلقة "
            "بالتدابير المتخذة لتنفيذ هذه القرارات، مشفوعةً بأي وثائق داعمة."
        ),
        "closing": (
            "وتغتنم الأمانة العامة لمنظمة التعاون الإسلامي هذه الفرصة لتعرب مجددًا {to_li} "
            "عن أسمى آيات تقديرها واحترامها."
        ),
        "none": "(لا توجد قرارات قيد التنفيذ.)",
        "place": "جدة في {date}",
        "original": {
            "en": "[الأصل بالإنجليزية]",
            "fr": "[الأصل بالفرنسية]",
            "ar": "[الأصل بالعربية]",
        },
    },
}


def _name(body: Body, language: str) -> str:
    return " ".join((getattr(body, f"name_{language}", "") or body.name_en).split())


# --- The addressee, with its article and preposition ----------------------------------
#
# A note verbale to a State, a Member or an observer State, or its Government,
# goes to its Permanent Mission to the Organisation ("Niger", "Government of
# Mali" -> "the Permanent Mission of Niger", "... of Mali"); to the Member
# States, to their Permanent Missions; to anyone else, by name. French needs
# the article's gender and number ("à la Banque", "au Gouvernement", "aux
# États membres", "à l'Union"): from the first word of the name, by the table
# below, else by its ending. Arabic names carry their article; "ل" before
# "ال" drops the alif ("للبنك").

_FR_HEADS = {
    # f: feminine, m: masculine, fp / mp: plural.
    "academie": "f", "agence": "f", "alliance": "f", "ambassade": "f", "assemblee": "f",
    "association": "f", "autorite": "f", "banque": "f", "bureau": "m", "centre": "m",
    "chambre": "f", "comite": "m", "commission": "f", "communaute": "f", "conference": "f",
    "conseil": "m", "cour": "f", "delegation": "f", "direction": "f", "etat": "m",
    "etats": "mp", "federation": "f", "fondation": "f", "fonds": "m", "forum": "m",
    "g5": "m", "gouvernement": "m", "groupe": "m", "groupes": "mp", "guinee-bissau": "f",
    "haut-commissariat": "m",
    "institut": "m", "institution": "f", "institutions": "fp", "ligue": "f",
    "membres": "mp", "ministere": "m", "mission": "f", "missions": "fp", "mozambique": "m",
    "nations": "fp",
    "office": "m", "ong": "fp", "organisation": "f", "organisations": "fp",
    "organisme": "m", "parlement": "m", "parties": "fp", "pays": "mp", "programme": "m",
    "republique": "f", "royaume": "m", "secretaire": "m", "secretariat": "m", "sierra": "f",
    "sommet": "m", "suriname": "m", "union": "f", "universite": "f",
}  # fmt: skip
# States named without an article: "la Mission permanente de Djibouti, d'Oman".
_FR_WITHOUT_ARTICLE = {"bahrein", "djibouti", "oman"}
# States whose English name takes "the": "the Permanent Mission of the Gambia".
_EN_WITH_THE = {
    "Central African Republic", "Comoros", "Gambia", "Maldives", "Russian Federation",
    "Turkish Cypriot State", "United Arab Emirates",
}  # fmt: skip
_FR_ARTICLES = ("le ", "la ", "les ", "l'", "l’")
_FR_CONTRACTED = {("à", "le "): "au ", ("à", "les "): "aux ", ("de", "le "): "du ",
                  ("de", "les "): "des "}  # fmt: skip


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _fr_definite(name: str) -> str:
    """`name` with its definite article: "la Banque…", "l'Union…", "les États…"."""
    if name.casefold().startswith(_FR_ARTICLES):
        return name[0].lower() + name[1:]
    head = name.split()[0] if name.split() else name
    folded = _fold(head)
    kind = _FR_HEADS.get(folded)
    if kind is None:
        plural = folded.endswith(("s", "x")) and len(folded) > 2
        feminine = head.casefold().endswith("e") or folded.endswith(("tion", "sion", "ee"))
        kind = ("f" if feminine else "m") + ("p" if plural else "")
    if kind.endswith("p"):
        return "les " + name
    if folded[:1] in ("a", "e", "i", "o", "u"):
        return "l'" + name
    return ("la " if kind == "f" else "le ") + name


def _en_definite(name: str) -> str:
    """`name` after "the", not twice: "the Islamic Development Bank"."""
    return "the " + (name[4:] if name.casefold().startswith("the ") else name)


def _fr_with(preposition: str, phrase: str) -> str:
    """The preposition à or de before a phrase that starts with its article:
    "au", "aux", "du", "des", or "à la", "de l'"."""
    for article in ("le ", "les "):
        if phrase.startswith(article):
            return _FR_CONTRACTED[(preposition, article)] + phrase[len(article) :]
    return f"{preposition} {phrase}"


def _ar_li(phrase: str) -> str:
    """The preposition "ل" joined to `phrase`: "للبنك", "لمالي"."""
    if phrase.startswith("ال"):
        return "ل" + phrase[1:]
    if phrase[:1] and "\u0600" <= phrase[0] <= "\u06ff":
        return "ل" + phrase
    return "لـ" + phrase


_GOVERNMENT = {
    "en": re.compile(r"^(?:the\s+)?government\s+of\s+(?P<state>.+)$", re.IGNORECASE),
    "fr": re.compile(r"^(?:le\s+)?gouvernement\s+(?P<state>(?:d[eu]s?\s|d['’]).+)$", re.I),
    "ar": re.compile(r"^حكومة\s+(?P<state>.+)$"),
}
_ORGANISATION = {
    "en": " to the Organisation of Islamic Cooperation",
    "fr": " auprès de l'Organisation de la Coopération Islamique",
    "ar": " لدى منظمة التعاون الإسلامي",
}


def _mission(body: Body, language: str, name: str) -> str | None:
    """The Permanent Mission of a State, the Permanent Missions of the Member
    States; None for any other body."""
    if body.kind == BodyKind.MEMBER_STATES:
        states, plural = name, True
    elif body.kind in STATE_KINDS:
        states, plural = name, False
    elif body.kind == BodyKind.NATIONAL_GOVERNMENT:
        found = _GOVERNMENT[language].match(name)
        states, plural = (found.group("state") if found else name), False
    else:
        return None
    if language == "en":
        missions = "the Permanent Missions of " if plural else "the Permanent Mission of "
        if plural or states in _EN_WITH_THE:
            states = _en_definite(states)
        return missions + states
    if language == "fr":
        missions = "les Missions permanentes " if plural else "la Mission permanente "
        if _fold(states) in _FR_WITHOUT_ARTICLE:
            states = ("d'" if _fold(states)[:1] in "aeiou" else "de ") + states
        elif not re.match(r"(?:d[eu]s?\s|d['’])", states, re.I):
            states = _fr_with("de", _fr_definite(states))
        return missions + states
    return ("البعثات الدائمة " if plural else "البعثة الدائمة ") + _ar_li(states)


# Bodies named by common nouns, written in lower case inside a French sentence
# (the registry capitalises them as labels); organs and institutions keep
# their capital.
_COMMON_NOUNS = {BodyKind.GROUP, BodyKind.NON_STATE_PARTY}


def addressee(body: Body, language: str) -> dict[str, str]:
    """The words TEXTS[language] put the addressee in: `to` (in full, with
    the preposition the sentence needs in French and Arabic), `short` (named
    again in the request), `to_li` (Arabic closing: "ل")."""
    name = _name(body, language)
    mission = _mission(body, language, name)
    short = mission or name
    full = mission + _ORGANISATION[language] if mission else name
    if language == "en":
        if not mission:
            short = full = _en_definite(name)
        return {"to": full, "short": short}
    if language == "fr":
        if not mission:
            if body.kind in _COMMON_NOUNS and name[1:2].islower():
                name = name[0].lower() + name[1:]  # "aux groupes armés", not "Groupes"
            short = full = _fr_definite(name)
        return {"to": _fr_with("à", full), "short": _fr_with("à", short)}
    return {"to": full, "short": short, "to_li": _ar_li(full)}


def written_date(day: datetime.date, language: str) -> str:
    """The date as a letter writes it: "29 novembre 2026" ("1er" the first
    day in French), "29 November 2026", "29 نوفمبر 2026": Django's month
    names in that language."""
    with translation.override(language):
        text = formats.date_format(day, "j F Y")
    if language == "fr" and day.day == 1:
        text = "1er" + text[1:]
    return text


def _right_to_left(paragraph) -> None:
    """Mark a paragraph and its runs right to left (Word's bidi and rtl)."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    mark(paragraph._p.get_or_add_pPr(), "pPr")
    for run in paragraph.runs:
        r_pr = run._r.get_or_add_rPr()
        mark(r_pr, "rPr")
        # The complex-script font is what Word uses for Arabic.
        r_pr.get_or_add_rFonts().set(qn("w:cs"), "Arial")


def open_items_of(body: Body):
    return list(
        ActionItem.objects.filter(owner=body)
        .open()
        .select_related("decision__report")
        .defer("decision__report__source_text")
        .prefetch_related("decision__translations")
        .order_by("decision__report__date", "decision__report__symbol", "decision__position")
    )


def note_verbale_docx(
    *,
    body: Body,
    language: str,
    today: datetime.date | None = None,
    items: list[ActionItem] | None = None,
) -> bytes:
    """The draft as DOCX bytes, dated `today` (the local date by default),
    about `items` (the body's open items by default: a State written to about
    a request made of all the Member States is not their owner); every text
    passes strip_unsafe (Word's XML refuses control characters)."""
    if language not in TEXTS:
        raise ValueError(f"unknown language {language!r}")
    t = TEXTS[language]
    to = addressee(body, language)
    rtl = language == "ar"
    document = Document()
    section = document.sections[0]
    set_a4(section)
    if rtl:
        mark(section._sectPr, "sectPr")

    def add(text: str, *, style=None, bold=False, italic=False, center=False, rtl=rtl):
        paragraph = document.add_paragraph(style=style)
        run = paragraph.add_run(strip_unsafe(text))
        run.bold = bold
        run.italic = italic
        if rtl:
            _right_to_left(paragraph)
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return paragraph

    add(t["ref"])
    add(t["title"], bold=True, center=True)
    add(t["opening"].format(**to))
    items = open_items_of(body) if items is None else items
    for item in items:
        add(
            t["item"].format(symbol=item.decision.report.symbol, number=item.decision.number),
            style="List Number",
            bold=True,
        )
        # Quoted from the report's version in the note's language, else in
        # its own, said in a line above; each keeps its language's direction.
        text, text_language = item.decision.quoted_in(language)
        if text_language != language:
            add(t["original"][text_language], italic=True)
        add(text, rtl=text_language == "ar")
    if not items:
        add(t["none"])
    add(t["request"].format(**to))
    add(t["closing"].format(**to))
    add(t["place"].format(date=written_date(today or timezone.localdate(), language)))
    document.core_properties.language = language
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def notes_verbales_zip(
    *, bodies: list[Body], items: list[ActionItem], today: datetime.date | None = None
) -> bytes:
    """One draft per body (a State's goes to its Permanent Mission) about
    `items`, each in the body's working language (English when the registry
    does not know it), in one ZIP: `note-verbale-<slug>-<language>.docx`."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for body in bodies:
            language = body.letter_language()
            data = note_verbale_docx(body=body, language=language, today=today, items=items)
            archive.writestr(f"note-verbale-{body.slug}-{language}.docx", data)
    return out.getvalue()
