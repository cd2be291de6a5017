"""The organisation a report comes from gives its own bodies' short names their
meaning: "the Commission" of an African Union communiqué is the AU Commission,
"Président de la Commission" its Chairperson's office; in a text whose head
names no organisation, or another one, the short name stays as written, for
review. Sentences written after the structures of AU, Arab League and UN texts."""

from __future__ import annotations

from decisions.text.issuer import HEAD_CHARS, home_names, issuer_of
from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY


def owners(texts: list[str], head: str = "") -> list[list[str]]:
    found = extract_all(texts, REGISTRY, head=head)
    return [
        [r.owner.slug if r.owner.registered else r.owner.name for r in e.requests] for e in found
    ]


AU_HEAD = "Communiqué of the 901st meeting of the Peace and Security Council of the African Union"


def test_the_head_names_the_issuing_organisation_by_its_first_organ():
    assert issuer_of(AU_HEAD, REGISTRY) == "african-union"
    assert issuer_of("إن مجلس جامعة الدول العربية على المستوى الوزاري،", REGISTRY) == (
        "league-of-arab-states"
    )
    assert issuer_of("Resolution adopted by the General Assembly", REGISTRY) == "united-nations"


def test_a_state_named_first_is_not_the_issuer():
    head = "Situation in Mali. The Council of Foreign Ministers of the OIC,"
    assert issuer_of(head, REGISTRY) == "oic"


def test_a_head_naming_no_body_has_no_issuer_and_no_home_names():
    assert issuer_of("Decision on the report on medicines, Nairobi, July 2023", REGISTRY) == ""
    assert home_names("Decision on the report on medicines", REGISTRY) == {}


def test_the_commission_of_an_au_text_is_the_au_commission():
    texts = ["Requests the Commission to report to Council within three months;"]
    assert owners(texts, AU_HEAD) == [["au-commission"]]


def test_the_chairpersons_office_in_french_is_the_au_commission():
    head = "Le Conseil de paix et de sécurité de l'Union africaine (UA), en sa 1100e réunion,"
    texts = ["Demande au Président de la Commission de désigner un envoyé spécial."]
    assert owners(texts, head) == [["au-commission"]]


def test_the_commission_stays_as_written_when_the_issuer_is_unknown_or_another():
    texts = ["Requests the Commission to report on its work;"]
    assert owners(texts) == [["Commission"]]
    assert owners(texts, "The Security Council, recalling its resolutions,") == [["Commission"]]


def test_a_full_name_of_another_organisation_keeps_its_body():
    texts = ["Invites the ECOWAS Commission and the Commission to coordinate their efforts;"]
    assert owners(texts, AU_HEAD) == [["ecowas-commission", "au-commission"]]


def test_the_general_secretariat_of_an_arab_league_text_is_the_leagues_home_name():
    names = home_names("إن مجلس جامعة الدول العربية،", REGISTRY)
    assert names["الامانه العامه"].slug == "las-general-secretariat"
    assert names["general secretariat"].slug == "las-general-secretariat"


def test_parse_report_keeps_the_head_before_the_first_paragraph():
    text = (
        f"PSC/PR/COMM.1 (2024)\n\n{AU_HEAD}\n\nThe Council,\n\n1. Requests the Commission to act.\n"
    )
    report = parse_report(text)
    assert "African Union" in report.head
    assert "Requests" not in report.head


