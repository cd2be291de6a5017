"""A page copied with its HTML markup -> the text a reader sees.

Class of text: a web page whose stored copy kept its markup ("<span style=...>
The Council called on ...</span><br /><br /><span>..."), in any language. Its
paragraphs stand inside tags, often on one line, parted by line breaks
("<br />") or by closing block tags ("</p>", "</div>"): read as they are, the
whole page is one line, one paragraph, and no sentence opens it. Here a
closing block tag or a run of two line breaks or more becomes a break between
paragraphs (a blank line), a single line break a new line, every other tag
nothing; comments and the content of scripts and style sheets go with their
tags. Entities are left to the line reader (``lines.clean_inline``), which
unescapes them once. Only the tags of HTML elements count ("<Le Conseil ...>",
ASCII quotation marks, is text); a text with none is returned as it is.

Linear: each pattern stops at the next "<" or ">", and each scan for the end of
a comment or a script starts where the one before stopped.
"""

from __future__ import annotations

import re

__all__ = ["TAG_HEAD", "TAG_TAIL", "html_as_text"]

# What opens a tag: "<" or "</" not after another "<" ("<<Article 5>>", ASCII
# quotation marks, is text), before a name in one case ("<p", "<P"; "<Article"
# and "<Annexe", a bracketed word, are text).
TAG_HEAD = r"(?<!<)</?(?-i:(?=[a-z][a-z0-9]*[\s/>]|[A-Z][A-Z0-9]*[\s/>]))"
# What follows a tag's name, on one line up to the next ">": nothing, a closing
# slash, or attributes holding a value ('class="x"', "align=center") or one of
# a few bare ones ("<td nowrap>"); words with
# no "=" ("<A la demande du Conseil>", "<style guide>") are text. The look for
# "=" stops at the next "<", ">" or line end, as the attributes do.
TAG_TAIL = r"(?:\s+/|\s(?=[^<>\n]*=|(?:nowrap|noshade|border|hidden)[\s/>])[^<>\n]*)?\s*/?>"
# A tag of an HTML element (see above).
_ELEMENTS = (
    r"a|abbr|b|big|blockquote|br|center|code|div|em|font|h[1-6]|hr|i|img|li|ol|p|pre|q|s"
    r"|small|span|strike|strong|sub|sup|table|tbody|td|tfoot|th|thead|tr|u|ul|section"
    r"|article|header|footer|figure|figcaption|main|nav|aside|time|mark|cite|meta|link"
)
_TAG = rf"{TAG_HEAD}(?:{_ELEMENTS})(?=[\s/>]){TAG_TAIL}"
_ANY_TAG_RE = re.compile(_TAG, re.IGNORECASE)
# Paragraph breaks: a block element closing or opening, or line breaks in a row
# (the stray quotation marks a copy's escaping left between them go too:
# "<br />'' <br />''").
_BLOCK_TAGS = r"(?:p|div|li|ul|ol|h[1-6]|tr|table|blockquote|section|article|header|footer)"
_BREAK_RUN_RE = re.compile(
    r"(?:<br\s*/?>[\s'\"]*){2,}"
    rf"|{TAG_HEAD}{_BLOCK_TAGS}(?=[\s/>]){TAG_TAIL}",
    re.IGNORECASE,
)
_LINE_BREAK_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
# What holds no text a reader sees: a comment, a script, a style sheet.
_HIDDEN_OPEN_RE = re.compile(rf"<!--|(?<!<)<(script|style)(?=[\s>/]){TAG_TAIL}", re.IGNORECASE)
_HIDDEN_CLOSE_RE = {
    "": re.compile("-->"),
    "script": re.compile("</script", re.IGNORECASE),
    "style": re.compile("</style", re.IGNORECASE),
}


def _without_hidden(text: str) -> str:
    """``text`` without its comments and the content of its scripts and style
    sheets; one left open hides the rest of the page."""
    if "<!--" not in text and not re.search(r"<(?:script|style)", text, re.IGNORECASE):
        return text
    kept: list[str] = []
    at = 0
    while True:
        m = _HIDDEN_OPEN_RE.search(text, at)
        if m is None:
            kept.append(text[at:])
            break
        kept.append(text[at : m.start()])
        # Searched in the text itself, never in a lower-cased copy, whose places
        # shift after a letter that lower-cases to two ("İstanbul").
        end = _HIDDEN_CLOSE_RE[(m.group(1) or "").lower()].search(text, m.end())
        if end is None:
            break
        close = text.find(">", end.end() - 1)
        at = len(text) if close < 0 else close + 1
    return "".join(kept)


def html_as_text(text: str) -> str:
    """``text`` with its HTML markup read as a browser shows it (see above)."""
    if "<" not in text or not _ANY_TAG_RE.search(text):
        return text
    text = _without_hidden(text)
    text = _BREAK_RUN_RE.sub("\n\n", text)
    text = _LINE_BREAK_RE.sub("\n", text)
    return _ANY_TAG_RE.sub("", text)
