"""Word's styles and list numbering, read from the document's parts: the labels
Word would show before each paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .limits import MAX_LABEL_CHARS, MAX_LIST_COUNTER

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


_FALSE = {"0", "false", "off", "none"}


_MAX_STYLE_DEPTH = 20


def _part_element(part: object, kind: str) -> etree._Element | None:
    """The XML of an optional part ("styles", "numbering"), without creating a default."""
    for rel in part.rels.values():  # type: ignore[attr-defined]
        if not rel.is_external and rel.reltype.rsplit("/", 1)[-1] == kind:
            return getattr(rel.target_part, "element", None)
    return None


def _val(element: etree._Element | None, default: str | None = None) -> str | None:
    if element is None:
        return default
    return element.get(W + "val", default)


def _on(element: etree._Element | None) -> bool:
    return element is not None and (_val(element) or "true").lower() not in _FALSE


@dataclass
class _Style:
    based_on: str | None = None
    num_id: str | None = None
    ilvl: int | None = None
    outline: int | None = None
    bold: bool | None = None


class _Styles:
    def __init__(self, root: etree._Element | None) -> None:
        self.styles: dict[str, _Style] = {}
        self.default: str | None = None
        if root is None:
            return
        for el in root.iter(W + "style"):
            if el.get(W + "type", "paragraph") != "paragraph":
                continue
            style_id = el.get(W + "styleId") or ""
            style = _Style(based_on=_val(el.find(W + "basedOn")))
            ppr = el.find(W + "pPr")
            if ppr is not None:
                num_pr = ppr.find(W + "numPr")
                if num_pr is not None:
                    style.num_id = _val(num_pr.find(W + "numId"))
                    style.ilvl = _int(_val(num_pr.find(W + "ilvl")))
                style.outline = _int(_val(ppr.find(W + "outlineLvl")))
            rpr = el.find(W + "rPr")
            if rpr is not None and rpr.find(W + "b") is not None:
                style.bold = _on(rpr.find(W + "b"))
            self.styles[style_id] = style
            if _on_attr(el.get(W + "default")):
                self.default = style_id

    def chain(self, style_id: str | None) -> list[tuple[str, _Style]]:
        """The style and those it is based on, nearest first."""
        out: list[tuple[str, _Style]] = []
        current = style_id or self.default
        while current and current in self.styles and len(out) < _MAX_STYLE_DEPTH:
            if any(current == seen for seen, _ in out):
                break
            style = self.styles[current]
            out.append((current, style))
            current = style.based_on
        return out


def _on_attr(value: str | None) -> bool:
    return value is not None and value.lower() not in _FALSE


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None


def _counter(value: int | None) -> tuple[int | None, bool]:
    """A list counter's start value within 0..MAX_LIST_COUNTER; and whether it was cut."""
    if value is None or 0 <= value <= MAX_LIST_COUNTER:
        return value, False
    return min(max(value, 0), MAX_LIST_COUNTER), True


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None  # lvlRestart: None = after any higher level, 0 = never
    legal: bool = False  # isLgl: show every level in decimal
    style: str | None = None  # pStyle: the paragraph style this level belongs to


def _read_levels(parent: etree._Element) -> tuple[dict[int, _Level], bool]:
    """The levels of a list definition; and whether a start value was cut."""
    levels: dict[int, _Level] = {}
    capped = False
    for lvl in parent.findall(W + "lvl"):
        ilvl = _int(lvl.get(W + "ilvl"))
        if ilvl is None or not 0 <= ilvl <= 8:
            continue
        level = _Level()
        level.fmt = _val(lvl.find(W + "numFmt"), "decimal") or "decimal"
        level.text = (_val(lvl.find(W + "lvlText"), "") or "")[:MAX_LABEL_CHARS]
        start, cut = _counter(_int(_val(lvl.find(W + "start"))))
        capped = capped or cut
        level.start = start if start is not None else (0 if level.fmt == "decimalZero" else 1)
        level.restart = _int(_val(lvl.find(W + "lvlRestart")))
        level.legal = _on(lvl.find(W + "isLgl"))
        level.style = _val(lvl.find(W + "pStyle"))
        levels[ilvl] = level
    return levels, capped


@dataclass
class _Num:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # lvlOverride/startOverride
    levels: dict[int, _Level] = field(default_factory=dict)  # lvlOverride/lvl


