"""From the matrix of a request made of all the Member States, an editor
drafts a note verbale to every State that has not answered: one per
Permanent Mission, each in its working language, quoting the paragraph in
that language where a version was imported (issue 22)."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.urls import reverse
from docx import Document

from decisions.models import ActionItem, Body, DecisionTranslation, Membership
from decisions.responses.services import ResponseValues, member_response_record
from tests.factory import make_body, make_decision, make_item, make_report, make_user

pytestmark = pytest.mark.django_db

ENGLISH = "Requests the Member States to contribute to the trust fund for Mali."
FRENCH = "Demande aux États membres de contribuer au fonds d'affectation spéciale pour le Mali."
ARABIC = "يطلب من الدول الأعضاء المساهمة في الصندوق الاستئماني لمالي."


@pytest.fixture
def item() -> ActionItem:
    report = make_report(language="en")
    decision = make_decision(report, number="7", text=ENGLISH)
    DecisionTranslation.objects.create(decision=decision, language="fr", text=FRENCH)
    return make_item(decision=decision, owner=Body.objects.get(slug="member-states"))


def answer(item, slug):
    member_response_record(
        item=item,
        member=Body.objects.get(slug=slug),
        values=ResponseValues(status="answered"),
        by=None,
        expected_version=0,
    )


def drafts_url(item) -> str:
    return reverse("decisions:item_responses_notes_verbales", args=[item.pk])


def unzip(response) -> dict[str, str]:
    """Each file of the ZIP, as the text of its paragraphs."""
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    return {
        name: "\n".join(p.text for p in Document(io.BytesIO(archive.read(name))).paragraphs)
        for name in archive.namelist()
    }


def test_an_editor_sees_the_button_and_gets_one_draft_per_state_that_has_not_answered(
    client, editor, item
):
    for slug in ("mali", "egypt", "pakistan"):
        answer(item, slug)
    client.force_login(editor)
    page = client.get(reverse("decisions:item_responses", args=[item.pk])).content.decode()
    assert f'<form method="post" action="{drafts_url(item)}"' in page
    assert "each of the 54 members that have not answered" in page
    assert "Draft the notes verbales" in page

    response = client.post(drafts_url(item))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "notes-verbales-item-" in response["Content-Disposition"]
    files = unzip(response)
    assert len(files) == 54
    names = set(files)
    assert "note-verbale-senegal-fr.docx" in names
    assert "note-verbale-saudi-arabia-ar.docx" in names
    assert "note-verbale-indonesia-en.docx" in names
    assert not {n for n in names if n.startswith(("note-verbale-mali-", "note-verbale-egypt-"))}


def test_each_draft_goes_to_the_permanent_mission_in_its_working_language(client, editor, item):
    client.force_login(editor)
    files = unzip(client.post(drafts_url(item)))
    senegal = files["note-verbale-senegal-fr.docx"]
    assert "la Mission permanente du Sénégal auprès de l'Organisation" in senegal
    assert FRENCH in senegal and "[original anglais]" not in senegal  # its French version
    jordan = files["note-verbale-jordan-ar.docx"]
    assert "البعثة الدائمة" in jordan and "مذكرة شفوية" in jordan
    assert ENGLISH in jordan and "[الأصل بالإنجليزية]" in jordan  # no Arabic version
    indonesia = files["note-verbale-indonesia-en.docx"]
    assert "the Permanent Mission of Indonesia to the Organisation" in indonesia
    assert ENGLISH in indonesia and "paragraph 7" in indonesia


def test_an_arabic_version_is_quoted_in_the_arabic_drafts(client, editor, item):
    DecisionTranslation.objects.create(decision=item.decision, language="ar", text=ARABIC)
    client.force_login(editor)
    files = unzip(client.post(drafts_url(item)))
    assert ARABIC in files["note-verbale-egypt-ar.docx"]
    assert "[الأصل" not in files["note-verbale-egypt-ar.docx"]


def test_a_state_whose_working_language_is_not_known_gets_a_draft_in_english(client, editor, item):
    Body.objects.filter(slug="chad").update(working_language="")
    client.force_login(editor)
    assert "note-verbale-chad-en.docx" in unzip(client.post(drafts_url(item)))


def test_a_state_that_left_is_not_written_to(client, editor, item):
    import datetime

    Membership.objects.filter(member__slug="mali").update(until=datetime.date(2001, 1, 1))
    client.force_login(editor)
    names = unzip(client.post(drafts_url(item)))
    assert len(names) == 56 and "note-verbale-mali-fr.docx" not in names


def test_when_every_state_answered_there_is_nothing_to_draft(client, editor):
    group = make_body("islamic-ngos-test", kind="group")
    Membership.objects.create(collective=group, member=make_body("ngo-a"))
    item = make_item(owner=group)
    answer(item, "ngo-a")
    client.force_login(editor)
    page = client.get(reverse("decisions:item_responses", args=[item.pk])).content.decode()
    assert "Draft the notes verbales" not in page
    response = client.post(drafts_url(item), follow=True)
    assert "Every member has answered: no note verbale to draft." in response.content.decode()


def test_a_viewer_and_a_focal_point_get_no_button_and_403(client, viewer, item):
    client.force_login(viewer)
    page = client.get(reverse("decisions:item_responses", args=[item.pk])).content.decode()
    assert "Draft the notes verbales" not in page
    assert client.post(drafts_url(item)).status_code == 403
    focal = make_user(groups=("focal points",))
    Body.objects.get(slug="mali").focal_points.add(focal)
    client.force_login(focal)
    assert client.post(drafts_url(item)).status_code == 403


def test_get_is_405_and_anonymous_goes_to_the_login_page(client, editor, item):
    assert client.post(drafts_url(item)).status_code == 302
    client.force_login(editor)
    assert client.get(drafts_url(item)).status_code == 405


def test_a_post_without_the_csrf_token_is_refused(editor, item):
    from django.test import Client

    checked = Client(enforce_csrf_checks=True)
    checked.force_login(editor)
    assert checked.post(drafts_url(item)).status_code == 403


def test_an_item_of_a_body_without_members_is_404(client, editor):
    client.force_login(editor)
    assert client.post(drafts_url(make_item(owner=make_body()))).status_code == 404
    assert (
        client.post(reverse("decisions:item_responses_notes_verbales", args=[999999])).status_code
        == 404
    )
