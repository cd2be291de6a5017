"""Whose collective a bare noun names ("Member States", "les États membres",
"الدول الأعضاء"): the issuing organisation's own, read from the head, the
document symbol or a news lead; a phrase of time set between commas, or the
speaker's name running on after an Arabic verb, is never an addressee.
Sentences written for these tests, after the layouts of AU, ECOWAS, UEMOA,
SADC, IGAD, GCC, UN and OIC texts."""

from __future__ import annotations

from decisions.text.bodies import index_of
from decisions.text.folding import fold_text
from decisions.text.issuer import LEAD_CHARS, issuer_of
from decisions.text.requests import extract_all
from decisions.text.speaker_tail import after_speaker
from decisions.text.time_phrases import is_time
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY


def owners(texts: list[str], head: str = "") -> list[list[str]]:
    found = extract_all(texts, REGISTRY, head=head)
    return [
        [r.owner.slug if r.owner.registered else r.owner.name for r in e.requests] for e in found
    ]


# --------------------------------------------------------------------------
# The issuing organisation


def test_a_document_symbol_opening_the_head_names_the_issuer():
    assert issuer_of("A/RES/79/250\n\nAnnex", REGISTRY) == "united-nations"
    assert issuer_of("S/RES/2801 (2026)", REGISTRY) == "united-nations"
    assert issuer_of("PSC/PR/COMM.1300 (2025)", REGISTRY) == "african-union"
    assert issuer_of("Assembly/AU/Dec.900(XXXIX)", REGISTRY) == "african-union"


def test_a_symbol_recalled_after_the_issuer_is_named_does_not_change_it():
    head = "The Council of Foreign Ministers of the OIC, recalling resolution A/RES/77/1,"
    assert issuer_of(head, REGISTRY) == "oic"
    assert issuer_of("ISBN A/B 12", REGISTRY) == ""  # no symbol of a known form


def test_a_group_named_first_is_not_the_issuer():
    head = "We call on the international community, said the League of Arab States,"
    assert issuer_of(head, REGISTRY) == "league-of-arab-states"
    assert issuer_of("The international community and all parties", REGISTRY) == ""


def test_a_news_lead_names_the_issuer_when_the_head_names_none():
    ar = "قرر مجلس السلم والأمن للاتحاد الأفريقي تمديد ولاية البعثة، وحث الدول الأعضاء على"
    assert issuer_of("", REGISTRY, ar) == "african-union"
    en = "The Security Council on Monday urged all parties to respect the truce."
    assert issuer_of("", REGISTRY, en) == "united-nations"
    fr = "La Conférence des chefs d'État de l'UEMOA a invité les États membres à"
    assert issuer_of("", REGISTRY, fr) == "uemoa"


def test_a_body_named_far_into_the_lead_is_no_issuer():
    lead = "1. Urges all parties to cease hostilities" + " at once" * 40
    lead += " and recalls the resolutions of the United Nations."
    assert lead.index("United Nations") > LEAD_CHARS
    assert issuer_of("", REGISTRY, lead) == ""


# --------------------------------------------------------------------------
# Bare collectives: the issuer's own


def test_member_states_of_an_au_text_are_the_unions_in_each_language():
    head = "Communiqué of the Peace and Security Council of the African Union"
    assert owners(["Urges Member States to pay their dues."], head) == [["au-member-states"]]
    fr = "Le Conseil de paix et de sécurité de l'Union africaine,"
    assert owners(["Exhorte les États membres à verser leurs contributions."], fr) == [
        ["au-member-states"]
    ]
    assert owners(["حث المجلس الدول الأعضاء على تقديم الدعم اللوجستي."], "") == [
        ["member-states"]
    ]  # no issuer named: as written
    lead = "قرر مجلس السلم والأمن للاتحاد الأفريقي دعم البعثة، وحث الدول الأعضاء على تقديم الدعم."
    assert owners([lead]) == [["au-member-states"]]


