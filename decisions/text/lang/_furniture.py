"""A news page's furniture between its paragraphs, in every language: the
words that open a link to another story ("Read also: ...") and the words a
photo caption opens or ends with ("Photo: ...", "... (Photo: AFP)").
Written as printed; ``decisions.text.furniture`` folds them."""

from __future__ import annotations

# A line opening with one of these, then a colon, links to another story.
LINK_OPENERS = (
    "read also",
    "read more",
    "see also",
    "related",
    "lire aussi",
    "lire également",
    "voir aussi",
    "à lire aussi",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "إقرأ أيضا",
    "اقرأ المزيد",
    "شاهد أيضا",
)

# The word of a photo credit or caption tag: "(Photo: AFP)", "(Photo d'archives)",
# "Photo:", "(صورة)", "صورة: ...".
CAPTION_WORDS = ("photo", "photos", "image", "crédit photo", "credit", "صورة", "الصورة")
