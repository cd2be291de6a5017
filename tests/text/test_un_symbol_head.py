"""A printed UN page whose head is only its running symbol ("A/RES/12/345")
is a text of the United Nations: its bare "Secretary-General" and "Member
States" are the UN's. Sentences and symbols written for the test."""

from __future__ import annotations

from decisions.text.issuer import issuer_of
from decisions.text.un_symbols import holds_un_symbol, un_symbol_at
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY
from tests.text.test_issuer import owners


def test_the_symbols_of_the_principal_organs_are_read():
    for symbol in (
        "A/RES/61/204",
        "S/RES/1888 (2009)",
        "S/PRST/2011/7",
        "A/HRC/RES/33/9",
        "S/2010/415",
        "A/64/112",
        "E/CN.6/2012/L.3",
        "A/RES/ES-10/18",
    ):
        assert holds_un_symbol(f"{symbol}\n"), symbol


def test_a_letter_and_one_number_a_date_or_a_url_is_no_symbol():
    for text in (
        "see A/5 above",
        "the meeting of 12/2003",
        "page 4/19",
        "https://example.org/A/RES",
        "X/RES/12/3",
        "SA/12/3",
        "Decision No. 3/2017",
    ):
        assert not holds_un_symbol(text), text


def test_a_head_holding_only_a_un_symbol_makes_the_bare_organs_the_uns():
    texts = [
        "Requests the Secretary-General to submit a report on the matter;",
        "Calls upon Member States to share their experience;",
    ]
    for head in ("A/RES/60/123", "S/RES/2001 (2011)"):
        assert issuer_of(head, REGISTRY) == "united-nations"
        assert owners(texts, head=head) == [["un-secretary-general"], ["un-member-states"]]
    # French and Arabic pages print the same symbols.
    assert owners(["Prie le Secrétaire général de lui faire rapport;"], head="A/RES/60/123") == [
        ["un-secretary-general"]
    ]
    assert issuer_of("A/RES/60/123 الجمعية العامة", REGISTRY) == "united-nations"
    # A head with no symbol and no organisation: the short names stay as written.
    assert issuer_of("Page 4 of 12", REGISTRY) == ""
    assert owners(texts, head="Page 4 of 12") != [["un-secretary-general"], ["un-member-states"]]


def test_an_organisation_named_in_the_head_comes_before_a_symbol():
    head = "Communiqué of the Peace and Security Council of the African Union, ref. S/2010/415"
    assert issuer_of(head, REGISTRY) == "african-union"


def test_searching_a_head_for_a_symbol_grows_linearly():
    assert_linear(holds_un_symbol, lambda n: "A/12/B/ S/RES/ 4/5/6/ " * n + "end", 20)


def test_a_symbol_s_opening_is_weighed_against_a_name_where_it_stands():
    # One home for the UN's symbols (un_symbols.py): the issuer reads where one opens.
    assert un_symbol_at("Ref. S/PRST/2011/7") == 5
    assert un_symbol_at("https://example.org/A/RES") is None  # inside an address
    assert issuer_of("A/ES-10/L.22 Emergency special session", REGISTRY) == "united-nations"
    head = "S/RES/1464 (2003) Communiqué of the Peace and Security Council"
    assert issuer_of(head, REGISTRY) == "united-nations"
