"""With PUBLIC_READ, a visitor who may not read the internal data (not
signed in, or signed in without a role) reads through one public layer:
the public FilterSet over the public QuerySet. They match, sort and count
only what they see: the paragraph's text, the item's summary, the public
status, its note and its time. Never an internal note, status or time.

The guard at the end sends every parameter the project reads (every
FilterSet's, every one a view reads from the query string), each value a
filter or sort accepts, to every address of the project, first over the
public data alone, then again once internal data full of a word only it
holds has been written: what those visitors get back must not change."""

from __future__ import annotations

import datetime
import importlib
import pkgutil
import re
from pathlib import Path
from urllib.parse import urlencode

import django_filters
import pytest
from django.core.cache import cache, caches
from django.db.models import CharField, F, TextField, Value
from django.db.models.functions import Concat
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

import decisions
from decisions.correspondence import services as correspondence
from decisions.evidence import services as evidence
from decisions.lineage import lifecycle
from decisions.models import (
    ActionItem,
    Body,
    Comment,
    Evidence,
    Letter,
    LifecycleDecision,
    MemberResponse,
    MemberResponseChange,
    Membership,
    Notification,
    Reply,
    Status,
    StatusUpdate,
    Submission,
)
from decisions.models.catalog import Theme
from decisions.relations import hanging_models
from decisions.responses import services as responses
from decisions.visibility import INTERNAL, VISIBILITY
from decisions.workflow import services as workflow
from tests.factory import listed_item_ids as listed
from tests.factory import (
    make_body,
    make_decision,
    make_item,
    make_public_status,
    make_report,
    make_update,
    make_user,
)
from tests.factory import utc_noon as at

pytestmark = pytest.mark.django_db

# A word written only into internal data: notes, comments, submissions,
# letters, replies, lifecycle decisions, evidence.
SECRET = "zorblaxinternal"


# --- Who reads as the public ----------------------------------------------------


@pytest.fixture
def searchable(settings, editor):
    settings.PUBLIC_READ = True
    item = make_item(summary="Convene a meeting of experts.")
    make_update(item, note=f"Minister {SECRET} has not signed.", at=at(2020), by=editor)
    make_public_status(
        item, status=Status.IN_PROGRESS, note="Invitations were sent.", at=at(2021), by=editor
    )
    return item


def test_a_signed_in_user_without_a_role_searches_as_the_public(client, searchable):
    client.force_login(make_user())
    assert listed(client, q=SECRET) == []
    assert listed(client, q="invitations") == [searchable.pk]


def test_a_signed_in_user_without_a_role_sees_the_item_as_the_public(client, searchable):
    client.force_login(make_user())
    html = client.get(searchable.get_absolute_url()).content.decode()
    assert "Invitations were sent." in html
    assert SECRET not in html
    assert 'id="history-heading"' not in html


def test_a_viewer_sees_the_history(client, searchable, viewer):
    client.force_login(viewer)
    html = client.get(searchable.get_absolute_url()).content.decode()
    assert SECRET in html and 'id="history-heading"' in html


# --- The guard: one public boundary ---------------------------------------------


