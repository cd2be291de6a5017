# ruff: noqa: E501  (the English report below keeps its paragraphs on one line each)
"""A second language version of a report: imported through report_import,
linked to the first version paragraph by paragraph, shown side by side."""

from __future__ import annotations

import pytest

from decisions.intake import importing
from decisions.items import services as item_services
from decisions.models import (
    ActionItem,
    Decision,
    DecisionTranslation,
    Report,
    ReportTranslation,
    StatusUpdate,
)
from tests.factory import MALI_REPORT

pytestmark = pytest.mark.django_db

# The Mali report in English, translated from the French original.
MALI_EN = """\
**OIC/ACM-2017/MALI-REP**

**REPORT
OF THE MEETING OF THE CONTACT GROUP
ON
MALI HELD ON THE SIDELINES OF THE ANNUAL COORDINATION MEETING
OF THE MINISTERS OF FOREIGN AFFAIRS**

**NEW YORK, UNITED NATIONS HEADQUARTERS**

**20 SEPTEMBER 2017.**

The OIC Contact Group on Mali met at ministerial level on 20 September 2017 on the sidelines of the Annual Coordination Meeting of the Ministers of Foreign Affairs in New York. The meeting reviewed the latest developments in Mali and in the implementation of the peace process. It was briefed by the Minister of Foreign Affairs of Mali and by the Secretary-General, and it heard the statements of other members of the Contact Group.

In its deliberations on the implementation of the Agreement for Peace and Reconciliation in Mali emanating from the Algiers process and on the peace-building process in Mali, the Meeting decided as follows:

- i. The Meeting reaffirmed its firm commitment to the principles of the sovereignty, unity and territorial integrity of Mali.
- ii. The Meeting reiterated its strong condemnation of violent extremism and terrorism in all their forms and manifestations, of organised crime, drug trafficking and human trafficking, which continue to jeopardise peace, security and stability in Mali and in the whole Sahel region.
- iii. The Meeting reaffirmed the unreserved support of the OIC as one of the guarantors of the Agreement for Peace and Reconciliation in Mali emanating from the Algiers process and reiterated the will of the Organisation to continue to work actively with the Government of Mali during the critical phase of implementation by taking an effective part in the work of the Monitoring and Implementation Committee. It urged the Malian parties that signed the agreement to expedite the implementation process.
- iv. The Meeting welcomed the significant progress made so far in the implementation of the peace agreement and the inclusive approach adopted by the Government of Mali to accelerate it. In this context, the Meeting welcomed the installation of the interim local administrations in the northern regions and the setting up of the operational coordination mechanism for the joint patrols. It called for an end to the clashes in Kidal.
- v. The Meeting took note of the fragile situation still prevailing in and around Kidal and stressed the need to accelerate the restoration of State authority in all regions of the country through a comprehensive and inclusive approach. In this regard, it strongly condemned the violent clashes that occurred in the region in July between some rival Tuareg armed groups that signed the peace agreement.
- vi. The Meeting called upon the groups of protagonists and the movements involved in the violence, which is a violation of the ceasefire in force, to respect their obligations and the ceasefire of May 2014. It called upon the troublemakers and the enemies of peace to refrain from their negative activities or face serious sanctions.
- vii. The Meeting welcomed the adoption of resolution 2374 (2017) establishing a sanctions regime against those who obstruct the peace process.
- viii. The Meeting welcomed the establishment by the leaders of five Sahel countries, including Mali, of the joint force to fight terrorism, transnational organised crime and human trafficking in their common area. It stressed the importance for Member States of supporting this regional collaboration between the Sahel countries and noted that such concrete collective action would greatly help to face the wave of cross-border attacks by jihadist and terrorist groups that spread insecurity throughout the region.
- ix. In this framework, the Meeting expressed its support for the holding of the Planning Conference provided for by Security Council resolution 2359 (2017) on 16 December 2017 in Brussels and requested Member States to support it.
- x. The Meeting requested Member States and the OIC financial institutions, in particular the IsDB, to provide all the assistance needed for the long-term development of Mali within the framework of the OIC and of the United Nations Integrated Strategy for the Sahel. It also requested them to contribute massively to the socio-economic development of Mali.
- xi. The Meeting welcomed the development projects and other forms of assistance provided by Member States in their bilateral cooperation with Mali and strongly invited them to increase their commitment to the country. In this regard, it mandated the Secretary-General to take the necessary steps that could lead to the creation of the Special Trust Fund as decided by the 12th Islamic Summit.
- xii. The Meeting also requested Member States, OIC institutions and Islamic NGOs to continue to provide generous humanitarian assistance to relieve the suffering of Malian displaced persons and refugees, including by supporting the efforts of the host countries and of the Government of Mali.
- xiii. The Meeting reiterated its call on ISESCO and IRCICA to take the necessary measures, in collaboration with UNESCO, to restore, preserve and protect the rich Islamic cultural heritage of Mali.
- xiv. The Meeting requested the Secretary-General to send to Mali as soon as possible a joint OIC needs-assessment mission, composed of the competent OIC institutions and interested members of the Contact Group, to assess the security, socio-economic, humanitarian and development situation and to submit a report on the possibility of providing financial, material and technical assistance to Mali in these areas.
"""