def test_member_states_of_regional_economic_communities_are_their_own():
    ecowas = "Communiqué final de la Conférence des chefs d'État de la CEDEAO"
    assert owners(["La Conférence invite les États membres à ratifier le protocole."], ecowas) == [
        ["ecowas-member-states"]
    ]
    uemoa = "Communiqué final de la Conférence des chefs d'État de l'UEMOA"
    assert owners(["Elle exhorte les États membres à appliquer le pacte."], uemoa) == [
        ["uemoa-member-states"]
    ]
    sadc = "Communiqué of the Summit of the Southern African Development Community"
    assert owners(["Summit urged Member States to ratify the protocol."], sadc) == [
        ["sadc-member-states"]
    ]
    igad = "Communiqué of the IGAD Assembly of Heads of State and Government"
    assert owners(["The Assembly calls upon Member States to host the talks."], igad) == [
        ["igad-member-states"]
    ]


def test_member_states_of_a_un_text_found_by_its_symbol_are_the_uns():
    head = "A/RES/79/250"
    assert owners(["Calls upon Member States to share information;"], head) == [
        ["un-member-states"]
    ]


def test_an_oic_text_keeps_the_oics_member_states():
    head = "Resolution of the Council of Foreign Ministers of the OIC"
    assert owners(["Urges Member States to contribute to the fund;"], head) == [["member-states"]]
    lead = "حثت منظمة التعاون الإسلامي الدول الأعضاء على دعم الصندوق."
    assert owners([lead]) == [["member-states"]]


def test_another_organisations_members_named_in_full_stay_theirs():
    un = "The Security Council,"
    assert owners(["Encourages OIC Member States to support the mission;"], un) == [
        ["member-states"]
    ]
    assert owners(["Encourages AU Member States to contribute troops;"], un) == [
        ["au-member-states"]
    ]
    au = "Communiqué of the Peace and Security Council of the African Union"
    assert owners(["Requests ECOWAS Member States to share intelligence."], au) == [
        ["ecowas-member-states"]
    ]


# --------------------------------------------------------------------------
# What is never an addressee


def test_a_phrase_of_time_between_commas_is_no_addressee():
    assert owners(["حثت المنظمة الدول الأعضاء، اليوم الأربعاء، على دعم الصندوق."]) == [
        ["member-states"]
    ]
    assert owners(["The Council urged Member States, on Thursday, to pay their dues."]) == [
        ["member-states"]
    ]
    assert owners(["Le Conseil a exhorté les États membres, hier, à payer leurs arriérés."]) == [
        ["member-states"]
    ]


def test_only_a_whole_phrase_of_time_is_one():
    for phrase in ("اليوم الأربعاء", "مساء أمس", "يوم الخميس الماضي", "on Friday", "ce mardi"):
        assert is_time(fold_text(phrase)), phrase
    for name in ("اليوم العالمي للمرأة", "the Friday Group", "Comité du mardi", "الدول الأعضاء"):
        assert not is_time(fold_text(name)), name


def test_the_speakers_name_running_on_after_an_arabic_verb_is_not_the_addressee():
    text = (
        "ودعت اللجنة للمنظمة التي تضم عشرات الدول بعد اجتماع عبر الفيديو "
        "الدول الأعضاء إلى تقديم المساعدات."
    )
    assert owners([text]) == [["member-states"]]


def test_a_relative_clause_of_the_addressee_itself_is_not_cut():
    # The words open with the addressee, not with a word tied to the speaker.
    text = "دعا المجلس المنظمات التي تمثل الدول الأعضاء إلى التعاون."
    folded = fold_text(text)
    start = text.index("المنظمات")
    assert after_speaker(index_of(REGISTRY), text, folded, start, text.index(" إلى")) is None


def test_reading_time_phrases_and_speaker_tails_stays_linear():
    index = index_of(REGISTRY)

    def tail(text: str) -> object:
        return after_speaker(index, text, fold_text(text), 0, len(text))

    assert_linear(lambda t: tail(t), lambda n: "للمنظمة التي " + "تضم " * (n // 4), 20_000)
    assert_linear(lambda t: is_time(t), lambda n: "اليوم " * (n // 6) + "الاربعاء", 20_000)


def test_states_named_by_an_adjective_are_an_addressee_in_each_language():
    head = "The Security Council,"
    assert owners(["Calls upon neighbouring States to support the process;"], head) == [
        ["Neighbouring States"]
    ]
    assert owners(["Exhorte les États voisins à soutenir le processus ;"], head) == [
        ["États voisins"]
    ]
    assert owners(["يدعو الدول المجاورة إلى دعم العملية؛"], head)[0] != []
    # Mentioned, not asked: no request.
    assert owners(["Notes that the two neighbouring states agreed to talk;"], head) == [[]]
