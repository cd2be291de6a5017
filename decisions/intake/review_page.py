"""The review page before import: the paragraphs beside what was found in
them, and the title block's fields (symbol, meeting, date) to type when they
were not read."""

from __future__ import annotations

import datetime

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language_bidi

from decisions.intake.draft_plans import segments
from decisions.intake.draft_renewals import draft_renewal_decisions, draft_renewals
from decisions.intake.drafts import draft_plan, draft_version
from decisions.intake.forms import item_rows, paragraph_numbers, partner_names, posted_paragraphs
from decisions.lineage.access import can_edit
from decisions.models import Body, ImportDraft, Report


def _renewals_of(item: dict, number: str, proposals: dict, decided: dict) -> list[dict]:
    """The renewals the import would propose for one request of the draft,
    each with what the reviewer decided on it (if anything)."""
    links = proposals.get((number, item["owner"]["slug"]), [])
    return [{"link": link, "decided": decided.get(link.id, {})} for link in links]


def _iso_date(value) -> datetime.date | None:
    """The plan's report date (an ISO string in the draft's JSON) as a date,
    to show in the reader's language; None if missing or unreadable."""
    try:
        return datetime.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _posted_rows(posted: dict[str, str], n_items: int) -> tuple[str, list[dict], dict]:
    """(kind, rows, new owner's row) of a paragraph as the reviewer posted
    it, to show it again when the review is refused; the page numbers the
    new owner's row after the paragraph's `n_items` items."""
    names = ("owner", "partners", "due_date", "due_text")
    rows = [{k: posted.get(f"item-{i}-{k}", "") for k in names} for i in range(n_items + 1)]
    for i, row in enumerate(rows):
        row["registered"], row["remove"] = True, bool(posted.get(f"item-{i}-remove"))
        row["partner_list"] = partner_names(row["partners"])
    return posted.get("kind", ""), rows[:n_items], rows[n_items]


def _title_block(plan: dict, posted) -> dict:
    """The title block's fields as the form shows them: as read or typed, or
    as posted when the review was refused."""
    report = plan["report"]
    shown = {"symbol": report.get("symbol") or "", "meeting": report.get("meeting") or "",
             "date": report.get("date") or ""}  # fmt: skip
    if posted is not None:
        for name in shown:
            if f"report-{name}" in posted:
                shown[name] = posted.get(f"report-{name}", "")
    return shown


def _symbol_taken(draft: ImportDraft) -> Report | None:
    """The report already imported under the symbol the reviewer typed, if
    any: importing adds to it (or links a translation of it), so the page
    says so. One query, only when a symbol was typed."""
    typed = (draft.corrections or {}).get("report", {}).get("symbol")
    if not typed or draft.imported_at is not None:
        return None
    return Report.objects.filter(symbol=typed).only("pk", "symbol", "language", "date").first()


def draft_page(
    request, draft: ImportDraft, *, error="", status=200, posted=None, steps="", focus=""
) -> HttpResponse:
    """The review page; with `posted` (a refused review), the paragraphs'
    fields hold what the reviewer posted, not what is saved. Paragraph
    `steps` shows its Split and Join controls; the others a link to them
    (four hundred of each weighed some 80 KB). `focus`: the title block's
    field the error is about ("symbol" when the import was refused for want
    of one), focused and marked invalid."""
    plan = draft_plan(draft)
    proposals = draft_renewals(draft, plan)
    decided = draft_renewal_decisions(draft)
    groups = posted_paragraphs(posted) if posted is not None else {}
    paragraphs = []
    n_renewals = 0
    for index, d in enumerate(plan["decisions"]):
        items = d["action_items"]
        renewals = [
            {"item": item, "links": _renewals_of(item, d["number"], proposals, decided)}
            for item in items
        ]
        renewals = [r for r in renewals if r["links"]]
        n_renewals += sum(len(r["links"]) for r in renewals)
        kind, rows, blank = d["kind"], item_rows(d), {}
        mine = groups.get(index)
        if mine is not None and mine.get("number") == d["number"]:
            kind, rows, blank = _posted_rows(mine, len(rows))
        paragraphs.append(
            {
                "d": d,
                "kind": kind,
                "segments": segments(d.get("shown", d["text"]), d.get("marks", [])),
                "rows": rows,
                "blank": blank,
                "renewals": renewals,
            }
        )
    rtl = draft.language == "ar"
    ctx = {
        "draft": draft,
        "version": draft_version(draft),
        "plan": plan,
        "report_date": _iso_date(plan["report"].get("date")),
        "paragraphs": paragraphs,
        "n_renewals": n_renewals,
        "n_decided": len(decided),
        "may_decide_renewals": can_edit(request.user),
        "error": error,
        "title_block": _title_block(plan, posted),
        "symbol_taken": _symbol_taken(draft),
        "focus": focus,
        "bodies": Body.objects.order_by("-registered", "name_en").values_list(
            "name_en", "slug", "registered"
        ),
        "numbers": paragraph_numbers(plan["decisions"]),
        "rtl": rtl,
        "steps": steps,
        "steps_before": (posted or {}).get(f"before-{steps}", "") if steps else "",
        # The paragraphs' direction, said only where it is not the page's.
        "text_dir": ("rtl" if rtl else "ltr") if rtl != get_language_bidi() else "",
    }
    return render(request, "decisions/intake/draft.html", ctx, status=status)
