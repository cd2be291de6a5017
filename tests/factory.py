"""Small helpers to make objects in tests (no factory library)."""

from __future__ import annotations

import datetime
import itertools
import re
from html.parser import HTMLParser
from pathlib import Path

from django.contrib.auth.models import Group, User

from decisions.models import ActionItem, Body, Decision, Report, Status, TrendState

REPORTS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "reports"
MALI_REPORT = REPORTS_DIR / "OIC-ACM-2017-MALI-REP.fr.md"

_seq = itertools.count(1)


def make_user(username: str | None = None, *, groups: tuple[str, ...] = (), **kwargs) -> User:
    username = username or f"user{next(_seq)}"
    user = User.objects.create_user(username=username, password="secret-pass-123", **kwargs)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def make_body(slug: str | None = None, **kwargs) -> Body:
    slug = slug or f"body-{next(_seq)}"
    kwargs.setdefault("name_en", slug.replace("-", " ").title())
    kwargs.setdefault("name_fr", kwargs["name_en"])
    return Body.objects.create(slug=slug, **kwargs)


def make_report(symbol: str | None = None, **kwargs) -> Report:
    symbol = symbol or f"OIC/TEST-{next(_seq)}/REP"
    kwargs.setdefault("title", f"Report {symbol}")
    kwargs.setdefault("date", datetime.date(2017, 9, 20))
    kwargs.setdefault("source_text", "")
    kwargs.setdefault("source_sha256", "0" * 64)
    return Report.objects.create(symbol=symbol, **kwargs)


def make_decision(report: Report | None = None, **kwargs) -> Decision:
    report = report or make_report()
    position = kwargs.pop("position", report.decisions.count() + 1)
    kwargs.setdefault("number", str(position))
    kwargs.setdefault("text", f"The meeting requests body {position} to act.")
    kwargs.setdefault("kind", "request")
    return Decision.objects.create(report=report, position=position, **kwargs)


def make_item(decision: Decision | None = None, owner: Body | None = None, **kwargs) -> ActionItem:
    kwargs.setdefault("summary", "Act on the request.")
    kwargs.setdefault("status", Status.NOT_STARTED)
    return ActionItem.objects.create(
        decision=decision or make_decision(), owner=owner or make_body(), **kwargs
    )


def make_request(report: Report, number: str, text: str, owner: Body) -> ActionItem:
    """Paragraph `number` of `report`, asking `owner` what `text` says, with its
    item summarised by the same text (what the renewal matching compares)."""
    return make_item(make_decision(report, number=number, text=text), owner=owner, summary=text)


def make_update(item: ActionItem, *, note: str, at: datetime.datetime, by, status=None) -> None:
    """An internal update of `item` (its status unchanged unless given),
    dated `at`; the item is refreshed."""
    from decisions.items import services as item_services

    item_services.action_item_set_status(item=item, status=status or item.status, note=note, by=by)
    latest = item.updates.order_by("-pk").first()
    type(latest).objects.filter(pk=latest.pk).update(created_at=at)
    # The app never moves a history row; this does, so the trend aggregated
    # by day (models.trend_days) is built again by its next reader.
    TrendState.objects.all().delete()
    item.refresh_from_db()


def make_public_status(item: ActionItem, *, status: str, note: str = "", at: datetime.datetime, by):
    """The public status and note of `item`, set at `at`."""
    from decisions.workflow.services import public_status_set

    public = public_status_set(item=item, status=status, note=note, by=by)
    type(public).objects.filter(pk=public.pk).update(updated_at=at)
    return public


# --- Everything that hangs on an item and its owner ------------------------------

