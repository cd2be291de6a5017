"""English: the words of news pages and press releases that retell a meeting's
text in reported speech (see lang/__init__.py for the fields they feed).
"""

from __future__ import annotations

__all__ = [
    "ACCORDING_TO_OUTCOME",
    "CALLED_FOR",
    "LISTED_PARTICIPLE",
    "OUTCOME_NOUNS",
    "SHARED_GENERIC",
]

# A news report's participle continuing the sentence of the body that met, after
# a comma or closing a list of gerunds after "and" ("Key points of the resolution
# include condemning ..., and urging the UN Security Council to ...", "the summit
# condemned ..., urging nations to ..."): before a determiner, or before a bare
# plural of States written as a generic addressee ("urging nations to").
LISTED_PARTICIPLE = (
    # (And after "while": "The Council reaffirmed its support while urging the parties".)
    r"(?:(?<=,\s)|(?<=,\sand\s)|(?<=\swhile\s)|(?<=\swhilst\s))"
    # ("appealing to": the participle of an appeal, "..., appealing to member countries to")
    r"(?:urging|inviting|encouraging|requesting|asking|directing|instructing|appealing\s+to)"
    r"(?=\s+(?:the|all|its|their|each|every|member|relevant|both|nations|countries|states)\s"
    # or a one-word name asked to act, a State by its capital: "urging Tehran to cooperate"
    r"|\s+[a-z][\w'-]+\s+to\s+(?!(?:the|a|an|be|this|that|these|those|its|their)\s)[a-z])"
)
# What a communiqué is called in a news page retelling it: "The final communiqué
# urged ...". (Not "the resolution": in a news page retelling a UN resolution,
# "The resolution called on the government ..." asks a government the registry
# may not place, read then as a bare "Government"; left for a later rule.)
OUTCOME_NOUNS = r"(?:final\s+)?(?:statement|communique|declaration)"
# What the meeting's text says a body should do, retold with its source before
# it: "According to the communique, the governments and donors should commit
# ...". Read as a that-clause is ("demands that the parties ...": lang/en.py's
# _THAT): the subject before "should" is asked; never "should be", "should
# not", "should have", nor a subject with a comma or a sentence's end.
ACCORDING_TO_OUTCOME = (
    rf"(?<![\w'])according\s+to\s+(?:the|its)\s+{OUTCOME_NOUNS}\s*,"
    r"(?=[^,;:.]{1,100}?\sshould\s+(?!(?:be|not|have)\s)[a-z])"
)
# A call for a body to act, the body between "for" and "to" ("Ihsanoglu called for
# member states to recognize ...", "called for all parties to respect ..."): only a
# body of the words addressees are written with (Member States, parties, the
# international community, States, countries, governments, authorities), a few
# words before it at most, then a verb; never a call for an outcome ("called for a
# ceasefire to allow ...", "called for talks between the parties to be held").
# The same call left elliptic after a request of its sentence: "urged A to ... and
# for B to ..." (nested_requests keeps it a request only after one).
CALLED_FOR = (
    r"(?:(?:calls|called|calling)\s+for|(?<=\sand\s)for)"
    r"(?=\s+(?:the\s+|all\s+|both\s+)?(?:[\w'-]+\s+){0,3}"
    r"(?:member\s+states|parties|community|states|countries|governments?|authorities)"
    r"\s+to\s+(?!(?:the|a|an|be|this|that|these|those|its|their)\s)[a-z])"
)
# Two nouns sharing the modifier before the first, kept as one generic addressee
# ("donor countries and institutions", "philanthropic institutions and bodies"):
# the pieces decisions/text/shared_modifier.py joins.
SHARED_GENERIC = (
    r"[\w-]+\s+[\w-]+s\s+and\s+(?:institutions|bodies|agencies|organi[sz]ations|entities"
    r"|foundations|establishments|organs)"
)
