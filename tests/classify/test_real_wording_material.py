"""Wording of real conflict news, a class at a time: material conflict and its end (armed
clashes, sanctions, coercion, mobilisation, retreat, concessions, ceasefires), each class a
general way news tells the act, with sentences written for the test."""

from __future__ import annotations

from coded_events import coded_in


def _coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_projectiles_fired_by_a_side_at_the_other_are_its_attack() -> None:
    """ "rockets were fired by Hezbollah towards northern Israel": the passive of fire names
    the shooter after "by" and the target after "at", "into" or "towards"; fire by no
    named side codes nothing."""
    assert ("armed_clash", "PSE", "ISR") in _coded(
        "Dozens of rockets were fired by Hamas into southern Israel overnight.")
    assert ("armed_clash", "YEM", "SAU") in _coded(
        "Two ballistic missiles launched by the Houthis towards Saudi Arabia were "
        "intercepted on Monday.")
    assert not [k for k, *_ in _coded("Shots were fired by unknown gunmen in the capital "
                                      "on Monday.") if k == "armed_clash"]


def test_commerce_brought_to_a_stop_is_a_sanction() -> None:
    """ "ceased all imports from X", "stopped buying X's coal", "an end to charter flights":
    a state ending its trade, flights or aid with the other is a sanction like suspending
    them; a stop with no state behind it ("the drought stopped exports") is none."""
    assert ("sanction", "QAT", "BHR") in _coded(
        "Qatar ceased all imports from Bahrain on Monday.")
    assert ("sanction", "CHN", "AUS") in _coded(
        "China stopped buying Australian barley last week.")
    assert ("sanction", "RUS", "EGY") in _coded(
        "Moscow ordered an end to charter flights to Egypt on Monday.")
    assert not [k for k, *_ in _coded("The floods stopped grain exports on Monday.")
                if k == "sanction"]


def test_closing_a_checkpoint_route_or_strait_to_the_other_is_a_sanction() -> None:
    """ "closed two checkpoints", "shut the supply route for NATO troops", "blocked off the
    strait": the ways across that a state closes to the other are its border closed, a
    sanction like closing the border itself; closing one's own affairs is none."""
    assert ("sanction", "EST", "RUS") in _coded(
        "Estonia closed three checkpoints on its frontier with Russia on Monday.")
    assert ("sanction", "PAK", "NATO") in _coded(
        "Islamabad shut the supply routes used by NATO on Monday.")
    assert ("sanction", "IRN", "ARE") in _coded(
        "Iran blocked off the strait to Emirati tankers on Monday.")
    assert not [k for k, *_ in _coded("Pakistan closed its schools on Monday.")
                if k == "sanction"]


def test_restricting_the_others_traffic_and_movement_is_a_sanction() -> None:
    """ "restricted the movement of Lithuanian trucks", "curbs to road traffic with
    Belarus": a state limiting the other's traffic, transit or freight is a sanction like
    restricting its trade; a police measure at home is none."""
    assert ("sanction", "LVA", "RUS") in _coded(
        "Latvia restricted the movement of Russian lorries on Monday.")
    assert ("sanction", "HUN", "UKR") in _coded(
        "Budapest curbed transit for Ukrainian freight on Monday.")
    assert not [k for k, *_ in _coded("Police restricted traffic in the capital on Monday.")
                if k == "sanction"]


def test_officials_and_staff_ordered_out_are_expelled() -> None:
    """ "ordered 12 French officials to leave", "gave the military advisers a week to
    leave": a mission's officials, staffers and attaches told to go are expelled like its
    diplomats (a sanction); a firm sending its own staff home is none."""
    assert ("sanction", "LTU", "BLR") in _coded(
        "Lithuania ordered four Belarusian officials to leave the country on Monday.")
    assert ("sanction", "IND", "PAK") in _coded(
        "New Delhi gave Pakistan's defence attaches one week to depart on Monday.")
    assert not [k for k, *_ in _coded("The company told its officials to leave early on "
                                      "Monday.") if k == "sanction"]


def test_airspace_violated_by_a_named_side_is_its_incursion() -> None:
    """ "its airspace was violated by three Russian jets": the passive names the side that
    crossed without leave after "by", an incursion (MOBILIZE) into the owner's airspace,
    waters or border; a violation by no named side codes nothing."""
    assert ("mobilize", "RUS", "FIN") in _coded(
        "Finland said its airspace was violated by two Russian helicopters on Friday.")
    assert ("mobilize", "CHN", "PHL") in _coded(
        "Philippine waters were breached by Chinese coast guard vessels on Friday.")
    assert not [k for k, *_ in _coded("Finland said its airspace was violated on Friday.")
                if k == "mobilize"]


def test_aims_that_are_no_blow_are_no_attack() -> None:
    """ "targeted" also names a goal set for a date ("completion is targeted for the end of
    2026"), a market aimed at ("a campaign targeting Gulf markets") and words aimed at a
    principle ("the speech targeted Iran's territorial integrity"): no force used. Forces
    that targeted sites remain an attack."""
    def clashes(text: str) -> list[tuple[str, str, str | None]]:
        return [c for c in _coded(text) if c[0] == "armed_clash"]
    assert not clashes("Financial close on the UAE's solar project in Azerbaijan is targeted "
                       "for the end of 2026.")
    assert not clashes("Jordanian smugglers ran an operation targeting Gulf markets from "
                       "Syria.")
    assert not clashes("Baku said the Iranian speech targeted Azerbaijan's territorial "
                       "integrity.")
    assert ("armed_clash", "ISR", "PSE") in _coded(
        "Israeli jets targeted Hamas sites in Gaza on Monday.")


def test_a_side_hit_with_sanctions_is_their_target() -> None:
    """ "hit Iran with new sanctions", "targeted Moscow with tariffs": the side that hits
    imposes the measure on the one hit (the noun alone would take the wrong way round), and
    "targeted" with sanctions is no attack."""
    assert _coded("The United States hit Iran with new sanctions on Tuesday.") == [
        ("sanction", "USA", "IRN")]
    assert _coded("Washington targeted Moscow with fresh tariffs.") == [
        ("sanction", "USA", "RUS")]


def test_a_thing_that_slams_into_a_place_says_nothing() -> None:
    """ "slam" is a word of criticism ("Pakistan slammed India over the remarks"), but a
    missile that "slammed into" a building is a blow, never a statement."""
    assert not [c for c in _coded("A Russian missile slammed into a Ukrainian apartment block "
                                  "on Monday.") if c[0] == "criticism_hostility"]
    assert ("criticism_hostility", "PAK", "IND") in _coded(
        "Pakistan slammed India over the remarks.")
