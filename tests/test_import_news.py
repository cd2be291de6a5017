"""import_report --dry-run on a news page reporting a meeting in reported
speech: what the command shows a user (paragraph numbers, owners). A text
written for this test after the structure of such pages."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from decisions.models import ActionItem, Report

pytestmark = pytest.mark.django_db

NEWS_AR = (
    "الرئيسية | أخبار | اقتصاد | رياضة\n\n"
    "وزراء الإقليم يطالبون بالتهدئة\n\n"
    "العاصمة، 12 مايو/واس/ عقد المجلس الوزاري الإقليمي اجتماعا طارئا أمس برئاسة "
    "وزير الخارجية لبحث التطورات الأخيرة في المنطقة.\n\n"
    "ودعا المجلس الوزاري الإقليمي عقب اجتماعه الطارئ أمس مجلس الأمن إلى اتخاذ ما يلزم "
    "من إجراءات لوقف الاعتداءات.\n\n"
    "وطالب البيان الختامي بفتح المعابر وإدخال المساعدات دون عوائق إلى المدنيين.\n"
)


def test_a_news_page_dry_run_shows_the_body_asked_not_the_speaker(tmp_path):
    path = tmp_path / "news.ar.txt"
    path.write_text(NEWS_AR, encoding="utf-8")
    out = StringIO()
    call_command("import_report", str(path), "--dry-run", "--format", "json", stdout=out)
    data = json.loads(out.getvalue())
    owners = {
        d["number"]: [i["owner"]["slug"] for i in d["action_items"]] for d in data["decisions"]
    }
    # The dateline's lead is paragraph 1, read as a statement (the meeting held);
    # the final communiqué demanding an act asks nobody.
    assert owners == {"1": [], "2": ["un-security-council"], "3": []}
    assert not Report.objects.exists() and not ActionItem.objects.exists()
