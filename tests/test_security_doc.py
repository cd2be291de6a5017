"""docs/SECURITY.md lists every input and every model with the hostile cases
tried on them and the tests that try them (issue 17, the guard).

A URL pattern (walked as the security matrix walks it), a model of the app, a
form or filter of the app, or a query parameter a view reads that is missing
from the page fails here; so does an entry that is gone, and a test the page
names that does not exist. Every query parameter and header the page lists is
then sent hostile values: never a server error."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.apps import apps
from django.urls import reverse

from decisions.models import Body
from decisions.models.catalog import Theme
from tests.factory import MALI_REPORT, make_body, make_item, make_user
from tests.test_input_cleaning import FILTERSETS, FORMS
from tests.test_security_matrix import url_names

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "SECURITY.md"
APP = ROOT / "decisions"

HOSTILE = ["\x00", str(2**63), "9" * 40, "-1", "<script>'\"x</script>", "x" * 5000, "\u202e1"]


# --- Reading the page -----------------------------------------------------------


def sections(text: str) -> dict[str, list[list[str]]]:
    """Section title -> its table rows whose first cell is a `name`, as cells."""
    out: dict[str, list[list[str]]] = {}
    title = ""
    for line in text.splitlines():
        if line.startswith("## "):
            title = line[3:].strip()
            out[title] = []
        elif line.startswith("| `") and title:
            out[title].append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return out


def _name(cell: str) -> str:
    match = re.match(r"`([^`]+)`", cell)
    assert match, cell
    return match.group(1)


def names(text: str, section: str) -> list[str]:
    return [_name(row[0]) for row in sections(text)[section]]


def query_rows(text: str) -> list[tuple[str, str]]:
    return [(_name(row[0]), _name(row[1])) for row in sections(text)["Query parameters"]]


def headers(text: str) -> list[str]:
    rows = sections(text)["Other inputs"]
    return [_name(row[0]) for row in rows if row[1].startswith("header")]


def cited_tests(text: str) -> set[tuple[str, str]]:
    return set(re.findall(r"(tests/[\w/]+\.py)(?:::(\w+))?", text))


def model_names() -> list[str]:
    return [m.__name__ for m in apps.get_app_config("decisions").get_models()]


def form_names() -> list[str]:
    return [c.__name__ for c in FORMS + FILTERSETS]


def _reads(source: str, where: str) -> set[str]:
    """The names read from request.<where> in `source`, however written:
    .get("x"), .get('x'), .getlist("x"), ["x"], "x" in request.<where>."""
    name = r"""["']([\w-]+)["']"""
    found = set(re.findall(rf"request\.{where}(?:\.get|\.getlist)?\s*[(\[]\s*{name}", source))
    return found | set(re.findall(rf"{name}\s+(?:not\s+)?in\s+request\.{where}\b", source))


def parameters_read() -> set[str]:
    """Query parameters the code reads: request.GET (or DRF's query_params)
    read in any way, any QueryDict's getlist("...") (request.GET handed to a
    form's helper, e.g. LetterForm.initial_from_query), the filters of every
    FilterSet and form bound to request.GET, and the API's pages."""
    read = set()
    for path in APP.rglob("*.py"):
        source = path.read_text()
        read |= _reads(source, "GET") | _reads(source, "query_params")
        read |= set(re.findall(r"""\.getlist\(\s*["'](\w+)["']""", source))
    for cls in FILTERSETS:
        read |= set(cls.base_filters)
    from decisions.lineage.forms import OverlapFilterForm, QueueFilterForm

    read |= set(QueueFilterForm.base_fields) | set(OverlapFilterForm.base_fields)
    return read | {"page_size"}


def post_fields_read() -> set[str]:
    """POST fields the code reads outside a form: request.POST read in any way."""
    return {name for path in APP.rglob("*.py") for name in _reads(path.read_text(), "POST")}


def other_inputs(text: str) -> set[str]:
    """The names of the "Other inputs" table (a row may name several)."""
    return {
        name for row in sections(text)["Other inputs"] for name in re.findall(r"`([^`]+)`", row[0])
    }


def test_every_post_field_read_outside_a_form_is_listed():
    missing = sorted(post_fields_read() - other_inputs(DOC.read_text()))
    assert missing == [], f"docs/SECURITY.md, Other inputs: add {missing}"


def test_the_readers_see_every_way_of_reading_a_parameter():
    source = """
        request.GET.get("a"); request.GET.get('b'); request.GET["c"]; request.GET.getlist("d")
        "e" in request.GET; 'f' not in request.POST; request.POST['g']
        request.query_params.get("h")
    """
    assert _reads(source, "GET") == {"a", "b", "c", "d", "e"}
    assert _reads(source, "POST") == {"f", "g"}
    assert _reads(source, "query_params") == {"h"}


def undocumented(text: str, *, urls, models, forms, params) -> dict[str, list[str]]:
    """What the page misses, and what it lists that is gone, by section."""
    documented_params = {param for _url, param in query_rows(text)}
    problems = {
        "URLs missing": sorted(set(urls) - set(names(text, "URLs"))),
        "URLs gone": sorted(set(names(text, "URLs")) - set(urls)),
        "models missing": sorted(set(models) - set(names(text, "Models"))),
        "models gone": sorted(set(names(text, "Models")) - set(models)),
        "forms missing": sorted(set(forms) - set(names(text, "Forms"))),
        "forms gone": sorted(set(names(text, "Forms")) - set(forms)),
        "parameters missing": sorted(set(params) - documented_params),
        "parameter URLs gone": sorted({u for u, _p in query_rows(text)} - set(urls)),
    }
    return {k: v for k, v in problems.items() if v}


# --- The page is complete and true ---------------------------------------------------


def test_the_security_page_lists_every_url_model_form_and_query_parameter():
    text = DOC.read_text()
    problems = undocumented(
        text, urls=url_names(), models=model_names(), forms=form_names(), params=parameters_read()
    )
    assert problems == {}, f"docs/SECURITY.md: {problems}"


def test_the_guard_catches_a_new_url_model_form_or_parameter_and_a_gone_one():
    text = DOC.read_text()
    without = "\n".join(
        line
        for line in text.splitlines()
        if not line.startswith(("| `decisions:search`", "| `Comment`", "| `LetterForm`"))
    )
    problems = undocumented(
        without,
        urls=[*url_names(), "decisions:throwaway"],
        models=[*model_names(), "Throwaway"],
        forms=form_names(),
        params=[*parameters_read(), "throwaway"],
    )
    assert problems["URLs missing"] == ["decisions:search", "decisions:throwaway"]
    assert problems["models missing"] == ["Comment", "Throwaway"]
    assert problems["forms missing"] == ["LetterForm"]
    assert problems["parameters missing"] == ["throwaway"]
    gone = undocumented(text, urls=[], models=[], forms=[], params=[])
    assert "decisions:search" in gone["URLs gone"] and "Comment" in gone["models gone"]


def test_every_test_the_security_page_names_exists():
    cited = cited_tests(DOC.read_text())
    assert len(cited) > 50
    for path, function in sorted(cited):
        source = ROOT / path
        assert source.is_file(), f"docs/SECURITY.md names {path}, which does not exist"
        if function:
            assert re.search(rf"^def {function}\(", source.read_text(), re.M), (
                f"docs/SECURITY.md names {path}::{function}, which does not exist"
            )


# --- What the page lists survives hostile values --------------------------------------


@pytest.fixture
def world(db):
    body = make_body("hostile-body", registered=True)
    item = make_item(owner=body)
    return {"body": body, "report": item.decision.report, "item": item}


# Path arguments of the URLs that take query parameters.
ARGS = {
    "decisions:body_detail": lambda w: [w["body"].slug],
    "decisions:theme_detail": lambda w: [Theme.objects.order_by("pk").first().slug],
    "decisions:report_detail": lambda w: [w["report"].pk],
    "decisions:report_followup_pdf": lambda w: [w["report"].pk],
    "decisions:report_followup_docx": lambda w: [w["report"].pk],
    "decisions:note_verbale_docx": lambda w: [w["body"].slug],
    "decisions:item_responses": lambda w: [
        make_item(owner=Body.objects.get(slug="member-states")).pk
    ],
    "decisions:intake_draft": lambda w: [_root_draft().pk],
}


def _root_draft():
    """A draft of the signed-in superuser's (drafts are each user's own)."""
    from django.contrib.auth.models import User

    from decisions.intake.drafts import draft_start

    root = User.objects.get(username="root")
    return draft_start(user=root, text=MALI_REPORT.read_text(encoding="utf-8"))[0]


@pytest.mark.parametrize(("url", "param"), query_rows(DOC.read_text()))
def test_every_documented_query_parameter_survives_hostile_values(client, world, url, param):
    client.raise_request_exception = False
    client.force_login(make_user("root", is_superuser=True, is_staff=True))
    path = reverse(url, args=ARGS[url](world) if url in ARGS else [])
    for value in HOSTILE:
        response = client.get(path, {param: value})
        assert response.status_code < 500, f"{url}?{param}={value[:20]!r}"


@pytest.mark.parametrize("header", headers(DOC.read_text()))
def test_every_documented_header_survives_hostile_values(client, world, header):
    client.raise_request_exception = False
    user = make_user("root", is_superuser=True, is_staff=True)
    pages = [
        ("get", reverse("decisions:dashboard"), {}),
        ("get", reverse("api:item-list"), {}),
        ("post", reverse("login"), {"username": "root", "password": "wrong"}),
    ]
    for value in HOSTILE:
        # As a WSGI server hands a header over: its bytes read as Latin-1.
        raw = value.encode("utf-8").decode("latin-1")
        for method, path, data in pages:
            client.force_login(user)
            response = getattr(client, method)(path, data, headers={header: raw})
            assert response.status_code < 500, f"{header}: {value[:20]!r} on {path}"
