"""The multilingual glossary: data only, read by ``concepts.py``.

One concept a line: its key, then its terms in English, French and Arabic
(languages separated by "|", terms by ";"). A term is written as a reader
would write it (accents, hamza, ta marbuta); ``concepts.py`` folds it the
way the text is folded. Latin words may take a plural ending; Arabic words
may take the article, a clitic before the first word (و ف ب ل ك), a short
ending (ة ات ين ون ان ية) and an attached pronoun (ها هم), so each term is
written once in its base form. A term starting with "=" is matched exactly
as written, with no clitic or ending ("مالي" alone also means "financial").
Terms are not bound to their language: a French term is found in an English
text too, so a term that is a common word of another language is left out
("siège" is also a headquarters, "stage" an English word).

``ASKS``: what a request asks for, specific ones first, then ``GENERAL``
ones (a report, funding, follow-up): many requests name them, so sharing one
says less (``concepts.concept_overlap`` weighs them half). ``PLACES``:
places and proper names (States, capitals, regions, forces, funds, courts),
in their several spellings.
"""

# ruff: noqa: E501  (data: one concept a line reads better than wrapped terms)

from __future__ import annotations

from decisions.text.lang._glossary_finance import FINANCE_TERMS
from decisions.text.lang._glossary_security import SECURITY_PLACES, SECURITY_TERMS

Terms = dict[str, tuple[str, ...]]


def _read(block: str) -> dict[str, Terms]:
    out: dict[str, Terms] = {}
    for line in block.strip().splitlines():
        key, _, rest = line.partition(":")
        languages = [
            tuple(t.strip() for t in part.split(";") if t.strip()) for part in rest.split("|")
        ]
        if len(languages) != 3 or not all(languages):
            raise ValueError(f"glossary line needs en | fr | ar terms: {line!r}")
        out[key.strip()] = dict(zip(("en", "fr", "ar"), languages, strict=True))
    return out


