"""Compounds whose prefix reverses their head ("de-escalation", "counter-terrorism",
"non-interference") are one word, so the head is never read as the charge."""

from __future__ import annotations

from coded_events import coded_in
from dyadscope.classify.tokens import tokenize


def test_a_prefix_that_reverses_its_head_makes_one_token() -> None:
    """The head of "de-escalation" alone is "escalation", an ill word; joined to its
    prefix it is not. A capitalised head ("anti-Pakistan") stays apart, so the state
    it names is still found."""
    lows = [t.low for t in tokenize("urged de-escalation and counter-terrorism work")]
    assert "de-escalation" in lows and "escalation" not in lows
    assert "counter-terrorism" in lows and "terrorism" not in lows
    assert "pakistan" in [t.low for t in tokenize("anti-Pakistan rallies")]


def test_calling_for_de_escalation_or_counter_terrorism_is_no_accusation() -> None:
    """ "called on Serbia to pursue de-escalation" asks Serbia for calm; it does not call
    Serbia an escalation. The near miss: "called the drills a dangerous escalation"
    still accuses."""
    for text in (
        "The United States called on Serbia to pursue de-escalation.",
        "Japan called on China to step up counter-terrorism cooperation.",
        "India called for non-interference in its affairs by Nepal.",
    ):
        assert not [c for c in coded_in(text, "2024-03-14") if c[0] == "criticism_hostility"], text
    assert ("criticism_hostility", "CHN", "JPN") in coded_in(
        "China called the Japanese drills a dangerous escalation.", "2024-03-14")
