"""Arabic reports: folding, numbering, dates, verbs, bodies with joined
particles, and the Arabic version of the Mali report giving the French
version's owners paragraph by paragraph."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from decisions.text.folding import fold_key, fold_text, strip_marks
from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract
from decisions.text.titleblock import language_of

from .helpers import REPORT_PATH, registry

AR_REPORT = Path(__file__).parent / "data" / "OIC-ACM-2017-MALI-REP.ar.md"
AR = registry("ar")
HEAD = "**OIC/CFM-44/2017/REP**\n\n**تقرير الاجتماع**\n\n**أبوظبي، الإمارات**\n\n"


def ar_owners(text: str) -> list[str]:
    return [r.owner.slug for r in extract(text, AR).requests]


def test_folding_unifies_alef_ya_and_ta_marbuta_and_keeps_positions():
    text = "أكّد إلى القمة، ٢٠١٧"
    assert fold_text(text) == "اكّد الي القمه, 2017"
    assert len(fold_text(text)) == len(text)


def test_strip_marks_drops_tashkeel_tatweel_and_direction_marks():
    assert strip_marks("كلّفَ الأمـــين\u200f العامَّ") == "كلف الأمين العام"
    assert fold_key("الأمانةُ العامّة") == fold_key("الامانه العامه")
    assert strip_marks("Réunion") == "Réunion"


@pytest.mark.parametrize(
    "marker",
    ["١-", "١.", "1.", "أولاً:", "اولا -"],
)
def test_it_reads_arabic_indic_western_and_ordinal_word_numbering(marker):
    second = {"١-": "٢-", "١.": "٢.", "1.": "2.", "أولاً:": "ثانياً:", "اولا -": "ثانيا -"}[marker]
    text = (
        HEAD + f"{marker} يرحب الاجتماع بالتقدم المحرز.\n\n"
        f"{second} يطلب من الأمين العام متابعة ذلك.\n"
    )
    report = parse_report(text)
    assert [p.text[:5] for p in report.paragraphs] == ["يرحب ", "يطلب "]
    assert report.language == "ar"


def test_ordinal_words_go_up_to_twenty_and_beyond():
    words = [
        "أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً", "تاسعاً",
        "عاشراً", "حادي عشر", "ثاني عشر", "ثالث عشر", "رابع عشر", "خامس عشر", "سادس عشر",
        "سابع عشر", "ثامن عشر", "تاسع عشر", "عشرون", "الحادي والعشرون",
    ]  # fmt: skip
    text = HEAD + "\n\n".join(f"{w}: يؤكد الاجتماع موقفه رقم {i}." for i, w in enumerate(words))
    report = parse_report(text)
    assert [p.number for p in report.paragraphs] == [strip_marks(w) for w in words]
    assert not [w for w in report.warnings if "consecutive" in w]


@pytest.mark.parametrize("month", ["سبتمبر", "أيلول", "أيلول/سبتمبر"])
def test_the_gregorian_date_is_the_date_beside_a_hijri_one(month):
    text = (
        f"**OIC/CFM-44/2017/REP**\n\n**تقرير الاجتماع**\n\n**نيويورك، مقر الأمم المتحدة**\n\n"
        f"**٢٩ ذو الحجة ١٤٣٨ هـ الموافق ٢٠ {month} ٢٠١٧م**\n\n"
        "١- يطلب الاجتماع من الأمين العام متابعة تنفيذ هذا القرار.\n"
    )
    report = parse_report(text)
    assert report.date == dt.date(2017, 9, 20)
    assert report.place == "نيويورك"


@pytest.mark.parametrize(
    "sentence",
    [
        "طلب الاجتماع من الأمين العام متابعة تنفيذ القرار.",
        "يطلب إلى الأمين العامّ أن يتابع تنفيذ القرار.",
        "وكلّف الاجتماعُ الأمينَ العام بمتابعة تنفيذ القرار.",
        "يكلف الأمين العام بمتابعة تنفيذ القرار.",
        "يناشد الأمين العام متابعة تنفيذ القرار.",
        "جدد الاجتماع نداءه إلى الأمين العام لمتابعة تنفيذ القرار.",
        "دعا الاجتماع الأمين العام إلى متابعة تنفيذ القرار.",
        "يحث الأمين العام على متابعة تنفيذ القرار.",
    ],
)
def test_each_arabic_request_verb_names_its_owner(sentence):
    assert ar_owners(sentence) == ["secretary-general"]


@pytest.mark.parametrize(
    "sentence",
    [
        "أكد الاجتماع دعم الأمين العام.",
        "رحب الاجتماع بتقرير الأمين العام.",
        "أشاد الاجتماع بجهود الدول الأعضاء.",
        "أحاط الاجتماع علماً بتقرير الأمين العام.",
        "أعرب الاجتماع عن تقديره للدول الأعضاء.",
    ],
)
def test_arabic_statement_verbs_make_a_statement(sentence):
    assert extract(sentence, AR).kind == "statement"


def test_bodies_are_found_behind_joined_particles():
    text = "يدعو الدول الأعضاء وللدول المضيفة والبنك الإسلامي للتنمية إلى تقديم الدعم."
    assert ar_owners(text) == ["member-states", "host-countries", "isdb"]


def test_partners_after_bialtaawun_maa_and_a_deadline_phrase():
    text = "يطلب من الأمين العام، بالتعاون مع اليونسكو، إعداد تقرير في أقرب وقت ممكن."
    (request,) = extract(text, AR).requests
    assert request.owner.slug == "secretary-general"
    assert [p.slug for p in request.partners] == ["unesco"]
    assert request.due_text == "في أقرب وقت ممكن"


def test_an_arabic_due_date():
    text = "يطلب من الأمين العام تقديم تقرير قبل ١٥ مارس ٢٠١٨."
    (request,) = extract(text, AR).requests
    assert request.due_date == dt.date(2018, 3, 15)


def test_an_arabic_text_is_labelled_arabic():
    assert language_of(AR_REPORT.read_text(encoding="utf-8")) == "ar"


def test_the_arabic_mali_report_has_the_french_owners_paragraph_by_paragraph():
    fr = parse_report(REPORT_PATH.read_text(encoding="utf-8"))
    ar = parse_report(AR_REPORT.read_text(encoding="utf-8"))
    assert (ar.symbol, ar.date, ar.language) == (fr.symbol, fr.date, "ar")
    assert len(ar.paragraphs) == len(fr.paragraphs) == 14
    fr_reg = registry("fr")
    for fr_para, ar_para in zip(fr.paragraphs, ar.paragraphs, strict=True):
        fr_found = extract(fr_para.text, fr_reg).requests
        ar_found = extract(ar_para.text, AR).requests
        registered = [r.owner.slug for r in fr_found if r.owner.registered]
        assert [r.owner.slug for r in ar_found if r.owner.registered] == registered, fr_para.number
        assert any(not r.owner.registered for r in ar_found) == any(
            not r.owner.registered for r in fr_found
        ), fr_para.number
        fr_partners = [p.slug for r in fr_found for p in r.partners]
        assert [p.slug for r in ar_found for p in r.partners] == fr_partners
