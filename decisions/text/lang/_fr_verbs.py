"""French verb forms the tables share (folded: no accents): the adverbs that
may stand between an auxiliary and its participle ("a également prié"), the
auxiliaries, the agreement endings, and the verbs of a statement, past
("a salué", "se sont félicités") and present ("salue", "saluent")."""

ADV = (
    r"(?:\s+(?:egalement|aussi|vivement|instamment|fermement|encore|de\s+nouveau"
    r"|a\s+nouveau|en\s+outre|par\s+ailleurs|enfin|donc|ainsi|particulierement"
    r"|solennellement|fortement|une\s+fois\s+de\s+plus|une\s+nouvelle\s+fois"
    r"|tout\s+particulierement|d'abord|ensuite|notamment))*"
)
AUX = r"(?:a|ont|avait|avaient)"
AGREE = r"(?:e|es|s)?"

STATEMENT_PAST = (
    rf"(?<![\w'])(?:(?:s'est|se\s+sont){ADV}\s+(?:felicite|rejoui|declare|engage|associe)"
    rf"{AGREE}|{AUX}{ADV}\s+(?:reaffirme|reitere|salue|pris\s+(?:acte|note|connaissance)"
    rf"|souligne|condamne|exprime|note|rappele|reconnu|decide|approuve|adopte|accueilli"
    rf"|apprecie|deplore|insiste|soutenu|appuye|enterine|affirme|remercie|rendu\s+hommage"
    rf"|examine|convenu|fait\s+le\s+point|estime|constate|felicite|mis\s+l'accent){AGREE})"
    r"(?![\w'])"
)
STATEMENT_PRESENT = (
    r"(?<![\w'])(?:se\s+felicite|se\s+rejouit|reaffirme|reitere|salue|prend\s+(?:acte|note)"
    r"|souligne|condamne|exprime|note|rappelle|reconnait|decide|approuve|adopte|accueille"
    r"|deplore|insiste|appuie|soutient|enterine|affirme|remercie|rend\s+hommage|felicite"
    r"|estime|constate|met\s+l'accent"
    # the plural: "Les membres du Conseil de sécurité saluent ...".
    r"|se\s+felicitent|se\s+rejouissent|reaffirment|reiterent|saluent|prennent\s+(?:acte|note)"
    r"|soulignent|condamnent|expriment|rappellent|reconnaissent|accueillent|deplorent"
    r"|appuient|soutiennent|affirment|remercient|rendent\s+hommage)(?![\w'])"
)
