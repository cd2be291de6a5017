"""Themes suggested for a paragraph from the catalogue's words."""

from __future__ import annotations

import re
import unicodedata

from decisions.themes.catalog import LANGUAGES, THEME_SLUGS, THEMES

# Arabic letters that often stick to the front of a word: and, with, for, as, so.
_AR_PREFIXES = "(?:[وفبكل]{0,2}(?:ال)?)?"


_TATWEEL = "\u0640"


def fold(text: str) -> str:
    """Case, accents and Arabic diacritics folded away; apostrophes unified;
    Arabic hamza forms of alif (أ إ آ) read as plain alif, as people type."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) and c != _TATWEEL)
    kept = kept.replace("\u2019", "'").replace("`", "'")
    return unicodedata.normalize("NFC", kept).translate(str.maketrans("أإآ", "ااا"))


def _pattern(keyword: str, language: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(part) for part in fold(keyword).split())
    if language == "ar":
        return re.compile(rf"(?<!\w){_AR_PREFIXES}{body}")
    return re.compile(rf"(?<!\w){body}")


_PATTERNS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    lang: tuple(
        (theme.slug, _pattern(kw, lang)) for theme in THEMES for kw in theme.keywords.get(lang, ())
    )
    for lang in LANGUAGES
}


def themes_suggest_for(decision_text: str, language: str) -> list[str]:
    """The theme slugs whose keywords occur in the paragraph, in taxonomy
    order. An unknown language tries every language's keywords."""
    text = fold(decision_text or "")
    languages = (language,) if language in _PATTERNS else LANGUAGES
    found = {
        slug for lang in languages for slug, pattern in _PATTERNS[lang] if pattern.search(text)
    }
    return [slug for slug in THEME_SLUGS if slug in found]