class _Numbering:
    """Word's list counters, advanced paragraph by paragraph in document order."""

    def __init__(self, root: etree._Element | None, styles: _Styles) -> None:
        self.styles = styles
        self.abstracts: dict[str, dict[int, _Level]] = {}
        self.style_links: dict[str, str] = {}  # abstract id -> numStyleLink style
        self.nums: dict[str, _Num] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.restarted: set[tuple[str, int]] = set()
        self.capped = False  # a start value was cut to MAX_LIST_COUNTER
        if root is None:
            return
        for el in root.findall(W + "abstractNum"):
            abstract_id = el.get(W + "abstractNumId") or ""
            self.abstracts[abstract_id], cut = _read_levels(el)
            self.capped = self.capped or cut
            link = _val(el.find(W + "numStyleLink"))
            if link:
                self.style_links[abstract_id] = link
        for el in root.findall(W + "num"):
            num = _Num(_val(el.find(W + "abstractNumId"), "") or "")
            for override in el.findall(W + "lvlOverride"):
                ilvl = _int(override.get(W + "ilvl"))
                if ilvl is None:
                    continue
                start, cut = _counter(_int(_val(override.find(W + "startOverride"))))
                if start is not None:
                    num.starts[ilvl] = start
                levels, cut_level = _read_levels(override)
                num.levels.update(levels)
                self.capped = self.capped or cut or cut_level
            self.nums[el.get(W + "numId") or ""] = num

    def _abstract(self, num_id: str, depth: int = 0) -> str | None:
        num = self.nums.get(num_id)
        if num is None or num.abstract not in self.abstracts:
            return None
        link = self.style_links.get(num.abstract)
        if link and depth < 5:
            for _, style in self.styles.chain(link):
                if style.num_id and style.num_id != num_id:
                    return self._abstract(style.num_id, depth + 1) or num.abstract
        return num.abstract

    def levels(self, num_id: str) -> dict[int, _Level] | None:
        abstract = self._abstract(num_id)
        if abstract is None:
            return None
        levels = dict(self.abstracts[abstract])
        levels.update(self.nums[num_id].levels)
        return levels

    def level_for_style(self, num_id: str, style_id: str) -> int | None:
        for ilvl, level in (self.levels(num_id) or {}).items():
            if level.style == style_id:
                return ilvl
        return None

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The printed number of the next paragraph in list ``num_id`` at ``ilvl``."""
        levels = self.levels(num_id)
        abstract = self._abstract(num_id)
        if levels is None or abstract is None:
            return None
        if ilvl not in levels:
            return None
        level = levels[ilvl]
        counters = self.counters.setdefault(abstract, {})
        num = self.nums[num_id]
        if ilvl in num.starts and (num_id, ilvl) not in self.restarted:
            self.restarted.add((num_id, ilvl))
            counters[ilvl] = num.starts[ilvl]
        elif ilvl in counters:
            counters[ilvl] += 1  # from a capped start, a count stays short in digits
        else:
            counters[ilvl] = level.start
        for deeper in [d for d in counters if d > ilvl]:
            deep = levels.get(deeper)
            limit = deeper if deep is None or deep.restart is None else deep.restart
            if ilvl < limit:
                del counters[deeper]
        if level.fmt == "bullet":
            return "-"
        if level.fmt == "none":
            return ""

        def value(match: re.Match[str]) -> str:
            ref = int(match.group(1)) - 1
            ref_level = levels.get(ref, _Level())
            count = counters.get(ref, ref_level.start)
            fmt = "decimal" if level.legal and ref != ilvl else ref_level.fmt
            return format_number(count, fmt)

        return re.sub(r"%([1-9])", value, level.text)[:MAX_LABEL_CHARS].strip()


_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


# Word's orders: arabicAlpha follows the alphabet, arabicAbjad the abjad numerals.
_ARABIC_ALPHA = "أ ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن هـ و ي".split()  # noqa: SIM905


_ARABIC_ABJAD = "أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ".split()  # noqa: SIM905


_LATIN = [chr(c) for c in range(ord("a"), ord("z") + 1)]


_DIGITS = {
    "hindiNumbers": "٠١٢٣٤٥٦٧٨٩",
    "arabicIndic": "٠١٢٣٤٥٦٧٨٩",
    "decimalFullWidth": "０１２３４５６７８９",
    "decimalFullWidth2": "０１２３４５６７８９",
}


def _roman(value: int) -> str:
    out = []
    for amount, letters in _ROMAN:
        while value >= amount:
            out.append(letters)
            value -= amount
    return "".join(out)


def _cycle(value: int, letters: list[str]) -> str:
    """Word's letter numbering: a..z, then aa..zz, then aaa...; in digits when that
    would be longer than MAX_LABEL_CHARS (the length is known before it is built)."""
    index, repeat = (value - 1) % len(letters), (value - 1) // len(letters) + 1
    if repeat * len(letters[index]) > MAX_LABEL_CHARS:
        return str(value)
    return letters[index] * repeat


def format_number(value: int, fmt: str) -> str:
    """``value`` as Word prints it in number format ``fmt`` (w:numFmt)."""
    if value <= 0 and fmt not in {"decimal", "decimalZero"}:
        return str(value)
    if fmt in {"lowerRoman", "upperRoman"}:
        text = _roman(value) if value < 4000 else str(value)
        return text.upper() if fmt == "upperRoman" else text
    if fmt in {"lowerLetter", "upperLetter"}:
        text = _cycle(value, _LATIN)
        return text.upper() if fmt == "upperLetter" else text
    if fmt == "arabicAlpha":
        return _cycle(value, _ARABIC_ALPHA)
    if fmt == "arabicAbjad":
        return _cycle(value, _ARABIC_ABJAD)
    if fmt in _DIGITS:
        return str(value).translate(str.maketrans("0123456789", _DIGITS[fmt]))
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10)
        return f"{value}{suffix or 'th'}"
    if fmt == "decimalEnclosedParen":
        return f"({value})"
    return str(value)
