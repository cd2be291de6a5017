"""Running prose -> paragraphs, for a text with no numbered operative part.

A news page reporting a meeting ("La Conférence a décidé de ... Elle exhorte
les autorités ...", "وقرر المجلس ... ودعا ...", "The Council called on ...")
or a statement printed without numbers ("يدعو مجلس الأمن ...") holds its
operative sentences in plain paragraphs, among a site's header, menus, a
dateline and a headline. Each block of prose that holds a sentence whose
operative verb is spoken by the body that met (the verb opens the sentence,
or follows the body's name, a pronoun standing for it, or a dateline) is one
paragraph, numbered by its order; every other block is left out. Used by
``paragraphs.parse_report`` only when nothing else was found.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from .acronym_and import acronym_then_and
from .attribution import attributed_subject
from .blocks import continues
from .body_speakers import body_speaks
from .came_during import came_during
from .chair_aside import chair_of_the_meeting
from .clauses import TOPIC_RE, acronym_speaker, clauses, meeting_subject
from .folding import fold_text, strip_marks
from .furniture import is_furniture
from .hard_wraps import fills_the_line, page_width
from .head_speaker import head_after, head_leads, head_subject
from .head_speaker_fr import titled_asks
from .lang import either, every
from .lines import Line
from .link_phrases import link_phrase_only
from .meeting_participle import meeting_participle
from .opened_head import opened_heads
from .outcome_lead import outcome_then_pronoun, outcome_then_subject
from .own_call import renews_own_call
from .page_scraps import without_scraps
from .participle_speaker import head_participle
from .quoted_statement_ar import quoted_statement_ar
from .remark_blocks_ar import remark_block_ar
from .reported_head_ar import reported_head_ar
from .time_phrases import before_time

__all__ = ["headline", "lead_blocks", "news_numbers", "prose_blocks"]

_MIN_WORDS = 6  # fewer: a menu entry, a site's name, a byline
# As many words with no sentence mark: a sentence (a standfirst, a page's last
# line) whose stop the copy lost, never a headline nor a menu.
_LONG_BLOCK = 25
_MAX_BLOCKS = 2_000  # a page holds a few dozen; past this, reading stays bounded
# A line that ends a sentence (or a listed point): the next line opens a new block.
_LINE_END = '.!?;:,\u061b\u061f\u06d4\u00bb"\u201d\u2019]\u2026'
# A sentence end inside the block: a headline has none.
_SENTENCE_MARK_RE = re.compile(r"[.!?\u061f\u06d4](?:\s|$|[\"'\u00bb\u201d\u2019])|[,;]\s*$")
# The participle of meeting opening such an aside: "Le Comité, réuni vendredi à X
# sous la présidence de Y, a invité ...", "The leaders, meeting in Z, called on ...".
_MET = r"(?:reunie?s?|rassemblee?s?|meeting|gathered|convened|assembled)"
# The body that met, then a few words of its own, then an aside opened by a
# relative pronoun between commas ("Les dirigeants de X, qui étaient réunis à
# Y, ont appelé ...", "The leaders, who met in Z, called on ...").
# (An acronym in brackets rides on the word before it: "le Conseil de la sécurité
# et de la paix (CPS) de l'Union africaine (UA)" is ten words of a name.)
_MEETING_SUBJECT_RE = re.compile(
    rf"(?:{either('meeting_subjects')})(?:,?\s+[\w'()-]+(?:\s*\([\w-]{{1,12}}\))?){{0,10}}"
    rf"(?:,\s*(?:{'|'.join(w for w in every('relatives') if w.isalpha())}|{_MET})"
    r"\s[^,;:.]{1,120})?,?"
    if every("meeting_subjects")
    else r"(?!)"
)
_PRONOUN_RE = re.compile(
    rf"(?:{either('subject_pronouns')})" if every("subject_pronouns") else r"(?!)"
)
# A short link before the subject: "Par ailleurs,", "In addition,", "وفي هذا الصدد،".
_LINK_RE = re.compile(r"[^\W\d_](?:[\w' -]{0,40}?)[,\u060c]\s*")
# What a dateline ends with: "NEW YORK, 24 Oct (Agency) -", "نيويورك في 24 أكتوبر/وام/".
_DATELINE_END_RE = re.compile(r"(?:/|\s-|\)\s*-?|:)\s*$")
_MAX_DATELINE_WORDS = 12
# A page's date tag before the lead, an ISO date after at most one word.
_DATE_TAG_RE = re.compile(r"(?:[^\W\d_]+\s+)?\d{4}-\d{2}-\d{2}(?:\s+|$)")
_MAX_BEFORE = 300
# The organisation owning the body that met: "the African Union's Council".
_POSSESSIVE_RE = re.compile(r"^the\s+(?:[\w-]+\s+){0,3}[\w-]+'s\s+")
_VERB_FIRST_RE = re.compile(
    either("meeting_verb_first") if every("meeting_verb_first") else r"(?!)"
)
_RESUMPTIVE = [w.split() for w in every("resumptive_pronouns")]
# The words a sentence may open with before the verb of the body that met, the
# body left unsaid or named by a pronoun ("كما", "also", "il", "egalement").
_LINK_WORDS = frozenset(every("subject_words"))
_MAX_LINK_WORDS = 2
_QUOTES = " \"'\u00ab\u00bb\u201c\u201d\u201e\u2018\u2019"
# A bullet opening a listed point ("\u2022 Commended ...", under "The Summit,").
_BULLETS = "*-\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2013\u2014"
# A pronoun opening the sentence with a verb of its own, then "and" before a later
# verb: "Il comprend seize paragraphes, dont ..., et demande au ..." (it speaks).
_PRONOUN_AND_RE = re.compile(
    rf"(?:{either('subject_pronouns')})\s[^\n]{{1,{_MAX_BEFORE}}}?\s{either('conjunctions')}"
    if every("subject_pronouns")
    else r"(?!)"
)
# A lead reporting the body's words, then its call after a conjunction: "The
# Group on Monday said the question ... and called upon ...": the subject before
# the reporting verb speaks the call.
_REPORTED_LEAD_RE = re.compile(
    rf"\s(?:{either('report_verbs')})\s[^;:]*\s(?:{either('conjunctions')})$"
    if every("report_verbs")
    else r"(?!)"
)


def _blocks(lines: list[Line]) -> list[tuple[int, str]]:
    """(first line, text) of each block of prose, in order: a menu, a headline,
    a date, a line announcing the text ("... :") are none."""
    blocks: list[tuple[int, list[str]]] = []
    seen: set[str] = set()  # the lines read so far
    ended: set[int] = set()  # blocks a new paragraph's verb closed, full stop or not
    width = page_width(["" if ln.blank else ln.text for ln in lines])  # a printed page's
    for ln in lines:
        # A headline printed again over its story (no sentence: a lead printed
        # twice is two blocks, each read).
        repeated = ln.text in seen and ln.text.rstrip(" *")[-1:] not in _LINE_END
        seen.add(ln.text)
        if ln.blank or ln.heading or repeated:
            blocks.append((0, []))  # a break: the next line opens a block
            continue
        last = blocks[-1][1] if blocks else []
        wrapped = _wrapped(last[-1], ln.text) if last else None
        if not wrapped and last and not ln.heading and fills_the_line(last[-1], width):
            # (not before the verb of a new paragraph: "وطلب المجلس ...")
            wrapped = not _VERB_FIRST_RE.match(fold_text(ln.text).lstrip(_QUOTES))
        if wrapped:
            last.append(ln.text)  # a paragraph wrapped over several lines
        elif len(blocks) < _MAX_BLOCKS:
            if wrapped is False and _VERB_FIRST_RE.match(fold_text(ln.text).lstrip(_QUOTES)):
                ended.add(len(blocks) - 1)
            blocks.append((ln.number, [ln.text]))
    found = []
    for at, (number, parts) in enumerate(blocks):
        text = " ".join(" ".join(parts).split())
        words = len(text.split())
        # Closed by a new paragraph's verb, after a sentence (a headline, the first
        # block, has none before it: "مجلس الأمن يعتمد قرارا ..." above the lead).
        sentence = _SENTENCE_MARK_RE.search(text) or _DASHED_END_RE.search(text)
        sentence = sentence or (at in ended and found) or words >= _LONG_BLOCK
        if parts and words >= _MIN_WORDS and sentence and not is_furniture(text):
            found.append((number, text))
    return found


def headline(text: str) -> bool:
    """Whether a block is a headline, not a paragraph: no sentence mark and
    fewer words than a sentence whose stop the copy lost (``_blocks`` reads no
    such block: "L'OCI appelle à l'arrêt de l'offensive", printed again in the
    body of its story)."""
    return (
        not _SENTENCE_MARK_RE.search(text)
        and not _DASHED_END_RE.search(text)
        and (len(text.split()) < _LONG_BLOCK)
    )


# A sentence's end followed by a dash: "... دون عوائق.-" (a page's line closing so).
_DASHED_END_RE = re.compile(r"[.!?\u061f\u06d4]\s*[-\u2013\u2014]+\s*$")


def _wrapped(before: str, text: str) -> bool:
    """Whether the line ``text`` goes on the line ``before`` (a paragraph wrapped
    over lines): not after a sentence's end, nor when it opens with a past verb
    and the body that met ("وطلب المجلس ...": a new paragraph of a news page
    whose line above lost its full stop)."""
    if before.rstrip(" *")[-1:] in _LINE_END or _DASHED_END_RE.search(before):
        return False
    return continues(text, before) and not _VERB_FIRST_RE.match(fold_text(text).lstrip(_QUOTES))


def prose_blocks(lines: list[Line]) -> list[tuple[int, int, str]]:
    """(position, first line, text) of each block of prose holding an operative
    sentence of the body that met, in order; ``position`` counts every block of
    prose from the first (a dateline's lead, a statement's first paragraph), so
    that a paragraph keeps the number a reader gives it."""
    blocks = _blocks(lines)
    # "He called on ...", "Ihsanoglu called for ...": head_speaker
    head = bool(blocks) and head_leads(blocks[0][1], more=[t for _, t in blocks[1:3]])
    found = []
    before = False  # whether the block before was read
    opened = opened_heads([t for _, t in blocks])  # "OIC Secretary General X ... He called"
    for at, (n, t) in enumerate(blocks, 1):
        own, opener = (head, -1) if head else opened[at - 1]
        read = _operative(t, head_after(own, blocks[at - 2][1] if at > 1 else "", t))
        remark = not read and bool(found) and remark_block_ar(t)  # "وأضاف ... أن"
        # (or the occasion of the words read before, then a call: came_during)
        goes_on = _LIST_GOES_ON_RE.match(fold_text(t)) or came_during(t)
        if read or remark or (before and goes_on and _asks(t)):
            if read and 0 <= opener < at - 1 and not _operative(t):  # read as his words only:
                found.append((opener + 1, *blocks[opener]))  # the block naming him is kept
            found.append((at, n, t))
        before = bool(read) or (bool(found) and found[-1][0] == at)
    return sorted(set(found))


# A block going on with the list of points the block before governs, its verb
# left there: "وأكد الإعلان الالتزام بـ ...، وإدانة ...\nوالالتزام بدعم ...، ودعوة
# المجتمع الدولي إلى ..." (a news report breaking the list over a line). Only
# after a block read, and opening with a verbal noun of a point, never a body.
_LIST_GOES_ON_RE = re.compile(
    r"[\W]{0,3}[وف]ال(?:التزام|تاكيد|ترحيب|اشاده|ادانه|تنديد|استنكار|دعوه|مطالبه|حث|تكليف"
    r"|مناشده|دعم|تاييد|سعي|عمل|تعاون|تنسيق)(?![^\W\d_])"
)


def _asks(text: str) -> bool:
    """Whether a block holds a request."""
    return any(c.verb.kind == "request" for c in clauses(text, fold_text(text)))


def news_numbers(lines: list[Line], paras: Sequence) -> list[str]:
    """The numbers of a news page's sentences read as clauses ("The Council
    called on ..."; each of ``paras`` has ``number`` and ``line``): their places
    among the blocks of prose, the dateline's lead being 1, as a reader counts
    them; the numbers they have when any is not a plain position."""
    numbers = [p.number for p in paras]
    starts = [n for n, _ in _blocks(lines)]
    placed = [str(bisect_right(starts, p.line)) for p in paras]
    if not all(n.isdigit() for n in numbers) or "0" in placed or len(set(placed)) < len(placed):
        return numbers
    return placed


def lead_blocks(lines: list[Line], number: str, line: int) -> list[tuple[str, int, str]]:
    """(number, first line, text) of the blocks of prose before a news page's
    first paragraph read (numbered ``number``, on ``line``): its lead with the
    dateline, and the sentences that come before the first one read ("In a
    resolution on Sudan, the Council urged ...", "Il a exhorté ..."), numbered
    by their places as the paragraphs after them are; a line announcing the
    text ("... :"), or a sentence where another speaker asks, is none. None
    when ``number`` is not the place of the block on ``line`` (the page was
    read otherwise)."""
    blocks = _blocks(lines)
    starts = [n for n, _ in blocks]
    place = bisect_right(starts, line)
    if not number.isdigit() or int(number) != place or place < 2 or starts[place - 1] != line:
        return []
    # A line announcing the text ("... the following statement:") keeps its place
    # only; so does a sentence where another speaker asks ("Residents called on ...").
    lead = enumerate(blocks[: place - 1], 1)
    head = head_leads(blocks[0][1])
    return [
        (str(at), n, t) for at, (n, t) in lead if t.rstrip(" *")[-1:] != ":" and _asks_not(t, head)
    ]


def _asks_not(text: str, head: bool | str = False) -> bool:
    """Whether a block asks nothing, or asks in the words of the body that met."""
    found = clauses(text, fold_text(text), head)  # (a verb merely shaped as one: "عقد ...")
    asks = any(c.verb.kind == "request" and not c.verb.sentence_subject for c in found)
    return not asks or _operative(text, head)


def _operative(text: str, head: bool | str = False) -> bool:
    """Whether a block holds a sentence whose operative verb the body that met
    speaks; ``head``: or the organisation's Secretary-General (``head_speaker``).
    Read as ``requests.extract`` reads it, vowel marks stripped ("داعيًا")."""
    text = without_scraps(strip_marks(text))  # "date 2026-03-08 دعا ...": the store's tag
    folded = fold_text(text)
    if _VERB_FIRST_RE.match(folded.lstrip(_QUOTES)):
        return True  # "وأثنى المؤتمر على ...": a past verb, then the body that met
    same = len(text) == len(folded)  # the printed text read beside: an acronym's capitals
    found = clauses(text, folded, head)
    return any(
        _spoken_by_the_meeting(folded, c.sentence[0], c.verb.start, c.start == c.sentence[0])
        or (c.start == c.sentence[0] and head_subject(folded, c.start, c.verb.start, head))
        or (same and _acronym_before(text, c.sentence[0], c.verb.start, c.start == c.sentence[0]))
        or (
            same
            and c.verb.kind == "request"
            and acronym_then_and(text, c.sentence[0], c.verb.start)
        )
        or (c.verb.kind == "request" and head_participle(folded, c.sentence[0], c.verb.start, head))
        or (c.verb.kind == "request" and renews_own_call(folded, c.verb.start))
        # "The ministers said ... that ..., urging Tehran to ...": meeting_participle
        or (
            c.verb.kind == "request"
            and meeting_participle(text, folded, c.sentence[0], c.verb.start)
        )
        or (c.verb.kind == "request" and titled_asks(folded, c.sentence[0], c.verb.start))
        # "أفادت قناة ... أن الأمين العام لمنظمة ...، فلان وجّه نداءً ...": reported_head_ar
        or (c.start == c.sentence[0] and reported_head_ar(folded, c.start, c.verb.start))
        # 'وقال مجلس الأمن في بيانه "... وشجعوا ..."': quoted_statement_ar
        or quoted_statement_ar(folded, c.sentence[0], c.verb.start)
        for c in found
    )


def _acronym_before(text: str, start: int, verb: int, first: bool = False) -> bool:
    """Whether the words before the verb are a body's acronym alone ("The PSC
    demands ..."), after a short link ("In addition, ...") or an opening quote;
    for a sentence's first verb, also after a topic set off by commas
    ("..., Concernant X, le CCG a exhorté ...": the body that met speaks)."""
    while start < verb and text[start] in _QUOTES:
        start += 1
    near = max(start, verb - _MAX_BEFORE)  # each verb reads a bounded slice
    after = text.rfind(",", near, verb) + 1
    topic = max(text.rfind(",", near, max(near, after - 1)) + 1, near)
    while 0 < after < verb and text[after] == " ":
        after += 1
    if (
        first
        and after > 0
        and verb - after <= 40
        and TOPIC_RE.match(fold_text(text[topic : after - 1]).lstrip())
        and acronym_speaker(text, after, verb)
    ):
        return True
    link = _LINK_RE.match(text, start, verb)
    if (
        link
        and len(text[start : link.end()].split()) <= 4
        and acronym_speaker(text, link.end(), verb)
    ):
        return True
    return acronym_speaker(text, start, verb)


def _spoken_by_the_meeting(folded: str, start: int, verb: int, first: bool = True) -> bool:
    """Whether the words of a sentence before its operative verb leave the
    verb to the body that met: none (the verb opens it), the body's name, a
    pronoun, or a dateline; a short link ("Par ailleurs,") may come first."""
    last = folded[max(start, verb - 30) : verb].split()
    if any(last[-len(words) :] == words for words in _RESUMPTIVE):
        return True  # "إن مجلس الأمن، ...، فإنه يطلب": the pronoun takes the body up
    if verb - start > _MAX_BEFORE:
        return False  # longer than a name or a dateline: and each verb reads a bounded slice
    if link_phrase_only(folded, start, verb):
        return True  # "وفي سياق متصل طالب المجلس ...": a link whose comma was lost
    if body_speaks(folded, start, verb, meeting_subject):
        return True  # "I call upon ...", "Among the texts adopted was one by which the Council"
    verb = before_time(folded, start, verb)  # "The Council on Thursday called on"
    before = folded[start:verb].strip(_QUOTES + _BULLETS)
    tag = _DATE_TAG_RE.match(before)  # "date 2021-11-08 The Authority ...": a page's date tag
    if tag:
        before = before[tag.end() :]
    if len(before) <= 160 and _MEETING_SUBJECT_RE.fullmatch(before):
        return True  # before a link is taken off: "The meeting's communiqué, held in X"
    dash = before.find(" - ")  # "ACCRA, 3 March 2025 - The Council on Monday urged"
    if (
        dash > 0
        and len(before[:dash].split()) <= _MAX_DATELINE_WORDS
        and len(before) - dash <= 160
        and _MEETING_SUBJECT_RE.fullmatch(_POSSESSIVE_RE.sub("the ", before[dash + 3 :].strip()))
    ):
        return True
    if _PRONOUN_AND_RE.fullmatch(before):
        return True  # "Il comprend ..., et demande ..."
    link = _LINK_RE.match(before)
    linked = bool(link) and len(before[: link.end()].split()) <= 4
    if linked:
        before = before[link.end() :].strip(_QUOTES)
    if not before:
        return True
    words = before.split()  # "كما طالب ...", "It also urged ...": a link word, the body unsaid
    if len(words) <= _MAX_LINK_WORDS and all(w in _LINK_WORDS for w in words):
        return True
    if len(before) <= 160 and (
        (linked and _MEETING_SUBJECT_RE.fullmatch(before)) or _PRONOUN_RE.fullmatch(before)
    ):
        return True  # the body that met after the link (without one, read above)
    # "The communiqué issued after the summit in Accra on Thursday, the leaders":
    # a phrase of time or place, then the body that met after its last comma.
    # Only for a sentence's first verb: a later one's words run over the first's.
    tail = before[before.rfind(",") + 1 :].strip(_QUOTES)
    if first and tail and len(tail) <= 160 and _MEETING_SUBJECT_RE.fullmatch(tail):
        return True
    if first and outcome_then_pronoun(before):
        return True  # "Dans une déclaration faite à l'issue du sommet, ..., ils ont demandé"
    if first and outcome_then_subject(before, _MEETING_SUBJECT_RE):
        return True  # "In a resolution on Sudan the Council requested ..."
    if first and chair_of_the_meeting(before):
        return True  # "The Minister of X, who chaired the meeting, called on ..."
    if first and attributed_subject(before, _MEETING_SUBJECT_RE):
        return True  # "Agency X says the final communiqué of the summit, held in Y,"
    said = _REPORTED_LEAD_RE.search(before)
    if said:  # after a dateline's colon: "ISLAMABAD, (Agency - 22 Jun):The Group said"
        subject = before[: said.start()]
        subject = subject[subject.rfind(":") + 1 :].strip(_QUOTES)
        if len(subject) <= 160 and _MEETING_SUBJECT_RE.fullmatch(subject):
            return True
    return len(before.split()) <= _MAX_DATELINE_WORDS and bool(_DATELINE_END_RE.search(before))
