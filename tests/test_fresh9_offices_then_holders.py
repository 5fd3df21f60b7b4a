"""Officials listed office first, holder in brackets, without titles (invented snippets, New Zealand
council style): "Chief Executive (P Dougherty), Governance Adviser (E Stephenson)" names P Dougherty and
E Stephenson, their offices the roles."""

from notes_extract.people_offices import offices_then_holders


def test_holders_by_initial_and_surname() -> None:
    assert offices_then_holders("Chief Executive (P Dougherty), Governance Adviser (E Stephenson)") == [
        ("P Dougherty", "chief executive"), ("E Stephenson", "governance adviser")]


def test_holder_by_full_name() -> None:
    assert offices_then_holders("Operations Manager (Derek Lucas)") == [("Derek Lucas", "operations manager")]


def test_a_bracket_of_one_word_is_no_holder() -> None:
    assert offices_then_holders("Treasurer (apologies)") is None
