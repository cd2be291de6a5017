"""The theme taxonomy and the suggestion of themes from a paragraph's words.

Pure: no Django. `THEMES` is the taxonomy (the data migration loads it);
`themes_suggest_for(text, language)` returns the slugs whose keywords occur
in the text. Keywords are matched after folding (case, accents, Arabic
diacritics and tatweel) at the start of a word, so a keyword is a stem:
"humanitar" finds "humanitarian" and "humanitaire".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

LANGUAGES = ("en", "fr", "ar")


@dataclass(frozen=True)
class ThemeDef:
    slug: str
    kind: str  # "focus" or "sdg"
    names: dict[str, str]
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _t(slug, kind, en, fr, ar, kw_en=(), kw_fr=(), kw_ar=()) -> ThemeDef:
    return ThemeDef(
        slug, kind, {"en": en, "fr": fr, "ar": ar}, {"en": kw_en, "fr": kw_fr, "ar": kw_ar}
    )


THEMES: tuple[ThemeDef, ...] = (
    _t(
        "peace-process",
        "focus",
        "Peace process",
        "Processus de paix",
        "عملية السلام",
        (
            "peace",
            "reconciliation",
            "ceasefire",
            "cease-fire",
            "mediation",
            "dialogue",
            "peace agreement",
            "negotiation",
        ),
        (
            "paix",
            "reconciliation",
            "cessez-le-feu",
            "mediation",
            "dialogue",
            "negociation",
            "accord pour la paix",
        ),
        ("السلام", "سلام", "المصالحة", "مصالحة", "وقف إطلاق النار", "الوساطة", "الحوار"),
    ),
    _t(
        "security",
        "focus",
        "Security",
        "Sécurité",
        "الأمن",
        (
            "security",
            "terroris",
            "armed group",
            "violence",
            "extremis",
            "insecurity",
            "military",
            "defence",
            "defense",
        ),
        (
            "securit",
            "terroris",
            "groupes armes",
            "violence",
            "extremis",
            "insecurit",
            "militaire",
            "defense",
        ),
        ("الأمن", "أمن", "الإرهاب", "إرهاب", "الجماعات المسلحة", "العنف", "التطرف"),
    ),
    _t(
        "humanitarian",
        "focus",
        "Humanitarian",
        "Humanitaire",
        "الشؤون الإنسانية",
        ("humanitar", "refugee", "displaced", "relief", "emergency assistance", "famine"),
        ("humanitair", "refugie", "deplace", "secours", "aide d'urgence", "famine"),
        ("الإنسانية", "إنساني", "اللاجئين", "لاجئ", "النازحين", "نازح", "الإغاثة"),
    ),
    _t(
        "development-finance",
        "focus",
        "Development finance",
        "Financement du développement",
        "تمويل التنمية",
        (
            "financ",
            "funding",
            "funds",
            "trust fund",
            "donor",
            "investment",
            "islamic development bank",
            "isdb",
            "budget",
            "pledge",
        ),
        (
            "financ",
            "fonds",
            "donateur",
            "bailleur",
            "investissement",
            "banque islamique de developpement",
            "budget",
        ),
        (
            "تمويل",
            "التمويل",
            "صندوق",
            "الصندوق",
            "المانحين",
            "البنك الإسلامي للتنمية",
            "الاستثمار",
            "مساهم",
        ),
    ),
    _t(
        "cultural-heritage",
        "focus",
        "Cultural heritage",
        "Patrimoine culturel",
        "التراث الثقافي",
        (
            "heritage",
            "manuscript",
            "mausoleum",
            "cultural propert",
            "monument",
            "unesco",
            "isesco",
            "icesco",
        ),
        (
            "patrimoine",
            "manuscrit",
            "mausolee",
            "biens culturels",
            "monument",
            "unesco",
            "isesco",
            "icesco",
        ),
        ("التراث", "المخطوطات", "مخطوطات", "الأضرحة", "اليونسكو", "الإيسيسكو", "إيسيسكو"),
    ),
    _t(
        "sdg-1",
        "sdg",
        "No poverty",
        "Pas de pauvreté",
        "القضاء على الفقر",
        ("poverty", "poor"),
        ("pauvrete", "pauvre"),
        ("الفقر", "فقر"),
    ),
    _t(
        "sdg-2",
        "sdg",
        "Zero hunger",
        "Faim « zéro »",
        "القضاء التام على الجوع",
        ("hunger", "food security", "nutrition", "agricultur"),
        ("faim", "securite alimentaire", "nutrition", "agricol", "agricult"),
        ("الجوع", "الأمن الغذائي", "التغذية", "الزراع"),
    ),
    _t(
        "sdg-3",
        "sdg",
        "Good health and well-being",
        "Bonne santé et bien-être",
        "الصحة الجيدة والرفاه",
        ("health", "disease", "epidemic", "pandemic", "vaccin", "medical"),
        ("sante", "maladie", "epidemi", "pandemi", "vaccin", "medica"),
        ("الصحة", "صحة", "الأمراض", "وباء", "اللقاح"),
    ),
    _t(
        "sdg-4",
        "sdg",
        "Quality education",
        "Éducation de qualité",
        "التعليم الجيد",
        ("education", "school", "scholarship", "literacy", "training", "universit"),
        ("education", "ecole", "scolar", "bourse", "alphabetisation", "formation", "universit"),
        ("التعليم", "تعليم", "المدارس", "المنح الدراسية", "التدريب", "الجامع"),
    ),
    _t(
        "sdg-5",
        "sdg",
        "Gender equality",
        "Égalité entre les sexes",
        "المساواة بين الجنسين",
        ("women", "gender", "girls"),
        ("femmes", "filles", "egalite des sexes"),
        ("المرأة", "النساء", "الفتيات", "الجنسين"),
    ),
    _t(
        "sdg-6",
        "sdg",
        "Clean water and sanitation",
        "Eau propre et assainissement",
        "المياه النظيفة والنظافة الصحية",
        ("water", "sanitation"),
        ("eau potable", "assainissement", "l'eau"),
        ("المياه", "الصرف الصحي"),
    ),
    _t(
        "sdg-7",
        "sdg",
        "Affordable and clean energy",
        "Énergie propre et d'un coût abordable",
        "طاقة نظيفة وبأسعار معقولة",
        ("energy", "electricity", "renewable"),
        ("energie", "electricite", "renouvelable"),
        ("الطاقة", "الكهرباء"),
    ),
    _t(
        "sdg-8",
        "sdg",
        "Decent work and economic growth",
        "Travail décent et croissance économique",
        "العمل اللائق ونمو الاقتصاد",
        ("employment", "economic growth", "jobs", "youth unemployment", "trade"),
        ("emploi", "croissance economique", "chomage", "commerce"),
        ("العمل اللائق", "البطالة", "النمو الاقتصادي", "التجارة", "التوظيف"),
    ),
    _t(
        "sdg-9",
        "sdg",
        "Industry, innovation and infrastructure",
        "Industrie, innovation et infrastructure",
        "الصناعة والابتكار والهياكل الأساسية",
        ("infrastructure", "industr", "innovation", "technolog"),
        ("infrastructure", "industri", "innovation", "technolog"),
        ("البنية التحتية", "البنى التحتية", "الصناعة", "الابتكار", "التكنولوجيا"),
    ),
    _t(
        "sdg-10",
        "sdg",
        "Reduced inequalities",
        "Inégalités réduites",
        "الحد من أوجه عدم المساواة",
        ("inequalit", "marginali", "migrant", "inclusion"),
        ("inegalite", "marginalis", "migrant", "inclusion"),
        ("عدم المساواة", "المهاجرين", "التهميش"),
    ),
    _t(
        "sdg-11",
        "sdg",
        "Sustainable cities and communities",
        "Villes et communautés durables",
        "مدن ومجتمعات محلية مستدامة",
        ("cities", "urban", "housing", "reconstruction"),
        ("villes", "urbain", "logement", "reconstruction"),
        ("المدن", "الحضري", "الإسكان", "إعادة الإعمار"),
    ),
    _t(
        "sdg-12",
        "sdg",
        "Responsible consumption and production",
        "Consommation et production responsables",
        "الاستهلاك والإنتاج المسؤولان",
        ("consumption", "waste", "sustainable production"),
        ("consommation", "dechets", "production durable"),
        ("الاستهلاك", "النفايات"),
    ),
    _t(
        "sdg-13",
        "sdg",
        "Climate action",
        "Mesures relatives à la lutte contre les changements climatiques",
        "العمل المناخي",
        ("climate", "drought", "desertification", "flood"),
        ("climat", "secheresse", "desertification", "inondation"),
        ("المناخ", "الجفاف", "التصحر", "الفيضانات"),
    ),
    _t(
        "sdg-14",
        "sdg",
        "Life below water",
        "Vie aquatique",
        "الحياة تحت الماء",
        ("ocean", "marine", "fisher", "coastal"),
        ("ocean", "marin", "peche", "cotier"),
        ("المحيطات", "البحرية", "مصائد الأسماك"),
    ),
    _t(
        "sdg-15",
        "sdg",
        "Life on land",
        "Vie terrestre",
        "الحياة في البر",
        ("forest", "biodiversity", "land degradation", "wildlife"),
        ("foret", "biodiversite", "degradation des terres", "faune"),
        ("الغابات", "التنوع البيولوجي", "تدهور الأراضي"),
    ),
    _t(
        "sdg-16",
        "sdg",
        "Peace, justice and strong institutions",
        "Paix, justice et institutions efficaces",
        "السلام والعدل والمؤسسات القوية",
        (
            "justice",
            "human rights",
            "rule of law",
            "governance",
            "impunity",
            "elections",
        ),
        (
            "justice",
            "droits de l'homme",
            "etat de droit",
            "gouvernance",
            "impunite",
            "elections",
        ),
        ("العدالة", "حقوق الإنسان", "سيادة القانون", "الحوكمة", "الانتخابات", "الإفلات من العقاب"),
    ),
    _t(
        "sdg-17",
        "sdg",
        "Partnerships for the goals",
        "Partenariats pour la réalisation des objectifs",
        "عقد الشراكات لتحقيق الأهداف",
        (
            "partnership",
            "cooperation",
            "in collaboration with",
            "coordination",
            "capacity-building",
            "capacity building",
        ),
        (
            "partenariat",
            "cooperation",
            "en collaboration avec",
            "coordination",
            "renforcement des capacites",
        ),
        ("الشراكة", "الشراكات", "التعاون", "بالتعاون مع", "التنسيق", "بناء القدرات"),
    ),
)

THEME_SLUGS: tuple[str, ...] = tuple(t.slug for t in THEMES)

# Arabic letters that often stick to the front of a word: and, with, for, as, so.
_AR_PREFIXES = "(?:[وفبكل]{0,2}(?:ال)?)?"
_TATWEEL = "\u0640"


def fold(text: str) -> str:
    """Case, accents and Arabic diacritics folded away; apostrophes unified;
    Arabic hamza forms of alif (أ إ آ) read as plain alif, as people type."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) and c != _TATWEEL)
    kept = kept.replace("\u2019", "'").replace("`", "'")
    return unicodedata.normalize("NFC", kept).translate(str.maketrans("أإآ", "ااا"))


def _pattern(keyword: str, language: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(part) for part in fold(keyword).split())
    if language == "ar":
        return re.compile(rf"(?<!\w){_AR_PREFIXES}{body}")
    return re.compile(rf"(?<!\w){body}")


_PATTERNS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    lang: tuple(
        (theme.slug, _pattern(kw, lang)) for theme in THEMES for kw in theme.keywords.get(lang, ())
    )
    for lang in LANGUAGES
}


def themes_suggest_for(decision_text: str, language: str) -> list[str]:
    """The theme slugs whose keywords occur in the paragraph, in taxonomy
    order. An unknown language tries every language's keywords."""
    text = fold(decision_text or "")
    languages = (language,) if language in _PATTERNS else LANGUAGES
    found = {
        slug for lang in languages for slug, pattern in _PATTERNS[lang] if pattern.search(text)
    }
    return [slug for slug in THEME_SLUGS if slug in found]
