"""English: the words before the verb of the body that met, in a sentence it
opens (the lead-ins, a page's date tag, whose body it is, an adverb).
"""

from __future__ import annotations

from ._en_news import OUTCOME_NOUNS

__all__ = ["SUBJECT_LEAD", "DATE_TAG", "OF_WHOM", "SUBJECT_ADVERB", "MEETING_SUBJECTS"]

# Before a bare organ name opening a sentence: a short link, or an aside in a
# participle ending at its comma (bounded: no other comma inside).
SUBJECT_LEAD = (
    r"(?:(?:lastly|finally|furthermore|moreover|in\s+addition|also),\s*"
    r"|(?:while|whilst|after|besides)\s+[a-z]+ing\s[^,;]{1,200},\s*)?"
)
# A page's date tag before the lead: "2021-11-08 The Authority ...".
DATE_TAG = r"(?:(?:[a-z]+\s+)?\d{4}-\d{2}-\d{2}\s+)?"
# Whose it is, in a few words: "The Authority of the Economic Community of West
# African States (ECOWAS) has expressed ...", "The leaders from the member states of X
# urged ..." (lazy: a line's first verb stays its own).
OF_WHOM = r"(?:\s+(?:of|from)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'()-]+){0,8}?)?"
# An adverb between the body that met and its verb: "The Authority however instructed".
# And the perfect's auxiliary: "The Authority has expressed ...", "The Council has since called on",
# "The Board has unanimously agreed ...".
SUBJECT_ADVERB = (
    # And a news report's hedge: "The communiqué reportedly called on ...".
    r"(?:\s+(?:however|therefore|thus|accordingly|consequently|subsequently|then|reportedly))?"
    r"(?:\s+(?:has|have)(?:\s+(?:unanimously|also|further))?)?"
)

# The body that met, as a sentence it opens names it before its verb (news
# pages, press statements, summaries): ``LanguageTables.meeting_subjects``.
MEETING_SUBJECTS = (
    # A press statement: "The members of the Security Council called on ...",
    # after a short link to what came before ("In this context, ...").
    r"(?:(?:in\s+this\s+(?:context|regard)|in\s+addition|furthermore|finally),\s*)?"
    r"the\s+members\s+of\s+the\s+(?:security\s+)?council",
    # ... or "The Security Council members expressed ..." (a press statement's words).
    r"(?:the\s+)?(?:security\s+)?council\s+members" + SUBJECT_ADVERB,
    # ("The meeting's final communiqué, ...": a possessive among its words.)
    # (A development bank's or a fund's "Board of Governors" too.)
    DATE_TAG
    # (A commission speaking in a statement of its own, as a report takes its
    # noun up: "The commission urged the international community to ...".)
    + r"the\s+(?:[\w'-]+\s+){0,3}?(?:meeting|conference|council|committee|group|board|forum"
    r"|summit|assembly|ministers|participants|authority|leaders|commission|"
    + OUTCOME_NOUNS
    + ")"
    + OF_WHOM
    + SUBJECT_ADVERB,
    # A news report's lead naming the meeting with the indefinite article, as a
    # first mention: "An emergency meeting of foreign ministers of X expressed ...
    # and asked ...", "An extraordinary summit of the bloc urged ...".
    r"an?\s+(?:[\w'-]+\s+){0,2}?(?:meeting|summit|conference|session)" + OF_WHOM + SUBJECT_ADVERB,
    # A summary naming the organ with no article, as its own texts do ("Council
    # urged ...", "Lastly, Council appealed to ..."), after an aside of its own
    # ("While expressing deep concern over ..., Council requested ...").
    SUBJECT_LEAD + r"(?:council|authority|summit|conference|assembly)" + SUBJECT_ADVERB,
    # A news line taking up the body that met by its pronoun, inside a quotation
    # of the communiqué ('"It decides: ...', '"It took note of ...').
    r"it" + SUBJECT_ADVERB,
    # A news report listing the decisions: "Another decision reached was to
    # instruct ...", "One of the decisions taken was to urge ...".
    r"(?:another|one\s+of\s+the|a\s+further|the\s+(?:other|last|final|first|main))"
    r"\s+decisions?(?:\s+(?:reached|taken|adopted|made))?\s+was",
    # The organisation whose organ met, as a news report names it ("The
    # African Union on Monday called on ...").
    r"the\s+(?:african\s+union|arab\s+league|league\s+of\s+arab\s+states"
    r"|organi[sz]ation(?:\s+of\s+islamic\s+cooperation)?)(?:\s*\([a-z]{2,8}\))?" + SUBJECT_ADVERB,
    # A news report's epithet for the organisation that met, its own words before
    # the noun: "The regional bloc urged ...", "The 57-member body called on ...",
    # "The Jeddah-based organisation urged ...", "The pan-African body ..." (not
    # the United Nations' "world body" or a "UN body": another organisation's).
    r"the\s+(?!(?:un|u\.n\.|world|un's)\s)(?:[\w'-]+\s+){0,2}?"
    r"(?:bloc|body|grouping|organi[sz]ation)" + SUBJECT_ADVERB,
    # The ministers with no article: "Foreign ministers of OIC member states called on ...".
    r"(?:foreign\s+)?ministers" + OF_WHOM + SUBJECT_ADVERB,
    # The heads of State that met: "The Heads of State and Government urged ...".
    r"the\s+heads\s+of\s+states?(?:\s+and\s+(?:of\s+)?governments?)?" + SUBJECT_ADVERB,
    # The organisation's secretariat speaking in a statement of its own: "The
    # General Secretariat called on ...", "The OIC General Secretariat urged ...".
    r"the\s+(?:[a-z]{2,6}\s+)?general\s+secretariat" + SUBJECT_ADVERB,
    # A declaration retold as its signatories' words: "The OIC member states
    # invited ...", "The member countries expressed ...", "the OIC countries
    # reaffirmed ..." (the organisation's acronym or none before them; "The
    # African member states" is a group among them, no speaker for the meeting).
    r"the\s+(?:(?:oic|au|gcc|ecowas|igad|sadc|uemoa|organi[sz]ation's|league's|union's)\s+"
    r"(?:member\s+)?|member\s+)(?:states|countries|nations)" + SUBJECT_ADVERB,
)
