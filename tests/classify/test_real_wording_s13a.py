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
    # an aside set off by commas keeps the speaker before it
    coded = coded_in(
        "China, when asked about the drills, said Taiwan was a province, calling the "
        "exercise a provocation by Japan.")
    assert ("criticism_hostility", "CHN", "JPN") in coded


def test_s13a_an_act_received_from_a_side_is_that_sides() -> None:
    """ "X received a protest / warning / list of expelled diplomats from Y": the receiver
    is the clause's subject, but the act got was done by the side after "from", to the
    receiver. A receiving verb left out ("X sent a protest to Y") keeps the subject."""
    coded = coded_in("Canada received a strongly worded protest from India on Friday.")
    assert ("criticism_hostility", "IND", "CAN") in coded
    assert ("criticism_hostility", "CAN", "IND") not in coded
    coded = coded_in("Lebanon got a stern warning from Israel about the rocket fire.")
    assert ("criticism_hostility", "ISR", "LBN") in coded
    coded = coded_in("Canada sent a strongly worded protest to India on Friday.")
    assert ("criticism_hostility", "CAN", "IND") in coded


def test_s13a_a_gerund_after_comma_and_subordinator_is_the_main_subjects() -> None:
    """ "X withdrew its diplomats from Y in a letter to Y's embassy, while asking the
    embassy to cease its work": a gerund set off by a comma and a subordinator ("while",
    "after", "before") hangs from the main clause, so its subject is the main clause's,
    not the state named in the phrase just before the comma."""
    coded = coded_in(
        "The Malian foreign ministry said in a statement on Friday that it had decided to "
        "pull its diplomats out of Algeria in a letter to the Algerian embassy in Mali, "
        "while asking the Algerian embassy to cease all consular activities within 72 hours.")
    assert ("sanction", "MLI", "DZA") in coded
    assert ("sanction", "DZA", "MLI") not in coded
