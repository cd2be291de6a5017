"""The page of the DOCX files the tracker writes: A4, as the OIC prints,
not python-docx's default US Letter."""

from __future__ import annotations

from docx.shared import Cm

A4_WIDTH = Cm(21)
A4_HEIGHT = Cm(29.7)


def set_a4(section) -> None:
    """Make a python-docx section A4 portrait, margins of 2.5 cm."""
    section.page_width = A4_WIDTH
    section.page_height = A4_HEIGHT
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
