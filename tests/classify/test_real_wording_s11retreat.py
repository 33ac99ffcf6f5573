"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): withdrawals, troop movements and rejections (branch s11retreat)."""

from __future__ import annotations

from coded_events import coded_in


def test_a_denial_told_after_the_charge_answers_the_accuser() -> None:
    """ "X accused Y of backing the rebels, a claim denied by Y": a denial told with no
    other side of its own, after a charge against the denier in the same sentence, is the
    denier's rejection of the accuser (REJECT, Y to X). Without a charge before it ("Y
    denied the report") no side is rejected."""
    assert ("reject", "PAK", "IND") in coded_in(
        "New Delhi accused Pakistan of sheltering the gunmen, a charge denied by Islamabad.")
    assert ("reject", "UGA", "KEN") in coded_in(
        "Kenya has accused Uganda of arming the militia - an allegation rejected by "
        "the Ugandan government.")
    assert not [c for c in coded_in("Uganda denied the report on Monday.")
                if c[0] == "reject"]


def test_a_sides_own_embassy_staff_leaving_is_a_withdrawal() -> None:
    """ "all Mexican diplomatic staff would leave Ecuador", "its diplomatic staff had
    left Peru": a side's own diplomatic staff leaving the other's country is
    an embassy evacuated (RETREAT, the guidelines' "evacuates an embassy"). Staff ordered
    out by the host is an expulsion (SANCTION by the host), not the guests' withdrawal."""
    assert ("retreat", "CHL", "PER") in coded_in(
        "Santiago said all Chilean embassy staff would leave Peru by Friday.")
    assert ("retreat", "BOL", "PER") in coded_in(
        "Bolivia said its diplomatic staff had left Peru on Sunday.")
    expelled = coded_in("Peru ordered Bolivian diplomatic staff to leave the country.")
    assert ("sanction", "PER", "BOL") in expelled
    assert not [c for c in expelled if c[0] == "retreat"]
