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


def test_a_summit_told_as_where_the_pairs_act_took_place_is_their_meeting() -> None:
    """ "signed the accord at a summit in Hanoi", "agreed to upgrade ties during their
    summit on Friday": the summit is where the two sides of the act met (CONSULT), as
    "after talks in Doha" tells the talks the sides held; a summit merely named ("the
    summit agenda") is no meeting."""
    coded = [(e.kind, e.actor1.code, e.actor2.code if e.actor2 else None) for e in events_in(
        "Vietnamese President Vo Van Thuong and his Laotian counterpart Thongloun Sisoulith "
        "signed the accord at a summit in Hanoi.", "2024-03-14")]
    assert {("meeting", "VNM", "LAO"), ("meeting", "LAO", "VNM")} & set(coded)
    coded = [(e.kind, e.actor1.code, e.actor2.code if e.actor2 else None) for e in events_in(
        "Kenya and Ethiopia agreed to upgrade ties during their summit on Friday.",
        "2024-03-14")]
    assert {("meeting", "KEN", "ETH"), ("meeting", "ETH", "KEN")} & set(coded)
    assert not [e for e in events_in(
        "Kenya criticised Ethiopia over the summit agenda.", "2024-03-14")
        if e.kind == "meeting"]
