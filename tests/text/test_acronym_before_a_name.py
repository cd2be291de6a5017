"""An organisation's acronym in capitals before another registered name that
is none of its bodies ("AU Member States") says whose that body is: one name,
kept for review as written, never the registry's Member States nor the
acronym read as the French article "au". Sentences written for these tests."""

from __future__ import annotations

from decisions.text.bodies import BodyRef
from decisions.text.context import with_context
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

EN = registry("en")


def test_an_acronym_before_member_states_says_whose_they_are():
    # The registry holds the AU's Member States: that body, by its name.
    text = "Urges AU Member States, in particular those of the region, to contribute troops;"
    assert owners_named(text, EN) == ["au-member-states"]
    # An organisation whose members the registry does not hold: as written.
    text = "Urges OECD Member States, in particular those of the region, to contribute funds;"
    assert owners_named(text, EN) == ["OECD Member States"]


def test_the_passive_subject_too():
    text = "ECOWAS Member States are requested to close their borders to the armed groups;"
    assert owners_named(text, EN) == ["ecowas-member-states"]
    text = "OECD Member States are requested to close their borders to the armed groups;"
    assert owners_named(text, EN) == ["OECD Member States"]


def test_an_acronym_before_its_own_body_stays_that_body():
    # Counter-examples: the AU's own Commission; two bodies joined by "and".
    assert owners_named("Urges the AU Commission to deploy observers;", EN) == ["au-commission"]
    found = owners_named("Urges the AU and Member States to deploy observers;", EN)
    assert found == ["african-union", "member-states"]


def test_a_home_short_name_does_not_take_the_acronymed_name():
    # "AU Member States" is not the issuing organisation's "Member States".
    own = BodyRef("un-member-states", "Member States of the United Nations", True)
    written = BodyRef("au-member-states", "AU Member States", False)
    assert with_context([written], [], {"member states": own}) == {written: written}
    plain = BodyRef("member-states-x", "the Member States", False)
    assert with_context([plain], [], {"member states": own}) == {own: plain}


def _long(n: int) -> str:
    return "Urges AU Member States " + "and ECOWAS Member States " * n + "to contribute;"


def test_reading_acronyms_grows_linearly():
    assert_linear(lambda t: owners_named(t, EN), _long, 20)
