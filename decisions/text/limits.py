"""Caps on what one paragraph yields, so that extraction stays linear in its text.

A real paragraph asks a few bodies to act, with a few partners; these caps only
bite on hostile or broken text, and each says so in a warning.
"""

from __future__ import annotations

MAX_REQUESTS = 50
"""Most requests one paragraph yields (one per addressee). Each request lists its
partners: without a cap, a paragraph naming thousands of addressees and partners
would yield their product."""

MAX_PARTNERS = 50
"""Most partners one request keeps."""

MAX_MARKS = 50
"""Most places where one body's name is marked in the paragraph (for highlighting)."""
