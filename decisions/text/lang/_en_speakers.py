"""English: the words before the verb of the body that met, in a sentence it
opens (the lead-ins, a page's date tag, whose body it is, an adverb).
"""

from __future__ import annotations

__all__ = ["SUBJECT_LEAD", "DATE_TAG", "OF_WHOM", "SUBJECT_ADVERB"]

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
# And the perfect's auxiliary: "The Authority has expressed ...", "The Council has since called on".
SUBJECT_ADVERB = (
    # And a news report's hedge: "The communiqué reportedly called on ...".
    r"(?:\s+(?:however|therefore|thus|accordingly|consequently|subsequently|then|reportedly))?"
    r"(?:\s+(?:has|have))?"
)
