import pytest
from hypothesis import given
from hypothesis import strategies as st

from decisions.text.normalize import normalize_text, strip_unsafe
from decisions.text.requests import extract
from tests.text.helpers import REGISTRY


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\x0bb", "a\nb"),  # Word's manual line break
        ("a\r\nb\rc", "a\nb\nc"),
        ("a\u2028b\u2029c\x0cd", "a\nb\nc\nd"),
        ("a\tb", "a\tb"),
        ("a\x00b\x07c\x1bd\x7fe\x9bf", "abcdef"),
        ("\u202eevil\u202c text \u2067x\u2069", "evil text x"),
        ("قرار\u200f 12", "قرار\u200f 12"),  # RLM stays
    ],
)
def test_it_keeps_breaks_and_drops_controls(raw, clean):
    assert normalize_text(raw) == clean


def test_it_composes_accents():
    assert normalize_text("re\u0301affirme\u0301") == "réaffirmé"


def test_strip_unsafe_does_not_recompose():
    assert strip_unsafe("e\u0301\x0b") == "e\u0301\n"


@given(st.text())
def test_it_is_idempotent_and_leaves_no_control(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert not any(
        (ord(c) < 32 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F or c in "\u202a\u202e\u2066"
        for c in once
    )


def test_a_lone_surrogate_becomes_the_replacement_character():
    # Python keeps undecodable bytes as lone surrogates; no UTF-8 writer, hash or
    # database takes them: the name of a body outside the registry is hashed.
    assert normalize_text("a\ud800b\udfffc") == "a\ufffdb\ufffdc"
    found = extract(normalize_text("REQUESTS the Agency \udfff X to act."), REGISTRY)
    assert [r.owner.name for r in found.requests] == ["Agency \ufffd X"]
