"""French puts a space before a colon ("Fichier :"), as every French label of
the app does: a colon written after a translated word in a template
("{% translate "File" %}:") gave "Fichier:" on the import's review and
"Statut proposé:" under a submission on an item's page. The colon belongs to
the message, translated with it."""

from __future__ import annotations

import pytest
from django.conf import settings

from decisions.intake.drafts import draft_start
from decisions.models import Status, Submission
from tests.factory import MALI_REPORT, make_item, make_user

pytestmark = pytest.mark.django_db

LABELS = {
    "fr": ("Vérification avant importation : <bdi>", "Fichier : <bdi>", "Langue : fr"),
    "ar": ("المراجعة قبل الاستيراد: <bdi>", "الملف: <bdi>", "اللغة: fr"),
    "en": ("Review before import: <bdi>", "File: <bdi>", "Language: fr"),
}
PROPOSED = {"fr": "Statut proposé :", "ar": "الحالة المقترحة:", "en": "Proposed status:"}


def page_in(client, user, url: str, lang: str) -> str:
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = lang
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_the_import_review_writes_its_colons_as_the_language_does(client, lang):
    importer = make_user("imane", groups=("importers",))
    draft, _ = draft_start(user=importer, text=MALI_REPORT.read_text(encoding="utf-8"))
    page = page_in(client, importer, draft.get_absolute_url(), lang)
    for label in LABELS[lang]:
        assert label in page


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_a_submission_on_the_item_page_writes_its_colon_as_the_language_does(client, lang):
    item = make_item()
    focal = make_user("fatou", groups=("focal points",))
    item.owner.focal_points.add(focal)
    Submission.objects.create(
        item=item, author=focal, status=Status.IN_PROGRESS, note="done", base_version=0
    )
    page = page_in(client, focal, item.get_absolute_url(), lang)
    assert f"<p>{PROPOSED[lang]} " in page
