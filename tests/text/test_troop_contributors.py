"""The countries contributing troops or police, in a Security Council text,
are United Nations Member States (``un-member-states``): "troop-contributing
countries", "les pays fournisseurs de contingents et de personnel de police",
"les États fournisseurs de contingents", "البلدان المساهمة بقوات" (the troops
in its name, not an act asked). In another organisation's text
they stay as written. Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract_all
from tests.text.helpers import REGISTRY

SECURITY_COUNCIL = {
    "en": "Resolution 2701 (2023) Adopted by the Security Council at its 9500th meeting,"
    " on 5 June 2023. The Security Council,",
    "fr": "Résolution 2701 (2023) Adoptée par le Conseil de sécurité à sa 9500e séance,"
    " le 5 juin 2023. Le Conseil de sécurité,",
    "ar": "القرار ٢٧٠١ (٢٠٢٣) الذي اتخذه مجلس الأمن في جلسته ٩٥٠٠ المعقودة في ٥ حزيران/يونيه"
    " ٢٠٢٣. إن مجلس الأمن،",
}
PEACE_AND_SECURITY_COUNCIL = (
    "Communiqué adopted by the Peace and Security Council of the African Union at its"
    " 1100th meeting, held on 5 June 2023. The Peace and Security Council,"
)


def _owners(text: str, language: str, head: str) -> list[str]:
    [found] = extract_all([text], REGISTRY, language, head=head)
    return [r.owner.slug if r.owner.registered else r.owner.name for r in found.requests]


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Calls upon troop-contributing countries to ensure the conduct of their personnel;"),
        ("en", "Urges police-contributing countries to deploy female officers;"),
        ("fr", "Engage les pays fournisseurs de contingents et de personnel de police à agir ;"),
        ("fr", "Demande aux États fournisseurs de contingents de prendre des mesures ;"),
        ("ar", "يدعو البلدان المساهمة بقوات إلى اتخاذ التدابير اللازمة؛"),
        ("ar", "يدعو البلدان المساهمة بقوات وبأفراد شرطة إلى تدريب أفرادها؛"),
    ],
)
def test_troop_contributors_in_a_security_council_text_are_un_member_states(language, text):
    assert _owners(text, language, SECURITY_COUNCIL[language]) == ["un-member-states"]


def test_contributing_to_a_fund_is_an_act_not_a_name():
    text = "يدعو الدول الأعضاء إلى المساهمة في تمويل البعثة؛"
    assert _owners(text, "ar", SECURITY_COUNCIL["ar"]) == ["un-member-states"]


def test_troop_contributors_in_an_au_text_stay_as_written():
    text = "Calls upon troop-contributing countries to sustain their deployments;"
    assert _owners(text, "en", PEACE_AND_SECURITY_COUNCIL) == ["Troop-contributing countries"]
