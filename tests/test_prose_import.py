"""A news page with no numbered operative part, through the command."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from decisions.models import ActionItem, Decision, Report

pytestmark = pytest.mark.django_db


def test_a_news_page_is_read_by_a_dry_run_as_paragraphs_numbered_by_order(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text(
        "Accueil | Politique | Contact\n\n"
        "Sommet : la Conférence se félicite des avancées (communiqué)\n\n"
        "Au sujet de la transition, la Conférence se félicite des progrès accomplis. "
        "La Conférence demande à la Commission d'envoyer une mission d'évaluation.\n\n"
        "Par ailleurs, elle exhorte les Autorités de transition à publier un calendrier.\n\n"
        "Agence XYZ\n",
        encoding="utf-8",
    )
    out = StringIO()
    call_command("import_report", str(path), "--dry-run", "--format", "json", stdout=out)
    data = json.loads(out.getvalue())
    owners = {
        d["number"]: [i["owner"]["name"] for i in d["action_items"]] for d in data["decisions"]
    }
    assert list(owners) == ["1", "2"]
    assert any("Commission" in n for n in owners["1"])
    assert owners["2"] == ["Autorités de transition"]
    assert not (Report.objects.exists() or Decision.objects.exists() or ActionItem.objects.exists())
