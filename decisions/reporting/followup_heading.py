"""The follow-up report's title block in the document's language: the
report's title, meeting and place from its version in that language when one
was imported, read along with the paragraphs (no query of its own)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Subquery

from decisions.models import Report, ReportTranslation


@dataclass
class TitleBlock:
    """The report's title, meeting and place as the document shows them: from
    the report's version in the document's language when one was imported,
    else as the report has them, each with the language it is written in."""

    title: str
    title_lang: str
    meeting: str = ""
    meeting_lang: str = ""
    place: str = ""
    place_lang: str = ""


_HEADING = ("title", "meeting", "place")


def with_heading_in(decisions, report: Report, lang: str):
    """`decisions` with the title block of `report`'s version in `lang`
    read along (heading_title, ...): no query of its own."""
    if report.language == lang:
        return decisions
    versions = ReportTranslation.objects.filter(report=report, language=lang)
    return decisions.annotate(
        **{f"heading_{f}": Subquery(versions.values(f)[:1]) for f in _HEADING}
    )


def title_block(report: Report, lang: str, decisions: list) -> TitleBlock:
    """From the first decision's heading_* (see with_heading_in); a report
    without a paragraph reads its version in one query."""
    version: dict = {}
    if report.language != lang:
        if decisions:
            version = {f: getattr(decisions[0], f"heading_{f}", "") for f in _HEADING}
        else:
            row = ReportTranslation.objects.filter(report=report, language=lang)
            version = row.values(*_HEADING).first() or {}

    def pick(name: str) -> tuple[str, str]:
        if version.get(name):
            return version[name], lang
        return getattr(report, name) or "", report.language

    return TitleBlock(*pick("title"), *pick("meeting"), *pick("place"))
