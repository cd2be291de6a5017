"""The glossary's asks of money: funds, contributions and their arrears, pledges,
budgets, banks and currencies, debts; a bank's capital increase its members
subscribe to. Data only, read by ``_glossary.py`` as
its other specific asks are (one concept a line: its key, then its terms in
English, French and Arabic, languages separated by "|", terms by ";"; see
``_glossary.py`` for how a term is matched).
"""

# ruff: noqa: E501  (data: one concept a line reads better than wrapped terms)

FINANCE_TERMS = """
trust-fund: trust fund; support account; special account | fonds d'affectation spéciale; fonds fiduciaire; compte de soutien; compte spécial | صندوق ائتماني; صناديق ائتماني; صندوق استئماني; حساب دعم; حساب خاص
financial-contributions: financial contribution; financial support; contribute financially; Peace Facility; European Peace Facility; African Peace Facility | contribution financière; soutien financier; appui financier; Facilité de paix; Facilité européenne pour la paix; Facilité de paix pour l'Afrique | مساهم مالي; دعم مالي; مساهمات مالي; مرفق السلام; مرفق السلام الأوروبي; مرفق السلام الأفريقي
donors-conference: donors conference; donor conference; donors' conference; pledging conference | conférence des donateurs; conférence de donateurs; table ronde des bailleurs | مؤتمر المانحين; مؤتمر للمانحين
investment: investment; investments; investor | investissement; investisseur | استثمار; الاستثمارات; مستثمر
capital-increase: general capital increase; increase in capital; increase of the capital; capital subscription; subscription to shares; subscribe to shares | augmentation générale du capital; augmentation du capital; augmentation de capital; souscription | الزيادة العامة لرأس المال; زيادة رأس المال; زيادة رأسمال; الاكتتاب
budget: budget; budgetary | budget; budgétaire | ميزانية; موازنة
legal-costs: legal costs; legal expenses; legal fees | frais de justice; frais juridiques; frais de procédure; dépens | التكاليف القانونية; النفقات القانونية; تكاليف قانوني
microfinance: microfinance; small and medium enterprises; small and medium-sized enterprises; SMEs | microfinance; petites et moyennes entreprises; PME | التمويل الأصغر; المؤسسات الصغيرة والمتوسطة
pledges: pledge; pledges; pledged | annonces de contributions; annonce de contributions; promesses de dons; engagements pris | تعهدات; التعهدات; تعهد
banking-channels: banking channels; banking system; financial channels | circuits bancaires; canaux bancaires; système bancaire | القنوات المصرفية; النظام المصرفي
central-bank: central bank | banque centrale | البنك المركزي; المصرف المركزي
currency: currency; national currency; exchange rate | monnaie; monnaie nationale; taux de change | =العملة; =العملات; =والعملة; =للعملة; =العملة الوطنية; سعر الصرف
arrears: arrears; outstanding contributions; assessed contributions; mandatory contributions | arriérés; contributions statutaires; contributions obligatoires; contributions mises en recouvrement | متأخرات; المتأخرات; المساهمات الإلزامية; الاشتراكات المتأخرة; المساهمات المقررة
salaries: salaries; salary; wages | salaires; salaire; traitements des fonctionnaires | رواتب; الرواتب; أجور; الأجور
debt-relief: debt relief; debt | allègement de la dette; dette | تخفيف الديون; الديون; ديون
funding-suspension: suspended their funding; suspension of funding; suspended funding; resume funding; resume their funding; resume their contributions; restore their funding; restored their funding | suspendu leur financement; suspension du financement; suspension de leur financement; reprendre leur financement; rétabli leur financement; rétablir leur financement; reprendre leurs contributions; reprise des contributions | علقت تمويلها; تعليق التمويل; تعليق تمويلها; تعليق تمويل; استئناف مساهماتها; استئناف التمويل; استئناف تمويلها; استئناف مساهمات
"""