_SPECIFIC = _read(
    """
needs-assessment: needs-assessment mission; needs assessment; assessment of the needs | mission d'évaluation des besoins; évaluation des besoins | بعثة لتقييم الاحتياجات; تقييم الاحتياجات
fact-finding: fact-finding mission; fact-finding | mission d'établissement des faits; établissement des faits | بعثة لتقصي الحقائق; تقصي الحقائق
cultural-heritage: cultural heritage; World Heritage; heritage sites; World Heritage List | patrimoine culturel; patrimoine mondial; sites du patrimoine; liste du patrimoine mondial | التراث الثقافي; تراث ثقافي; التراث العالمي; مواقع التراث; قائمة التراث العالمي
manuscripts: manuscript | manuscrit | مخطوط; مخطوطة
heritage-list: heritage list; Islamic World Heritage List | liste du patrimoine | قائمة التراث; قوائم التراث
nomination-files: nomination file; nomination dossier | dossier de candidature; dossier d'inscription | ملف الترشيح; ملفات الترشيح; ملف ترشيح
heritage-in-danger: heritage endangered; endangered heritage; heritage in danger; heritage at risk | patrimoine menacé; patrimoine en péril; patrimoine en danger | التراث المهدد; التراث المعرض للخطر; التراث المعرض للتهديد
national-legislation: national legislation; domestic legislation; legislation | législation nationale; législations nationales; législation | تشريع; التشريعات الوطنية; تشريعات وطنية
non-recognition: not to recognise; not to recognize; non-recognition; legal status | ne reconnaître aucune; non-reconnaissance; statut juridique | عدم الاعتراف; الوضع القانوني
diplomatic-legal-action: diplomatic and legal steps; diplomatic and legal efforts; diplomatic and legal measures; diplomatic and legal action | démarches diplomatiques et juridiques; efforts diplomatiques et juridiques; mesures diplomatiques et juridiques | الإجراءات الدبلوماسية والقانونية; الجهود الدبلوماسية والقانونية; التحركات الدبلوماسية والقانونية; الخطوات الدبلوماسية والقانونية
targeted-measures: targeted sanctions; individual sanctions; targeted measures; individual measures | sanctions ciblées; sanctions individuelles; mesures ciblées; mesures individuelles | عقوبات محددة الأهداف; عقوبات فردية; تدابير فردية; إجراءات فردية
mausoleums: mausoleum; mausolea | mausolée | ضريح; أضرحة
libraries: library; libraries | bibliothèque | مكتبات; المكتبة
restoration: restoration; restore; rehabilitation; rehabilitate | restauration; restaurer; réhabilitation; réhabiliter | ترميم; إعادة تأهيل; إعادة التأهيل
humanitarian-assistance: humanitarian assistance; humanitarian aid; humanitarian relief; humanitarian response; humanitarian support | assistance humanitaire; aide humanitaire; secours humanitaire; réponse humanitaire; soutien humanitaire; appui humanitaire | مساعد إنساني; معونة إنساني; إغاثة إنساني; الاستجابة الإنساني; الدعم الإنساني; مساعدات إنساني
reconstruction: reconstruction; rebuilding; rebuild; post-conflict reconstruction; early recovery; economic recovery | reconstruction; reconstruire; relèvement; relèvement rapide | إعادة الإعمار; إعادة إعمار; إعادة البناء; إعادة بناء; إعمار; التعافي; تعافي; التعافي المبكر; التعافي الاقتصادي
peace-agreement: peace agreement; peace accord; agreement for peace | accord de paix; accord pour la paix; accords de paix | اتفاق السلام; اتفاقية السلام; اتفاق سلام; اتفاق من أجل السلم; اتفاق السلم
peace-process: peace process | processus de paix | عملية السلام; مسار السلام; عملية السلم
reconciliation: reconciliation | réconciliation | مصالحة
elections: election; electoral; elections; legislative elections | élection; électoral; électorale; électoraux; scrutin; élections législatives | انتخاب; انتخابي; انتخابات; الاستحقاقات الانتخابية; الانتخابات التشريعية; انتخابات تشريعية
refugees: refugee | réfugié; réfugiée; réfugiées | لاجئ
displaced-persons: displaced person; internally displaced; displaced; displacement | personne déplacée; déplacé; déplacée; déplacées; déplacement | نازح; مشرد; نزوح; النازحين داخليا; تشريد
ceasefire: ceasefire; cease-fire; cessation of hostilities; truce; hostilities; cease hostilities; end the war; end to the war; stop the war; halt the war | cessez-le-feu; cessation des hostilités; trêve; hostilités; mettre fin à la guerre; fin de la guerre; arrêt de la guerre; arrêter la guerre | وقف إطلاق النار; وقف الأعمال العدائية; هدنة; الأعمال العدائية; الأعمال القتالية; وقف الحرب; إنهاء الحرب; إيقاف الحرب
sanctions: sanction; embargo | sanction; embargo | عقوب; عقوبة; حظر
priority-projects: priority projects; give priority to projects; priority to the projects; finance as a priority | projets prioritaires; en priorité les projets; priorité aux projets | الأولوية لمشاريع; الأولوية للمشاريع; المشاريع ذات الأولوية; مشاريع ذات أولوية
development-projects: development project; development programme; development program | projet de développement; programme de développement | مشاريع التنمية; مشروع تنموي; مشاريع تنموي; برامج التنمية; برنامج تنموي; مشروعات التنمية; مشروعات تنموي
face-to-face-meeting: face-to-face meeting; direct meeting; meeting between the two leaders | rencontre directe; rencontre en face à face; face-à-face; rencontre entre les deux dirigeants | اللقاء المباشر; لقاء مباشر; اجتماع مباشر; لقاء بين القائدين
mediation: mediation; mediator | médiation; médiateur | وساط
dialogue: dialogue; national dialogue; intra-Afghan dialogue; engagement with; engage with | dialogue | حوار
good-offices: good offices | bons offices | المساعي الحميدة
special-envoy: special envoy; special representative; envoy | envoyé spécial; représentant spécial | المبعوث الخاص; الممثل الخاص; مبعوث; مبعوثا خاصا
terrorism: terrorism; terrorist; counter-terrorism; counterterrorism | terrorisme; terroriste; antiterroriste; lutte contre le terrorisme | إرهاب; إرهابي; مكافحة الإرهاب
violent-extremism: violent extremism; extremism; radicalization; radicalisation | extrémisme violent; extrémisme; radicalisation | التطرف العنيف; تطرف; التطرف; غلو
disarmament: disarmament; demobilization; demobilisation; reintegration; ex-combatants; former combatants; lay down their arms; laid down their arms | désarmement; démobilisation; réinsertion; ex-combattants; anciens combattants; déposer les armes; déposé les armes | نزع السلاح; تسريح; إعادة الإدماج; المقاتلين السابقين; المقاتلون السابقون; ألقوا السلاح; إلقاء السلاح
peacekeeping: peacekeeping; peace-keeping | maintien de la paix | حفظ السلام
human-rights: human rights; human rights situation | droits de l'homme; droits humains; droits de la personne | حقوق الإنسان; حقوق الانسان
accountability: accountability; impunity | reddition des comptes; reddition de comptes; impunité | المساءلة; الإفلات من العقاب
food-security: food security; food insecurity; food aid; food assistance; famine | sécurité alimentaire; insécurité alimentaire; aide alimentaire; assistance alimentaire; famine | الأمن الغذائي; المساعدات الغذائية; المساعدة الغذائية; المعونة الغذائية; المعونات الغذائية; مجاعة; انعدام الأمن الغذائي
drought: drought; desertification; land degradation | sécheresse; désertification; dégradation des terres | جفاف; تصحر; الجفاف; التصحر
natural-disasters: natural disaster; flood; earthquake; cyclone | catastrophe naturelle; inondation; séisme; tremblement de terre; cyclone | كوارث طبيعي; كارثة طبيعي; فيضان; فيضانات; سيول; زلزال; إعصار
education: education; school; educational; literacy | éducation; enseignement; école; éducatif; éducative; scolarisation; alphabétisation | تعليم; مدارس; مدرسة; تعليمي; التربية; محو الأمية
scholarships: scholarship; scholarships | bourse d'études; bourses d'études; bourse; bourses | منح دراسي; منحة دراسي; منحا دراسي
health: health; healthcare; health care; medical; vaccine; vaccination | santé; sanitaire; médical; médicale; vaccin; vaccination | الصحة; صحي; الصحي; طبي; لقاح; تطعيم
capacity-building: capacity building; capacity-building | renforcement des capacités | بناء القدرات; بناء قدرات
infrastructure: infrastructure; roads; road network; bridges | infrastructure; infrastructures; routes; réseau routier; ponts | البنية التحتية; البنى التحتية; البنية الأساسية; البنى الأساسية; الطرق; شبكة الطرق; الجسور
occupation: occupation; occupying power; occupied | occupation; puissance occupante; occupé; occupés; occupée; occupées | احتلال; الاحتلال; القوة القائمة بالاحتلال; المحتلة
settlements: settlements; settlement activities; colonization; settlers; settler | colonies de peuplement; colonisation; colonies; colons | الاستيطان; المستوطنات; مستوطنات; استيطاني; المستوطنين
holy-sites: holy sites; holy places | lieux saints | الأماكن المقدسة; المقدسات
islamophobia: islamophobia | islamophobie | الإسلاموفوبيا; كراهية الإسلام
citizenship: citizenship; statelessness | citoyenneté; apatridie | المواطنة; =الجنسية; انعدام الجنسية
embassies: embassy; embassies; diplomatic mission | ambassade; mission diplomatique | سفارة; سفارات; بعثة دبلوماسي
housing: housing; shelter | logement; habitat; abri | إسكان; مساكن; سكن; مأوى
water-supply: water supply; drinking water; water | adduction d'eau; eau potable; approvisionnement en eau; eau | إمدادات المياه; مياه الشرب; المياه; مياه
electrification: electrification; electricity; energy; power plant; power station; electric | électrification; électricité; énergie; centrale électrique; électrique | كهرباء; كهربة; =الطاقة; =والطاقة; محطة توليد الكهرباء; محطة كهرباء
universities: university; universities; higher education | université; enseignement supérieur | جامعة; جامعات; التعليم العالي
stabilization: stabilization; stabilisation; stability; stabilize; stabilise | stabilisation; stabilité; stabiliser | استقرار; الاستقرار; تحقيق الاستقرار
hate-speech: hate speech; incitement to hatred; hatred | discours de haine; discours haineux; incitation à la haine; haine | خطاب الكراهية; التحريض على الكراهية; كراهية
migration: migration; migrant; irregular migration | migration; migrant; migrants; migration irrégulière | هجرة; الهجرة غير النظامية; مهاجر; مهاجرين
training: training; training session; training course; retraining; refresher training | formation; session de formation; sessions de formation; remise à niveau | تدريب; دورات تدريبية; دورة تدريبية; تدريبي; إعادة التدريب
agriculture: agriculture; agricultural; farming | agriculture; agricole; agricoles | زراعة; زراعي; الزراعة
desert-locust: desert locust; locust; locusts | criquet pèlerin; criquets pèlerins; criquet; acridien | الجراد الصحراوي; جراد; الجراد
awareness: awareness; raise awareness; public opinion | sensibiliser; sensibilisation; opinion publique | توعية; التوعية; الرأي العام
commission-of-inquiry: commission of inquiry; inquiry; investigation; investigate | commission d'enquête; enquête; enquêter | لجنة تحقيق; لجنة للتحقيق; لجنة لتقصي الحقائق; =التحقيق; =التحقيقات; =تحقيقات
self-determination: self-determination; right to self-determination | autodétermination; droit à l'autodétermination | تقرير المصير; حق تقرير المصير
voluntary-return: voluntary return; safe return; dignified return; repatriation | retour volontaire; retour sûr; retour digne; rapatriement | العودة الآمنة; العودة الطوعية; عودة
conflict-prevention: conflict prevention; prevention of conflicts; preventive diplomacy | prévention des conflits; diplomatie préventive | منع النزاعات; منع نشوب النزاعات; الدبلوماسية الوقائية
peacebuilding: peacebuilding; peace-building; peace building | consolidation de la paix | بناء السلام; بناء السلم
sustainable-development-goals: Sustainable Development Goals; SDGs; 2030 Agenda | objectifs de développement durable; ODD; Programme 2030 | أهداف التنمية المستدامة; خطة عام 2030; خطة 2030
pandemic: pandemic; COVID-19; epidemic; coronavirus | pandémie; COVID-19; épidémie; coronavirus | جائحة; كوفيد; وباء; كورونا
poverty: poverty; poverty alleviation; poverty reduction | pauvreté; lutte contre la pauvreté | فقر; الفقر; مكافحة الفقر
women: women; woman; gender; girls | femmes; femme; filles | المرأة; النساء; نساء; الفتيات
youth: youth; young people | jeunesse; jeunes | الشباب; شباب
landmines: landmine; mine action; demining; explosive remnants | mines antipersonnel; déminage; lutte antimines; restes explosifs | الألغام; ألغام; نزع الألغام
detainees: detainee; prisoner; political prisoner; hostage | détenu; détenus; prisonnier; prisonniers; otage | أسرى; الأسرى; معتقل; المعتقلين; المحتجزين; رهائن
blockade: blockade; under siege; breaking the siege; lift the siege; siege of | blocus; état de siège | حصار; الحصار
genocide: genocide; ethnic cleansing; crimes against humanity | génocide; nettoyage ethnique; crimes contre l'humanité | إبادة جماعي; الإبادة الجماعية; تطهير عرقي; جرائم ضد الإنسانية
observers: observer; observers; observation mission | observateur; observateurs; mission d'observation | مراقب; مراقبين; بعثة مراقبة; المراقبين
constitution: constitution; constitutional | constitution; constitutionnel; constitutionnelle | دستور; دستوري; الدستور
national-conference: national conference; inclusive national conference | conférence nationale; conférence d'entente nationale | مؤتمر وطني; المؤتمر الوطني; مؤتمر الوفاق الوطني
cantonment: cantonment; cantonment sites | cantonnement; sites de cantonnement | تجميع المقاتلين; مواقع التجميع
waqf: waqf; awqaf; endowment | waqf; waqfs; awqaf; biens de mainmorte | أوقاف; =الوقف; =الأوقاف
religious-sites: mosque; mosques; shrine; religious sites; places of worship | mosquée; lieux de culte; sites religieux; sanctuaire | مسجد; مساجد; دور العبادة; المواقع الدينية
documentation: documentation; documenting; documented; database; inventory; digitization | documentation; documenter; base de données; inventaire; numérisation | توثيق; قاعدة بيانات; قاعدة البيانات; جرد; رقمنة
special-programme-africa: Special Programme for the Development of Africa; SPDA | Programme spécial pour le développement de l'Afrique; PSDA | البرنامج الخاص لتنمية أفريقيا; البرنامج الخاص لتنمية إفريقيا
stabilisation-strategy: Regional Stabilisation Strategy; Regional Stabilization Strategy | Stratégie régionale de stabilisation | الاستراتيجية الإقليمية لتحقيق الاستقرار; الاستراتيجية الإقليمية للاستقرار
children: children; child; minors | enfants; enfant; mineurs | الأطفال; أطفال; طفل; القصر
media: media; journalists; press | médias; journalistes; presse | الإعلام; وسائل الإعلام; الصحفيين; صحفي
trade-fairs: trade fair; trade fairs; trade exhibition; trade exhibitions | foire commerciale; foires commerciales; salon commercial; exposition commerciale | معرض تجاري; المعارض التجارية; معارض تجارية
mid-term-review: mid-term review; midterm review; mid-term evaluation | examen à mi-parcours; revue à mi-parcours; évaluation à mi-parcours | مراجعة منتصف المدة; استعراض منتصف المدة; تقييم منتصف المدة
trade: trade; commerce; intra-OIC trade | commerce; échanges commerciaux | التجارة; تجارة; التبادل التجاري
climate-change: climate change; climate | changement climatique; changements climatiques; climat | تغير المناخ; المناخ; التغيرات المناخية
environment: environment; environmental | environnement; environnemental; environnementale | البيئة; بيئي
polio: polio; poliomyelitis | poliomyélite; polio | شلل الأطفال
roadmap: roadmap; road map | feuille de route | خارطة الطريق; خريطة الطريق
transition: political transition; transitional; transition; transfer of tasks; handover of tasks; transfer of its tasks; handover of its tasks; transfer of responsibilities | transition politique; transition; transfert des tâches; transfert de ses tâches; transfert des responsabilités; passation des tâches | المرحلة الانتقالية; الانتقال السياسي; انتقالي; نقل المهام; تسليم المهام; نقل المسؤوليات
amnesty: amnesty | amnistie | العفو; عفو عام
headquarters-agreement: headquarters agreement | accord de siège | اتفاقية المقر; اتفاق المقر
science-technology: science and technology; innovation | science et technologie; sciences et technologies; innovation | العلوم والتكنولوجيا; الابتكار
tourism: tourism | tourisme | السياحة; سياحي
foreign-forces: foreign forces; foreign fighters; mercenaries; mercenary; withdrawal of foreign forces | forces étrangères; combattants étrangers; mercenaires; mercenaire; retrait des forces étrangères | القوات الأجنبية; المقاتلين الأجانب; المقاتلون الأجانب; المرتزقة; مرتزقة; انسحاب القوات الأجنبية
chapter-vii: Chapter VII | chapitre VII | الفصل السابع
logistics: logistics; logistical; logistic support; logistical support; logistical means | logistique; logistiques; moyens logistiques; appui logistique; soutien logistique | لوجستي; لوجيستي; الدعم اللوجستي; الوسائل اللوجستية
deployment: deployment; deploy; troops; dispatch; dispatching | déploiement; déployer; troupes; dépêcher; dépêchant | نشر القوات; نشر قوات; نشر بعثة; نشر فرق; نشر مراقبين; انتشار
involvement: fully associated; fully involved; involvement; full participation | pleinement associée; pleinement associé; pleinement associés; implication; pleine participation | إشراك; الإشراك; المشاركة الكاملة; مشاركة كاملة
committee: set up a committee; establish a committee; form a committee; follow-up committee; ad hoc committee | constituer un comité; créer un comité; former un comité; comité de suivi; comité ad hoc | تشكيل لجنة; إنشاء لجنة; لجنة متابعة; لجنة لمتابعة
cholera: cholera | choléra | الكوليرا; كوليرا
hospitals: hospital; hospitals; health centre; health centres; health center; health centers | hôpital; hôpitaux; centre de santé; centres de santé | مستشفى; مستشفيات; المستشفيات; المراكز الصحية; مراكز صحية; مركز صحي
settlement-initiatives: settlement initiatives; peace initiatives; unify the initiatives | initiatives de règlement; initiatives de paix; unifier les initiatives | مبادرات التسوية; مبادرات السلام; توحيد المبادرات
support-office: support office | bureau d'appui | مكتب دعم; مكتب الدعم
international-protection: international protection; protection of civilians; protect civilians; protection of the civilian population | protection internationale; protection des civils; protéger les civils; protection de la population civile | الحماية الدولية; حماية دولية; حماية المدنيين; توفير الحماية
aggression: aggression; stop the aggression; end the aggression; attacks | agression; mettre fin à l'agression; faire cesser l'agression; attaques | العدوان; عدوان; وقف العدوان; الاعتداءات; اعتداءات
legal-case: case before; case against; legal case; lawsuit; legal proceedings; litigation | affaire portée devant; procédure judiciaire; procédure devant; contentieux; action en justice | القضية المرفوعة; الدعوى; دعوى قضائية; الدعوى القضائية
mandate-renewal: renewal of the mandate; =mandate; the mandate; its mandate; mandate of; renew the mandate; extend the mandate; extension of the mandate | renouvellement du mandat; =mandat; =mandats; renouveler le mandat; prorogation du mandat; proroger le mandat | تجديد الولاية; ولاية بعثة; ولايته; ولايتها; تجديد ولاية; تمديد ولاية; تمديد الولاية
referral: referral; refer; refer the situation; refer the matter | saisine; déférer; saisir la Cour; renvoyer la situation; renvoi de la situation | إحالة; يحيل; تحيل; إحالة الوضع; إحالة ملف
diplomatic-fora: bilateral contacts; bilateral meetings; bilateral talks; multilateral fora; multilateral forums; international fora; international forums; fora | contacts bilatéraux; rencontres bilatérales; entretiens bilatéraux; enceintes multilatérales; fora multilatéraux; forums multilatéraux; enceintes internationales; instances internationales | الاتصالات الثنائية; اللقاءات الثنائية; المحافل المتعددة الأطراف; المحافل الدولية; المنتديات الدولية; المحافل
raise-the-issue: raise the issue; raise the situation; raise the question; raise the matter | évoquer la question; évoquer la situation; soulever la question; soulever la situation | إثارة القضية; إثارة الوضع; إثارة المسألة; طرح القضية; إثارة أوضاع; إثارة وضع; إثارة قضية; إثارة مسألة
concept-of-operations: concept of operations; CONOPS | concept d'opérations; concept des opérations; concept opérationnel; CONOPS | مفهوم العمليات
force-strength: troop strength; strength; troop ceiling; troop levels; uniformed personnel | l'effectif; les effectifs; son effectif; ses effectifs; leurs effectifs; plafond des effectifs; niveau des effectifs; personnels en tenue; personnel en tenue | قوام; سقف القوات; الأفراد النظاميين; عدد الأفراد
ratification: ratify; ratification; accede; accession | ratifier; ratification; adhérer; adhésion; adhéré | المصادقة; مصادقة; التصديق; الانضمام إلى
borders: border; borders; border security; border management; border areas; border regions; border dispute; boundary; boundaries; demarcation; border demarcation | frontière; frontières; sécurité des frontières; gestion des frontières; frontalier; frontalière; régions frontalières; zones frontalières; démarcation; démarcation de la frontière | =الحدود; =حدودها; أمن الحدود; مراقبة الحدود; ضبط الحدود; المناطق الحدودية; حدودي; النزاع الحدودي; ترسيم الحدود
early-warning: early warning; early-warning | alerte précoce | الإنذار المبكر; إنذار مبكر
weapons: weapons; small arms; light weapons; arms proliferation; arms; ammunition | armes légères; armes de petit calibre; prolifération des armes; armes; munitions | الأسلحة; السلاح; الأسلحة الخفيفة; انتشار الأسلحة; الذخيرة; الذخائر
humanitarian-access: humanitarian access; humanitarian corridor; humanitarian corridors; unhindered access; delivery of aid; delivery of humanitarian aid; deliver humanitarian aid; deliver humanitarian assistance; deliver aid; entry of humanitarian aid; entry of humanitarian assistance; entry of aid | accès humanitaire; couloir humanitaire; couloirs humanitaires; accès sans entrave; acheminement de l'aide; acheminement de l'aide humanitaire; entrée de l'aide humanitaire; entrée de l'aide | وصول المساعدات الإنسانية; وصول المساعدات; الممرات الإنسانية; ممرات إنسانية; ممرات آمنة; وصول دون عوائق; الوصول دون عوائق; دون عوائق; إيصال المساعدات; إيصال المساعدات الإنسانية; دخول المساعدات الإنسانية; دخول المساعدات; إدخال المساعدات الإنسانية; إدخال المساعدات
transitional-justice: transitional justice | justice transitionnelle | العدالة الانتقالية
security-sector-reform: security sector reform; security sector | réforme du secteur de la sécurité; secteur de la sécurité | إصلاح القطاع الأمني; إصلاح قطاع الأمن; القطاع الأمني
unconstitutional-change: unconstitutional change; coup d'état; coup; unconstitutional | changement anticonstitutionnel; coup d'État; anticonstitutionnel; anticonstitutionnelle | التغيير غير الدستوري; انقلاب; الانقلاب; غير الدستوري; غير دستوري
sexual-violence: sexual violence; gender-based violence | violences sexuelles; violence sexuelle; violences basées sur le genre | العنف الجنسي; العنف القائم على النوع
minorities: minorities; Muslim minorities; Muslim communities | minorités; minorités musulmanes; communautés musulmanes | الأقليات; الأقليات المسلمة; الجاليات المسلمة; المجتمعات المسلمة
timetable: timetable; timeline; chronogram; electoral calendar | chronogramme; calendrier électoral; calendrier de la transition | جدول زمني; الجدول الزمني; جدولا زمنيا
border-closure: border closure; borders closed; land and air borders | fermeture des frontières; frontières fermées; frontières terrestres et aériennes | إغلاق الحدود; الحدود مغلقة; الحدود البرية والجوية
endorsement: endorse; endorsement; support the decisions; endorse the decisions | entériner; endosser; entérinement; appuyer les décisions; soutenir les décisions | المصادقة على; تأييد قرارات; دعم قرارات
medicines: medicines; medical supplies; medicine | médicaments; fournitures médicales | الأدوية; أدوية; الإمدادات الطبية
natural-resources: natural resources; illegal exploitation of natural resources | ressources naturelles; exploitation illégale des ressources naturelles | الموارد الطبيعية; موارد طبيعي
sexual-exploitation: sexual exploitation and abuse; sexual exploitation; zero-tolerance policy; zero tolerance | exploitation et atteintes sexuelles; exploitation sexuelle; tolérance zéro | الاستغلال والاعتداء الجنسيين; الاستغلال الجنسي; عدم التسامح مطلقا
humanitarian-response-plan: humanitarian response plan; humanitarian appeal; response plan; joint response plan; humanitarian needs and response plan | plan de réponse humanitaire; plan d'intervention humanitaire; plan de réponse; plan de réponse conjoint | خطة الاستجابة الإنسانية; خطة الاستجابة; خطة الاحتياجات والاستجابة الإنسانية
illicit-trafficking: illicit trafficking; trafficking; smuggling | trafic illicite; trafic; contrebande | الاتجار غير المشروع; الاتجار; تهريب; منع توريد
money-laundering: money-laundering; money laundering | blanchiment d'argent; blanchiment de capitaux | غسل الأموال; غسيل الأموال
corruption: corruption | corruption | الفساد; فساد
binding-resolution: binding resolution; binding decision | résolution contraignante; décision contraignante | قرار ملزم; قرار حاسم وملزم; قرار حاسم
options: options; range of options | options; éventail d'options | الخيارات; خيارات
national-army: national army; armed forces; army; defence and security forces; defense and security forces; security forces | armée nationale; forces armées; armée; de défense et de sécurité; forces de sécurité | الجيش; القوات المسلحة; قوات الدفاع والأمن; قوات الأمن; القوات الأمنية
air-assets: helicopter; aircraft; air assets; aviation unit; riverine unit | hélicoptère; aéronef; moyens aériens; unité d'aviation; unités fluviales; unité fluviale | مروحية; مروحيات; طائرات عمودية; طائرات هليكوبتر; وحدات نهرية; وحدات جوية
peaceful-settlement: peaceful settlement; political settlement; peaceful solution; political solution; settlement of the dispute; settle the dispute; settlement of their dispute; peaceful means | règlement pacifique; règlement politique; solution pacifique; solution politique; règlement du différend; règlement de leur différend; moyens pacifiques | تسوية سلمي; الحل السلمي; حل سلمي; تسوية سياسي; الحل السياسي; حل سياسي; تسوية النزاع; تسوية الخلاف; الطرق السلمية; الوسائل السلمية
territorial-integrity: territorial integrity | intégrité territoriale | السلامة الإقليمية; وحدة أراضي; سلامة أراضي; وحدة وسلامة أراضي
non-interference: interference; refrain from intervening; not to intervene; non-interference | ingérence; ne pas intervenir; s'abstenir d'intervenir; non-ingérence | عدم التدخل; الامتناع عن التدخل; التدخل في; أي تدخل
escalation: escalation; escalate; aggravate; exacerbate | escalade; aggraver; aggraverait; exacerber | تصعيد; تفاقم
military-manoeuvres: military manoeuvres; military maneuvers; military exercises; military drills | manœuvres militaires; manoeuvres militaires; exercices militaires | المناورات العسكرية; مناورات عسكري; التدريبات العسكرية
transmission: transmit; transmit the resolution; circulate as an official document; official document; to the attention of | transmettre; transmettre la résolution; document officiel; à l'attention de; à l'attention des | إبلاغ هذا القرار; إبلاغ القرار; وثيقة رسمي; وثائق رسمي; يوجه انتباه; توجيه انتباه; يسترعي انتباه; استرعاء انتباه; يلفت انتباه; لفت انتباه
neighbouring-countries: neighbouring countries; neighboring countries; neighbouring States; neighboring States; neighbouring; neighboring; neighbours; neighbors; countries of the region; States of the region | pays voisins; États voisins; voisins; voisin; voisine; voisines; pays de la région; États de la région | دول الجوار; الدول المجاورة; البلدان المجاورة; دول جوار; مجاور; =الجوار; =حكومات الجوار; دول المنطقة; بلدان المنطقة
sanctions-lifting: lift the sanctions; lifting of the sanctions; lifting of sanctions; sanctions lifted | levée des sanctions; lever les sanctions; sanctions levées | رفع العقوبات; رفع العقوبة
border-reopening: reopen the borders; reopen their borders; reopening of the borders; reopening of their borders; reopening of borders | réouverture des frontières; réouverture de leurs frontières; réouverture de ses frontières; rouvrir les frontières; rouvrir leurs frontières | إعادة فتح الحدود; فتح الحدود
"""
)

