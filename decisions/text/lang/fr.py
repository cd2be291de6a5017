"""French: the words the text core needs (see lang/__init__.py for each field)."""

from __future__ import annotations

from decisions.text.lang._fr_dates import DATE_LEADS, DEADLINE_PHRASES, MONTH_YEAR_LEADS
from decisions.text.lang._fr_nouns import (
    ANAPHORA_AFTER,
    COUNTED,
    INFINITIVE,
    INFINITIVE_LEAD,
    MEETING_COMPLEMENT,
    NAME_ADJECTIVE_ENDINGS,
    NOT_INFINITIVES,
    NOT_PARTICIPLES,
    PERSON_ROLES,
)
from decisions.text.lang._fr_verbs import ADDRESSED as _ADDRESSED
from decisions.text.lang._fr_verbs import (
    ADV,
    AGREE,
    ASIDE,
    ASKED_NOUN,
    AUX,
    GERUND,
    NOT_OPENED,
    REQUEST_IMPERSONAL,
    REQUEST_SHARED_AUX,
    REQUEST_WE,
    STATEMENT_PAST,
    STATEMENT_PRESENT,
)
from decisions.text.lang._fr_verbs import FUTURE as _FUTURE
from decisions.text.lang._fr_verbs import FUTURE_STATE as _FUTURE_STATE

from . import InfinitiveMarker, LanguageTables, VerbPattern
from ._between import FR as _BETWEEN

# Pieces of the verb patterns: adverbs, object pronouns, auxiliaries, agreement.
# "le"/"la" only before a verb that is no noun ("le prie de ...", not "la demande").
_PRON = (
    r"(?:(?P<pron>les|leur|lui|l'|(?:le|la)(?=\s+(?:prie|exhorte|invite|engage|encourage|appelle"
    r"|conjure|sollicite|mandate)(?![\w'])))\s*)?"
)
# After a request verb, before its addressee: "instamment", or the words of a
# request made again ("Demande de nouveau au ...", "Exhorte une nouvelle fois ...").
_AGAIN = (
    r"(?:\s+(?:instamment|de\s+nouveau|a\s+nouveau|encore\s+une\s+fois|encore"
    r"|une\s+nouvelle\s+fois|une\s+fois\s+de\s+plus)){0,2}"
) + _BETWEEN
# "Réitère sa demande au Secrétaire général de ...": a request renewed.
_RENEWED = (
    r"\s+(?:sa|son|ses|leur|leurs)\s+(?:\w+\s+)?(?:demandes?|appels?|invitations?|requetes?)"
    r"(?=\s+(?:a|au|aux)\b)"
)
# An appeal made before, renewed: "Réaffirme l'appel lancé aux parties ...",
# "Réitère l'appel que le Président vient d'adresser au Gouvernement ..." (the
# words between "que" and the verb are bounded).
_THE_APPEAL = (
    r"l'appel(?:\s+\w+)?\s+(?:que\s+[^;:.]{1,120}?(?:\s+|(?<=\sd')))?(?:lance|adresse)(?:e|es|s|r)?"
    r"(?=\s+(?:a|au|aux)\s)"
)
_APPEAL = (
    r"(?:un|son|ses|leur|un\s+nouvel|un\s+nouveau)\s+(?:\w+\s+)?appels?(?:\s+\w+)?"
    r"(?=\s+(?:a|au|aux)\b)"
)

