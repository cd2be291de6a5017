"""English: the words the text core needs (see lang/__init__.py for each field)."""

from __future__ import annotations

from . import InfinitiveMarker, LanguageTables, VerbPattern
from . import _en_news as _news
from ._between import EN as _BETWEEN
from ._en_speakers import MEETING_SUBJECTS as _MEETING_SUBJECTS

# A renewal adverb after the verb, before its addressee ("Calls again upon ...").
_AGAIN = r"(?:again|once\s+again|once\s+more|anew)"
# At most three adverbs before a verb: a try starts at every adverb, and an unbounded
# run would make each try read to its end (a paragraph of "also also ..." was quadratic).
# Not joined to the word before by a hyphen: "Council-mandated embargoes" is an
# adjective, no request.
# After a preposition or a determiner, the forms that double as nouns are nouns:
# "on tasks that could be performed by ...", "of requests", "its demands".
_AFTER_NOUN_WORD = "".join(
    rf"(?<!\s{w}\s)"
    for w in ("on", "of", "for", "with", "in", "by", "from", "about", "the", "its", "their", "such")
)
_REQUEST = (
    (
        r"(?<![\w'-])"
        + _AFTER_NOUN_WORD
        + r"(?:(?:further|also|again|once\s+again|once\s+more|anew|strongly|earnestly"
        r"|urgently)\s+){0,3}"
        r"(?:(?:requests|requested|asks|asked|urges|urged|invites|invited|encourages|encouraged"
        r"|demands|demanded"
        r"|directs|directed|mandates|mandated|instructs|instructed|entrusts|entrusted|tasks"
        r"|tasked"
        # "charges the Committee to ...": never the noun ("the charges"), nor "charged
        # with" (a body's remit): a determiner follows.
        r"|(?:charges|charged)(?=\s+(?:the|all|its|their|each|every|member|relevant)\s))"
        r"|(?:calls|called|calling){_BETWEEN}\s+(?:{_AGAIN}\s+)?(?:up)?on"
        r"|(?:appeals|appealed){_BETWEEN}\s+(?:{_AGAIN}\s+)?to|"
        + _news.CALLED_FOR  # "called for member states to recognize ...": _en_news
        # A report's progressive: "The Council was calling on the parties to ...".
        + r"|(?:is|are|was|were)\s+(?:calling\s+(?:up)?on|appealing\s+to|urging|asking|requesting"
        r"|inviting|encouraging)"
        r"|"
        + _news.LISTED_PARTICIPLE  # "..., urging the parties to ...": _en_news
        + r"|(?:renews|renewed|reiterates|reiterated|repeats|repeated|reaffirms|reaffirmed)\s+"
        # (a person speaking for the organisation: "renews his call on ...")
        r"(?:its|their|his|her)\s+(?:\w+\s+)?(?:call|appeal|request|invitation)s?"
        # (the resolution that made it first: "their call from resolution 2216 (2015) on")
        r"(?:\s+(?:from|in)\s+resolution\s+\d{1,5}\s*(?:\(\d{4}\))?)?\s+(?:(?:up)?on|to)"
        # A request worded as a noun: "issues an urgent call to the Government ...",
        # "makes an appeal to ...", and one made before and renewed: "reaffirms the
        # appeal addressed to the parties ...".
        r"|(?:makes|made|launches|launched|issues|issued|addresses|addressed)\s+an?\s+(?:\w+\s+)?"
        r"(?:appeal|call|plea)\s+to"
        r"|(?:reaffirms|reaffirmed|reiterates|reiterated|renews|renewed|repeats|repeated)\s+the\s+"
        r"(?:\w+\s+)?(?:appeal|call)\s+(?:(?:made|addressed|launched|issued)\s+)?to"
        # A demand renewed for a body to act: "reiterates the Union's demand for
        # foreign countries to cease ...", "renews its call for all parties to
        # ..." (never a call for an outcome: "renews its call for a ceasefire").
        r"|(?:reaffirms|reaffirmed|reiterates|reiterated|renews|renewed|repeats|repeated)\s+"
        r"(?:the|its|his|her|their)\s+(?:[\w'-]+\s+){0,3}?(?:demand|call|appeal)s?\s+for"
        # (a name may end in "to the ...": "its call for the parties to the conflict to")
        r"(?=\s+(?:[\w'-]+\s+){1,4}(?:to\s+the\s+[\w'-]+\s+)?"
        r"to\s+(?!(?:the|a|an|be|this|that|these|those|its|their)\s)"
        r"[a-z])"
        # "To reiterate its request to ...": a request renewed, in a list of decisions.
        # (and its head in his own message: "I would like to reiterate my call to ...")
        r"|to\s+(?:renew|reiterate|reaffirm|repeat)\s+(?:its|their|my|our)\s+(?:\w+\s+)?"
        r"(?:call|appeal|request|invitation)s?\s+(?:(?:up)?on|to)"
        r"|to\s+(?:(?:further|also|again|strongly|urgently)\s+)?(?:request|ask|urge|invite|encourage"
        r"|direct|mandate|instruct|entrust|task|call\s+(?:up)?on|appeal\s+to)"
        # The bare verb of a list after "decided to:" ("4. Direct the President of the
        # Commission to ...", "5. Call on the African Union to ..."), before a determiner.
        r"|(?:request|ask|urge|invite|encourage|direct|mandate|instruct|entrust|task"
        r"|call\s+(?:up)?on|appeal\s+to)(?=\s+(?:the|all|its|their|each|every|member|relevant"
        r"|those|both)\s))"
        # A request made again: "Urges once more the Secretary-General to ...".
        r"(?:\s+{_AGAIN}(?=\s))?"
        r"(?![\w'])"
    )
    .replace("{_AGAIN}", _AGAIN)
    .replace("{_BETWEEN}", _BETWEEN)
)
# A that-clause whose subject is asked to act: "demands that the parties ...",
# "reiterates its demand that ...", "requests that the Secretary-General ...".
_THAT = (
    r"(?<![\w'])(?:(?:further|also|again|once\s+again|strongly)\s+){0,3}"
    r"(?:(?:demands|demanded|insists|insisted|requests|requested|urges|urged|encourages"
    r"|encouraged|recommends|recommended|asks|asked|directs|directed)"
    r"(?:\s+(?:further|also|again|strongly))?"
    r"|(?:reiterates?|reiterated|renews?|renewed|repeats?|repeated|reaffirms?|reaffirmed)\s+"
    r"(?:its|their|our)\s+(?:\w+\s+)?(?:demand|call|request)s?"
    r"|it\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:also|further|again)\s+)?"
    r"(?:requested|recommended|urged))\s+that(?![\w'])|" + _news.ACCORDING_TO_OUTCOME
)
# "decides (further), [an aside between commas,] that X shall act", and a second
# "and that X shall act" in the same sentence.
_DECIDES_THAT = (
    r"(?<![\w'])(?:decides|decided)(?:\s+(?:further|also|accordingly|therefore))?"
    r"(?:\s*,[^;:,]{1,250},)?\s+that(?![\w'])"
)
_AND_THAT = r"(?<![\w'])and\s+that(?![\w'])"
# A demand worded as a noun with its agent: "insist on full implementation by the
# parties of the resolutions" asks the parties (a press statement's words).
_INSIST_BY = (
    r"(?<![\w'])(?:insists|insisted|insist)\s+on\s+(?:the\s+)?(?:(?:full|immediate|complete"
    r"|strict|effective|unconditional)\s+(?:and\s+)?){0,3}(?:implementation|compliance|respect"
    r"|observance)\s+by(?=\s)"
)
# Pointing back to bodies named before: "the said Governments".
_SAID = r"(?:said|aforementioned|above-?mentioned)"
# The passive: "Member States are requested to ...", the addressee before the verb.
_PASSIVE = (
    r"(?<![\w'])(?:is|are|was|were|be|(?:shall|will|should)\s+be|(?:has|have|had)\s+been)"
    r"\s+(?:(?:also|further|again|hereby|once\s+again|strongly|urgently|kindly)\s+)*(?:requested|invited|urged|called\s+(?:up)?on|encouraged"
    # "to" and a verb, not a place: "funds were directed to the region" asks nobody.
    r"|asked|mandated|directed|instructed|entrusted|tasked)"
    r"(?=\s+to\s+(?!(?:the|a|an|this|that|these|those|its|their|all)\s)[a-z])"
)
# "The Committee shall meet ...": the body opening the sentence is asked to act.
_SHALL = (
    r"(?<![\w'])shall(?=[\s,])"
    r"(?!\s+(?:be|not|apply|have|expire|terminate|remain|enter|cease)\b)"
)
# "The Committee shall have the right ...": a sentence stating, not asking (it
# keeps a later "shall" of the same sentence from reading its subject).
_SHALL_STATE = r"(?<![\w'])shall\s+(?:be|not|apply|have|expire|terminate|remain|enter|cease)\b"
_STATEMENT = (
    r"(?<![\w'])(?:(?:further|also|again|once\s+again|strongly|firmly)\s+){0,3}"
    r"(?:welcomes|welcomed|reaffirms|reaffirmed|(?:takes|took)\s+note|notes|noted|commends"
    r"|commended|condemns|condemned|expresses|expressed|stresses|stressed|recalls|recalled"
    r"|emphasi[sz]es|emphasi[sz]ed|underlines|underlined|underscores|underscored"
    r"|acknowledges|acknowledged|reiterates|reiterated|decides|decided|endorses|endorsed"
    r"|adopts|adopted|approves|approved|appreciates|appreciated|deplores|deplored|affirms"
    r"|affirmed|recogni[sz]es|recogni[sz]ed|supports|supported|agrees|agreed|thanks|thanked"
    r"|congratulates|congratulated|(?:pays|paid)\s+tribute|regrets|regretted|reviewed"
    r"|declares|declared|rejects|rejected|to\s+(?:welcome|note|take\s+note|commend|reaffirm|express|stress"
    r"|underline|endorse|adopt|approve|support|condemn|recall))(?![\w'])"
)

