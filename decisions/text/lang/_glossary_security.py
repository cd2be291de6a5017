"""The glossary's asks of peace operations and sanctions regimes: data only,
read by ``_glossary.py`` as its other specific asks are (one concept a line:
its key, then its terms in English, French and Arabic, languages separated
by "|", terms by ";"; see ``_glossary.py`` for how a term is matched).

What a Security Council, a Peace and Security Council or a regional summit
asks of a mission's host States, of the Member States enforcing a sanctions
regime and of a mission's partners: visas for its staff, forces withdrawn
from an area, the missing persons and property of a past war, the areas
taken back from an armed group and their basic services, a panel of experts
and the safety of its members, the cargo inspected for arms, the violations
documented, names proposed for listing, a follow-up mechanism, an area's
administration, council and police service, power handed over or shared
with civilians; and of a State outside the treaty against the spread of
nuclear weapons, that it join it and put its facilities under the atomic
agency's comprehensive safeguards.
"""

# ruff: noqa: E501  (data: one concept a line reads better than wrapped terms)

SECURITY_TERMS = """
non-proliferation-treaty: Treaty on the Non-Proliferation of Nuclear Weapons; Non-Proliferation Treaty; NPT | Traité sur la non-prolifération; Traité sur la non-prolifération des armes nucléaires; TNP | معاهدة عدم الانتشار; معاهدة عدم انتشار الأسلحة النووية; معاهدة منع انتشار الأسلحة النووية
nuclear-safeguards: comprehensive safeguards; IAEA safeguards; safeguards agreement; safeguards regime; safeguards obligations; safeguards commitments | garanties généralisées; garanties de l'AIEA; accord de garanties | نظام الضمانات الشاملة; الضمانات الشاملة; اتفاق الضمانات; مجال الضمانات
visas: visa; visas; entry visa; entry visas; entry permits | visa; visas; visas d'entrée | تأشيرة; تأشيرات; تأشيرات الدخول; تأشيرة دخول
withdrawal-of-forces: withdraw; withdrawal; pull out; pull their forces out; pull its forces out; redeploy out of | retirer; retirent; retire; retrait; se retirer | انسحاب; الانسحاب; سحب القوات; سحب قواتهما; سحب قواتها; تسحب; يسحب
missing-persons: missing persons; missing nationals; missing Kuwaiti; missing property; the missing; fate of the missing | personnes disparues; ressortissants disparus; biens disparus; disparus; sort des disparus | مفقود; المفقودين; مفقودين; الممتلكات المفقودة; مصير المفقودين
national-archives: national archives | archives nationales | المحفوظات الوطنية; الأرشيف الوطني
liberated-areas: liberated areas; areas liberated; liberated from | zones libérées; régions libérées; libérées de | المناطق المحررة; مناطق محررة; المحررة من
basic-services: basic services; essential services; basic social services | services de base; services essentiels; services sociaux de base | الخدمات الأساسية; الخدمات الاجتماعية الأساسية; الخدمات الضرورية
panel-of-experts: Panel of Experts; panel; Group of Experts | Groupe d'experts; groupe d'experts | فريق الخبراء; فريق خبراء
listing: for listing; for designation; listing; names for listing; listing proposals; proposals for listing | aux fins d'inscription; inscription sur la liste; aux fins de désignation; propositions d'inscription; demandes d'inscription | إدراج أسماء; إدراج الأسماء; لإدراجهم; إدراجهم; الإدراج في القائمة; مقترحات الإدراج; طلبات الإدراج
cargo-inspection: inspect; inspecting; inspection; cargo; cargoes; shipments | inspecter; inspectent; inspection; cargaison; cargaisons | تفتيش; تفتش; يفتش; الشحنات; شحنات; شحنة
safety-of-personnel: safety of its members; safety of their members; safety of personnel; safety of staff; safety and security of; guarantee the safety; ensure the safety | sécurité de ses membres; sécurité du personnel; sûreté et sécurité; garantir la sécurité; assurer la sécurité de | ضمان سلامة; سلامة أعضائه; سلامة أعضاء; سلامة الموظفين; سلامة وأمن; أمن وسلامة
violations: violations; human rights violations; abuses; violation | violations; exactions; violation | انتهاكات; الانتهاكات; انتهاك
humanitarian-needs: humanitarian needs; growing needs; needs of the population | besoins humanitaires; besoins croissants; besoins de la population | الاحتياجات الإنسانية; احتياجات إنسانية; احتياجات السكان
follow-up-mechanism: follow-up mechanism; monitoring mechanism; mechanism to monitor; mechanism to follow up; joint follow-up mechanism; joint mechanism | mécanisme de suivi; mécanisme conjoint de suivi; mécanisme conjoint | آلية المتابعة; آلية متابعة; آلية المتابعة المشتركة; آلية مشتركة; آلية للمتابعة
local-institutions: area administration; area council; police service; interim administration; joint administration | administration de la zone; conseil de la zone; service de police; administration intérimaire; administration conjointe | إدارة المنطقة; مجلس المنطقة; جهاز شرطة; دائرة شرطة; الإدارة المؤقتة; إدارة مشتركة
power-transfer: hand over power; hand power over; hand political power over; handover of power; transfer of power; share power; power-sharing; power sharing | partage le pouvoir; partager le pouvoir; partage du pouvoir; remettre le pouvoir; transfert du pouvoir; passation du pouvoir; passation de pouvoir; pouvoir soit remis; pouvoir remis; remise du pouvoir | تسليم السلطة; نقل السلطة; تقاسم السلطة; التداول السلمي على السلطة
civilian-rule: civilian authorities; civilian-led; civilian rule; civilian government; led by civilians; civilian leadership | autorités civiles; dirigé par des civils; dirigée par des civils; gouvernement civil; pouvoir civil | السلطات المدنية; سلطة مدنية; حكومة مدنية; الحكم المدني; بقيادة مدنية; بقيادة المدنيين; إلى مدنيين; إلى المدنيين المنتخبين
"""

# Places and names of such texts, in their several spellings.
SECURITY_PLACES = """
abyei: Abyei | Abyei | أبيي
oil-police: Oil Police | police pétrolière | شرطة النفط
iaea: International Atomic Energy Agency; IAEA | Agence internationale de l'énergie atomique; AIEA | الوكالة الدولية للطاقة الذرية
isil: ISIL; Da'esh; Daesh; ISIS | EIIL; Daech; Daesh | داعش; تنظيم داعش; الدولة الإسلامية في العراق والشام
"""