_GENERAL = _read(
    """
office: office; liaison office; regional office; representation office | bureau; bureau de liaison; bureau régional; antenne | مكتب; مكاتب; مكتب اتصال; مكتب إقليمي
humanitarian: humanitarian; humanitarian affairs; humanitarian situation | humanitaire; affaires humanitaires; situation humanitaire | إنساني; الشؤون الإنسانية; الوضع الإنساني
report-back: report; report back; submit a report; reports; keep the Council informed; inform the Council; brief the Council | rapport; faire rapport; rendre compte; présenter un rapport; tenir le Conseil informé; informer le Conseil | تقرير; تقارير; تقديم تقرير; رفع تقرير; تقريرا; إطلاع المجلس; اطلاع المجلس; إبقاء المجلس على علم; إحاطة المجلس
follow-up: follow up; follow-up; monitor; monitoring; keep under review | suivre; suivi; assurer le suivi; surveiller | متابعة; رصد; مواصلة متابعة
implementation: implementation; implement; implementing; implemented; give effect to; giving effect to; commitments made under; commitments undertaken in | mise en œuvre; mise en oeuvre; application; exécution; appliquer; faire appliquer; donner effet à; engagements pris dans | تنفيذ; التنفيذ; تطبيق; الالتزامات الواردة في
next-session: next session; next meeting; forthcoming session; following session; next ordinary session; next summit; next ordinary summit | prochaine session; prochaine réunion; session suivante; prochaine session ordinaire; prochain sommet; prochain sommet ordinaire | القمة القادمة; القمة المقبلة; الدورة القادمة; الدورة المقبلة; الدورة العادية القادمة; الدورة العادية المقبلة; الاجتماع القادم; الاجتماع المقبل
funding: funding; financing; finance; to fund; fund-raising; fundraising; mobilise resources; mobilize resources; financial resources; necessary resources; resources needed; mobilise the resources; mobilize the resources; resource mobilization; resource mobilisation; additional resources; more resources; mobilise more resources; mobilize more resources | financement; financements; financer; mobiliser des ressources; collecte de fonds; levée de fonds; ressources financières; ressources nécessaires; mobiliser les ressources; mobilisation des ressources; ressources supplémentaires; davantage de ressources; mobiliser davantage de ressources | تمويل; التمويل; حشد الموارد; جمع التبرعات; الموارد المالية; الموارد اللازمة; تعبئة الموارد; موارد إضافية; مزيد من الموارد
assistance: assistance; aid; relief; emergency assistance; emergency aid | assistance; aide; aide d'urgence; secours | مساعدة; مساعدات; معونة; إغاثة; مساعدات عاجلة
contributions: contribution; contribute; voluntary contribution; donation | contribution; contribuer; contributions volontaires | مساهمة; مساهمات; مساهمات طوعية; تبرع; تبرعات; الإسهام
study: study; studies; research | étude; étudier; recherche | دراسة; دراسات; أبحاث
seminar: seminar; workshop; symposium; forum | séminaire; atelier; colloque; forum | ندوة; ورشة عمل; ورشة; منتدى
conference: conference; international conference; convene a conference | conférence; conférence internationale; convoquer une conférence | مؤتمر; مؤتمر دولي; عقد مؤتمر
coordination: coordination; coordinate; in consultation with; collaborate closely; close collaboration | coordination; coordonner; en concertation avec; concertation; se concerter; en consultation avec; collaborer étroitement; étroite collaboration | تنسيق; بالتنسيق; التشاور; بالتشاور مع
plan: plan; action plan; plan of action | plan; plan d'action | خطة; خطة عمل
mission: mission; visit; dispatch a mission | mission; visite; dépêcher une mission | بعثة; زيارة; إيفاد بعثة
contacts: contacts; consultations; pursue his contacts | contacts; consultations | اتصالات; مشاورات
review: review; strategic review | examen; examen stratégique; revue stratégique | استعراض; مراجعة; استعراضا
"""
)