PROOF_PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def make_item_with_everything(
    decision: Decision | None = None, owner: Body | None = None, *, by: User | None = None
) -> dict:
    """An item with one row of every kind that refers to it or to its owner, each
    field that points at them used at least once (tests/test_relations.py
    checks that none is missing): history, submissions, evidence with a
    stored file, comments, the public status, lifecycle decisions, renewal
    links and overlap flags both ways, themes, letters, replies, watches,
    reminders, partners, focal points and a child body. Makes its own users,
    bodies and other items, so two calls never collide; an earlier item
    first, so that the item is second in an overlap flag too. Files go to
    the storage (tests set MEDIA_ROOT). Returns what it made, by name."""
    from django.core.files.base import ContentFile

    from decisions.models import (
        Comment,
        Evidence,
        Letter,
        LifecycleDecision,
        MemberResponse,
        MemberResponseChange,
        Membership,
        Notification,
        OverlapFlag,
        PublicStatus,
        ReminderSent,
        RenewalLink,
        Reply,
        StatusUpdate,
        Submission,
        Theme,
        Watch,
    )

    n = next(_seq)
    earlier_report = make_report(date=datetime.date(2010, 1, 1))
    earlier = make_item(decision=make_decision(earlier_report), owner=make_body())
    item = make_item(decision=decision, owner=owner)
    body = item.owner
    by = by or make_user(f"hanger{n}")
    focal = make_user(f"hanger-focal{n}")
    body.focal_points.add(focal)
    later = make_item(decision=make_decision(make_report(date=datetime.date(2030, 1, 1))))
    update = StatusUpdate.objects.create(
        item=item, author=by, old_status=item.status, new_status=item.status, note=f"note {n}"
    )
    pending = Submission.objects.create(
        item=item, author=focal, status=Status.IN_PROGRESS, note="pending", base_version=0
    )
    accepted = Submission.objects.create(
        item=item,
        author=focal,
        status=Status.IN_PROGRESS,
        note="accepted",
        base_version=0,
        state="accepted",
        update=update,
    )
    evidence = Evidence(
        item=item,
        submission=pending,
        original_name="proof.pdf",
        content_type="application/pdf",
        size=len(PROOF_PDF),
        added_by=focal,
    )
    evidence.file.save("proof.pdf", ContentFile(PROOF_PDF), save=False)
    evidence.save()
    Evidence.objects.create(
        item=item, submission=accepted, update=update, url="https://example.org/a"
    )
    comment = Comment.objects.create(item=item, author=by, text=f"@{focal.username} see")
    comment.mentions.add(focal)
    PublicStatus.objects.create(item=item, status=Status.IN_PROGRESS, note=f"public {n}")
    LifecycleDecision.objects.create(
        item=item, action="keep", reason="delivered", approved_by="the meeting", recorded_by=by
    )
    RenewalLink.objects.create(
        earlier_item=earlier, later_item=item, score=0.9, state="confirmed", first_item=earlier
    )
    RenewalLink.objects.create(earlier_item=item, later_item=later, score=0.8, first_item=item)
    OverlapFlag.objects.create(item_a=earlier, item_b=item, similarity=0.9)
    OverlapFlag.objects.create(item_a=item, item_b=later, similarity=0.8)
    theme = Theme.objects.order_by("pk").first() or Theme.objects.create(
        slug="test-theme", kind="focus", name_en="Test", name_fr="Test", name_ar="Test"
    )
    theme.items.add(item)
    other = make_item(decision=make_decision(earlier_report), owner=make_body())
    other.partners.add(body)
    item.partners.add(make_body())
    letter = Letter.objects.create(
        reference=f"OIC/GS/TEST/{n}",
        sent_on=datetime.date(2020, 1, 1),
        subject="Follow-up",
        recorded_by=by,
    )
    letter.recipients.add(body)
    letter.items.add(item)
    chaser = Letter.objects.create(
        reference=f"OIC/GS/TEST/{n}/2",
        chases=letter,
        sent_on=datetime.date(2020, 3, 1),
        subject="Chaser",
    )
    reply = Reply.objects.create(letter=letter, sender=body, received_on=datetime.date(2020, 2, 1))
    Evidence.objects.create(letter=letter, url="https://example.org/letter")
    Evidence.objects.create(reply=reply, url="https://example.org/reply")
    Watch.objects.create(user=by, item=item)
    Notification.objects.create(user=focal, item=item, subject="Digest", text="A change")
    Watch.objects.create(user=focal, body=body)
    ReminderSent.objects.create(user=focal, body=body, sent_on=datetime.date(2020, 1, 1), n_items=2)
    child = make_body(parent=body)
    Membership.objects.create(collective=body, member=child)
    Membership.objects.create(collective=make_body(), member=body, since=datetime.date(2000, 1, 1))
    MemberResponse.objects.create(item=item, member=child, status="acted", note=f"paid {n}")
    MemberResponse.objects.create(item=other, member=body, status="answered")
    # Their history, as decisions.responses.services writes it.
    MemberResponseChange.objects.create(item=item, member=child, status="acted", note=f"paid {n}")
    MemberResponseChange.objects.create(item=other, member=body, status="answered")
    made = {
        "by": by,
        "focal": focal,
        "earlier": earlier,
        "later": later,
        "update": update,
        "pending": pending,
        "evidence": evidence,
        "comment": comment,
        "letter": letter,
        "chaser": chaser,
        "reply": reply,
        "child": child,
        "partner_item": other,
    }
    return {"item": item, **made}