# fmt: off
TABLES = LanguageTables(
    code="en",
    common_words=frozenset(
        {
            "the", "of", "and", "to", "in", "for", "on", "with", "by", "is", "was", "that",
            "this", "which", "as", "are", "be", "has", "have", "its", "their", "at", "from",
            "it", "all", "an",
        }
    ),
    months={
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
        "nov": 11, "december": 12, "dec": 12,
    },
    ordinal_suffixes=("st", "nd", "rd", "th"),
    day_month_joiners=("of",),
    month_first=True,
    month_year_leads=(
        r"by(?:\s+(?:the\s+)?end)?", r"before(?:\s+(?:the\s+)?end)?",
        r"(?:no|not)\s+later\s+than(?:\s+(?:the\s+)?end)?", "end", "until",
    ),
    month_of=(r"\s+of\s+",),
    deadline_phrases=(
        r"as\s+soon\s+as\s+possible", r"without\s+(?:further\s+)?delay",
        r"at\s+the\s+earliest(?:\s+(?:possible\s+)?(?:opportunity|date))?", "immediately",
        r"(?:before|by|at)\s+(?:its|the)\s+next\s+(?:meeting|session)",
    ),
    date_leads=(
        r"(?:on\s+or\s+)?before", "by", r"(?:no|not)\s+later\s+than", "until",
        r"by\s+the\s+end\s+of", r"(?:the\s+)?end\s+of",
    ),
    page_words=("page", r"p\."),
    page_of=("of",),
    continued_marks=("continued", r"cont'?d"),
    clause_verbs=(
        "REQUESTS", r"CALLS\s+(?:UPON|ON)", "DECIDES", "URGES", "INVITES", "WELCOMES",
        "REAFFIRMS", r"TAKES\s+NOTE", "NOTES", "ENCOURAGES", "APPEALS", "DIRECTS", "MANDATES",
        "INSTRUCTS", "ENTRUSTS", "COMMENDS", "CONDEMNS", "EXPRESSES", "STRESSES",
        "EMPHASI[SZ]ES", "UNDERLINES", "UNDERSCORES", "ENDORSES", "APPROVES", "ADOPTS",
        "AUTHORI[SZ]ES", "ACKNOWLEDGES", "REITERATES", "RECOMMENDS", "SUPPORTS", "APPRECIATES",
        "CONGRATULATES", "DEPLORES", "DEMANDS", "AFFIRMS", "AGREES", "RESOLVES", "RECALLS",
        "RECOGNI[SZ]ES", "THANKS", r"PAYS\s+TRIBUTE", "REGRETS", "DECLARES", "CONSIDERS",
        "ESTABLISHES", "CONFIRMS", "CONTINUES", "REQUIRES", "EXTENDS", "RENEWS", "APPOINTS",
        "INSISTS",
        r"TO\s+(?:REQUEST|ASK|URGE|INVITE|ENCOURAGE|DIRECT|MANDATE|INSTRUCT|ENTRUST|TASK"
        r"|CALL\s+(?:UP)?ON|APPEAL|WELCOME|NOTE|TAKE\s+NOTE|COMMEND|REAFFIRM|EXPRESS|STRESS"
        r"|UNDERLINE|ENDORSE|ADOPT|APPROVE|SUPPORT|CONDEMN|RECALL)",
    ),
    clause_adverbs=(
        "FURTHER", "ALSO", "STRONGLY", "FIRMLY", "AGAIN", r"ONCE\s+AGAIN", "EARNESTLY",
        "URGENTLY",
    ),
    decision_lines=(r"(?:decides|decided|resolves)(?:\s+as\s+follows)?",),
    operative_intros=(
        "decid", r"decisions?\b", "adopt", "recommend", "resolved", "agreed", r"as\s+follows",
        "following", "operative", r"(?:main|key)\s+points",
    ),
    meta_labels=("original", r"distr\.?", "distribution", "language", r"ref\.?"),
    meta_words=("restricted", "limited", "general", "english", "french", "arabic"),
    venue_words=("headquarters", "hotel", "centre", "center", "hall", "building", "conference"),
    date_articles=("on", "the"),
    place_particles=frozenset({"of", "the", "and"}),
    title_head_nouns=frozenset(
        {
            "group", "council", "committee", "commission", "conference", "summit", "assembly",
        }
    ),
    meeting_heads=(r"(?:group|committee|council|commission|conference|summit|assembly|forum)",),
    meeting_stops=(
        "held", "convened", "meeting", r"which\b", r"on\s+the\s+side", r"in\s+the\s+margin",
        r"at\s+(?:the\s+)?(?:ministerial|level)", r"during\b", r"on\s+\d",
    ),
    meeting_modifier_stops=frozenset({"the", "of", "report", "meeting"}),
    meeting_suffixes=(),
    verbs=(
        VerbPattern("request", _THAT, needs_context=True, that_clause="any"),
        VerbPattern("request", _DECIDES_THAT, needs_context=True, that_clause="obligation"),
        VerbPattern("request", _AND_THAT, needs_context=False, that_clause="obligation"),
        VerbPattern("request", _INSIST_BY, needs_context=True, that_clause="agent"),
        VerbPattern("request", _REQUEST, needs_context=True),
        VerbPattern("request", _PASSIVE, needs_context=False, subject_before=True),
        VerbPattern(
            "request", _SHALL, needs_context=False, subject_before=True, sentence_subject=True
        ),
        VerbPattern("statement", _STATEMENT, needs_context=True),
        VerbPattern(
            "statement", _SHALL_STATE, needs_context=False, subject_before=True,
            sentence_subject=True,
        ),
    ),
    pronouns_after_verb=(r"\s*(?:them|it|that\s+country)(?![\w'])",),
    subject_words=frozenset(
        {
            "and", "on", "it", "they", "conference", "contact", "meeting", "council", "group",
            "committee", "summit", "assembly", "ministers", "participants", "also", "further",
            "decided", "decides", "agreed", "agrees", "resolved", "resolves", "continues",
            "continue", "continued", "authority", "leaders", "statement", "communique",
            "declaration", "while", "whilst",
            # A press release retelling a vote: "the Assembly voted (overwhelmingly)
            # to call on ...", "The Council unanimously demanded ...".
            "voted", "votes", "unanimously", "overwhelmingly",
        }
    ),
    abbreviations=frozenset({"mr", "mrs", "ms", "dr", "prof", "no", "st", "h.e", "etc"}),
    conjunctions=("and",),
    list_joiners=(
        "and", r"as\s+well\s+as", r"in\s+particular", "including", "particularly", "especially",
    ),
    inclusive_openers=(r"in\s+particular", "including", "particularly", "especially"),
    leading_words=(
        r"in\s+this\s+(?:regard|respect|context)", r"to\s+this\s+end", "both", "particularly",
        "especially", "the", "all", "to", "each", "every", "its", "their", r"once\s+again", "also",
        "further", "strongly", "and", r"in\s+particular", "including", "other", _SAID,
        "various",  # distributive: "the various parties" are the parties
    ),
    # A chunk opening with one qualifies the addressee before it ("those neighbouring Mali").
    relatives=("which", "who", "whom", "that", "where", "those", "whose"),
    partner_phrases=(
        r"in\s+(?:close\s+)?(?:cooperation|collaboration|coordination|partnership|consultation"
        r"|liaison)\s+with",
        r"with\s+the\s+(?:support|assistance|help)\s+of",
        r"working\s+(?:closely\s+|together\s+)?with",
    ),
    purpose_words=("to", r"in\s+order"),
    generic_addressees=(
        r"parties(?:\s+concerned|\s+to\s+the\s+\w+)?", r"(?:\w+\s+)?governments?(?:\s+concerned)?",
        r"(?:\w+\s+)?authorities(?:\s+concerned)?",
        r"(?:[\w-]+\s+)?states(?:\s+concerned)?",  # "neighbouring States", "coastal States"
        # One adjective, or two joined ("bilateral and multilateral partners").
        r"(?:\w+\s+(?:and\s+\w+\s+)?)?donors?", r"(?:\w+\s+(?:and\s+\w+\s+)?)?stakeholders",
        r"(?:\w+\s+(?:and\s+\w+\s+)?)?actors", r"(?:\w+\s+(?:and\s+\w+\s+)?)?partners",
        r"(?:\w+\s+)?(?:parties|sides|forces)", r"(?:regional\s+)?bloc",
        # "humanitarian aid agencies", "the neighbouring countries", "troop-contributing countries".
        r"(?:\w+\s+){0,2}agencies", r"(?:(?!united\s)[\w-]+\s+)?(?:countries|nations)",
        r"(?:[a-z, -]+\s)?organi[sz]ations",
        r"associations|individuals|[\w-]+\s+(?:institutions|funds)", _news.SHARED_GENERIC,
    ),
    articles=("the", "all", "each", "every", "both", "its", "their"),
    place_leads=("in", "at", "for"),
    shared_organ_names=("general assembly",),
    anaphora_after=(r"(?:mentioned|referred\s+to|named|cited)\s+above",),
    person_roles=(
        "commander", "chairperson", "chairman", "chair", "president", "leader", "head", "minister",
        "envoy", "representative", "secretary-general", "prime",
    ),
    name_adjectives=("relevant", "competent", "concerned", "appropriate", "interested", "other"),
    name_links=("of", r"of\s+the"),
    quantifiers=(  # "both the X and the Y": each body alone ("both parties" is counted)
        r"all\s+the", "all", "each", "every", r"both(?! the | its | their )", "other", _SAID),
    infinitive_markers=(
        # "tasked the Group with following up ...": the action after "with".
        InfinitiveMarker(
            pattern=r"(?<![\w'])with\s+(?P<verb>[a-z]+ing)(?![\w'])",
            verb=r"[a-z]+ing",
            not_verbs=frozenset({"regarding", "including", "during", "following", "concerning"}),
        ),
        InfinitiveMarker(
            pattern=r"(?<![\w'])to\s+[\"\u201c]?(?:(?:further|also|urgently|fully)\s+)?(?P<verb>[a-z]+)(?![\w'])",
            verb=r"[a-z]+",
            not_verbs=frozenset(
                {
                    "the", "a", "an", "all", "its", "their", "this", "these", "those", "his",
                    "her", "our", "such", "each", "any", "some", "both", "member", "states",
                    "un", "oic", "it", "them",
                }
            ),
        ),
    ),
    # "encouraged the parties for a negotiated settlement": the outcome asked for
    # follows (a name goes on after "for the"/"for an Arab ...": "Office for the ...").
    addressee_ends=(
        r"so\s+that", r"in\s+order\s+that",
        r"for\s+an?\s+(?:negotiated|peaceful|political|immediate|lasting|comprehensive|just"
        r"|durable|permanent|ceasefire|cessation|settlement|solution|resolution|dialogue)(?![\w'])",
    ),
    subordinators=("that",),
    subject_pronouns=("it", "they"),
    singular_pronouns=("it",),
    obligations=(
        r"(?:shall|must)(?=[\s,])(?!\s+(?:be|not|apply|have|expire|terminate|remain|enter|cease)\b)",
    ),
    qualifiers=(
        r"(?:[a-z]+ed|set\s+up|set\s+out|established)\s+(?:by|under|pursuant|in|on|at|for|with"
        r"|through|according|of|to)\b",  # "ambassadors accredited to X"
        # A relative clause after the name: "relevant UN entities that coincide ...".
        r"(?:that|which|who|whose)\s+[a-z]",
        # An apposition its commas lost: "Ethiopia and Kenya the countries designated
        # to ..." (not "Custodian of the Two Holy Mosques", "His Majesty the King").
        r"(?<!of\s)(?<!for\s)(?<!on\s)(?<!in\s)(?<!to\s)(?<!and\s)(?<!at\s)(?<!by\s)"
        r"(?<!with\s)(?<!from\s)(?<!majesty\s)(?<!highness\s)(?<!excellency\s)the\s+[a-z]",
    ),
    # A word naming an action or a thing done, never a body: most nouns in
    # -tion, -ment, -ance..., except those naming bodies ("institutions").
    action_nouns=(
        r"(?!(?:institution|organi[sz]ation|population|delegation|nation|mission|commission"
        r"|administration|federation|association|coalition|foundation|corporation|government"
        r"|parliament|department|movement|conference|alliance|presidency|agency|convention"
        r"|union|committee|council|assembly"
        # Every language's patterns read every text: the French bodies' nouns in
        # "-ment" are no English action ("au gouvernement soudanais pour qu'il").
        r"|gouvernement|parlement|departement)s?$)"
        r"(?:[a-z]+(?:tion|sion|ment|ance|ence|ing)|effort|step|measure|support|release"
        r"|withdrawal|return|delivery|ceasefire|initiative|report|use|access|work|respect"
        r"|attention|assistance)s?",
    ),
    agent_leads=(
        r"(?:by|from)",
        r"(?:cooperation|support|assistance|help|understanding|engagement|participation"
        r"|contributions?|intervention)\s+of",
    ),
    # The author of a decision or text ("the decisions taken by the Bureau"), as of a wrong.
    perpetrated=("committed", "perpetrated", "taken", "adopted", "issued", "passed", "reached"),
    reported_leads=(
        r"(?:in\s+which|wherein|whereby)\s+(?:he|she|it|they)(?:\s+(?:has|have|had))?",
        # A text described, not this one: "resolution 478 (1980), which calls upon ...".
        r"which(?:\s+(?:also|further|inter\s+alia))?",
    ),
    described_leads=(r"by\s+which", r"under\s+which", r"whereby"),
    bloc_words=(r"(?:regional\s+)?bloc",),
    organisation_heads=("community", "union", "organization", "organisation", "league"),
    report_verbs=("said", "says", "stated", "declared", "noted", "stressed", "affirmed"),
    meeting_subjects=_MEETING_SUBJECTS,
    anaphora=(_SAID,),
    establishing=(
        r"(?:establishes|established|creates|created|sets\s+up|set\s+up"
        r"|decides\s+to\s+(?:establish|create|set\s+up))\s+(?:an?|the)",
    ),
    body_head_nouns=(
        "panel", "committee", "commission", "mission", "board", "mechanism", "group", "team",
        "force", "office", "secretary",
    ),
    state_organs=("government", "governments", "authorities"),
    state_organ_qualifiers=("transitional", "military", "interim", "de", "facto"),
    state_organ_links=("in",),
    state_titles=("republic", "kingdom", "state", "sultanate", "federal", "union"),
    name_prepositions=("of", "on", "in", "for", "to"),
    name_articles=("the",),
    closing_words=("adopted",),
    renewal_words=(
        r"(?<![\w'])(?:reiterates|reiterated|renews|renewed|repeats|repeated)(?![\w'])",
        r"(?<![\w'])(?:once\s+again|again|once\s+more)\s+(?:\w+\s+)?(?:requests|requested|calls"
        r"|called|urges|urged|asks|asked|invites|invited|appeals|appealed|demands|demanded)(?![\w'])",
        # "Reaffirms its request to ...", "Renew our call on ...", "Requests once more ...".
        r"(?<![\w'])(?:reaffirms|reaffirmed|renew|reiterate|reaffirm)\s+(?:its|their|our)\s+"
        r"(?:\w+\s+)?(?:call|appeal|request|demand|invitation)s?(?![\w'])",
        r"(?<![\w'])(?:requests?|requested|calls?|called|urges?|urged|asks?|asked|invites?|invited"
        r"|appeals?|appealed|demands?|demanded)\s+(?:anew|again|once\s+again|once\s+more)(?![\w'])",
    ),
    regime_names=(r"(?:the\s+)?(?P<adj>[a-z]+)\s+regime",),
    demonym_ends=("ian", "ean", "ese", "an", "i", "n"),
    # And an attribution: "According to the statement, ...".
    topic_openers=(
        r"with\s+regard\s+to", "regarding", r"as\s+regards", "concerning", r"according\s+to",
        # "In a statement delivered on behalf of ..., the OIC expressed ...".
        r"in\s+(?:a|its)\s+(?:statement|message|communique)",
    ),
    act_nouns=("resolutions?", "decisions?"),
    number_marks=(r"no\.?", r"nr\.?", "number", "n°"),
)
# fmt: on
