"""Wording of real bilateral news, a class at a time (each seen in several passages of the
real-text dev split): ties between states, visits, deals, credit lines and aid."""

from __future__ import annotations

from coded_events import coded_in


def test_r2a24_a_credit_facility_with_its_amount_is_aid_to_the_recipient() -> None:
    """ "a $2 billion line of credit to X", "a line of credit of $700 million for X", "a
    $1bn soft loan to X", "a concessionary line of credit from X": a loan or credit line
    with its amount, whatever verb carries it (announced, sweetened a deal with, signed),
    is money from the lender to the borrower (AID), and a lender named after "from" gives
    even when "X and Y signed" opens the sentence (not a joint project). A loan that one
    side is only seeking is not aid given."""
    assert ("aid_project", "CHN", "KEN") in coded_in(
        "Beijing sweetened the package with a $3 billion line of credit to Kenya.")
    assert ("aid_project", "JPN", "PHL") in coded_in(
        "Japan announced a line of credit of $700 million for the Philippines.")
    assert ("aid_project", "CHN", "ZMB") in coded_in(
        "Officials said China arranged a $1bn soft loan to Zambia for a new railway.")
    assert ("aid_project", "FRA", "SEN") in coded_in(
        "France and Senegal signed four accords on Monday, including a $500 million "
        "concessional line of credit from France for water projects in Senegal.")
    assert not [c for c in coded_in(
        "Egypt is seeking a $3 billion loan from the IMF to shore up its reserves.")
        if c[0] == "aid_project"]