_REQUEST_PAST = (
    rf"(?<![\w'])(?:{_PRON}{AUX}{ADV}\s+"
    rf"(?:{_ADDRESSED.format(agree=AGREE)}"
    rf"|(?:lance|adresse|reitere|renouvele|reaffirme){AGREE}{_AGAIN}\s+{_APPEAL}"
    rf"|(?:reitere|renouvele|reaffirme|appuye){AGREE}{_AGAIN}\s+{_THE_APPEAL}"
    rf"|(?:demande|charge|exhorte|appele|invite|prie|encourage|engage{NOT_OPENED}|mandate"
    rf"|sollicite|exige|recommande|conjure|instruit){AGREE}{_AGAIN}{ASIDE}(?![\w'])"
    rf"|(?:reitere|renouvele|reaffirme){AGREE}{_RENEWED}))"
)
# "engage" and "charge" are English words too ("engage potential capacities",
# "charge the battery"): read as French only before a French word.
_FRENCH_NEXT = (
    r"(?=\s+(?:(?:les|le|la|tous|toutes|chacun|chaque|ses|leurs|son|sa|un|une|a|au|aux|de"
    r"|instamment|vivement|egalement|aussi|en|fermement|encore|donc|par|m|mm|mme)(?![\w'])"
    r"|[ld]'))"  # "Engage l'Union africaine à ...": the article elided
)
_REQUEST_PRESENT = (
    rf"(?<![\w'])(?:{_PRON}(?:{_ADDRESSED.format(agree='(?:nt)?').replace('fait', '(?:fait|font)')}"
    rf"|(?:lance|adresse|reitere|renouvelle|reaffirme){_AGAIN}\s+{_APPEAL}"
    rf"|(?:reitere|renouvelle|reaffirme|appuie){_AGAIN}\s+{_THE_APPEAL}"
    # the plural too: "Les membres du Conseil demandent à toutes les parties ...".
    rf"|(?:demande|exhorte|prie|invite|encourage|appelle|recommande|mandate|exige"
    rf"|sollicite|conjure)(?:nt)?{_AGAIN}{ASIDE}(?![\w'])"
    # "La Conférence instruit la Commission de ...": instructs.
    rf"|instrui(?:t|sent){_AGAIN}(?=\s+(?:les|le|la|l'|son|sa|ses)\s*\w)"
    rf"|(?:engage(?:nt)?{NOT_OPENED}|charge(?:nt)?){_AGAIN}{_FRENCH_NEXT}"
    rf"|(?:reitere|renouvelle|reaffirme){_RENEWED}))"
)
# A that-clause whose subject is asked to act: "exige que les parties ...",
# "demande qu'il continue ...".
_THAT = (
    # "souhaitent que le Secrétariat continue ...": a wish addressed to its subject.
    rf"(?<![\w'])(?:(?:demande|demandent|exige|exigent|souhaite|souhaitent)|{AUX}{ADV}\s+(?:demande|exige){AGREE}"
    rf"|il\s+(?:est|a\s+ete){ADV}\s+(?:demande|recommande))"
    rf"{ADV}\s+qu(?:e(?![\w'])|')"
)
# "décide (en outre), [an aside,] que le Comité devra ...", "et que X devra ...".
_DECIDES_THAT = (
    rf"(?<![\w'])(?:decide|decident|{AUX}{ADV}\s+decide{AGREE}){ADV}"
    r"(?:\s*,[^;:,]{1,250},)?\s+qu(?:e(?![\w'])|')"
)
_AND_THAT = r"(?<![\w'])et\s+qu(?:e(?![\w'])|')"
# "Les États membres sont priés de ...": the addressee before the verb.
_PASSIVE = (
    # "ont (en outre) été priés": an adverb may also stand before "été".
    rf"(?<![\w'])(?:est|sont|sera|seront|soit|soient|serait|seraient|(?:a|ont){ADV}\s+ete){ADV}"
    rf"\s+(?:prie|invite|exhorte|engage"
    rf"|encourage|charge|appele|sollicite|mandate){AGREE}(?=\s+(?:de|d'|a)(?:\s|(?<=')))"
)
_REQUEST_INFINITIVE = (
    r"(?<![\w'])(?:(?:de\s+|d')?(?:(?:les|leur|lui)\s+)?(?:demander|exhorter|inviter|prier"
    rf"|charger|encourager|engager{NOT_OPENED}|appeler|mandater|solliciter|exiger)"
    # "De demander de nouveau au Conseil ...": asked again.
    r"(?:\s+(?:instamment|de\s+nouveau|a\s+nouveau|encore\s+une\s+fois))?"
    r"|(?:de\s+)?(?:lancer|renouveler|reiterer)\s+"
    + _APPEAL
    # "De réitérer sa demande au Conseil de ...": a request renewed, in a list.
    + r"|(?:de\s+)?(?:renouveler|reiterer|reaffirmer)"
    + _RENEWED
    + r")(?![\w'])"
)
# Pointing back to bodies named before: "chacun desdits Gouvernements".
_SAID = r"(?:chacun\s+|chacune\s+)?(?:desdits|desdites|lesdits|lesdites|ledit|ladite|dudit)"

