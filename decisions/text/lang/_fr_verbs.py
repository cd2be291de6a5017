"""French verb forms the tables share (folded: no accents): the adverbs that
may stand between an auxiliary and its participle ("a également prié"), the
auxiliaries, the agreement endings, and the verbs of a statement, past
("a salué", "se sont félicités") and present ("salue", "saluent")."""

ADV = (
    r"(?:\s+(?:egalement|aussi|vivement|instamment|fermement|encore|de\s+nouveau|de\s+meme"
    r"|a\s+nouveau|en\s+outre|par\s+ailleurs|enfin|donc|ainsi|particulierement"
    r"|solennellement|fortement|une\s+fois\s+de\s+plus|une\s+nouvelle\s+fois"
    r"|tout\s+particulierement|d'abord|ensuite|notamment|recemment|deja)"
    # An aside between commas after the auxiliary, in a news report or a statement:
    # "Elle a, à cet égard, appelé les pays ...", "Le Conseil a, par ailleurs, demandé".
    r"|\s*,\s*(?:a\s+cet\s+egard|a\s+ce\s+titre|dans\s+ce\s+(?:sens|cadre|contexte)"
    r"|par\s+ailleurs|en\s+outre|de\s+plus|entre\s+autres|egalement|enfin|aussi"
    r"|de\s+nouveau|a\s+nouveau|de\s+meme|pour\s+(?:sa|leur)\s+part)\s*,)*"
)
# "engager un dialogue, des négociations": talks opened, no body urged (a news
# report of a council stressing the need to open talks); after "engage".
NOT_OPENED = (
    r"(?!(?:e|es|s|r)?\s+(?:(?:un|une|des|de|le|la|les)\s+|[ld]')?(?:dialogue|negociation"
    r"|pourparler|consultation|discussion|debat|processus|reflexion|concertation|procedure"
    r"|reforme|travaux|echange)s?(?![\w']))"
)
AUX = r"(?:a|ont|avait|avaient)"
AGREE = r"(?:e|es|s)?"

