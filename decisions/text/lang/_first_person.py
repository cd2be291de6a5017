"""The words of a communiqué quoted in the first person plural by a news report
("“We urge the international community ...,” the final statement read",
"« Nous appelons les parties à ... », a indiqué le communiqué"), folded, in
every language whose verb does not carry its person (Arabic's "ندعو" does: its
pattern is in ar.py). Read by ``decisions.text.first_person``."""

from __future__ import annotations

__all__ = ["AUTHOR_LEADS", "MEETING_OWNERS", "OTHER_SPEAKERS", "PERSONS", "TEXTS", "VERBS"]

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
# Whose the text is may be said: by a possessive before its noun ("the summit's
# final statement", "the rebels' statement") or a complement after it ("the
# statement issued by the movement", "le communiqué final du sommet", "le
# communiqué des rebelles"). It is the body that met's own only when its author
# is one of these (the meeting, its members, its organisation as a report names
# them) or a date ("the statement of 3 May", "le communiqué du 12 mars").
MEETING_OWNERS = (
    r"meeting|summit|conference|council|committee|assembly|ministers|leaders|participants"
    r"|authority|session|heads|bureau|bloc|organi[sz]ation|union|league|contact\s+group",
    r"reunion|sommet|conference|conseil|comite|assemblee|ministres|dirigeants|chefs"
    r"|participants|session|bureau|organisation|union|ligue|groupe\s+de\s+contact",
)
# The words opening an author's name after the text's noun.
AUTHOR_LEADS = (
    r"(?:,\s*)?(?:(?:issued|released|put\s+out|signed|published|adopted|read\s+out)\s+)?"
    r"(?:by|from|of)\s+(?:the\s+|its\s+|their\s+)?",
    r"(?:de\s+presse\s+)?(?:(?:finale?|conjointe?)\s+)?"
    r"(?:(?:publiee?|signee?|emanant|diffusee?|adoptee?|rendue?\s+public)\s+)?"
    r"(?:par\s+(?:les?\s+|la\s+|l')?|des\s+|du\s+|de\s+la\s+|de\s+l'|d'|de\s+)",
)
# A speaker other than the body that met, named among the text's words ("the
# rebel statement") or before them ("..., rebels said in their statement").
OTHER_SPEAKERS = (
    r"rebels?|insurgents?|government|opposition|militias?|movement|army|junta|party"
    r"|ministry|presidency|president|minister|spokes(?:man|woman|person)|group",
    r"rebelles?|gouvernement|opposition|milices?|mouvement|armee|junte|parti|ministere"
    r"|presidence|president|ministre|porte-parole|groupe",
)
