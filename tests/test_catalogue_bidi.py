"""Marks of direction in the Arabic catalogue put what they mark where a
reader expects it.

A Latin token that opens with punctuation, such as a file extension
(".docx") or an option ("--days"), keeps its punctuation on its left only
when the mark before it is left-to-right (U+200E). A right-to-left mark
(U+200F) there makes the punctuation take the Arabic direction, and the
page shows "docx." and "xlsx. Excel" (seen under the evidence files of an
item's page, a letter and a reply)."""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings

from tests.test_i18n import read_po

ARABIC = Path(settings.BASE_DIR) / "locale" / "ar" / "LC_MESSAGES" / "django.po"
# A right-to-left mark, then punctuation, then a Latin letter.
RLM_BEFORE_LATIN = re.compile(r"\u200f[^\w\s]+[A-Za-z]")


def test_no_right_to_left_mark_sends_a_latin_token_s_punctuation_to_the_wrong_side():
    wrong = [
        (entry.msgid, text)
        for entry in read_po(ARABIC)
        for text in entry.msgstr.values()
        if RLM_BEFORE_LATIN.search(text)
    ]
    assert wrong == []


def test_the_check_finds_the_mark_it_looks_for():
    assert RLM_BEFORE_LATIN.search("Word \u200f.docx")
    assert not RLM_BEFORE_LATIN.search("Word \u200e.docx")
    assert not RLM_BEFORE_LATIN.search("\u200fقرار")
