"""Right-to-left marks in a python-docx document, where Word's schema wants
them. Word refuses (or "repairs") a file whose elements are out of order, and
python-docx keeps those sequences private, so the followers are listed here."""

from __future__ import annotations

from docx.oxml import OxmlElement

# What may follow w:bidi (w:rtl in a run) in each element, in the order of the
# WordprocessingML schema.
AFTER_BIDI = {
    "sectPr": ("w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange"),
    "pPr": (
        "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
        "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
        "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
        "w:pPrChange",
    ),
    "rPr": ("w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath"),
}  # fmt: skip


def mark(parent, kind: str) -> None:
    """Add w:bidi to a sectPr or pPr, or w:rtl to an rPr (`kind` names which),
    before whatever the schema puts after it; once only."""
    tag = "w:rtl" if kind == "rPr" else "w:bidi"
    if parent.find(OxmlElement(tag).tag) is None:
        parent.insert_element_before(OxmlElement(tag), *AFTER_BIDI[kind])
