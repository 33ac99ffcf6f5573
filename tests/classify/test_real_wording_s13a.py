"""Wording of real news whose sides came out reversed (each class seen in several passages
of the real-text dev split): what in a wider sentence flips who acts on whom, though the
short single-clause version codes right."""

from __future__ import annotations

from coded_events import coded_in


def test_s13a_a_report_inside_a_subordinate_clause_is_not_the_actors_speech() -> None:
    """ "X recalled its envoy to Y after media reported that Y ..., calling the move
    unfriendly": the reporting verb sits in an "after"/"when" clause with a subject of its
    own (the media), so the speech act after it is the main clause's subject's, not that
    of the state named just before the subordinator."""
    coded = coded_in(
        "Norway recalled its ambassador to Sweden on Tuesday after newspapers reported "
        "that Swedish agents had bugged the offices of Norwegian ministers, calling the "
        "spying a hostile act.")
    assert ("criticism_hostility", "NOR", "SWE") in coded
    assert ("criticism_hostility", "SWE", "NOR") not in coded
    # a speaker right before its reporting verb still speaks
    coded = coded_in(
        "Germany said on Monday that a Russian jet had entered its airspace, calling the "
        "flight a provocation.")
    assert ("criticism_hostility", "DEU", "RUS") in coded
