"""Wording of real news that made false events, a class at a time (each seen in several
passages of the real-text dev split): one act told twice and coded twice, and other
structures that produce an event no reader would count."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s8p_events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _s8p_blame(events: list[Event], first: str, second: str) -> list[Event]:
    return [e for e in events if e.kind == "criticism_hostility" and e.plover == "ACCUSE"
            and e.actor1.code == first and e.actor2 is not None and e.actor2.code == second]


def test_words_of_blame_told_again_the_same_day_are_one_act() -> None:
    """ "Hungary condemned the decision on Monday. Budapest accused Bratislava of ...", "X
    charged that Y's boat rammed ... the Y ambassador was summoned over the incident": a
    state's blame of another told again on the same day, whatever verb tells it (condemn,
    accuse, protest, summon), is one criticism; one told as added to it ("also summoned")
    is a second act."""
    once = _s8p_events("Hungary condemned Slovakia's decision on Monday. Budapest accused "
                       "Bratislava of breaking the treaty.")
    assert len(_s8p_blame(once, "HUN", "SVK")) == 1
    summoned = _s8p_events(
        "Greece on Wednesday charged that a Turkish patrol boat rammed a Greek coast guard "
        "vessel. Hours later, a government spokesman said the Turkish ambassador was "
        "summoned to the foreign ministry over the incident.")
    assert len(_s8p_blame(summoned, "GRC", "TUR")) == 1
    added = _s8p_events("Hungary condemned Slovakia's decision on Monday. The Hungarian "
                        "foreign ministry also summoned the Slovak ambassador on Monday.")
    assert len(_s8p_blame(added, "HUN", "SVK")) == 2


def _s8p_clashes(events: list[Event]) -> list[Event]:
    return [e for e in events if e.kind == "armed_clash"]


def test_an_attack_named_again_without_a_time_of_its_own_is_the_one_told() -> None:
    """ "a soldier was injured on March 11 due to unprovoked firing by Afghan forces ... the
    Foreign Office also asked Afghanistan to bring the unprovoked firing to an end": an
    attack named again as what a request, protest or apology is about, with no time of its
    own (dated by the sentence around it), is the attack already told with its day; one
    told with a day of its own is another."""
    (clash,) = _s8p_clashes(_s8p_events(
        "A Pakistani soldier was injured on March 11 due to unprovoked firing by Afghan "
        "border forces near Chaman. The Foreign Office also asked Afghanistan to bring the "
        "unprovoked firing to an end."))
    assert (clash.actor1.code, clash.date.start) == ("AFG", "2024-03-11")
    two = _s8p_clashes(_s8p_events(
        "A Pakistani soldier was injured on March 11 due to unprovoked firing by Afghan "
        "border forces near Chaman. On March 2, Afghan forces shelled a Pakistani post in "
        "Kurram."))
    assert sorted(e.date.start for e in two) == ["2024-03-02", "2024-03-11"]


def test_sanctions_a_side_breaks_or_slips_past_are_imposed_by_no_one_there() -> None:
    """ "seized a tanker on suspicion of breaching sanctions against Syria", "accused of
    violating EU sanctions", "helped Moscow evade Western sanctions": sanctions told as what
    someone breaks, evades or circumvents are a regime already in force, not an act of
    sanctioning by anyone the sentence names; imposing them still is one."""
    for text in (
        "Gibraltar police detained a Panamanian-flagged freighter two weeks ago on suspicion "
        "of breaching sanctions against Venezuela.",
        "Italy said on Tuesday a Libyan vessel held in Sicily was suspected of violating the "
        "UN embargo against Libya.",
        "Seoul said a Chinese tanker was helping Pyongyang circumvent international "
        "sanctions.",
    ):
        assert not [e for e in _s8p_events(text) if e.kind == "sanction"], text
    imposed = _s8p_events("Canada on Tuesday imposed new sanctions on Venezuela.")
    assert [(e.actor1.code, e.actor2.code) for e in imposed if e.kind == "sanction"] == [
        ("CAN", "VEN")]


def test_fire_or_guards_that_land_or_arrive_make_no_visit() -> None:
    """ "summoned the envoy over mortar shells fired from across the border which landed in
    Bangladesh", "the coast guard arrived at the scene": what lands or arrives there is
    fire or a force on duty, not a visitor of the other state; a leader landing in a
    capital still visits it."""
    for text in (
        "Ankara summoned Syria's charge d'affaires on Monday over artillery shells fired "
        "from across the border which landed in Turkey.",
        "Seoul said on Tuesday that balloons sent from the North had landed in South Korea "
        "overnight.",
        "Manila said the Philippine Coast Guard arrived at the scene as Chinese vessels "
        "blocked the resupply boat.",
    ):
        assert not [e for e in _s8p_events(text) if e.kind == "visit"], text
    landed = _s8p_events("Erdogan landed in Baku on Tuesday for talks with Aliyev.")
    assert [(e.actor1.code, e.actor2.code) for e in landed if e.kind == "visit"] == [
        ("TUR", "AZE")]