ASKS: dict[str, Terms] = {**_SPECIFIC, **_read(FINANCE_TERMS), **_read(SECURITY_TERMS), **_GENERAL}
GENERAL: frozenset[str] = frozenset(_GENERAL)

# Asks of one kind, of which a request usually names one: what is to be
# delivered (a study, a conference, a report), a disease, a hazard, a sector.
# Two requests that each name one of a kind, and none the same, ask different
# things even when they share a place or a topic (a study on girls' education
# is not a conference on women; polio is not COVID-19): see
# ``concepts.differing``.
FAMILIES: dict[str, frozenset[str]] = {
    "deliverable": frozenset({
        "study", "seminar", "conference", "donors-conference", "national-conference",
        "committee", "report-back", "needs-assessment", "fact-finding", "trust-fund", "office",
        "support-office", "special-envoy", "mission", "commission-of-inquiry",
    }),
    "disease": frozenset({"polio", "pandemic", "cholera"}),
    "hazard": frozenset({"drought", "natural-disasters", "desert-locust"}),
    # An ask and the ask that turns it round: the sanctions, then their lifting.
    "sanctions": frozenset({"sanctions", "sanctions-lifting"}),
    "borders": frozenset({"border-closure", "border-reopening"}),
    "sector": frozenset({
        "infrastructure", "electrification", "water-supply", "trade", "microfinance",
        "agriculture", "education", "universities", "hospitals", "housing", "tourism",
        "banking-channels",
    }),
}  # fmt: skip

