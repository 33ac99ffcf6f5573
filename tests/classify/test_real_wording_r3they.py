"""Wording of real news, a class at a time: whom a plural "They" opening a sentence
stands for when the sentence before named a group of states together."""

from __future__ import annotations

from coded_events import coded_in


def test_r3they_plural_they_takes_the_coordinated_states_before() -> None:
    """ "X expelled A and B's envoys. They, in turn, expelled X's diplomat": "They" is
    plural, so it stands for the states the sentence before named together, not for the
    one state that sentence opened with (which is the other side of the act)."""
    coded = coded_in(
        "On Monday, Russia expelled Estonia and Latvia's ambassadors. "
        "They, in turn, kicked out Russia's top envoy.")
    assert ("sanction", "EST", "RUS") in coded
    assert ("sanction", "RUS", "EST") in coded
    coded = coded_in(
        "Belarus closed its border with Poland and Lithuania on Monday. "
        "They condemned Belarus on Tuesday.")
    assert [c for c in coded if c[0] == "criticism_hostility" and c[1] in ("POL", "LTU")
            and c[2] == "BLR"]
    # a singular "It" stays with the sentence's first state
    coded = coded_in(
        "On Monday, Russia expelled Estonia and Latvia's ambassadors. "
        "It also summoned Lithuania's envoy.")
    assert not [c for c in coded if c[1] in ("EST", "LVA") and c[2] == "LTU"]


def test_r3they_they_of_a_joint_act_takes_both_states_named_together() -> None:
    """ "X hosted the presidents of A and B ... They agreed to strengthen ties": "they" is
    the two states named together, so the joint act is between them, not between the
    host named first and one of them."""
    coded = coded_in(
        "Japan hosted the presidents of Kenya and Uganda in Tokyo on Monday. They agreed to "
        "strengthen bilateral ties.")
    assert [c for c in coded if c[0] == "pledge" and {c[1], c[2]} == {"KEN", "UGA"}]
    assert not [c for c in coded if c[0] == "pledge" and "JPN" in (c[1], c[2])]
    coded = coded_in(
        "Sweden hosted the foreign ministers of Serbia and Kosovo on Monday. They signed a "
        "deal on licence plates.")
    assert [c for c in coded
            if c[0] == "agreement_signed" and {c[1], c[2]} == {"SRB", "XKX"}]


def test_r3they_a_described_state_is_the_last_named_state_not_the_other_side() -> None:
    """ "the socialist-run country", "the oil-rich nation": a description of a state with
    no region in it stands for the state the story named last, other than the state the
    sentence names after it as the act's other side; an ordinal or "other" is no
    description of one state."""
    coded = coded_in(
        "Nicaragua has long quarrelled with Washington. On Monday the socialist-run country "
        "expelled the US ambassador.")
    assert ("sanction", "NIC", "USA") in coded
    assert ("sanction", "USA", "NIC") not in coded
    coded = coded_in(
        "Kuwait recalled its envoy from Iraq on Monday. On Tuesday the oil-rich state "
        "condemned Baghdad.")
    assert [c for c in coded if c[0] == "criticism_hostility" and c[1:] == ("KWT", "IRQ")]