def import_fr():
    return importing.report_import(text=MALI_REPORT.read_text("utf-8"), source_name="mali.fr.md")


def import_en(text: str = MALI_EN):
    return importing.report_import(text=text, source_name="mali.en.md")


def test_the_english_version_is_linked_to_the_french_report():
    import_fr()
    result = import_en()
    report = Report.objects.get()
    assert report.language == "fr"
    assert result.translation_of == report
    assert result.created_translation
    translation = ReportTranslation.objects.get()
    assert (translation.report, translation.language) == (report, "en")
    assert translation.title.startswith("Report of the meeting of the Contact Group on Mali")
    assert result.linked_paragraphs == 14
    xiv = DecisionTranslation.objects.get(decision__number="xiv")
    assert xiv.language == "en"
    assert xiv.text.startswith("The Meeting requested the Secretary-General to send to Mali")
    assert xiv.decision.text.startswith("La Réunion a demandé au Secrétaire général")


def test_it_creates_no_decision_nor_action_item():
    import_fr()
    n_decisions, n_items = Decision.objects.count(), ActionItem.objects.count()
    result = import_en()
    assert (Decision.objects.count(), ActionItem.objects.count()) == (n_decisions, n_items)
    assert result.created_decisions == result.created_items == 0
    assert Report.objects.count() == 1


def test_importing_the_english_version_again_changes_nothing():
    import_fr()
    import_en()
    again = import_en()
    assert not again.created_translation
    assert again.linked_paragraphs == 0
    assert ReportTranslation.objects.count() == 1
    assert DecisionTranslation.objects.count() == 14


def test_a_paragraph_missing_from_either_version_gives_a_warning():
    import_fr()
    start = MALI_EN.index("- xiii.")
    end = MALI_EN.index("- xiv.")
    text = MALI_EN[:start] + MALI_EN[end:]
    text += "- xv. The Meeting decided to remain seized of the matter.\n"
    result = import_en(text)
    assert any("paragraph xiii of the fr version is missing" in w for w in result.warnings)
    assert any("paragraph xv of the en version has no counterpart" in w for w in result.warnings)
    assert not DecisionTranslation.objects.filter(decision__number="xiii").exists()
    assert DecisionTranslation.objects.count() == 13


def test_a_changed_translation_is_reported_not_applied():
    import_fr()
    import_en()
    changed = MALI_EN.replace("firm commitment", "unwavering commitment")
    result = import_en(changed)
    assert result.changed_paragraphs == ["i"]
    assert "firm commitment" in DecisionTranslation.objects.get(decision__number="i").text


def test_the_same_language_again_takes_the_usual_path():
    import_fr()
    result = import_fr()
    assert result.translation_of is None
    assert not ReportTranslation.objects.exists()


def test_statuses_and_notes_survive_the_translation_import(editor):
    import_fr()
    item = ActionItem.objects.filter(decision__number="xiv").first()
    item_services.action_item_set_status(
        item=item, status="in_progress", note="Mission planned.", by=editor
    )
    import_en()
    item.refresh_from_db()
    assert item.status == "in_progress"
    assert StatusUpdate.objects.count() == 1


def test_the_item_page_shows_both_texts_side_by_side(client, viewer):
    import_fr()
    import_en()
    item = ActionItem.objects.filter(decision__number="xiv").first()
    client.force_login(viewer)
    html = client.get(item.get_absolute_url()).content.decode()
    assert 'lang="fr"' in html and 'lang="en"' in html
    assert "La Réunion a demandé au Secrétaire général" in html
    assert "The Meeting requested the Secretary-General to send to Mali" in html


def test_the_report_page_shows_both_texts_side_by_side(client, viewer):
    import_fr()
    import_en()
    client.force_login(viewer)
    html = client.get(Report.objects.get().get_absolute_url()).content.decode()
    assert "La Réunion a réaffirmé son attachement ferme" in html
    assert "The Meeting reaffirmed its firm commitment" in html
