"""French nouns the reading rules must not take for other words, as written
(lower case, accents kept)."""

# A noun in -é/-ée is no participle opening a qualifier ("le comité créé par
# ..."): "forces de sécurité de la Guinée-Bissau", "autorités de transition",
# "Assemblée de l'Union", "délégués de ...". A lookahead put before the word.
NOT_PARTICIPLES = (
    r"(?!(?:sécurit|autorit|comit|communaut|sociét|universit|unit|entit|sant|solidarit"
    r"|souverainet|majorit|priorit|capacit|activit|identit|intégrit|stabilit|libert"
    r"|égalit|responsabilit|assembl|arm|ann|journ|entr|délégu|dépu|alli|réfugi|envoy"
    r"|associ|employ|fraternit|facult|cit)(?:é|ée|és|ées)\s)"
)
