"""The follow-up report's files (HTML, PDF, Word), their names and cache keys."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import override

from decisions.correspondence.followup_letters import (
    Scope,
    correspondence_stamp,
    scope_key,
)
from decisions.models import ActionItem, DecisionTranslation, Report
from decisions.reporting.followup import LANGUAGES, FollowUp, _cleaned, followup_build
from decisions.reporting.followup_docx import followup_docx
from decisions.reporting.followup_since import series_items


def filename(report: Report, lang: str, ext: str) -> str:
    symbol = "".join(c if c.isalnum() or c in "-." else "-" for c in report.symbol)
    return f"{symbol}-followup-{lang}.{ext}"


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


def _versions_stamp(report: Report, lang: str) -> str:
    """Changes when paragraphs of `report` in `lang` are linked or removed:
    one aggregate query."""
    versions = DecisionTranslation.objects.filter(decision__report=report, language=lang)
    stamp = versions.aggregate(n=Count("pk"), top=Max("pk"))
    return f"{lang}{stamp['n']}-{stamp['top'] or 0}"


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
    the report imported again, its version in `lang` imported (when the
    report was written in another language: the paragraphs quoted change),
    or a new day (overdue, "as of", how long a
    reply has been awaited); and, for a reader who sees the correspondence
    (whose scope is part of the key), a letter, reminder or reply recorded.
    Two cheap aggregate queries, however many items, three in a language
    the report was not written in; one more with letters, one more when the
    report names its meeting (the series' items: "since the last meeting")."""
    items = ActionItem.objects.filter(decision__report=report)
    imported = report.imported_at.isoformat() if report.imported_at else ""
    parts = [report.pk, lang, ext, today, imported, items.change_stamp(), items.count()]
    if report.meeting.strip():
        # "Since the last meeting" reads the requests of the whole series.
        parts.append(series_items(report).change_stamp())
    if lang != report.language:
        parts.append(_versions_stamp(report, lang))
    parts.append(scope_key(correspondence))
    if correspondence:
        parts.append(correspondence_stamp())
    return "followup:" + ":".join(str(p) for p in parts)


def _key(report: Report, lang: str, ext: str, correspondence: Scope) -> tuple[str, str]:
    lang = lang if lang in LANGUAGES else "en"
    today = timezone.localdate()
    return lang, followup_cache_key(report, lang, ext, today, correspondence=correspondence)


def followup_cached(
    report: Report, lang: str, ext: str, *, correspondence: Scope = None
) -> bytes | None:
    """The file if it was built since anything it shows changed, else None."""
    return cache.get(_key(report, lang, ext, correspondence)[1])


def followup_render(
    report: Report, lang: str, ext: str, *, correspondence: Scope = None, step=None
) -> bytes:
    """Build the file (the document, then its layout) and keep it in the cache;
    `step(key)`, if given, is told as each part starts (a job's progress)."""
    lang, key = _key(report, lang, ext, correspondence)
    if step is not None:
        step("items")
    doc = followup_build(report, lang, timezone.localdate(), correspondence=correspondence)
    if step is not None:
        step("layout")
    content = followup_pdf(doc) if ext == "pdf" else followup_docx(doc)
    cache.set(key, content, settings.FOLLOWUP_CACHE_SECONDS)
    return content


def followup_file(report: Report, lang: str, ext: str, *, correspondence: Scope = None) -> bytes:
    """The follow-up report as a file, built once until something it shows
    changes: a PDF of a thousand items takes seconds to lay out."""
    content = followup_cached(report, lang, ext, correspondence=correspondence)
    if content is None:
        content = followup_render(report, lang, ext, correspondence=correspondence)
    return content
