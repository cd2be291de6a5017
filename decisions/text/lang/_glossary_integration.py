"""The glossary's asks of a regional community's integration: data only, read
by ``concepts.py`` with the other asks of ``_glossary.py`` (one concept a line:
its key, then its terms in English, French and Arabic, languages separated by
"|", terms by ";"; see ``_glossary.py`` for how a term is matched).

What a regional community's summit (a customs or economic union, a council of
neighbouring States) asks again of its members and its secretariat from one
session to the next, and that the next session words otherwise or in another
language: the common market and the customs union completed, the shared
railway and the power and water grids built, the free movement of goods and
people and a common tourist visa, a climate framework followed up, the
members' positions coordinated in international fora, the Community levy
applied and its proceeds paid in. Each is a sector
(``concepts.FAMILIES``): a railway asked once and a power grid asked next are
two different asks.
"""

# ruff: noqa: E501  (data: one concept a line reads better than wrapped terms)

from __future__ import annotations

from decisions.text.lang._glossary import Terms, _read

INTEGRATION_ASKS: dict[str, Terms] = _read(
    """
common-market: common market; single market | marché commun; marché unique | السوق المشتركة; السوق الخليجية المشتركة; السوق العربية المشتركة; السوق الموحدة
community-levy: Community Levy; levy proceeds; integration levy; import levy | prélèvement communautaire; prélèvement communautaire d'intégration; contribution communautaire d'intégration | الضريبة المجتمعية; ضريبة التكامل; الاقتطاع المجتمعي; الرسم المجتمعي
customs-union: customs union; common external tariff | union douanière; tarif extérieur commun | الاتحاد الجمركي; التعرفة الجمركية الموحدة
railway: railway; railways; rail link; rail network | chemin de fer; chemins de fer; ferroviaire; réseau ferroviaire | سكة حديد; سكك حديد; السكك الحديدية; سكة الحديد; الربط السككي
grid-interconnection: electrical interconnection; power interconnection; grid interconnection; water interconnection; interconnection authority | interconnexion électrique; interconnexion des réseaux; interconnexion hydraulique | الربط الكهربائي; الربط المائي; ربط الشبكات الكهربائية
free-movement: free movement; freedom of movement; movement of goods; movement of persons; movement of residents; movement of citizens | libre circulation; circulation des personnes; circulation des biens; circulation des marchandises | حرية التنقل; انتقال السلع; انتقال الأشخاص; تنقل المواطنين; تنقل المقيمين; تنقل الأشخاص
tourist-visa: tourist visa; unified visa; single visa | visa touristique; visa unifié; visa unique | التأشيرة السياحية; تأشيرة سياحية; التأشيرة الموحدة; تأشيرة موحدة
circular-carbon-economy: circular carbon economy | économie circulaire du carbone | الاقتصاد الدائري للكربون
joint-positions: coordinate their positions; coordination of positions; coordinated positions | coordonner leurs positions; coordination des positions | تنسيق مواقف; تنسيق المواقف; توحيد المواقف
"""
)

# What a resolution on the cooperation between two organisations (the United
# Nations and a regional one) asks again of their two secretariats: the general
# meeting of the two systems, convened every few years, and the periodic
# consultations between their representatives in between.
COOPERATION_ASKS: dict[str, Terms] = _read(
    """
general-meeting: general meeting; general meetings | réunion générale; réunions générales | الاجتماع العام; اجتماع عام; الاجتماعات العامة
periodic-consultations: periodic consultations; regular consultations | consultations périodiques; consultations régulières | مشاورات دورية; المشاورات الدورية; مشاورات منتظمة
"""
)
