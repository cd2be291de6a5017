"""The follow-up report of a meeting: each request with its owner, status and
latest notes, built for the next meeting."""

from __future__ import annotations

import copy
import dataclasses
import datetime
from dataclasses import dataclass, field

from django.utils import formats, timezone
from django.utils.translation import gettext, gettext_noop, override

from decisions.correspondence.followup_letters import (
    Citation,
    Scope,
    citations_for,
)
from decisions.models import (
    Body,
    BodyKind,
    Decision,
    MemberResponse,
    Report,
    Status,
)
from decisions.models.lineage import origins_for
from decisions.reporting.followup_heading import TitleBlock, title_block, with_heading_in
from decisions.reporting.followup_since import Since, since_last_meeting
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
    "since": gettext_noop("Since the last meeting"),
    "since_completed": gettext_noop("Requests completed"),
    "since_started": gettext_noop("Requests started"),
    "since_stalled": gettext_noop("Requests stalled"),
    "since_overdue": gettext_noop("Requests that fell overdue"),
    "since_new": gettext_noop("New requests"),
    "none": gettext_noop("None."),
    "trend": gettext_noop("Progress over time"),
    "acted_by": gettext_noop("Contributions or action reported by"),
}

# The window of "since the last meeting", a sentence with values.
SINCE_FROM = gettext_noop("From %(start)s (the previous meeting, %(symbol)s) to %(end)s.")
SINCE_FIRST = gettext_noop(
    "From %(start)s (this meeting: no earlier one of the series) to %(end)s."
)


# A paragraph quoted in the language it was written in, because the report has
# no version in the document's language: which language that is.
ORIGINAL = {
    "en": gettext_noop("[English original]"),
    "fr": gettext_noop("[French original]"),
    "ar": gettext_noop("[Arabic original]"),
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
    acted_by: str = ""  # the members of a collective owner that acted: "Mali; Senegal"


@dataclass
class ParagraphEntry:
    number: str
    text: str
    items: list[ItemEntry] = field(default_factory=list)
    language: str = "en"  # of `text`: the document's, or the original's when not translated
    original: str = ""  # "[English original]" when `text` is not in the document's language

    @property
    def rtl(self) -> bool:
        return self.language in RIGHT_TO_LEFT


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
    heading: TitleBlock
    since: Since | None = None
    since_text: str = ""  # "From 20 September 2017 (the previous meeting, ...) to ..."

    @property
    def since_rows(self) -> list[dict]:
        return self.since.rows(self.labels) if self.since else []

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


# Owners whose members answer one by one (decisions/responses).
COLLECTIVE_OWNERS = (BodyKind.MEMBER_STATES, BodyKind.GROUP)


def followup_build(
    report: Report,
    lang: str,
    today: datetime.date | None = None,
    *,
    correspondence: Scope = None,
) -> FollowUp:
    """Everything the document shows, read in five queries (one more when
    an item renews an earlier request, one more when a collective body
    such as the Member States owns an item: the members that acted), and
    four or five for "since the last meeting" (followup_since). The title
    block and each paragraph are quoted from their version in `lang` when
    one was imported, else as the report has them, marked with their
    language; the dates are written in `lang`. `correspondence`: the letters the
    reader may see (followup_letters.Scope; None, the default, cites none),
    five queries more when a letter concerns an item of the report."""
    if lang not in LANGUAGES:
        lang = "en"
    today = today or timezone.localdate()
    decisions = Decision.objects.filter(report=report).for_followup(language=lang)
    decisions = list(with_heading_in(decisions, report, lang))
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
    collective = [i.pk for i in all_items if i.owner.kind in COLLECTIVE_OWNERS]
    with override(lang):
        # One query more, only when a collective body owns an item.
        acted = MemberResponse.objects.acted_names(collective) if collective else {}
        for decision in decisions:
            text, text_lang = decision.quoted_in(lang)
            entry = ParagraphEntry(
                number=decision.number,
                text=text,
                language=text_lang,
                original=label(ORIGINAL[text_lang], lang) if text_lang != lang else "",
            )
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
                        acted_by="; ".join(acted.get(item.pk, [])),
                    )
                )
            paragraphs.append(entry)
    body_rows = sorted(per_body.values(), key=lambda r: r["name"].casefold())
    for row in body_rows:
        row["cells"] = [row["counts"][v] for v, _ in status_columns]
    status_rows = [{"value": v, "label": lbl, "count": per_status[v]} for v, lbl in status_columns]
    with override(lang):
        since = since_last_meeting(report, today, rtl=lang in RIGHT_TO_LEFT)
    for moved in (m for ms in since.lists.values() for m in ms):
        moved.status_label = status_label[moved.status]
    values = {
        "start": _date(since.start, lang),
        "end": _date(today, lang),
        "symbol": since.previous.symbol if since.previous else "",
    }
    since_text = label(SINCE_FROM if since.previous else SINCE_FIRST, lang) % values
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
        heading=title_block(report, lang, decisions),
        since=since,
        since_text=since_text,
    )


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
