"""The glossary's common vocabulary of resolutions, by family: justice and
accountability, cooperation and its fields, human rights mechanisms, refugees
and their hosts, peace operations. Data only, read by ``concepts.py`` with
the other asks of ``_glossary.py`` (one concept a line: its key, then its
terms in English, French and Arabic, languages separated by "|", terms by
";"; see ``_glossary.py`` for how a term is matched).

What any body asks again from one meeting to the next, whatever the country:
that a State cooperate with an investigation and give it evidence and
witnesses, that information be shared, that relations with a people be
strengthened in the fields of the economy, culture and sport, that technical
cooperation go on, that host communities be helped. Written once per family,
each term in the three languages; words that are common words of another
language are left out ("preuve" alone is also "faire preuve de", "procès" a
"process" once folded).
"""

# ruff: noqa: E501  (data: one concept a line reads better than wrapped terms)

from __future__ import annotations

from decisions.text.lang._glossary import Terms, _read

COMMON_ASKS: dict[str, Terms] = _read(
    """
evidence: evidence; collection of evidence; preservation of evidence; custody of evidence | éléments de preuve; =preuves; collecte de preuves; conservation des preuves | أدلة; الأدلة; جمع الأدلة; حفظ الأدلة
witnesses: witness; witnesses; witness protection | témoin; témoins; protection des témoins | شهود; الشهود; حماية الشهود
investigative-mechanism: investigative mechanism; investigative team; investigation team; independent investigative mechanism | mécanisme d'enquête; équipe d'enquête; équipe d'enquêteurs; mécanisme d'enquête indépendant | آلية التحقيق; آلية تحقيق; فريق التحقيق; الآلية المستقلة للتحقيق; آلية مستقلة للتحقيق
prosecution: prosecution; prosecute; bring to justice; brought to justice; criminal proceedings | poursuites judiciaires; poursuites pénales; traduire en justice; procédures pénales | الملاحقة القضائية; الملاحقات القضائية; محاكمة; تقديم المسؤولين إلى العدالة
information-sharing: share information; sharing of information; information sharing; exchange of information; exchange information; communicate information | échange d'informations; partage d'informations; partager les informations; échanger des informations; communiquer les informations; communiquer des informations | تبادل المعلومات; تقاسم المعلومات; تبادل معلومات; تقاسم معلومات
technical-cooperation: technical cooperation; technical assistance; technical support; technical cooperation programmes | coopération technique; assistance technique; aide technique; appui technique; soutien technique | التعاون الفني; التعاون التقني; المساعدة الفنية; المساعدة التقنية; الدعم الفني; الدعم التقني
relations: relations; bilateral relations; ties; strengthen relations | relations; relations bilatérales; liens | علاقات; العلاقات الثنائية; روابط
isolation: isolation; end the isolation; lift the isolation | isolement; mettre fin à l'isolement | عزلة; العزلة; رفع العزلة; إنهاء العزلة
culture: culture; cultural | culture; culturel; culturelle; culturels | ثقافة; ثقافي; الثقافية
sports: sport; sports; sporting | sport; sportif; sportive; sportifs; sportives | رياضة; رياضي; الرياضية
civil-society: civil society; civil society organizations; non-governmental organizations | société civile; organisations de la société civile; organisations non gouvernementales | المجتمع المدني; منظمات المجتمع المدني; المنظمات غير الحكومية
discrimination: discrimination; racial discrimination; discriminate; discriminated against | discrimination; discrimination raciale; discriminer; discriminé | تمييز; التمييز; التمييز العنصري
root-causes: root causes | causes profondes | الأسباب الجذرية; جذور الأزمة
host-communities: host communities; host community; host countries; host country | communautés d'accueil; communauté d'accueil; pays d'accueil | المجتمعات المضيفة; المجتمع المضيف; البلدان المضيفة; الدول المضيفة; البلد المضيف
burden-sharing: burden-sharing; burden sharing; share the burden; responsibility-sharing; responsibility sharing | partage des charges; partage du fardeau; partager le fardeau; partager les charges; partage des responsabilités | تقاسم الأعباء; تقاسم العبء; تقاسم المسؤوليات
resettlement: resettlement; resettle | réinstallation; réinstaller | إعادة التوطين; إعادة توطين
identity-documents: civil registration; identity documents; identity cards; birth registration; birth certificates | état civil; documents d'identité; cartes d'identité; enregistrement des naissances; actes de naissance | السجل المدني; وثائق الهوية; بطاقات الهوية; تسجيل المواليد; شهادات الميلاد
freedom-of-movement: freedom of movement; movement restrictions | liberté de mouvement; liberté de circulation; restrictions à la circulation | حرية التنقل; حرية الحركة; القيود على الحركة
status-of-forces: status-of-forces agreement; status of forces agreement; status-of-mission agreement; status of forces; status-of-forces | accord sur le statut des forces; accord sur le statut de la mission; statut des forces | اتفاق مركز القوات; اتفاقية مركز القوات; اتفاق مركز البعثة; مركز القوات
electoral-assistance: electoral assistance; electoral support | assistance électorale; appui électoral | المساعدة الانتخابية; الدعم الانتخابي
"""
)

# The measures of a sanctions regime, each a sanctions measure (their parent).
SANCTIONS_MEASURES: dict[str, Terms] = _read(
    """
travel-ban: travel ban; travel restrictions; entry into or transit through; enter into or transit through; prevent the entry | interdiction de voyager; interdiction de voyage; restrictions de voyage; passage en transit; empêcher l'entrée | حظر السفر; منع السفر; منع دخول; العبور بأراضيها; المرور العابر
asset-freeze: asset freeze; assets freeze; freeze the assets; freeze the funds; frozen assets | gel des avoirs; geler les avoirs; geler les fonds; avoirs gelés | تجميد الأصول; تجميد الأموال; الأصول المجمدة
arms-embargo: arms embargo; embargo on arms | embargo sur les armes; embargo sur les armements | حظر الأسلحة; حظر توريد الأسلحة; حظر توريد السلاح
"""
)

# A specific ask that is also a more general one: an inquiry, an
# investigative mechanism and bringing to justice are all accountability
# (evidence and witnesses are what they gather, not the ask itself);
# electoral assistance is about elections.
COMMON_PARENTS: dict[str, tuple[str, ...]] = {
    "prosecution": ("accountability",),
    "investigative-mechanism": ("accountability",),
    "commission-of-inquiry": ("accountability",),
    "electoral-assistance": ("elections",),
}
