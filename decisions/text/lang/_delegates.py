"""Another speaker than the body that met: a delegate, a representative, an
ambassador or a spokesperson who asks in his own words after a vote or at a
press briefing ("The representative of X called on ...", "X's delegate urged
...", "la déléguée de X a appelé ..."). Regular-expression fragments on
folded text (lower case, no accents, one apostrophe)."""

from __future__ import annotations

# The speaker's title, singular (plural "delegates" may be the meeting itself).
SPEAKER_TITLES = (
    r"(?:permanent\s+)?representative",
    "delegate",
    "ambassador",
    r"spokes(?:person|man|woman)",
    r"(?:representant|representante)(?:\s+permanente?)?",
    r"deleguee?",
    r"ambassad(?:eur|rice)",
    "porte-parole",
)
# The words that may open the speaker's name: an article, a State's name in the
# possessive before the title ("the Russian Federation's delegate").
SPEAKER_ARTICLES = ("the", "le", "la", "l'")
# Where a new subject may open inside a sentence.
SUBJECT_BREAKS = (",", ";", "while", "whereas", "but", "tandis que", "alors que", "mais")
# The body that met, named between the speaker and the verb: the verb is its own.
MEETING_NOUNS = (
    "council", "assembly", "conference", "summit", "committee", "meeting",
    "conseil", "assemblee", "sommet", "comite", "reunion",
)  # fmt: skip