@pytest.fixture
def world(settings, editor):
    """Two bodies, a report, three items (two with a public status that
    differs from the internal one, one without), themes, due dates, and
    internal data of every kind, none of it holding the secret word yet."""
    settings.PUBLIC_READ = True
    body, other = make_body("pub-body"), make_body("other-body")
    report = make_report("OIC/PUB-2017/REP")
    due = {"past": datetime.date(2001, 1, 1), "future": datetime.date(2099, 1, 1)}
    a = make_item(
        make_decision(report), owner=body, status=Status.IN_PROGRESS, due_date=due["past"]
    )
    b = make_item(make_decision(report), owner=other, status=Status.STALLED, due_date=due["future"])
    c = make_item(make_decision(report), owner=body, status=Status.NOT_STARTED)
    a.partners.add(other)
    Theme.objects.get(slug="security").items.add(a, c)
    make_update(a, note="First steps.", at=at(2020, 1), by=editor)
    make_update(b, note="Waiting.", at=at(2020, 2), by=editor)
    make_update(c, note="Not yet.", at=at(2020, 3), by=editor)
    make_public_status(
        a, status=Status.COMPLETED, note="Done, says the body.", at=at(2021, 1), by=editor
    )
    make_public_status(b, status=Status.NOT_STARTED, note="", at=at(2021, 2), by=editor)
    # Internal data of every kind.
    workflow.comment_add(item=a, text="A comment.", by=editor)
    focal = make_user(groups=("focal points",))
    other.focal_points.add(focal)
    returned = workflow.submission_create(
        item=b, status=Status.IN_PROGRESS, note="Submitted.", by=focal, base_version=b.version
    )
    workflow.submission_return(submission=returned, by=editor, comment="Returned.")
    workflow.submission_create(
        item=b, status=Status.STALLED, note="Pending.", by=focal, base_version=b.version
    )
    letter = correspondence.letter_record(
        reference="OIC/GS/2023/1",
        sent_on=datetime.date(2023, 1, 5),
        subject="Subject.",
        recipients=[body],
        items=[a],
        by=editor,
    )
    correspondence.reply_record(
        letter=letter, sender=body, received_on=datetime.date(2023, 2, 5), summary="Yes.", by=editor
    )
    evidence.evidence_add(by=editor, links=["https://example.org/proof"], item=a)
    lifecycle.lifecycle_decide(
        item=a,
        action="keep",
        reason="delivered",
        approved_by="The minister",
        note="Kept.",
        by=editor,
    )
    # A request made of a group's members, two of which answered, one twice.
    group = make_body("pub-group", kind="group")
    for member in (body, other):
        Membership.objects.create(collective=group, member=member)
    d = make_item(make_decision(report), owner=group)
    for member, status, version in ((body, "asked", 0), (body, "acted", 1), (other, "declined", 0)):
        responses.member_response_record(
            item=d,
            member=member,
            values=responses.ResponseValues(status=status, note="Their answer."),
            by=editor,
            expected_version=version,
        )
    Notification.objects.create(user=editor, item=a, subject="Digest", text="A change.")
    return {"items": (a, b, c), "group_item": d, "bodies": (body, other), "report": report}


INTERNAL_MODELS = (
    StatusUpdate,
    Comment,
    Submission,
    Letter,
    Reply,
    Evidence,
    LifecycleDecision,
    MemberResponse,
    MemberResponseChange,
    Notification,
)


def free_text_fields(model) -> list[str]:
    return [
        f.name
        for f in model._meta.concrete_fields
        if isinstance(f, CharField | TextField) and not f.choices
    ]


def test_the_guard_rewrites_every_internal_model_that_holds_text():
    """A new internal model with text on an item or a body is in the world
    and rewritten, or this fails: the guard is not a list to forget."""
    missing = [
        m._meta.label
        for m in hanging_models(ActionItem, Body)
        if VISIBILITY.get(m._meta.label) == INTERNAL
        and free_text_fields(m)
        and m not in INTERNAL_MODELS
    ]
    assert missing == [], f"add {missing} to the world and to INTERNAL_MODELS"


def rewrite_internal_data(world) -> None:
    """Change everything internal, and only that: the secret word into every
    text of every internal row, the statuses behind a public status, the
    order and times of the history."""
    for model in INTERNAL_MODELS:
        texts = free_text_fields(model)
        assert model.objects.exists(), model
        model.objects.update(**{name: Concat(F(name), Value(f" {SECRET}")) for name in texts})
    a, b, c = world["items"]
    now = timezone.now()
    ActionItem.objects.filter(pk=a.pk).update(status=Status.STALLED, updated_at=now)
    ActionItem.objects.filter(pk=b.pk).update(status=Status.COMPLETED, updated_at=now)
    # c has no public status: its status is the one shown; only its history changes.
    for item, when in ((a, at(2023, 3)), (b, at(2023, 1)), (c, at(2019, 1))):
        StatusUpdate.objects.filter(item=item).update(created_at=when)


