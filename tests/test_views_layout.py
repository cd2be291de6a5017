"""The layout shared by every page: navigation, log in and out, one colour
per status."""

from __future__ import annotations

import re

from django.conf import settings
from django.urls import reverse

from decisions.models import STATUS_COLOURS, Status
from decisions.reporting.followup import followup_build
from decisions.reporting.followup_files import followup_html
from tests.factory import make_item, make_user


def test_the_nav_links_every_section_and_marks_the_current_one(client, viewer):
    client.force_login(viewer)
    content = client.get(reverse("decisions:body_list")).content.decode()
    for name in ("dashboard", "item_list", "body_list", "report_list"):
        assert f'href="{reverse(f"decisions:{name}")}"' in content
    assert f'<a href="{reverse("decisions:body_list")}" aria-current="page">Bodies</a>' in content


def test_every_role_finds_the_renewals_and_duplicates_queues_in_the_nav(client, editor, viewer):
    renewals = reverse("decisions:renewal_queue")
    duplicates = reverse("decisions:duplicates")
    client.force_login(editor)
    nav = client.get(reverse("decisions:dashboard")).content.decode().split("</nav>")[0]
    assert f'<a href="{renewals}">Renewals</a>' in nav
    assert f'<a href="{duplicates}">Possible duplicates</a>' in nav
    nav = client.get(renewals).content.decode().split("</nav>")[0]
    assert f'<a href="{renewals}" aria-current="page">Renewals</a>' in nav
    # A viewer may read the queues (and decides nothing there): linked too,
    # as every page a role may open (tests/test_reachable.py).
    client.force_login(viewer)
    nav = client.get(reverse("decisions:dashboard")).content.decode().split("</nav>")[0]
    assert f'<a href="{renewals}">Renewals</a>' in nav
    assert f'<a href="{duplicates}">Possible duplicates</a>' in nav


def test_the_admin_link_is_shown_to_staff_only(client, viewer):
    client.force_login(viewer)
    assert b'href="/admin/"' not in client.get(reverse("decisions:dashboard")).content
    staff = make_user(groups=("viewers",), is_staff=True)
    client.force_login(staff)
    assert b'href="/admin/"' in client.get(reverse("decisions:dashboard")).content


def test_logout_is_a_post_form_with_a_csrf_token(client, viewer):
    client.force_login(viewer)
    content = client.get(reverse("decisions:dashboard")).content.decode()
    form = re.search(r'<form method="post" action="/accounts/logout/".*?</form>', content, re.S)
    assert form is not None
    assert 'name="csrfmiddlewaretoken"' in form.group(0)


def test_logging_out_by_post_ends_the_session(client, viewer):
    client.force_login(viewer)
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert client.get(reverse("decisions:dashboard")).status_code == 302


def test_the_login_page_uses_the_layout_and_logs_in(client, viewer):
    page = client.get(reverse("login"), {"next": "/items/"})
    assert page.status_code == 200
    content = page.content.decode()
    assert 'link rel="stylesheet"' in content
    assert '<label for="id_username">' in content
    assert 'name="next" value="/items/"' in content
    response = client.post(
        reverse("login"),
        {"username": "viewer", "password": "secret-pass-123", "next": "/items/"},
    )
    assert response["Location"] == "/items/"


def test_a_wrong_password_is_reported(client, viewer):
    response = client.post(reverse("login"), {"username": "viewer", "password": "wrong"})
    assert response.status_code == 200
    assert b"didn't match" in response.content


HEX = re.compile(r"#[0-9a-fA-F]{3,8}\b")
STATUS_RULE = re.compile(r"\.status-([a-z_]+)\s*\{([^}]*)\}")


def test_the_stylesheet_gives_each_status_its_model_colour():
    """app.css is static: this is what keeps it equal to STATUS_COLOURS."""
    css = (settings.BASE_DIR / "static" / "css" / "app.css").read_text()
    found = {}
    for status, body in STATUS_RULE.findall(css):
        colours = HEX.findall(body)
        if colours:
            found.setdefault(status, set()).update(c.lower() for c in colours)
    assert found == {value: {colour} for value, colour in STATUS_COLOURS.items()}


def test_the_followup_report_takes_its_status_colours_from_the_model(db):
    """The PDF's stylesheet is generated from STATUS_COLOURS, not copied."""
    source = settings.BASE_DIR / "templates" / "decisions" / "followup" / "report.html"
    assert not STATUS_RULE.search(source.read_text())
    item = make_item(status=Status.STALLED)
    html = followup_html(followup_build(item.decision.report, "en"))
    for value, colour in STATUS_COLOURS.items():
        assert f".status-{value} {{ border-color: {colour}; }}" in html
    assert 'class="status-stalled"' in html or "status-stalled" in html.split("</style>")[1]


def test_pages_use_no_inline_style_attribute(client, admin_user, db):
    client.force_login(admin_user)
    for name in ("dashboard", "item_list", "body_list", "report_list"):
        assert b"style=" not in client.get(reverse(f"decisions:{name}")).content, name


def test_the_dashboard_bodies_and_reports_share_one_counts_table(client, viewer):
    make_item(status=Status.STALLED)
    client.force_login(viewer)
    for name in ("dashboard", "body_list", "report_list"):
        response = client.get(reverse(f"decisions:{name}"))
        used = [t.name for t in response.templates]
        assert "decisions/includes/_counts_table.html" in used, name
        content = response.content.decode()
        # The columns, in the one order the include gives them.
        heads = re.findall(r'<th scope="col"[^>]*>([^<]+)</th>', content)
        assert heads[-6:] == ["Progress", "Items", "Completed", "In progress", "Stalled", "Overdue"]