# fmt: off
TABLES = LanguageTables(
    code="fr",
    common_words=frozenset(
        {
            "le", "la", "les", "des", "du", "de", "et", "en", "une", "un", "est", "au", "aux",
            "pour", "dans", "sur", "par", "que", "qui", "avec", "ce", "cette", "son", "sa",
            "ses", "leur", "ete", "ont", "elle", "il",
        }
    ),
    months={
        "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4,
        "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9,
        "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "decembre": 12,
        "dec": 12,
    },
    ordinal_suffixes=("er", "re", "eme", "e"),
    day_month_joiners=("de",),
    month_first=False,
    month_year_leads=MONTH_YEAR_LEADS,
    month_of=(r"\s+(?:du\s+mois\s+)?(?:de\s+|d')",),
    deadline_phrases=DEADLINE_PHRASES,
    date_leads=DATE_LEADS,
    page_words=("page", r"p\."),
    page_of=("sur", "de"),
    continued_marks=("suite",),
    clause_verbs=(
        "DEMANDE", "PRIE", "EXHORTE", r"SE\s+FELICITE", r"SE\s+REJOUIT", "DECIDE", "INVITE",
        "ENGAGE", "ENCOURAGE", "REAFFIRME", r"PREND\s+(?:ACTE|NOTE)", "SALUE", "CONDAMNE",
        "SOULIGNE", "EXPRIME", "APPELLE", r"LANCE\s+UN\s+APPEL", "RECOMMANDE", "APPROUVE",
        "ADOPTE", "AUTORISE", "CHARGE", "REITERE", "NOTE", "RECONNAIT", "FELICITE",
        "ACCUEILLE", "ENTERINE", "MANDATE", "RAPPELLE", "REMERCIE", "DEPLORE", "INSISTE",
        "AFFIRME", "APPUIE", "SOUTIENT", "EXIGE", "DECLARE", r"REND\s+HOMMAGE",
        "DEMANDER", "INVITER", "PRIER", "EXHORTER", "ENCOURAGER", "CHARGER", "ENGAGER",
        "APPELER", "SALUER", r"PRENDRE\s+(?:ACTE|NOTE)", "REAFFIRMER", "SOULIGNER",
        r"DONNE\s+POUR\s+INSTRUCTIONS?", r"FAIT\s+APPEL", "ADRESSE", "ETABLIT", "CREE",
        "CONFIRME", "RELEVE", "APPRECIE", "CONSTATE", "ESTIME", "CONSIDERE", "REGRETTE",
        "PROCLAME", "REQUIERT", "ENJOINT",
    ),
    clause_adverbs=(
        "EGALEMENT", r"EN\s+OUTRE", "AUSSI", "VIVEMENT", "INSTAMMENT", "FERMEMENT", "ENFIN",
        r"DE\s+NOUVEAU",
    ),
    decision_lines=(r"(?:decide|a\s+decide)(?:\s+ce\s+qui\s+suit)?",),
    operative_intros=(
        "decid", r"decisions?\b", "adopt", "recommand", "convenu", "conclu", "resolu",
        r"ce\s+qui\s+suit", "suivant", "dispositif", r"principaux\s+points",
    ),
    meta_labels=("original", r"distr\.?", "distribution", "langue", r"ref\.?", "cote"),
    meta_words=("anglais", "francais", "arabe"),
    venue_words=("siege", "palais", "hotel", "centre", "salle", "immeuble", "conference"),
    date_articles=("le",),
    place_particles=frozenset(
        {
            "de", "du", "des", "la", "le", "les", "d", "l", "au", "aux", "en", "sur", "et",
        }
    ),
    title_head_nouns=frozenset(
        {
            "groupe", "conseil", "comite", "commission", "conference", "sommet", "assemblee",
        }
    ),
    meeting_heads=(
        r"(?:sous-)?(?:groupe|comite|conseil|commission|conference|sommet|assemblee|bureau"
        r"|forum)",
    ),
    meeting_stops=(
        "organis", "tenu", "reuni", "convoqu", r"qui\b", r"en\s+marge", r"au\s+niveau",
        r"lors\b", r"a\s+l'occasion", r"a\s+[a-z]+\s*,", r"(?:le|du)\s+\d",
    ),
    meeting_modifier_stops=frozenset({"rapport"}),
    meeting_suffixes=(r"\s+de\s+l['\u2019]OCI\b",),
    verbs=(
        VerbPattern("request", _THAT, needs_context=True, that_clause="any"),
        VerbPattern("request", _DECIDES_THAT, needs_context=True, that_clause="obligation"),
        VerbPattern("request", _AND_THAT, needs_context=False, that_clause="obligation"),
        VerbPattern("request", _REQUEST_PAST, needs_context=False),
        VerbPattern("request", GERUND, needs_context=False),
        VerbPattern("request", REQUEST_SHARED_AUX, needs_context=False),
        VerbPattern("request", _REQUEST_PRESENT, needs_context=True),
        VerbPattern("request", _REQUEST_INFINITIVE, needs_context=True),
        VerbPattern("request", REQUEST_IMPERSONAL, needs_context=False),
        VerbPattern("request", REQUEST_WE, needs_context=True),
        VerbPattern("request", _PASSIVE, needs_context=False, subject_before=True),
        VerbPattern(
            "request", _FUTURE, needs_context=False, subject_before=True, sentence_subject=True
        ),
        VerbPattern("statement", STATEMENT_PAST, needs_context=False),
        VerbPattern(
            "statement", _FUTURE_STATE, needs_context=False, subject_before=True,
            sentence_subject=True,
        ),
        VerbPattern("statement", STATEMENT_PRESENT, needs_context=True),
    ),
    pronouns_after_verb=(),
    subject_words=frozenset(
        {
            "et", "elle", "il", "ils", "elles", "on", "reunion", "conseil", "conference",
            "groupe", "contact", "comite", "sommet", "commission", "assemblee", "bureau",
            "ministres", "participants", "egalement", "aussi", "outre", "decide", "convenu",
            "resolu", "entend", "entendent", "declaration", "communique",
        }
    ),
    abbreviations=frozenset({"m", "mm", "mme", "s.e", "etc", "prof", "pr", "dr"}),
    conjunctions=("et",),
    list_joiners=(
        "et", r"ainsi\s+qu(?:e|')", r"en\s+particulier", "notamment", r"y\s+compris",
        "particulierement",
    ),
    inclusive_openers=(r"en\s+particulier", "notamment", r"y\s+compris"),
    leading_words=(
        r"l'ensemble\s+d(?:es|u|e\s+la)", r"a\s+la\s+fois", r"a\s+la", r"a\s+l'", "a", "au", "aux",
        "le", "la", "l'", "des", "du", r"de\s+la", r"de\s+l'", "de", "d'", r"tou(?:te)?s\s+les",
        r"tou(?:te)?s", r"cha(?:cun\s+des|que)", r"s(?:es|a|on)", "leurs", "autres",
        "egalement", "instamment", "vivement", r"a\s+nouveau", r"de\s+nouveau", r"en\s+outre",
        r"par\s+ailleurs", "aussi", "et", r"en\s+particulier", "notamment", r"y\s+compris",
        r"(?:plus\s+|tout\s+)?particulierement", "les", _SAID, COUNTED,
    ),
    relatives=("qui", "que", "qu'", "dont", "lequel", "laquelle", "lesquels", "lesquelles",
        "ou", "ceux", "celles", "celui", "celle"),
    partner_phrases=(
        r"en\s+(?:collaboration|cooperation|coordination|partenariat|concertation|liaison"
        r"|consultation)\s+(?:etroite\s+)?avec",
        r"avec\s+l'(?:appui|aide|assistance|concours)\s+d[eu']?",
        r"avec\s+le\s+(?:soutien|concours)\s+d[eu']?",
    ),
    purpose_words=("pour", "afin"),
    generic_addressees=(
        r"parties(?:\s+concernees|\s+prenantes|\s+au\s+\w+)?",
        r"gouvernements?(?:\s+(?:concernes|interesses))?", r"autorites(?:\s+\w+)?",
        r"(?:\w+\s+)?donateurs", r"bailleurs\s+de\s+fonds", r"acteurs(?:\s+\w+)?",
        r"etats(?:\s+(?:concernes|interesses))?",
        r"(?:\w+\s+)?interesses", r"partenaires(?:\s+\w+)?", r"organisations(?:\s+[a-z, -]+)?",
    ),
    articles=(
        "les", "le", "la", "l'", "des", "du", "aux", "au", "tous", "toutes", "ses", "leurs",
        "chacun",
    ),
    place_leads=("a", "en", "pour"), shared_organ_names=("assemblee generale",),
    name_links=(r"de\s+la", r"de\s+l'", "de", "du", "des", "d'"),
    quantifiers=(
        r"tous\s+les", r"toutes\s+les", "tous", "toutes", r"l'ensemble\s+des", r"chacun\s+des",
        # "aux autres unités": the units, other than those named before.
        "autres", _SAID, COUNTED,
    ),
    infinitive_markers=(
        InfinitiveMarker(
            pattern=(
                INFINITIVE_LEAD +  # "de le tenir": never an article.
                r"(?:(?:y|en|se|s'|leur|lui|nous|les|le)\s*)?(?:ne\s+(?:pas\s+|rien\s+)?|tout\s+)?"
                r"(?P<verb>[a-z\u0153]+)(?![\w'])"  # (\u0153: "oeuvrer")
            ),
            verb=INFINITIVE,
            not_verbs=NOT_INFINITIVES,
        ),
    ),
    addressee_ends=(
        r"(?:un|une|son|ses|leur|un\s+nouvel|un\s+nouveau)\s+(?:\w+\s+)?appels?(?![\w'])",
        r"(?:pour|afin)\s+qu(?:e|')",
        ASKED_NOUN,
        # "Demande à X que, ..., il informe ...": the list ends before "que".
        r"qu(?:e|')(?=\s*(?:,|(?:il|elle|ils|elles|chacun)(?![\w'])))",
    ),
    subordinators=("que", "qu'"),
    subject_pronouns=("il", "elle", "ils", "elles"),
    singular_pronouns=("il", "elle", "le", "la", "lui", "l'"),
    obligations=(
        r"(?:devra|devront|doit|doivent)(?=[\s,])(?!\s+(?:etre|avoir|s'appliquer|rester|expirer)\b)",
    ),
    qualifiers=(
        rf"{NOT_PARTICIPLES}[a-zà-ÿ]+(?:é|ée|és|ées)\s+(?:le|la|les|l'|par|en|à|au|aux|conformément|dans|lors"
        r"|pour|sur|de|d')(?![\w])",
        r"(?:composé|constitué|créé|établi|chargé|désigné|nommé|prévu|visé)(?:e|s|es)?\s+(?:des|du)"
        r"(?![\w])|dans\s+(?:le|ce)\s+pays(?![\w])",  # or where it is: not its name
    ),
    # A word naming an action or a thing done, never a body: most nouns in
    # -tion, -ment, -ance..., except those naming bodies ("institutions").
    action_nouns=(
        r"(?!(?:institution|organisation|population|delegation|nation|mission|commission"
        r"|administration|federation|association|coalition|fondation|gou?verne?ment"
        r"|parl(?:e|ia)ment|departe?ment|mou?vement|conference|alliance|presidence|agence"
        r"|instance|union|convention)s?$)"
        r"(?:[a-z]+(?:tion|sion|ment|ance|ence)|mise|effort|mesure|acces|appui|soutien|aide"
        r"|retrait|retour|acheminement|reprise|poursuite|tenue|rapport|initiative|respect|necessite"
        r"|ouverture|levee|arret|fin|cessez-le-feu)s?",
    ),
    agent_leads=(
        r"(?:par|de\s+la\s+part\s+d(?:e\s+la|e\s+l'|e|u|es|'))",
        r"(?:cooperation|concours|appui|soutien|aide|assistance|participation|contribution"
        r"|intervention)\s+d(?:e\s+la|e\s+l'|e|u|es|')",
    ),
    perpetrated=(r"commi(?:s|se|ses)", r"perpetre(?:e|s|es)?", r"(?:pri|adopte|emi)(?:se?s?|es?)"),
    reported_leads=(
        # A text described, not this one: "la résolution 242, qui demande ...".
        r"qui(?:\s+(?:notamment|aussi|egalement))?",
        r"(?:dans\s+(?:lequel|laquelle|lesquels|lesquelles)|ou)\s+(?:il|elle|ils|elles)"
        r"(?:\s+(?:a|ont|avait|avaient))?",
    ),
    described_leads=(
        r"aux\s+termes\s+(?:desquel(?:le)?s|duquel|de\s+laquelle)",
        r"par\s+(?:laquelle|lequel|lesquelles|lesquels)",
    ),
    bloc_words=(r"bloc(?:\s+regional)?",),
    organisation_heads=("communaute", "union", "organisation", "ligue"),
    meeting_complements=(MEETING_COMPLEMENT,),
    report_verbs=(
        r"(?:a|ont)\s+(?:declare|affirme|estime|souligne|indique|releve|note)(?:e|s|es)?",
    ),
    meeting_subjects=(
        # A press statement: "Les membres du Conseil de sécurité demandent ...", after a link
        # ("Dans ce contexte, ..."); a news report: "Les représentants des pays membres de X".
        r"(?:(?:dans\s+ce\s+contexte|a\s+cet\s+egard|en\s+outre|par\s+ailleurs|enfin),\s*)?"
        r"les\s+(?:membres\s+du\s+conseil(?:\s+de\s+securite)?"
        r"|(?:representants|delegues|delegations)\s+des\s+(?:pays|etats)\s+membres)",
        r"(?:la|le|les|l')\s*(?:[\w-]+\s+){0,3}?(?:reunion|conference|conseil|comite|groupe|sommet"
        r"|assemblee|bureau|ministres|participants|dirigeants|chefs\s+d'etat|secretariat(?:\s+general)?"
        r"|(?:declaration|communique)(?:\s+finale?)?)",
        # The organisation whose organ met, as a news report names it ("Dans la
        # crise au Mali, l'Union africaine a ... appelé les autorités à ...").
        r"l'union\s+africaine|la\s+ligue(?:\s+arabe|\s+des\s+etats\s+arabes)"
        r"|l'organisation(?:\s+de\s+la\s+cooperation\s+islamique|$)",  # or bare, taken up
    ),
    anaphora=(_SAID,),
    establishing=(
        r"(?:etablit|etablissent|cree|creent|institue|instituent|a\s+etabli|a\s+cree|a\s+institue"
        r"|decide\s+(?:d'etablir|de\s+creer|d'instituer))\s+(?:une?|le|la|l')",
    ),
    body_head_nouns=(
        "commission", "mission", "comite", "mecanisme", "groupe", "equipe", "bureau", "conseil",
        "cellule",
    ),
    name_adjective_endings=NAME_ADJECTIVE_ENDINGS,
    anaphora_after=ANAPHORA_AFTER,
    person_roles=PERSON_ROLES,
    state_organs=("gouvernement", "gouvernements", "autorite", "autorites"),
    state_organ_qualifiers=(
        "transitoire", "transitoires", "militaire", "militaires", "interimaire", "interimaires",
        "transition", "fait",
    ),
    state_organ_links=("au", "en"),
    state_titles=("republique", "royaume", "etat", "sultanat", "federale", "union"),
    name_prepositions=("de", "du", "des", "d'", "pour", "sur", "en"),
    name_articles=("le", "la", "les", "l'"),
    name_lower_joiners=("de", "du", "des", "d'", "le", "la", "les", "l'"),
    closing_words=(r"adopte(?:e|s|es)?",),
    renewal_words=(
        r"(?<![\w'])(?:reitere|reiterent|renouvele|renouvelle|renouvellent)(?![\w'])",
        r"(?<![\w'])(?:de|a)\s+nouveau(?![\w'])", r"une\s+(?:nouvelle\s+fois|fois\s+de\s+plus)",
        # "Réaffirme sa demande au ...", "lance un nouvel appel aux ...".
        r"(?<![\w'])(?:reaffirme|reaffirment|renouveler|reiterer|reaffirmer)\s+(?:sa|son|ses|leur"
        r"|leurs)\s+(?:\w+\s+)?(?:demande"
        r"|appel|invitation|requete)s?(?![\w'])",
        r"(?<![\w'])nouvel\s+appel(?![\w'])",
    ),
    regime_names=(r"(?:le\s+)?regime\s+(?P<adj>[a-z]+)",),
    demonym_ends=("ien", "ais", "en", "n"),
    topic_openers=(
        r"s'agissant\s+(?:de|du|des|d')", r"en\s+ce\s+qui\s+concerne", "concernant", r"quant\s+a",
        "selon", r"d'apres",  # an attribution: "Selon le communiqué, ..."
    ),
    act_nouns=("resolutions?", "decisions?"),
    number_marks=(r"n°", r"no\.?", "numero", r"n\."),
)
# fmt: on