STATEMENT_PAST = (
    rf"(?<![\w'])(?:(?:s'est|se\s+sont){ADV}\s+(?:felicite|rejoui|declare|engage|associe)"
    rf"{AGREE}|{AUX}{ADV}\s+(?:reaffirme|reitere|salue|pris\s+(?:acte|note|connaissance)"
    rf"|souligne|condamne|exprime|note|rappele|reconnu|decide|approuve|adopte|accueilli"
    rf"|apprecie|deplore|insiste|soutenu|appuye|enterine|affirme|remercie|rendu\s+hommage"
    rf"|examine|convenu|fait\s+le\s+point|estime|constate|felicite|mis\s+l'accent|rejete"
    rf"|regrette){AGREE}"
    # "a tenu Israël pleinement responsable de ...": a statement of a news report.
    rf"|{AUX}{ADV}\s+tenu(?=[^.;]{{1,120}}?responsables?(?![\w'])))"
    r"(?![\w'])"
)
STATEMENT_PRESENT = (
    r"(?<![\w'])(?:se\s+felicite|se\s+rejouit|reaffirme|reitere|salue|prend\s+(?:acte|note)"
    r"|souligne|condamne|exprime|note|rappelle|reconnait|decide|approuve|adopte|accueille"
    r"|deplore|insiste|appuie|soutient|enterine|affirme|remercie|rend\s+hommage|felicite"
    r"|estime|constate|met\s+l'accent|rejette|se\s+declare|se\s+dit|regrette"
    # the plural: "Les membres du Conseil de sécurité saluent ...".
    r"|se\s+felicitent|se\s+rejouissent|reaffirment|reiterent|saluent|prennent\s+(?:acte|note)"
    r"|soulignent|condamnent|expriment|rappellent|reconnaissent|accueillent|deplorent"
    r"|appuient|soutiennent|affirment|remercient|rendent\s+hommage|rejettent|regrettent"
    r"|se\s+declarent|se\s+disent)(?![\w'])"
)
# A news report's aside between a request verb and its addressee: the day, or
# the speaker's turn ("a demandé hier à l'ONU de ...", "ont exhorté pour leur
# part le Conseil à ...", "a appelé, lundi, les parties à ..."): one aside, bounded.
ASIDE = (
    r"(?:(?:\s*,\s*|\s+)(?:hier|avant-hier|aujourd'hui|ce\s+(?:matin|soir)"
    r"|(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:dernier|soir|matin))?"
    r"|pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+cote|a\s+(?:son|leur)\s+tour"
    # "a demandé entre autres aux autorités ...": among other things, no addressee.
    r"|entre\s+autres)"
    r"(?![\w'])(?:\s*,)?)?"
)
# A gerund of the sentence's subject: "Tout en exhortant les parties à ..., le Conseil ...";
# a news report's participle after a comma, "en" left out: "..., appelant les parties à ...".
GERUND = (
    r"(?<![\w'])(?:(?:tout\s+)?en\s+|(?<=,\s))(?:exhortant|demandant|invitant|priant|encourageant"
    r"|engageant|sollicitant|appelant)(?=\s+(?:les|le|la|l'|tous|toutes|chaque|a|au|aux)(?![\w'])"
    # a name without an article, then what it is asked: "en invitant Bamako à ...".
    r"|\s+[a-z][a-z-]{2,30}\s+(?:a|de|d')(?:\s|(?<=')))"
)
# A participle sharing the auxiliary of a verb before it: "a apporté son soutien
# à X et appelé les autorités à ..." (the form no present tense reads).
REQUEST_SHARED_AUX = (
    r"(?<=\set\s)appele(?:e|es|s)?"
    + ASIDE
    + r"(?=\s+(?:les|le|la|l'|tous|toutes|chaque|ses|leurs|son|sa)(?![\w'])|\s+l')"
)
# A verb in the future after the body opening the sentence: "Le Secrétaire
# général fournira ...", "Le Comité se réunira ..." (not "aura", "sera", "pourra").
# Not after the pronoun "on" ("On trouvera ci-après le texte ..."): no body opens it.
# Nor taking part in an event ("X et l'Union africaine participeront à cette mission",
# "participera au sommet"): attendance foretold, no task.
# Nor an English word of that shape in an English text ("an extra ordinary summit",
# "the diaspora", "flora", "ultra"): "-tra" is a future only after "t" or "i"
# ("mettra", "paraîtra"), "-ora" never is, and none follows "the", "an" or "a".
FUTURE = (
    r"(?<!\bon\s)(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<![\w'])(?:se\s+|s')?"
    r"(?!(?:aura|auront|sera|seront|pourra|pourront|faudra|voudra"
    r"|voudront|durera|dureront)(?![\w']))"
    r"(?!participer(?:a|ont)\s+a(?:ux?\s+|\s+(?:la|le|l'|cette|ce|cet)\s*)(?:reunion|mission|sommet"
    r"|conference|session|travaux|ceremonie|seance|rencontre|visite)s?(?![\w']))"
    r"[a-z]{2,}(?:[eidvu]|(?<=[ti])t)r(?:a|ont)(?![\w'])"
)
# "La Commission aura le droit ...": a sentence stating, not asking (it keeps a
# later verb in the future from reading the sentence's subject).
FUTURE_STATE = r"(?<![\w'])(?:aura|auront|sera|seront|pourra|pourront)(?![\w'])"
# Where a list of addressees ends before what is asked of them, a noun ("appelle
# X à un cessez-le-feu"; after an article, only a noun of an act asked: "exhorte
# les parties à la retenue", "à l'arrêt des combats", never "demande à la
# Commission de ..."), unless the call's "à" and verb come later ("le Comité de
# réponse à une crise à se réunir").
ASKED_NOUN = (
    r"a\s+(?:(?:un|une)(?![\w'])|la\s+(?:retenue|moderation|desescalade|cessation|fin|reprise"
    r"|levee|liberation|mise\s+en\s+(?:place|oeuvre))(?![\w'])|l'(?:arret|apaisement)(?![\w']))"
    r"(?![^,.;]{0,80}?\sa\s+(?:se\s+|s')?[a-z]+(?:er|ir|re)(?![\w']))"
)
# "Il est demandé au Secrétaire général de ...": the addressee after the verb.
REQUEST_IMPERSONAL = (
    rf"(?<![\w'])il\s+(?:est|a\s+ete){ADV}\s+(?:demande|recommande|suggere)(?![\w'])"
)
# A declaration of leaders in the first person plural, its pronoun said once in
# the preamble ("Nous, Chefs d'État ..., réunis à ...,") and each operative
# paragraph opening with its verb alone: "Demandons au Secrétaire général de
# ...", "Exhortons les États membres à ...". Only where a clause opens (the
# pattern needs its context), never right after a colon or a quotation mark
# (a person quoted: "a-t-il dit : « Appelons ... »").
REQUEST_WE = (
    r"(?<![:\u00ab\u201c\"]\s)(?<![:\u00ab\u201c\"\w'])"
    r"(?:demandons|exhortons|invitons|prions|appelons|chargeons|exigeons|engageons|encourageons"
    r"|sollicitons|mandatons|conjurons)(?:\s+(?:instamment|de\s+nouveau|a\s+nouveau|egalement))?"
    r"(?![\w'])"
)

# "Adresse aux parties un appel ...", "fait appel aux États ...", "donne pour
# instructions au Comité ...": the addressees after the verb. A news report's
# instruction may be plural, qualified, or quoted from the noun on: "ont donné
# des instructions fermes à la Commission", "a donné \u201cinstruction au Président".
ADDRESSED = (
    r"(?:adresse{agree}(?=\s+(?:a|au|aux)\s[^;.]{{0,150}}?\sappels?(?![\w']))"
    r"|fait\s+appel(?=\s+(?:a|au|aux)\s)"
    r"|donne{agree}\s+(?:pour\s+|des\s+)?[\"\u00ab\u201c]?\s*instructions?"
    r"(?:\s+(?:fermes|claires|precises|strictes|expresses))?(?=\s+(?:a|au|aux)\s))"
)