# --- What the header offers a visitor (issue 20) -------------------------------


def _header(page) -> str:
    return page.content.decode().split("</header>")[0]


def test_the_login_page_shows_a_visitor_no_menu_and_no_search(client, db):
    header = _header(client.get(reverse("login")))
    assert reverse("decisions:item_list") not in header
    assert reverse("decisions:body_list") not in header
    assert 'role="search"' not in header
    assert "Log in" in header
    assert 'name="language"' in header  # the language can still be chosen


def test_a_signed_in_user_without_a_role_gets_no_menu(client, db):
    client.force_login(make_user("norole"))
    header = _header(client.get(reverse("login")))
    assert reverse("decisions:item_list") not in header
    assert 'role="search"' not in header


def test_a_reader_gets_the_menu_and_the_search(client, viewer):
    client.force_login(viewer)
    header = _header(client.get(reverse("login")))
    assert reverse("decisions:item_list") in header
    assert 'role="search"' in header


def test_with_public_read_a_visitor_gets_the_menu_and_the_search(client, db, settings):
    settings.PUBLIC_READ = True
    header = _header(client.get(reverse("login")))
    assert reverse("decisions:item_list") in header
    assert 'role="search"' in header


def _nav(client, url_name="decisions:dashboard", **headers) -> str:
    return client.get(reverse(url_name), **headers).content.decode().split("</nav>")[0]


def test_the_menu_is_kept_per_kind_of_visitor_and_never_carries_a_name(client, editor, viewer):
    """The menu is rendered once and kept (the "nav" cache): each kind of
    visitor still gets its own, and nothing of one user shows to another."""
    editor.first_name, viewer.first_name = "Aminata", "Bakary"
    editor.save(), viewer.save()
    review = reverse("decisions:review_queue")
    client.force_login(editor)
    first = _nav(client)
    assert review in first and "Aminata" in first
    client.force_login(viewer)
    second = _nav(client)
    assert review not in second
    assert "Bakary" in second and "Aminata" not in second
    client.force_login(editor)
    token = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')
    again = _nav(client)
    assert token.sub("", again) == token.sub("", first)  # the kept menu, this user's name


def test_a_role_given_shows_in_the_menu_at_once(client, viewer):
    review = reverse("decisions:review_queue")
    client.force_login(viewer)
    assert review not in _nav(client)
    viewer.groups.add(*type(viewer.groups.first()).objects.filter(name="editors"))
    assert review in _nav(client)


def test_the_menu_follows_the_language_and_the_current_page(client, viewer):
    client.force_login(viewer)
    assert ">Bodies</a>" in _nav(client)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    french = _nav(client, "decisions:body_list")
    assert "Organes" in french or "Entités" in french or ">Bodies<" not in french
    assert 'aria-current="page"' in french.split(reverse("decisions:body_list"))[1][:30]
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
    arabic = _nav(client, "decisions:report_list")
    assert 'dir="rtl"' in client.get(reverse("decisions:report_list")).content.decode()
    assert arabic != french
    assert 'aria-current="page"' in arabic.split(reverse("decisions:report_list"))[1][:30]


def test_the_kept_header_holds_no_name_token_or_address_and_each_request_gets_its_own(
    client, editor, viewer
):
    """The header is kept per kind of visitor (decisions/templatetags/layout.py)
    with holes for the user's name, the page's address and the CSRF token:
    nothing kept carries them, and each request's page shows its own."""
    from django.core.cache import caches

    editor.first_name, viewer.first_name = "Aminata", "Bakary"
    editor.save(), viewer.save()
    token = re.compile(r'name="csrfmiddlewaretoken" value="([^"]*)"')
    pages = {}
    for user, query in ((editor, "?q=first-address"), (viewer, "?q=second-address")):
        client.force_login(user)
        for _ in range(2):  # the second from what was kept
            page = _header(client.get(reverse("floor") + query))
        pages[user.first_name] = page
        assert query[3:] in page
        assert user.first_name in page
        assert len(set(token.findall(page))) == 1
    assert "Bakary" not in pages["Aminata"] and "Aminata" not in pages["Bakary"]
    nav = caches["nav"]
    kept = [nav.get(k.split(":", 2)[2]) for k in list(nav._cache) if "site_header:" in k]
    assert kept
    text = "".join("".join(pieces) for pieces in kept)
    tokens = token.findall(pages["Aminata"]) + token.findall(pages["Bakary"])
    for secret in ("Aminata", "Bakary", "first-address", "second-address", *tokens):
        assert secret not in text


def test_the_header_escapes_the_address_and_the_name_as_the_template_does(client, db):
    user = make_user("odd", groups=("viewers",))
    user.first_name = '<b>"O\'Neil"</b>'
    user.save()
    client.force_login(user)
    for _ in range(2):
        page = _header(client.get(reverse("floor") + '?x="><script>&y=1'))
    assert "<b>" not in page and "&lt;b&gt;&quot;O&#x27;Neil&quot;&lt;/b&gt;" in page
    assert '?x=%22%3E%3Cscript%3E&amp;y=1"' in page
    assert "<script>" not in page
