"""A military operation launched against or in the other side is force on it, however the
operation is qualified (ground, air, cross-border, special military); an operation two sides
run together is neither side's force on the other."""

from __future__ import annotations

from coded_events import coded_in


def test_an_operation_launched_against_or_in_a_state_is_force_on_it() -> None:
    """ "launched a military operation against Syria", "began a ground operation in
    Lebanon": nothing was coded before, since only offensives, strikes and raids were."""
    assert coded_in("Turkey launched a military operation against Syria on Sunday.",
                    "2024-03-14") == [("armed_clash", "TUR", "SYR")]
    assert coded_in("Israel began a ground operation in Lebanon on Sunday.",
                    "2024-03-14") == [("armed_clash", "ISR", "LBN")]


def test_a_joint_operation_is_no_force_between_its_partners() -> None:
    """ "a joint military operation against al-Shabaab": the two act together."""
    coded = coded_in("Kenya and Somalia launched a joint military operation against "
                     "al-Shabaab.", "2024-03-14")
    assert not [c for c in coded if c[0] == "armed_clash"]