def test_a_long_head_is_read_up_to_its_cap_in_linear_time():
    def make(n: int) -> str:
        return "Mali, " * (n // 6) + AU_HEAD

    assert_linear(lambda head: home_names(head, REGISTRY), make, 2_000)
    far = "x " * HEAD_CHARS + AU_HEAD
    assert issuer_of(far, REGISTRY) == ""


GA = [
    "Requests the General Assembly to consider the matter.",
    "Requests the UN General Assembly to act.",
]


def test_a_bare_general_assembly_is_the_uns_in_a_un_text():
    assert owners(GA, "Resolution adopted by the General Assembly") == [
        ["un-general-assembly"],
        ["un-general-assembly"],
    ]


def test_a_bare_general_assembly_of_another_or_no_organisations_text_is_kept_for_review():
    oic = "The Council of Foreign Ministers of the Organisation of Islamic Cooperation,"
    for head in (oic, AU_HEAD, ""):
        assert owners(GA, head) == [["General Assembly"], ["un-general-assembly"]]
    found = extract_all(GA, REGISTRY, head=oic)
    assert any("several organisations" in w for w in found[0].warnings)


def test_the_arabic_and_french_bare_names_are_kept_for_review_too():
    arab_league = "إن مجلس جامعة الدول العربية"
    assert owners(["يطلب من الجمعية العامة النظر في المسألة."], arab_league) == [["الجمعية العامة"]]
    assert owners(["Prie l'Assemblée générale d'examiner la question."], AU_HEAD) == [
        ["Assemblée générale"]
    ]


# The Secretary-General and the secretariat of the issuing organisation: the
# registry gives the bare names to the OIC's, the text that speaks decides.


def test_a_bare_secretary_general_of_a_security_council_text_is_the_uns():
    head = "The Security Council, recalling its earlier resolutions on the region,"
    texts = ["Requests the Secretary-General to keep the Council informed every ninety days;"]
    assert owners(texts, head) == [["un-secretary-general"]]


def test_a_bare_secretary_general_of_a_league_text_is_the_leagues_in_arabic_and_french():
    head_ar = "إن مجلس جامعة الدول العربية على المستوى الوزاري، بعد اطلاعه على المذكرة،"
    texts_ar = ["يطلب إلى الأمين العام متابعة تنفيذ هذا القرار وتقديم تقرير إلى المجلس."]
    assert owners(texts_ar, head_ar) == [["las-secretary-general"]]
    head_fr = "Le Conseil de la Ligue des États arabes, réuni au niveau ministériel,"
    texts_fr = ["Charge le Secrétaire général de suivre la question et d'en rendre compte."]
    assert owners(texts_fr, head_fr) == [["las-secretary-general"]]


def test_the_general_secretariat_of_a_league_text_is_the_leagues():
    head = "إن مجلس جامعة الدول العربية على المستوى الوزاري،"
    texts = ["تكليف الأمانة العامة بإعداد دراسة عن احتياجات الإعمار."]
    assert owners(texts, head) == [["las-general-secretariat"]]


def test_a_bare_secretary_general_of_an_oic_text_stays_the_oics():
    head = "The Council of Foreign Ministers of the Organisation of Islamic Cooperation,"
    texts = ["Requests the Secretary-General to follow up this resolution;"]
    assert owners(texts, head) == [["secretary-general"]]


def test_a_secretary_general_named_with_another_organisation_keeps_it():
    head = "The Security Council, recalling its earlier resolutions on the region,"
    texts = ["Invites the Secretary-General of the OIC to share the findings of his envoy;"]
    assert owners(texts, head) == [["secretary-general"]]


# Regional organisations' texts: an ECOWAS communiqué speaks as "the Authority";
# the President of its Commission, the League's organs named with "la Ligue",
# the AU Chairperson in Arabic with the article ("رئيس المفوضية").

ECOWAS_HEAD = "Final communiqué of the summit of the ECOWAS Authority of Heads of State"


def test_the_authority_speaking_opens_a_request_in_english():
    texts = ["The Authority calls upon the African Union to send observers to the vote."]
    assert owners(texts, ECOWAS_HEAD) == [["african-union"]]


def test_the_president_of_the_commission_of_an_ecowas_text_is_the_ecowas_commission():
    texts = [
        "The Authority directs the President of the ECOWAS Commission to open a liaison office.",
        "Requests the President of the Commission to report within sixty days;",
    ]
    assert owners(texts, ECOWAS_HEAD) == [["ecowas-commission"], ["ecowas-commission"]]
    head_fr = "Communiqué final de la Conférence des chefs d'État de la CEDEAO"
    texts_fr = ["Charge le Président de la Commission de saisir les partenaires."]
    assert owners(texts_fr, head_fr) == [["ecowas-commission"]]


def test_the_leagues_organs_named_with_the_league_alone_in_french():
    head = "Le Conseil de la Ligue des États arabes, réuni au niveau ministériel,"
    texts = [
        "De prier le Secrétaire général de la Ligue de suivre les consultations ;",
        "De charger le Secrétariat général de la Ligue de préparer une réunion ;",
    ]
    assert owners(texts, head) == [["las-secretary-general"], ["las-general-secretariat"]]


def test_the_chairperson_of_the_commission_with_the_article_in_an_au_text():
    head = "بيان مجلس السلم والأمن التابع للاتحاد الأفريقي في اجتماعه"
    texts = ["يطلب إلى رئيس المفوضية أن يعين ممثلا خاصا في غضون شهر؛"]
    assert owners(texts, head) == [["au-commission"]]


def test_a_french_infinitive_asked_again_opens_a_request():
    head = "Le Conseil de la Ligue des États arabes, réuni au niveau ministériel,"
    texts = ["De demander de nouveau au Conseil de sécurité des Nations Unies de lever le blocus ;"]
    assert owners(texts, head) == [["un-security-council"]]


# "Member States" stands alone in the registry (the OIC's): the issuing
# organisation's own member States take the bare name where it has them.


def test_bare_member_states_of_a_security_council_text_are_the_uns():
    head = "The Security Council, recalling its earlier resolutions on the region,"
    texts = ["Calls upon Member States to report on the steps they have taken;"]
    assert owners(texts, head) == [["un-member-states"]]
    head_fr = "Le Conseil de sécurité, rappelant ses résolutions antérieures,"
    texts_fr = ["Prie les États Membres de lui faire rapport sur les mesures prises;"]
    assert owners(texts_fr, head_fr) == [["un-member-states"]]


def test_bare_member_states_of_an_oic_or_unknown_text_stay_the_registrys():
    head = "The Council of Foreign Ministers of the Organisation of Islamic Cooperation,"
    texts = ["Calls upon Member States to report on the steps they have taken;"]
    assert owners(texts, head) == [["member-states"]]
    assert owners(texts, "Decision on medicines, Nairobi, July 2023") == [["member-states"]]


def test_member_states_said_to_be_another_organisations_stay_the_registrys():
    head = "L'Assemblée générale des Nations Unies, rappelant ses résolutions antérieures,"
    texts = [
        "Encourage les États membres de l'Organisation de la coopération islamique à appuyer"
        " les programmes;"
    ]
    assert owners(texts, head) == [["member-states"]]


def test_a_secretary_general_asked_by_a_pronoun_is_the_issuers_too():
    head = "Le Conseil de sécurité, rappelant ses résolutions antérieures,"
    texts = [
        "Confirme le mandat confié au Secrétaire général par ses résolutions antérieures"
        " et le prie de continuer à s'en acquitter;"
    ]
    assert owners(texts, head) == [["un-secretary-general"]]


def test_many_owners_asked_by_pronouns_are_read_in_linear_time():
    head = "Le Conseil de sécurité, rappelant ses résolutions antérieures,"
    unit = "Confirme le rôle du Secrétaire général et le prie de continuer; "
    home = home_names(head, REGISTRY)

    def make(n: int) -> str:
        return unit * max(1, n // len(unit))

    assert_linear(lambda text: extract_all([text], REGISTRY, head=head), make, 20_000)
    assert home.issuer == "united-nations"


def test_a_bare_name_shared_with_another_organisations_organ_does_not_make_the_issuer():
    # The League's resolution opens with its secretariat's note, then its Council.
    head = "نظام الموظفين للأمانة العامة. إن مجلس الجامعة، بعد اطلاعه على مذكرة الأمانة العامة،"
    assert issuer_of(head, REGISTRY) == "league-of-arab-states"
    assert issuer_of("بعد الاطلاع على مذكرة الأمانة العامة،", REGISTRY) == ""
    texts = ["تكليف الأمين العام بمتابعة الموضوع."]
    assert owners(texts, head) == [["las-secretary-general"]]


# The States an organisation's name says it joins are its member States in its
# own texts: "the Arab States" of an Arab League resolution, in any language;
# elsewhere they stay as written. Sentences written for these tests.
LEAGUE_FR = "Le Conseil de la Ligue des États arabes au niveau ministériel,"
LEAGUE_AR = "إن مجلس جامعة الدول العربية على المستوى الوزاري،"
LEAGUE_EN = "The Council of the League of Arab States at the ministerial level,"


def test_the_arab_states_of_a_league_text_are_its_member_states():
    assert owners(["D'inviter les États arabes à fournir des contingents ;"], LEAGUE_FR) == [
        ["member-states"]
    ]
    assert owners(["دعوة الدول العربية إلى المساهمة بقوات في البعثة."], LEAGUE_AR) == [
        ["member-states"]
    ]
    assert owners(["Calls upon the Arab States to contribute troops;"], LEAGUE_EN) == [
        ["member-states"]
    ]


def test_the_arab_states_of_another_organisations_text_stay_as_written():
    head = "The Council of Foreign Ministers of the Organisation of Islamic Cooperation,"
    assert owners(["Calls upon the Arab States to contribute troops;"], head) != [["member-states"]]
    assert owners(["Calls upon the Arab States to contribute troops;"]) != [["member-states"]]


def test_the_league_and_its_organs_keep_their_names():
    texts = [
        "Demande à la Ligue des États arabes de poursuivre ses efforts ;",
        "Charge le Secrétariat général de suivre la question ;",
    ]
    assert owners(texts, LEAGUE_FR) == [["league-of-arab-states"], ["las-general-secretariat"]]


def test_a_states_seat_on_another_body_does_not_make_that_body_the_issuer():
    # The committee's members include the Arab member of the Security Council; the
    # League's council named after is the issuer.
    head = (
        "اجتمعت اللجنة الوزارية المكونة من تونس بصفتها العضو العربي في مجلس الأمن، "
        "تنفيذا لقرار مجلس جامعة الدول العربية."
    )
    assert issuer_of(head, REGISTRY) == "league-of-arab-states"
    head = "The committee, with Niger as a non-permanent member of the Security Council, met."
    assert issuer_of(head, REGISTRY) != "united-nations"


def test_counter_example_a_body_named_without_a_seat_is_the_issuer():
    assert issuer_of("قرار مجلس الأمن بشأن الحالة في المنطقة", REGISTRY) == "united-nations"


def test_many_member_words_cost_linear_work():
    assert_linear(
        lambda text: issuer_of(text, REGISTRY),
        lambda n: "العضو العربي في " * max(1, n // 16) + "مجلس الأمن",
        2_000,
    )