def utc_noon(year: int, month: int = 1) -> datetime.datetime:
    """Noon UTC on the first of the month: a time to date history rows."""
    return datetime.datetime(year, month, 1, 12, tzinfo=datetime.UTC)


def listed_item_ids(client, **params) -> list[int]:
    """The item ids the item list shows to `client`, in their order."""
    from django.urls import reverse

    html = client.get(reverse("decisions:item_list"), params).content.decode()
    ids = re.findall(r'href="/items/(\d+)/"', html)
    return list(dict.fromkeys(int(i) for i in ids))


class _FormFields(HTMLParser):
    """The controls of a page, each with the form it belongs to (its `form`
    attribute, else the form around it), as a browser associates them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[str] = []  # ids of the forms open around the parser
        self.controls: list[dict] = []
        self._select: dict | None = None
        self._option: dict | None = None
        self._textarea: dict | None = None

    def _control(self, tag: str, attrs: dict) -> dict:
        owner = attrs.get("form") or (self.forms[-1] if self.forms else "")
        control = {"tag": tag, "attrs": attrs, "form": owner, "options": [], "text": ""}
        self.controls.append(control)
        return control

    def handle_starttag(self, tag, attrs):
        attrs = {k: ("" if v is None else v) for k, v in attrs}
        if tag == "form":
            self.forms.append(attrs.get("id", f"#{len(self.controls)}"))
        elif tag in ("input", "button"):
            self._control(tag, attrs)
        elif tag == "select":
            self._select = self._control(tag, attrs)
        elif tag == "option" and self._select is not None:
            self._option = {"attrs": attrs, "text": ""}
            self._select["options"].append(self._option)
        elif tag == "textarea":
            self._textarea = self._control(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "form" and self.forms:
            self.forms.pop()
        elif tag == "select":
            self._select = self._option = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._option is not None:
            self._option["text"] += data
        if self._textarea is not None:
            self._textarea["text"] += data


def form_data(html: str, form_id: str, *, submitter: dict[str, str] | None = None,
              changes: dict[str, str | None] | None = None) -> list[tuple[str, str]]:  # fmt: skip
    """What a browser posts when the form `form_id` of `html` is submitted
    as the page shows it: every named control (empty text fields too,
    checked boxes only, each select's chosen option), then the submitter
    button's name and value if given. `changes` sets a field's value (for a
    checkbox, any value ticks it; None unticks it or leaves a field out)."""
    parser = _FormFields()
    parser.feed(html)
    changes = dict(changes or {})
    data: list[tuple[str, str]] = []
    for c in parser.controls:
        attrs, name = c["attrs"], c["attrs"].get("name")
        if c["form"] != form_id or not name or "disabled" in attrs:
            continue
        kind = attrs.get("type", "text").lower()
        if c["tag"] == "button" or kind in ("submit", "button", "reset", "image", "file"):
            continue
        if kind in ("checkbox", "radio"):
            checked = "checked" in attrs
            if name in changes:
                checked = changes.pop(name) is not None
            if checked:
                data.append((name, attrs.get("value", "on")))
            continue
        if c["tag"] == "select":
            options = c["options"]
            chosen = next((o for o in options if "selected" in o["attrs"]), options[0])
            value = chosen["attrs"].get("value", chosen["text"])
        elif c["tag"] == "textarea":
            value = c["text"].removeprefix("\n")
        else:
            value = attrs.get("value", "")
        if name in changes:
            value = changes.pop(name)
        if value is not None:
            data.append((name, value))
    assert not changes, f"no such field in form {form_id}: {sorted(changes)}"
    return data + list((submitter or {}).items())


def post_as_browser(client, url: str, data: list[tuple[str, str]], **kwargs):
    """POST `data` urlencoded as a browser sends a form, field by field in
    the page's order (the test client's dict would merge repeated names)."""
    from urllib.parse import urlencode

    body = urlencode(data)
    return client.generic(
        "POST", url, body, content_type="application/x-www-form-urlencoded", **kwargs
    )
