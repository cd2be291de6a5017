"""The glossary's asks of a body's advocacy on a cause it follows: data
only, read by ``concepts.py`` with the other asks of ``_glossary.py`` (one
concept a line: its key, then its terms in English, French and Arabic,
languages separated by "|", terms by ";"; see ``_glossary.py`` for how a
term is matched).

What a council, an assembly or a summit asks again of States and bodies
from one session to the next on a cause (a people's rights, a State's
status, a coup), and that the next session words in another language:
stereotyping and stigmatization curbed, no one treated otherwise for their
religion or belief, nothing done to legitimize those who seized power, a
State recognised and admitted as a full member, a financial safety net
kept alive, a strategic plan funded, the funds a bank manages for a cause;
the desecration of a holy book or of sanctities, and the draft resolution the
group tables at an assembly each year, co-sponsored by its members;
and the group following the cause asked to meet at ministerial level on the
sidelines of another body's session.

``ADVOCACY_PARENTS``: a strategic plan is a plan (the general ask), as "the
Plan" names it in a later text.
"""

# ruff: noqa: E501  (data: one concept a line reads better than wrapped terms)

from __future__ import annotations

from decisions.text.lang._glossary import Terms, _read

ADVOCACY_ASKS: dict[str, Terms] = _read(
    """
stereotyping: negative stereotyping; stereotyping; stereotypes; stigmatization; stigmatisation | stéréotypes négatifs; stéréotypes; stigmatisation | القوالب النمطية; القوالب النمطية السلبية; التنميط; الوصم
religion-or-belief: religion or belief; freedom of religion or belief; freedom of religion; religious freedom | religion ou de conviction; religion ou la conviction; religion ou conviction; religion ou de sa conviction; religion ou de leur conviction; religion ou sa conviction; religion ou leur conviction; liberté de religion | الدين أو المعتقد; حرية الدين أو المعتقد; حرية الدين; حرية المعتقد
legitimization: legitimize; legitimise; legitimization; legitimisation; lend legitimacy; confer legitimacy | légitimer; légitimation; donner une légitimité; conférer une légitimité | إضفاء الشرعية; يضفي الشرعية; تضفي الشرعية; إضفاء شرعية; إضفاء أي شرعية
state-recognition: recognise the State; recognize the State; recognition of the State | reconnaître l'État; reconnaissance de l'État | الاعتراف بدولة; الاعتراف بالدولة
full-membership: full member; full membership; full-fledged member; full-fledged membership | membre à part entière; membre de plein droit; pleine adhésion | العضوية الكاملة; عضوية كاملة; كامل العضوية
safety-net: financial safety net; Islamic financial safety net; safety net | filet de sécurité financière; filet de sécurité | شبكة الأمان المالية; شبكة أمان مالية; شبكة الأمان; شبكة أمان
strategic-plan: strategic plan | plan stratégique | الخطة الاستراتيجية; خطة استراتيجية; الخطة الإستراتيجية; خطة إستراتيجية
sidelines-meeting: on the sidelines of; on the margins of; in the margins of | en marge de; en marge des; en marge du | على هامش; في هامش; على هوامش
ministerial-meeting: ministerial meeting; ministerial level; meeting of ministers | réunion ministérielle; niveau ministériel; réunion des ministres | اجتماع وزاري; المستوى الوزاري
desecration: desecration; desecrate; desecrations; burning of the Holy Quran; burning of copies of the Holy Quran | profanation; profanations; profaner; autodafé du Coran; incinération du Coran | تدنيس; التدنيس; حرق المصحف; حرق نسخ من المصحف; إحراق المصحف
draft-resolution: draft resolution; co-sponsor; co-sponsorship; cosponsor | projet de résolution; coparrainer; coparrainage; se porter coauteur | مشروع قرار; مشروع القرار; مشاريع القرارات
fund-management: manage the funds; management of the funds; funds it manages; funds managed by; managing the funds | gérer les fonds; gestion des fonds; fonds qu'elle gère; fonds qu'il gère; fonds gérés | إدارة الأموال; إدارة الصناديق; الأموال التي يديرها; الأموال التي تديرها; الصناديق التي يديرها
"""
)

# A ministerial meeting is a meeting at ministerial level: "convene a ministerial
# meeting" renews "الدعوة إلى عقد اجتماع ... على المستوى الوزاري".
ADVOCACY_PARENTS: dict[str, tuple[str, ...]] = {
    "strategic-plan": ("plan",),
    "ministerial-meeting": ("ministerial-level",),
}
