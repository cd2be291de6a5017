"""The review before import walked as a new user does (issue 18, part 5):
upload a report written for the test (English, French, Arabic), correct its
symbol, its meeting and an owner in one form, come back: everything is as
saved; a warning a correction settles is gone; no owner block is empty; the
meeting's date is written in the reader's language; bad input gets a clear
form error, never a 500."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from decisions.models import ImportDraft, Report
from tests.factory import form_data, make_user, post_as_browser

pytestmark = pytest.mark.django_db

# Title blocks with no symbol and no date, a session line, a subject line.
EN = """Ministerial Meeting on Water Security
On the shared management of river basins
Lomé

The Ministerial Meeting,

1. Requests the Water Observatory to publish an annual report on the basins.
2. Invites Member States to share their hydrological data.
"""

FR = """Réunion ministérielle sur la sécurité de l'eau
Sur la gestion partagée des bassins fluviaux
Lomé

La Réunion ministérielle,

1. Prie l'Observatoire de l'eau de publier un rapport annuel sur les bassins.
2. Invite les États membres à partager leurs données hydrologiques.
"""

AR = """الاجتماع الوزاري حول الأمن المائي
بشأن الإدارة المشتركة لأحواض الأنهار
لومي

إن الاجتماع الوزاري،

1- يطلب من مرصد المياه نشر تقرير سنوي عن الأحواض.
2- يدعو الدول الأعضاء إلى تبادل بياناتها الهيدرولوجية.
"""

TEXTS = {"en": EN, "fr": FR, "ar": AR}
SYMBOLS = {"en": "WAT/MM-3/2025/REP", "fr": "EAU/RM-3/2025/RAP", "ar": "قرار رقم 3/25 – م ع"}
MEETINGS = {"en": "Third Ministerial Meeting", "fr": "Troisième réunion ministérielle",
            "ar": "الاجتماع الوزاري الثالث"}  # fmt: skip
MONTHS = {"en": "March", "fr": "mars", "ar": "مارس"}


@pytest.fixture
def importer(client, db):
    user = make_user("nadia", groups=("importers",))
    client.force_login(user)
    return user


def _upload(client, language: str) -> ImportDraft:
    response = client.post(
        reverse("decisions:intake_new"),
        {"text": TEXTS[language], "source_name": f"water-{language}.txt"},
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    return ImportDraft.objects.get(source_name=f"water-{language}.txt")


def _page(client, draft, language="en") -> str:
    response = client.get(draft.get_absolute_url(), HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return response.content.decode()


def _save(client, draft, changes, language="en", status=302):
    data = form_data(_page(client, draft, language), "review", changes=changes)
    response = post_as_browser(
        client, draft.get_absolute_url(), data, HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == status, response.content.decode()[:3000]
    return response


def _warnings(html: str) -> str:
    found = re.search(r"<details class=\"card\"><summary>.*?</details>", html, re.S)
    return found.group() if found else ""


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_new_user_corrects_the_title_block_and_an_owner_in_one_save(client, importer, language):
    draft = _upload(client, language)
    html = _page(client, draft, language)
    # Read: the session's line is the meeting, not the subject under it; the
    # symbol and the date are asked for.
    first, subject = TEXTS[language].split("\n")[:2]
    meeting = re.search(r'name="report-meeting" value="([^"]*)"', html).group(1)
    assert meeting == first.replace("'", "&#x27;") and subject not in meeting
    assert "no document symbol" in _warnings(html) and "no meeting date" in _warnings(html)
    _save(
        client,
        draft,
        {
            "report-symbol": SYMBOLS[language],
            "report-meeting": MEETINGS[language],
            "report-date": "2025-03-12",
            "p-0-item-0-owner": "Hydrology Centre",
        },
        language,
    )
    # Come back: everything as saved, the settled warnings gone.
    html = _page(client, draft, language)
    assert f'name="report-symbol" value="{SYMBOLS[language]}"' in html
    assert f'name="report-meeting" value="{MEETINGS[language]}"' in html
    assert 'name="report-date" value="2025-03-12"' in html
    assert 'name="p-0-item-0-owner" value="Hydrology Centre"' in html
    assert "no document symbol" not in html and "no meeting date" not in html
    # The meeting's date in the reader's language.
    assert '<time datetime="2025-03-12">' in html and MONTHS[language] in html.split("<time")[1]
    # The import uses what was saved.
    response = client.post(reverse("decisions:intake_draft_import", args=[draft.pk]))
    assert response.status_code == 302
    report = Report.objects.get()
    assert (report.symbol, report.meeting, str(report.date)) == (
        SYMBOLS[language], MEETINGS[language], "2025-03-12"
    )  # fmt: skip


def test_no_owner_block_is_empty(client, importer):
    draft = _upload(client, "en")
    # An owner added in the new owner's row, then the page again.
    _save(client, draft, {"p-0-item-1-owner": "Basin Authority"})
    section = _page(client, draft).split('id="para-1"')[1].split("</section>")[0]
    rows = re.findall(r"<fieldset>.*?</fieldset>", section, re.S)
    assert len(rows) == 2
    for row in rows:
        assert re.search(r'-owner" value="[^"]+"', row), row
    # Clearing a request's only owner is refused with a clear message, not saved.
    response = _save(client, draft, {"p-1-item-0-owner": ""}, status=400)
    assert "A request needs at least one owner" in response.content.decode()


def test_a_second_save_keeps_the_first(client, importer):
    draft = _upload(client, "en")
    _save(client, draft, {"report-symbol": SYMBOLS["en"]})
    _save(client, draft, {"report-meeting": MEETINGS["en"]})
    html = _page(client, draft)
    assert f'value="{SYMBOLS["en"]}"' in html and f'value="{MEETINGS["en"]}"' in html


@pytest.mark.parametrize(
    "fields",
    [
        {"report-symbol": "\x00"},
        {"report-symbol": "\x07\x1b"},
        {"report-symbol": "S" * 10_000},
        {"report-meeting": "M" * 10_000},
        {"report-symbol": "A/B\nC"},
        {"report-date": "12 mars 2025"},
        {"p-0-item-0-owner": "O" * 10_000},
    ],
)
def test_bad_input_is_a_form_error_never_a_500(client, importer, fields):
    draft = _upload(client, "en")
    response = _save(client, draft, fields, status=400)
    html = response.content.decode()
    assert 'class="message message-error" role="alert"' in html
    draft.refresh_from_db()
    assert not draft.corrections


@pytest.mark.parametrize(
    "symbol", ["ЦК/12-2025/РЕП", "委员会/2025/3", "Ἀπόφασις 3/25", "الاجتماع/٣/٢٠٢٥", "WAT/MM-3 🌊"]
)
def test_a_symbol_in_any_script_is_kept_as_typed(client, importer, symbol):
    draft = _upload(client, "en")
    _save(client, draft, {"report-symbol": symbol})
    draft.refresh_from_db()
    assert draft.corrections["report"]["symbol"] == symbol
    assert f'name="report-symbol" value="{symbol}"' in _page(client, draft)
