"""Kinds of phrasing beyond the OIC report: UN/AU-style clauses opened by a
capitalised verb, infinitive clauses after "decided on the following:",
renewed requests, and generic addressees kept for review; in French,
English and Arabic."""

from __future__ import annotations

import pytest

from decisions.text.bodies import unregistered
from decisions.text.paragraphs import DuplicateNumberError, parse_report
from decisions.text.requests import extract

from .helpers import REGISTRY, registry

UN_FR = """**S/RES/2999 (2018)**

**Résolution 2999 (2018)**

**Adoptée par le Conseil de sécurité le 28 juin 2018**

*Le Conseil de sécurité*,

*Rappelant* ses résolutions antérieures sur la situation au Mali,

Réaffirmant son ferme attachement à la souveraineté du Mali,

Décide de proroger le mandat de la Mission jusqu'au 30 juin 2019.

Prie le Secrétaire général de lui faire rapport tous les trois mois.

Invite les gouvernements intéressés à coopérer pleinement avec la Mission
et avec le Groupe d'experts.

Demande instamment à toutes les parties de respecter le cessez-le-feu.
"""

DECIDED_EN = """**OIC/IPHRC/2018/REP**

**Report of the meeting of the Steering Committee**

**Jeddah, 5 March 2018**

The Steering Committee met in Jeddah and, after deliberations, decided on the following:

- To request the Secretary General to submit a report to the next session.
- To encourage the Islamic Development Bank to continue its work.
- To welcome the progress made.
"""

DECIDED_AR = """**OIC/SC/2018/REP**

**تقرير اجتماع اللجنة التوجيهية**

**جدة، ٥ مارس ٢٠١٨**

وبعد المداولات، قرر الاجتماع ما يلي:

- الطلب من الأمين العام تقديم تقرير إلى الدورة القادمة.
- دعوة الدول الأعضاء إلى دعم البرنامج.
- الترحيب بالتقدم المحرز.
"""


def owners_of(text: str, reg=REGISTRY) -> list[tuple[str, bool]]:
    return [(r.owner.slug, r.owner.registered) for r in extract(text, reg).requests]


def test_unnumbered_french_clauses_opened_by_a_capitalised_verb_are_paragraphs():
    report = parse_report(UN_FR)
    texts = [p.text.split()[0] for p in report.paragraphs]
    assert texts == ["Décide", "Prie", "Invite", "Demande"]
    assert report.paragraphs[2].text.endswith("avec le Groupe d'experts.")
    assert owners_of(report.paragraphs[1].text) == [("secretary-general", True)]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (DECIDED_EN, [["secretary-general"], ["isdb"], []]),
        (DECIDED_AR, [["secretary-general"], ["member-states"], []]),
    ],
)
def test_infinitive_clauses_after_decided_on_the_following(text, kinds):
    report = parse_report(text)
    reg = registry(report.language)
    found = [[r.owner.slug for r in extract(p.text, reg).requests] for p in report.paragraphs]
    assert found == kinds


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("The Conference reiterated its request to the Secretary-General to follow up.",
         "secretary-general"),
        ("The Conference again requested the Member States to contribute.", "member-states"),
        ("La Réunion a réitéré son appel à l'ISESCO pour prendre les mesures nécessaires.",
         "isesco"),
        ("La Conférence a décidé de demander au Secrétaire général de faire rapport.",
         "secretary-general"),
        ("The Meeting decided to request the Secretary-General to convene a meeting.",
         "secretary-general"),
        ("وجدد الاجتماع طلبه إلى الأمين العام لمتابعة التنفيذ.", "secretary-general"),
    ],
)  # fmt: skip
def test_renewed_and_infinitive_requests_name_their_owner(text, slug):
    assert [r.owner.slug for r in extract(text, registry("ar")).requests] == [slug]


@pytest.mark.parametrize(
    ("text", "name", "bare"),
    [
        ("Calls upon all parties to respect the ceasefire.", "All parties", "Parties"),
        ("Calls upon all parties concerned.", "All parties concerned", "Parties concerned"),
        ("Urges the governments concerned to cooperate.", "Governments concerned", None),
        ("Calls on the authorities to investigate.", "Authorities", None),
        ("Demande à toutes les parties de cesser les hostilités.", "Toutes les parties", "Parties"),
        ("Invite les gouvernements intéressés.", "Gouvernements intéressés", None),
        ("يدعو جميع الأطراف إلى احترام وقف إطلاق النار.", "جميع الأطراف", "الأطراف"),
        ("يحث الحكومات المعنية.", "الحكومات المعنية", None),
    ],
)
def test_generic_addressees_are_kept_for_review_never_dropped(text, name, bare):
    """Shown as written, quantifier and all; one body with the bare name."""
    (request,) = extract(text, REGISTRY).requests
    assert (request.owner.name, request.owner.registered) == (name, False)
    assert request.owner.slug == unregistered(bare or name).slug


def test_a_flattened_numbering_is_refused_unless_renumbered():
    text = (
        "**OIC/T/1**\n\n**Report of the meeting**\n\n**Jeddah, 5 March 2018**\n\n"
        "1. The Meeting welcomed the report.\n1. The Meeting requested the IsDB to act.\n"
        "2. The Meeting noted the progress.\n"
    )
    with pytest.raises(DuplicateNumberError) as info:
        parse_report(text)
    assert info.value.line == 8
    report = parse_report(text, renumber=True)
    assert [p.number for p in report.paragraphs] == ["1", "2", "3"]
