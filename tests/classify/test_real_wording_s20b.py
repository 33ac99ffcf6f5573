"""Wording of real bilateral news, a class at a time: who "he" or "she" acts for when the
person it stands for is of no state the gazetteer knows, and what "the two countries"
do to a third state named after them."""

from __future__ import annotations

from coded_events import coded_in


def test_s20b_he_of_no_known_state_acts_on_a_state_not_for_it() -> None:
    """ "Minister Kaveh Rostami said ... He thanked the Government of Japan": "he" stands
    for a person the gazetteer does not place, and the subject the coder falls back on
    is the state named before; one who thanks or praises a state's government is not
    that state, so in a text on it and another he speaks for the other side."""
    coded = coded_in(
        "Japan has handed over a grant of 40 fishing boats to Sri Lanka. Fisheries "
        "Minister Kaveh Rostami received the boats at a ceremony on Wednesday. Minister "
        "Rostami said the boats would be given to families in the north. He thanked the "
        "Government of Japan for its generosity and said the friendship between the two "
        "countries would grow.")
    assert ("support_statement", "LKA", "JPN") in coded
    assert ("support_statement", "JPN", "LKA") not in coded
    # a person the text places in a state keeps his own side
    coded = coded_in(
        "Japanese Foreign Minister Taro Kono arrived in Colombo on Wednesday. He thanked "
        "the Government of Sri Lanka for its warm welcome.")
    assert ("support_statement", "JPN", "LKA") in coded
