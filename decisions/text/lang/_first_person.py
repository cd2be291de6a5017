"""The words of a communiqué quoted in the first person plural by a news report
("“We urge the international community ...,” the final statement read",
"« Nous appelons les parties à ... », a indiqué le communiqué"), folded, in
every language whose verb does not carry its person (Arabic's "ندعو" does: its
pattern is in ar.py). Read by ``decisions.text.first_person``."""

from __future__ import annotations

__all__ = ["PERSONS", "TEXTS", "VERBS"]

# The pronoun, then at most one adverb ("We also call upon", "Nous appelons
# également" reads its adverb after the verb: nothing to skip there).
PERSONS = (r"we(?:\s+(?:also|further|again|strongly|therefore|urgently))?", r"nous")
VERBS = (
    # the bare verb of the first person: an addressee follows
    r"(?:urge|call\s+(?:up)?on|appeal\s+to|ask|request|invite|encourage|exhort|implore)"
    r"(?=\s+(?:the|all|each|every|our|member|both|[a-z]+\s+(?:and|to)\s)\b)",
    r"(?:appelons|exhortons|demandons|invitons|prions|engageons|encourageons|sollicitons)",
)
# The text that speaks, as a report names it ("the summit's final statement", "la
# Déclaration finale", "le communiqué"), after a definite article or a possessive.
TEXTS = (
    r"(?:the|its|their|le|la|l')\s*"
    # its words, never a person's saying ("the minister said in the statement")
    r"(?:(?!(?:said|says|told|in|on|of|at|by|to|a|dans|de|du|par|selon)\s)[\w'-]+\s+){0,4}?"
    r"(?:statement|communique|declaration|resolution|texte?)",
)