# A specific ask that is also a general one: humanitarian aid is aid, so
# that "relief to the Sudanese" and "المساعدات الإنسانية" share their ask.
PARENTS: dict[str, tuple[str, ...]] = {
    "humanitarian-assistance": ("assistance",),
    "financial-contributions": ("contributions",),
    "funding-suspension": ("contributions",),
    "follow-up-mechanism": ("follow-up",),
}

PLACES: dict[str, Terms] = _read(
    """
mali: Mali; Malian | Mali; malien; malienne | =في مالي; =بمالي; =لمالي; =ومالي; =جمهورية مالي; =شمال مالي; =وسط مالي; =حكومة مالي; =دولة مالي; =شعب مالي
chinguetti: Chinguetti | Chinguetti | شنقيط
timbuktu: Timbuktu; Timbuctoo | Tombouctou | تمبكتو; تومبوكتو; تمبوكتو; تنبكت; تنبكتو
gao: Gao | Gao | غاو
kidal: Kidal | Kidal | كيدال
mopti: Mopti | Mopti | موبتي
bamako: Bamako | Bamako | باماكو
niger: Niger; Nigerien | Niger; nigérien; nigérienne; nigériennes | النيجر
sahel: Sahel | Sahel; sahélien; sahélienne | =منطقة الساحل; =الساحل الأفريقي; =الساحل الإفريقي; =دول الساحل; =بلدان الساحل; =منطقة الساحل والصحراء
al-quds: Al-Quds; Jerusalem; Al-Quds Al-Sharif | Al-Qods; Al-Quds; Jérusalem | القدس
al-aqsa: Al-Aqsa | Al-Aqsa | الأقصى
palestine: Palestine; Palestinian | Palestine; palestinien; palestinienne | فلسطين; فلسطيني
rohingya: Rohingya | Rohingya; Rohingyas | روهينغيا; الروهينجا; روهينجا; الروهنغيا
myanmar: Myanmar; Burma | Myanmar; Birmanie | ميانمار
afghanistan: Afghanistan; Afghan | Afghanistan; afghan; afghane | أفغانستان; أفغاني
somalia: Somalia; Somali | Somalie; somalien; somalienne; somaliennes | الصومال; صومالي
yemen: Yemen; Yemeni | Yémen; yéménite | اليمن
syria: Syria; Syrian | Syrie; syrien; syrienne | سوريا; سورية; سوري
libya: Libya; Libyan | Libye; libyen; libyenne | ليبيا; ليبي
sudan: Sudan; Sudanese | Soudan; soudanais | السودان; سوداني
south-sudan: South Sudan; South Sudanese | Soudan du Sud; sud-soudanais; sud-soudanaise | جنوب السودان
chad: Chad; Chadian | Tchad; tchadien; tchadienne; tchadiennes | تشاد
burkina-faso: Burkina Faso; Burkinabe; Burkinabè | Burkina Faso; burkinabè; burkinabé | بوركينا فاسو
mauritania: Mauritania; Mauritanian | Mauritanie; mauritanien; mauritanienne; mauritaniennes | موريتانيا
kashmir: Jammu and Kashmir; Kashmir | Jammu-et-Cachemire; Cachemire | جامو وكشمير; كشمير
central-african-republic: Central African Republic | République centrafricaine | جمهورية أفريقيا الوسطى
minusma: MINUSMA | MINUSMA | مينوسما
g5-sahel: G5 Sahel; G5-Sahel; Joint Force of the G5 Sahel; G5 Sahel Joint Force | G5 Sahel; G5-Sahel; force conjointe du G5 Sahel | مجموعة دول الساحل الخمس; مجموعة الساحل الخمس; القوة المشتركة لمجموعة دول الساحل الخمس
mnjtf: Multinational Joint Task Force; MNJTF | Force multinationale mixte; FMM | القوة المشتركة المتعددة الجنسيات; القوة المتعددة الجنسيات المشتركة
peace-fund: Peace Fund; AU Peace Fund | Fonds pour la paix; Fonds de la paix | صندوق السلام; صندوق السلم
amisom: African Union Mission in Somalia; AMISOM; ATMIS | Mission de l'Union africaine en Somalie; AMISOM; ATMIS | بعثة الاتحاد الأفريقي في الصومال; بعثة الاتحاد الإفريقي في الصومال; أميصوم
isfd: Islamic Solidarity Fund for Development; ISFD | Fonds de solidarité islamique pour le développement; FSID | صندوق التضامن الإسلامي للتنمية
bayt-mal-al-quds: Bayt Mal Al-Quds; Bait Mal Al-Quds | Bayt Mal Al-Qods; Bayt Mal Al-Quds | بيت مال القدس
unrwa: UNRWA; United Nations Relief and Works Agency | UNRWA; Office de secours et de travaux des Nations Unies | الأونروا; أونروا; وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين
icj: International Court of Justice; ICJ | Cour internationale de Justice; CIJ | محكمة العدل الدولية
icc: International Criminal Court; ICC | Cour pénale internationale; CPI | المحكمة الجنائية الدولية
boko-haram: Boko Haram | Boko Haram | بوكو حرام
old-city: Old City | vieille ville | البلدة القديمة
lake-chad: Lake Chad; Lake Chad Basin | lac Tchad; bassin du lac Tchad | بحيرة تشاد; حوض بحيرة تشاد
coxs-bazar: Cox's Bazar; Cox’s Bazar | Cox's Bazar | كوكس بازار; كوكس بازار
rakhine: Rakhine; Arakan | Rakhine; Arakan | راخين; أراكان
darfur: Darfur | Darfour | دارفور
gaza: Gaza; Gaza Strip | Gaza; bande de Gaza | غزة; قطاع غزة
west-bank: West Bank | Cisjordanie | الضفة الغربية
golan: Golan | Golan | الجولان
africa: Africa | Afrique | أفريقيا; إفريقيا
gambia: Gambia; The Gambia; Gambian | Gambie; gambien; gambienne; gambiens; gambiennes | غامبيا; غامبي
bangladesh: Bangladesh; Bangladeshi | Bangladesh; bangladais; bangladaise; bangladaises | بنغلاديش; بنجلاديش
pakistan: Pakistan; Pakistani | Pakistan; pakistanais; pakistanaise; pakistanaises | باكستان
india: India | Inde | الهند
indonesia: Indonesia | Indonésie | إندونيسيا
malaysia: Malaysia | Malaisie | ماليزيا
iraq: Iraq; Iraqi | Irak; Iraq; irakien; irakienne; irakiennes | العراق
iran: Iran; Iranian | Iran; iranien; iranienne; iraniennes | إيران
turkey: Turkey; Türkiye | Turquie | تركيا
egypt: Egypt; Egyptian | Égypte; égyptien; égyptienne; égyptiennes | مصر
jordan: Jordan; Jordanian | Jordanie; jordanien; jordanienne; jordaniennes | الأردن
drc: Democratic Republic of the Congo; Democratic Republic of Congo; DR Congo; DRC; Congolese | République démocratique du Congo; RDC; congolais; congolaise | جمهورية الكونغو الديمقراطية; الكونغو الديمقراطية
haiti: Haiti; Haitian | Haïti; haïtien; haïtienne | هايتي; الهايتي
lebanon: Lebanon; Lebanese | Liban; libanais; libanaise | لبنان; لبناني
saudi-arabia: Saudi Arabia | Arabie saoudite | المملكة العربية السعودية; السعودية
uae: United Arab Emirates | Émirats arabes unis | الإمارات العربية المتحدة; دولة الإمارات
kuwait: Kuwait | Koweït | الكويت
qatar: Qatar | Qatar | =دولة قطر; =قطر
bahrain: Bahrain | Bahreïn | =مملكة البحرين; =البحرين
oman: Oman | Oman | =سلطنة عمان
algeria: Algeria; Algerian | Algérie; algérien; algérienne; algériennes | الجزائر
tunisia: Tunisia; Tunisian | Tunisie; tunisien; tunisienne; tunisiennes | تونس
morocco: Morocco; Moroccan | Maroc; marocain; marocaine; marocaines | =المغرب; =المملكة المغربية
senegal: Senegal; Senegalese | Sénégal; sénégalais; sénégalaise; sénégalaises | السنغال
nigeria: Nigeria; Nigerian | Nigeria; Nigéria; nigérian; nigériane; nigérianes | نيجيريا
cameroon: Cameroon; Cameroonian | Cameroun; camerounais; camerounaise; camerounaises | الكاميرون
guinea: Guinea | Guinée | غينيا
guinea-bissau: Guinea-Bissau | Guinée-Bissau | غينيا بيساو
cote-divoire: Côte d'Ivoire | Côte d'Ivoire | كوت ديفوار
benin: Benin; Beninese | Bénin; béninois; béninoise; béninoises | بنين
togo: Togo; Togolese | Togo; togolais; togolaise; togolaises | توغو
sierra-leone: Sierra Leone; Sierra Leonean | Sierra Leone; sierra-léonais; sierra-léonaise | سيراليون
uganda: Uganda; Ugandan | Ouganda; ougandais; ougandaise; ougandaises | أوغندا
mozambique: Mozambique; Mozambican | Mozambique; mozambicain; mozambicaine; mozambicaines | موزمبيق
comoros: Comoros; Comorian | Comores; comorien; comorienne | جزر القمر; القمر المتحدة; =القمرية; =القمري
djibouti: Djibouti; Djiboutian | Djibouti; djiboutien; djiboutienne | جيبوتي
azerbaijan: Azerbaijan | Azerbaïdjan | أذربيجان
kazakhstan: Kazakhstan | Kazakhstan | كازاخستان
uzbekistan: Uzbekistan | Ouzbékistan | أوزبكستان
tajikistan: Tajikistan | Tadjikistan | طاجيكستان
kyrgyzstan: Kyrgyzstan; Kyrgyz Republic | Kirghizistan | قيرغيزستان
turkmenistan: Turkmenistan | Turkménistan | تركمانستان
albania: Albania | Albanie | ألبانيا
bosnia: Bosnia and Herzegovina; Bosnia | Bosnie-Herzégovine; Bosnie | البوسنة والهرسك; البوسنة
israel: Israel; Israeli | Israël; israélien; israélienne | إسرائيل; إسرائيلي
mogadishu: Mogadishu | Mogadiscio | مقديشو
niamey: Niamey | Niamey | نيامي
ndjamena: N'Djamena; Ndjamena | N'Djamena; Ndjamena | نجامينا; انجامينا
nouakchott: Nouakchott | Nouakchott | نواكشوط
ouagadougou: Ouagadougou | Ouagadougou | واغادوغو
dakar: Dakar | Dakar | داكار
abuja: Abuja | Abuja | أبوجا
khartoum: Khartoum | Khartoum | الخرطوم
kabul: Kabul | Kaboul | كابول
islamabad: Islamabad | Islamabad | إسلام آباد
dhaka: Dhaka; Dacca | Dacca; Dhaka | دكا; داكا
sanaa: Sana'a; Sanaa | Sanaa | صنعاء
aden: Aden | Aden | عدن
damascus: Damascus | Damas | دمشق
tripoli: Tripoli | Tripoli | طرابلس
jeddah: Jeddah; Jedda | Djeddah; Djedda | جدة
makkah: Makkah; Mecca | La Mecque | مكة المكرمة; مكة
cairo: Cairo | Le Caire | القاهرة
igad: Intergovernmental Authority on Development; IGAD | Autorité intergouvernementale pour le développement; IGAD | الهيئة الحكومية للتنمية; إيغاد
unamid: UNAMID; African Union-United Nations Hybrid Operation in Darfur; hybrid operation | MINUAD; opération hybride | يوناميد; العملية المختلطة
african-union: African Union | Union africaine | الاتحاد الأفريقي; الاتحاد الإفريقي
arab-league: League of Arab States; Arab League | Ligue des États arabes; Ligue arabe | جامعة الدول العربية; الجامعة العربية
ecowas: ECOWAS; Economic Community of West African States | CEDEAO; Communauté économique des États de l'Afrique de l'Ouest | إيكواس; الجماعة الاقتصادية لدول غرب أفريقيا
brussels: Brussels | Bruxelles | بروكسل
sarajevo: Sarajevo | Sarajevo | سراييفو
srebrenica: Srebrenica | Srebrenica | سربرنيتسا; سريبرينيتسا
el-geneina: El Geneina; Geneina | El Geneina; Al-Junaynah | الجنينة
gedaref: Gedaref; Al Qadarif | Gedaref | القضارف
sirte: Sirte; Syrte | Syrte | سرت
tunis: Tunis | Tunis | =تونس العاصمة
liptako-gourma: Liptako-Gourma | Liptako-Gourma | ليبتاكو غورما
mbera: Mbera | Mbera | مبيرا; امبرة
stockholm: Stockholm; Stockholm Agreement | Stockholm; Accord de Stockholm | ستوكهولم; ستوكهولم
algiers-process: Algiers process; Algiers Agreement | processus d'Alger; Accord d'Alger | عملية الجزائر; مسار الجزائر; اتفاق الجزائر
hodeidah: Hodeidah; Hudaydah | Hodeïda; Hodeida | الحديدة
taiz: Taiz; Ta'izz | Taïz; Taiz | تعز
abu-dhabi: Abu Dhabi | Abou Dhabi; Abu Dhabi | أبوظبي; أبو ظبي
territorial-waters: territorial waters; territorial sea | eaux territoriales; mer territoriale | المياه الإقليمية; مياه إقليمي; مياهها الإقليمية
blue-line: Blue Line | Ligne bleue | الخط الأزرق
tunnels: tunnel; tunnels | tunnel; tunnels | الأنفاق; أنفاق; نفق
airspace: airspace; air space | espace aérien | المجال الجوي; =أجواءها; =وأجواءها; =أجوائها; =وأجوائها; =أجوائه; =وأجوائه
"""
) | _read(SECURITY_PLACES)

# A resolution cited by number ("res:1701"), in words: "resolution 1701".
RESOLUTION_WORD: dict[str, str] = {"en": "resolution", "fr": "résolution", "ar": "القرار"}