def filter_sets() -> list[type[django_filters.FilterSet]]:
    """Every FilterSet the project defines (every module imported first)."""
    for module in pkgutil.walk_packages(decisions.__path__, "decisions."):
        if ".migrations." not in module.name:
            importlib.import_module(module.name)
    found, todo = [], [django_filters.FilterSet]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("decisions."):
                found.append(sub)
    return found


# request.GET.get("x"), request.GET["x"], request.GET.getlist("x"), request.query_params...
READS_PARAM = re.compile(
    r"""request\.(?:GET|query_params)(?:\.get|\.getlist)?\(?\[?\s*["'](\w+)["']"""
)


def parameter_names() -> set[str]:
    """Every query parameter the project reads: its FilterSets' (sorts
    included), DRF's pagination, and every `request.GET` read in its code."""
    from decisions.api.pagination import Pagination

    names = {name for fs in filter_sets() for name in fs.base_filters}
    names |= {Pagination.page_query_param, Pagination.page_size_query_param}
    for path in Path(decisions.__file__).parent.rglob("*.py"):
        names |= set(READS_PARAM.findall(path.read_text(encoding="utf-8")))
    return names


def probe_values(f: django_filters.Filter) -> list[str]:
    """Every value worth sending to filter `f`: a new kind of filter has no
    probe until one is written here, and the guard fails until then."""
    if isinstance(f, django_filters.OrderingFilter):
        keys = [value for value, _ in f.extra["choices"]]
        return [k for key in keys for k in (key, f"-{key}")]
    if isinstance(f, django_filters.ModelChoiceFilter):
        # The choices that hold the world's items, and one that holds none.
        field = f.extra.get("to_field_name") or "pk"
        choices = list(f.queryset.all())
        holding = [o for o in choices if ActionItem.objects.filter(**{f.field_name: o}).exists()]
        return [str(getattr(o, field)) for o in dict.fromkeys(holding + choices[:1])]
    if isinstance(f, django_filters.ChoiceFilter | django_filters.MultipleChoiceFilter):
        return [str(value) for value, _ in f.extra["choices"]]
    if isinstance(f, django_filters.DateFilter):
        return ["2000-06-01", "2050-06-01"]
    if isinstance(f, django_filters.IsoDateTimeFilter):
        return ["2000-06-01T00:00:00Z", "2050-06-01T00:00:00Z"]
    if isinstance(f, django_filters.CharFilter | django_filters.NumberFilter):
        return [SECRET]
    raise AssertionError(f"no probe for the filter {f.field_name} ({type(f).__name__}): add one")


def item_list_requests(client) -> list[tuple[str, dict]]:
    """The item list with every filter and sort its public FilterSet has,
    each with every value it accepts; and the list of a theme and a body."""
    response = client.get(reverse("decisions:item_list"))
    public_filter = response.context["filter"]
    requests = [
        (reverse("decisions:item_list"), {name: value})
        for name, f in public_filter.filters.items()
        for value in probe_values(f)
    ]
    assert {name for _, params in requests for name in params} == set(public_filter.filters)
    return requests


def addresses(world, more: dict[str, list[str]] | None = None) -> list[str]:
    """Every address of the project with each of the world's objects in its
    arguments (an id of any kind, any slug); admin screens once each.
    `more`: other values by argument name or converter (`pk`, `uuid`...)."""
    items = world["items"]
    ints = sorted(
        {x.pk for x in items}
        | {world["group_item"].pk}
        | {world["report"].pk}
        | {x.decision_id for x in items}
        | set(Submission.objects.values_list("pk", flat=True))
        | set(Letter.objects.values_list("pk", flat=True))
    )
    ids = [str(i) for i in ints]
    slugs = [world["bodies"][0].slug, world["bodies"][1].slug, "security"]
    values = {"int": ids, "pk": ids, "slug": slugs}
    for name, extra in (more or {}).items():
        values[name] = values.get(name, []) + [v for v in extra if v not in values.get(name, [])]
    urls: set[str] = set()

    def walk(patterns, prefix: str) -> None:
        for p in patterns:
            route = str(p.pattern)
            if isinstance(p, URLResolver):
                walk(p.url_patterns, prefix + route)
                continue
            assert isinstance(p, URLPattern)
            full = prefix + route
            if full.startswith("admin/"):
                continue  # the admin needs staff: its front page is checked below
            # A regular expression's groups (the API's router) as arguments.
            full = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"<\1>", full).replace("^", "").replace("$", "")
            options = [full]
            for match in re.finditer(r"<(?:(\w+):)?(\w+)>", full):
                converter, name = match[1], match[2]
                fills = values.get(name) or values.get(converter or "") or ["x"]
                options = [o.replace(match[0], v, 1) for o in options for v in fills]
            urls.update("/" + o for o in options)

    walk(get_resolver().url_patterns, "")
    urls.add(reverse("admin:index"))
    return sorted(urls)


TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')


def snapshot(client, requests) -> dict:
    cache.clear()  # what the visitor is served is computed, not remembered
    caches["pages"].clear()  # this process's copies of the cached content too
    out = {}
    for url, params in requests:
        response = client.get(url, params)
        body = b"" if response.streaming else response.content
        out[(url, tuple(sorted(params.items())))] = (
            response.status_code,
            response.get("Location", ""),
            TOKEN.sub("", body.decode("utf-8", "replace")),
        )
    return out


@pytest.fixture(params=["anonymous", "signed-in without a role"])
def public_client(request, client):
    if request.param != "anonymous":
        client.force_login(make_user())
    return client


def test_the_guard_knows_every_parameter_of_every_filter_set():
    names = parameter_names()
    for expected in ("q", "report", "owner", "theme", "status", "o", "page", "lang", "since"):
        assert expected in names
    for fs in filter_sets():
        for f in fs.base_filters.values():
            probe_values(f)  # a filter of a new kind has no probe yet: it fails


def test_what_the_public_gets_back_never_depends_on_internal_data(public_client, world):
    client = public_client
    everything = dict.fromkeys(parameter_names(), SECRET)
    requests = item_list_requests(client)
    for url in addresses(world):
        requests += [(url, {}), (url, everything)]
    before = snapshot(client, requests)
    rewrite_internal_data(world)
    after = snapshot(client, requests)
    changed = [
        f"{url}?{urlencode(params)}"
        for url, params in before
        if before[url, params] != after[url, params]
    ]
    assert changed == [], "what the public gets back changed with internal data alone"
    for (_url, params), (status, _location, content) in after.items():
        if not params and status == 200:
            assert SECRET not in content, _url
    # The words of the internal data match nothing, wherever they are asked for.
    for name in ("q", "report", "paragraph"):
        response = client.get(reverse("decisions:item_list"), {name: SECRET})
        assert response.context["page"].paginator.count == 0
    assert client.get(reverse("decisions:search"), {"q": SECRET}).context["results"].total == 0


def test_the_trend_and_the_page_as_of_a_date_show_the_public_nothing_internal(public_client, world):
    """The history is internal: the chart, its table and the pages as of a
    date (?as_of=) give the public the same answer whatever it holds."""
    a, b, _c = world["items"]
    # An internal change of status behind b's public one (rewrite_internal_data
    # then moves it from mid-2020 to 2023).
    make_update(b, note="", status=Status.COMPLETED, at=at(2020, 6), by=make_user())
    body, report = a.owner, a.decision.report
    pages = [
        reverse("decisions:dashboard"),
        body.get_absolute_url(),
        report.get_absolute_url(),
        reverse("decisions:theme_detail", args=["security"]),
    ]
    days = [{}, {"as_of": "2020-01-15"}, {"as_of": "2022-06-01"}, {"as_of": "2023-06-01"}]
    requests = [(url, params) for url in pages for params in days]
    before = snapshot(public_client, requests)
    assert all(status == 200 for status, _, _ in before.values())
    assert 'class="trend-chart"' in before[pages[0], ()][2]
    rewrite_internal_data(world)
    after = snapshot(public_client, requests)
    assert [k for k in before if before[k] != after[k]] == []
    for _status, _location, content in after.values():
        assert SECRET not in content
