"""Wording gaps checked one at a time (s11af): what a crowd burns of another state when
the state is named after the thing, not before it."""

from __future__ import annotations

from coded_events import coded_in


def _s11af_coded(text: str) -> list[tuple[str, str, str | None]]:
    return coded_in(text, "2024-03-14")


def test_s11af_symbol_of_a_state_burned_is_a_protest_against_it() -> None:
    """ "burned effigies of the Indian prime minister in Lahore", "an Egyptian effigy":
    effigies are, like flags, a state's symbols a crowd burns; the state may
    follow "of (the)" after the symbol. The people of the place protest against it."""
    assert ("protest", "PAK", "IND") in _s11af_coded(
        "Angry students burned effigies of the Indian prime minister in Karachi on Friday.")
    assert ("protest", "TUR", "GRC") in _s11af_coded(
        "Crowds in Istanbul torched effigies of the Greek premier.")
    assert ("protest", "PHL", "CHN") in _s11af_coded(
        "Protesters burned a Chinese effigy in Manila on Monday.")
    # a crowd burning its own leader's effigy protests no foreign state
    assert not any(k == "protest" for k, _, _ in _s11af_coded(
        "Protesters in Manila burned effigies of their own president over rising prices."))


def test_s11af_no_package_pattern_matches_on_its_anchor_alone_by_mistake() -> None:
    """A pattern line whose elements after the anchor are all optional, with no other
    required word, matches on the anchor word alone (``!respect~ ?the ?ceasefire`` codes
    every "respected"). Parsing allows it, since ``!meet~ ?with`` means just that; any new
    package line of that shape must be checked and added here by hand."""
    from dyadscope.classify.patterns import default_patterns, pattern_anchor

    bare: set[str] = set()  # the line numbers of such patterns
    for pattern in default_patterns().patterns:
        elements = pattern.elements
        anchor = pattern_anchor(elements)
        tail = elements[anchor + 1 :]
        others = [e for i, e in enumerate(elements) if i != anchor and not (e.gap or e.optional)]
        if tail and not others:
            assert {"meet", "met"} <= elements[anchor].words, pattern.source
            bare.add(pattern.source)
    assert len(bare) == 1, bare


def test_s11af_an_economic_partnership_launched_is_economic_cooperation() -> None:
    """ "launched an economic partnership", "forged a new energy partnership": setting up a
    partnership in trade, investment or energy is a cooperation act carried out (COOPERATE),
    as launching a joint venture or a trade corridor is. Talks about a partnership agreement
    are talks, and a partnership of no economic field is left to the agreement rules."""
    assert ("economic_cooperation", "IND", "JPN") in _s11af_coded(
        "India and Japan launched an economic partnership on Tuesday.")
    assert ("economic_cooperation", "DEU", "NAM") in _s11af_coded(
        "Germany and Namibia forged a new energy partnership last week.")
    assert not any(k == "economic_cooperation" for k, _, _ in _s11af_coded(
        "India and Japan launched talks on an economic partnership agreement."))
    assert not any(k == "economic_cooperation" for k, _, _ in _s11af_coded(
        "India and Japan established a strategic partnership."))


def test_s11af_an_accepted_invitation_is_the_inviters_request_not_a_pledge() -> None:
    """ "accepted an invitation from Uganda", "accepted the president's invitation to visit
    Nairobi": the one who accepts was invited (REQUEST inviter -> invited) and, where the
    invitation is to visit, will visit; the gold codes no pledge for the acceptance. Other
    things accepted (an offer, a proposal) stay pledges."""
    coded = _s11af_coded("The Kenyan president accepted an invitation from Uganda on Tuesday.")
    assert ("invitation", "UGA", "KEN") in coded
    assert not any(k == "pledge" for k, _, _ in coded)
    coded = _s11af_coded(
        "Ugandan President Museveni has accepted the president's invitation to pay a state "
        "visit to Kenya next month.")
    assert ("invitation", "KEN", "UGA") in coded
    assert ("visit", "UGA", "KEN") in coded
    assert not any(k == "pledge" for k, _, _ in coded)
    assert ("pledge", "KEN", "UGA") in _s11af_coded(
        "Kenya accepted a proposal from Uganda to reopen the border crossing.")
