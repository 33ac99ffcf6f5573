"""Pronoun subjects of real news, a class at a time: whom "he" or "she" opening a
sentence stands for when the sentence before named someone in a fronted phrase."""

from __future__ import annotations

from coded_events import coded_in


def test_s17k_he_goes_on_with_the_main_clause_subject_not_a_fronted_phrase() -> None:
    """ "At a press conference with the Kenyan president, Tanzania's leader said ... He
    thanked Kenya ...": "he" goes on with the subject of the sentence before, not with
    the person named first in a fronted phrase ("In talks with X, Y ...") or after a
    dateline ("NAIROBI - In ..."), who is only Y's partner."""
    coded = coded_in(
        "NAIROBI - At a joint news conference with the Kenyan president, Tanzanian President "
        "Samia Suluhu Hassan said trade across the border had doubled. She thanked Kenya for "
        "its support.")
    assert ("support_statement", "TZA", "KEN") in coded
    assert ("support_statement", "KEN", "TZA") not in coded
    coded = coded_in(
        "During talks with the Japanese prime minister, Indian Prime Minister Narendra Modi "
        "spoke about maritime security. He thanked Japan for its support.")
    assert ("support_statement", "IND", "JPN") in coded
    # no fronted phrase: the sentence's first person is still its subject
    coded = coded_in(
        "Ghanaian President Nana Akufo-Addo met Nigerian President Bola Tinubu in Abuja. He "
        "thanked Nigeria for its support.")
    assert ("support_statement", "GHA", "NGA") in coded
