"""Lists written inline (an item's partners, a letter's items, a focal
point's bodies...) are separated as the reader's language separates them:
"؛" in Arabic, where a semicolon typed in the templates showed a Latin ";"
between Arabic names."""

from __future__ import annotations

import datetime

import pytest
from django.conf import settings

from decisions.models import RenewalLink
from tests.factory import make_body, make_decision, make_item, make_report

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("lang", "separator"), [("ar", "؛ "), ("fr", "; "), ("en", "; ")])
def test_an_item_s_partners_are_separated_as_the_language_does(client, viewer, lang, separator):
    item = make_item()
    first = make_body("partner-a", name_en="Partner A", name_ar="الشريك أ")
    second = make_body("partner-b", name_en="Partner B", name_ar="الشريك ب")
    item.partners.add(first, second)
    client.force_login(viewer)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = lang
    assert f"</a>{separator}<a" in client.get(item.get_absolute_url()).content.decode()
    names = (first.name_ar, second.name_ar) if lang == "ar" else ("Partner A", "Partner B")
    assert separator.join(names) in client.get("/items/").content.decode()


@pytest.mark.parametrize(("lang", "separator"), [("ar", "، "), ("en", ", ")])
def test_the_renewals_proposed_for_an_item_are_separated_as_the_language_does(
    client, editor, lang, separator
):
    item = make_item(make_decision(make_report(date=datetime.date(2019, 1, 1))))
    for year in (2015, 2016):
        earlier = make_item(make_decision(make_report(date=datetime.date(year, 1, 1))))
        RenewalLink.objects.create(
            earlier_item=earlier, later_item=item, score=0.8, first_item=earlier
        )
    client.force_login(editor)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = lang
    page = client.get(item.get_absolute_url()).content.decode()
    proposals = page.split('href="/renewals/?report=')[0].rsplit("<p>", 1)[1]
    assert proposals.count("</a>" + separator + "<a") == 1, proposals
