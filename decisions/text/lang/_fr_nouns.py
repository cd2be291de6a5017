"""French nouns the reading rules must not take for other words: participles
(as written: lower case, accents kept) and infinitives (folded: no accents)."""

# A noun in -é/-ée is no participle opening a qualifier ("le comité créé par
# ..."): "forces de sécurité de la Guinée-Bissau", "autorités de transition",
# "Assemblée de l'Union", "délégués de ...". A lookahead put before the word.
NOT_PARTICIPLES = (
    r"(?!(?:sécurit|autorit|comit|communaut|sociét|universit|unit|entit|sant|solidarit"
    r"|souverainet|majorit|priorit|capacit|activit|identit|intégrit|stabilit|libert"
    r"|égalit|responsabilit|assembl|arm|ann|journ|entr|délégu|dépu|alli|réfugi|envoy"
    r"|associ|employ|fraternit|facult|cit)(?:é|ée|és|ées)\s)"
)

# An infinitive ends in -er, -ir, -oir or -re, but not the nouns and
# adjectives in -aire, -ure, -(i)ere, -oire, -bre, -vre, -tre, except the
# verbs listed first (faire, conclure, mettre, vivre, connaitre, croire...).
INFINITIVE = (
    r"(?=[a-z\u0153]{3})(?:[a-z\u0153]*(?:er|ir|faire|taire|plaire|clure|ettre|attre|ivre|itre"
    r"|etre|boire|croire)|[a-z\u0153]*(?<!ai)(?<!oi)(?<![uebvt])re)"
)
# What opens an infinitive after its addressee ("à", "de", "pour"), a quotation
# mark on either side: "à « trouver »", and a news copy quoting the request from
# its infinitive on, "ils ont demandé aux responsables « d'engager ... »".
INFINITIVE_LEAD = (
    r"(?<![\w'])(?:[\u00ab\u201c\"]\s*)?(?:afin\s+d[e']|de\s+|d'|a\s+|pour\s+)"
    r"(?:[\u00ab\u201c\"]\s*)?"
)
NOT_INFINITIVES = frozenset({
    "premier", "dernier", "chantier", "dossier", "calendrier", "quartier", "metier",
    "papier", "courrier", "entier", "particulier", "financier", "hier", "fer", "mer",
    "hiver", "cancer", "conseiller", "danger", "foyer", "millier", "janvier", "fevrier",
    "atelier", "pilier", "officier", "regulier", "avenir", "desir", "plaisir", "loisir",
    "espoir", "soir", "territoire", "histoire", "memoire", "ordre", "desordre", "cadre",
    "guerre", "oeuvre", "livre", "empire", "navire", "martyr", "pouvoir", "devoir",
})  # fmt: skip

# Lower-case adjectives a proper name goes on with after a capitalised word
# ("les Forces armées soudanaises", "le Conseil national"), folded.
NAME_ADJECTIVE_ENDINGS = (
    r"[a-z]{3,}(?:ee|ees|es|ais|aise|aises|ain|aine|ains|aines|ien|ienne|iens|iennes|al|ale"
    r"|aux|ales|ique|iques|el|elle|els|elles|if|ive|ifs|ives|aire|aires|ois|oise|oises"
    r"|een|eenne|eens|eennes|ional|ionale|ionaux|ionales)",
)
# Words after a name pointing back to it ("le Chef mentionné ci-dessus"), folded.
ANAPHORA_AFTER = (
    r"(?:mentionne|cite|vise|designe|nomme)(?:e|s|es)?\s+ci\s*-?\s*dessus",
    r"(?:susmentionne|susvise|precite|susdit)(?:e|s|es)?",
)
# A person's title: a proper name after it between commas is that person.
PERSON_ROLES = (
    "commandant",
    "chef",
    "president",
    "presidente",
    "ministre",
    "envoye",
    "representant",
    "secretaire",
)
# The complement of the body that met before its verb, twice at most: "le
# Conseil de sécurité", "le Conseil de paix et de sécurité", "le Sommet de l'OCI".
# Or its own name or qualifier right after a French head noun, a word or two: "le
# Comité exécutif", "le Groupe Afrique", "le Comité Al-Qods" (no word of a verb's phrase).
MEETING_COMPLEMENT = (
    r"(?:\s+(?:de\s+la\s+|de\s+l'|de\s+|du\s+|des\s+|d')[\w-]+(?:\s+et\s+de\s+[\w-]+)?){1,2}"
    r"|(?:(?<=comite)|(?<=groupe)|(?<=conseil)|(?<=bureau)|(?<=sommet)|(?<=commission))"
    r"(?:\s+(?!(?:se|ne|a|ont|est|sont|y|en|lui|leur|les|la|le|et|ou|qui|que|pour|par|dans"
    r"|sur|avec|aux?|l|s|n|d)(?![\w-]))[a-z][\w-]*){1,2}"
)
# A numeral or a distributive adjective before a generic addressee says how many
# or which of them, no other body: "les deux parties", "les différentes parties"
# are the parties (left out as "toutes" is), folded; only before another word.
# A numeral is left out before "parties" alone: "les deux Gouvernements" are two
# named earlier, and the count is what tells them from any government.
COUNTED = r"(?:(?:deux|trois|quatre|cinq)(?=\s+parties\b)|(?:differente?s|diverse?s)(?=\s+[a-z]))"
