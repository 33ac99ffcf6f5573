"""Wording of real bilateral news, a class at a time: who "he" or "she" acts for when the
person it stands for is of no state the gazetteer knows, and what "the two countries"
do to a third state named after them."""

from __future__ import annotations

from coded_events import NEWS_DAY, coded_in, events_in


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


def test_s20b_the_pair_acting_on_a_third_state_keeps_it_as_target() -> None:
    """ "Both countries expelled Bolivia's ambassador", "the two neighbours condemned
    Bolivia": the document's pair acts together on a third state named as the object of
    a directed act; the third state is the target and the pair's second member a further
    party, as when the two are named ("Peru and Chile expelled ..."). "One another" and
    "each other" keep the act between the two."""
    opening = ("Peru and Chile are neighbours. Peru and Chile withdrew their envoys on "
               "Monday. ")
    events = events_in(opening + "Both countries expelled Bolivia's ambassador.", NEWS_DAY)
    third = [e for e in events if e.actor2 is not None and e.actor2.code == "BOL"]
    assert third and third[0].kind == "sanction"
    assert {third[0].actor1.code, *(a.code for a in third[0].others)} == {"PER", "CHL"}
    coded = coded_in(opening + "The two countries condemned Bolivia over the raid.")
    assert [c for c in coded if c[0] == "criticism_hostility" and c[2] == "BOL"]
    assert not [c for c in coded if c[0] == "criticism_hostility" and c[2] != "BOL"]
    coded = coded_in(opening + "The two countries accused one another of spying.")
    assert [c for c in coded if c[0] == "criticism_hostility"
            and {c[1], c[2]} == {"PER", "CHL"}]


def test_s20b_both_countries_are_the_pair_the_sentence_named_before() -> None:
    """ "Peru and Chile withdrew their envoys; both countries expelled ...": a text with
    no pair of its own (three states named once each) still tells who "both countries"
    are, the two it named as its subject before them; what they do to the third state
    is then coded. Three states before "both countries" name no pair."""
    coded = coded_in("Ecuador and Uruguay withdrew their envoys on Monday, and both "
                     "countries expelled Paraguay's ambassador.")
    assert [c for c in coded if c[0] == "sanction" and c[2] == "PRY"]
    coded = coded_in("Ecuador, Peru and Uruguay withdrew their envoys on Monday, and both "
                     "countries expelled Paraguay's ambassador.")
    assert not [c for c in coded if c[2] == "PRY"]
