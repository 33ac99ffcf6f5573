"""Wording of real bilateral news, a class at a time (seen across the real-text dev split or
a complete family of everyday news words): money one state gives another."""

from __future__ import annotations

from coded_events import events_in, sides_of


def _s16a_aid_sides(text: str) -> tuple[str, str | None]:
    return sides_of(events_in(text, "2024-03-14"), "aid_project")


def test_money_told_as_a_contribution_or_as_funding_is_aid() -> None:
    """Money a state gives another is told in news as a contribution ("contributed $5
    million to", "a contribution of $3m to", "a $10 million contribution to") or as funding
    ("announced a $4 million funding package for") as often as aid or a grant: each is the
    giver's aid (AID) to the state named after "to"/"for". "Contributed to the tensions"
    (no money) and a contribution praised are no aid."""
    assert _s16a_aid_sides(
        "Australia contributed $5 million to Fiji on Tuesday.") == ("AUS", "FJI")
    assert _s16a_aid_sides(
        "Japan is making a contribution of $3 million as emergency support to the Tongan "
        "government.") == ("JPN", "TON")
    assert _s16a_aid_sides(
        "Canada announced a $10 million contribution to Haiti.") == ("CAN", "HTI")
    assert _s16a_aid_sides(
        "Britain announced a $4 million funding package for Malawi.") == ("GBR", "MWI")
    assert not [e for e in events_in(
        "Australia contributed to the tensions with China.", "2024-03-14")
        if e.kind == "aid_project"]
    assert not [e for e in events_in(
        "Australia praised the contribution of Fiji to the peace mission.", "2024-03-14")
        if e.kind == "aid_project"]
