"""Wording of real conflict news where nothing of the pair was coded, a class at a time
(each seen in several passages of the real-text dev split): hostile acts whose cue fired
but a filter dropped the event."""

from __future__ import annotations

from coded_events import events_in, sides_of


def _s12d_clashes(text: str) -> list[tuple[str, str | None]]:
    events = events_in(text, "2024-03-14")
    return [(e.actor1.code, e.actor2.code if e.actor2 else None)
            for e in events if e.kind == "armed_clash"]


def test_s12d_fighting_between_two_named_sides_after_of_is_a_fight_told() -> None:
    """ "against the background of fighting between X and Y", "in the context of fighting
    between X and Y": an -ing noun of force after "of" was read as the content of a charge
    ("accused X of shelling") and dropped; a fight named by its two sides with "between" is
    one told, as the setting of the news. A fight named only as one that may come ("the
    risk of fighting between", "fears of fighting between") stays uncoded."""
    assert ("ARM", "AZE") in _s12d_clashes(
        "The summit opened against the background of fighting between Armenia and "
        "Azerbaijan.")
    assert ("SDN", "SSD") in _s12d_clashes(
        "Aid groups met in Nairobi in the context of fighting between Sudan and South Sudan.")
    assert not _s12d_clashes(
        "Diplomats spoke of the risk of fighting between Serbia and Kosovo.")
    assert not _s12d_clashes(
        "There are growing fears of fighting between Ethiopia and Eritrea.")
    assert sides_of(events_in(
        "The talks took place against the backdrop of fighting between India and Pakistan.",
        "2024-03-14"), "armed_clash") == ("IND", "PAK")


def test_s12d_noun_measure_made_known_in_the_passive_is_the_by_sides() -> None:
    """ "Curbs on X's hauliers and the expulsion of an X officer were announced by Y":
    a measure named by its noun, subject of a passive verb by which a side makes its own
    act known or law (announced, imposed, ordered, introduced ...), is the act of the side
    after "by"; an official or officer sent away is an expelled envoy as with the verb
    ("expelled a Pakistani official"). A verb of another's reaction ("were condemned by")
    names no doer."""
    events = events_in(
        "The expulsion of a Lithuanian customs officer was announced by Minsk on Friday.",
        "2024-03-14")
    assert sides_of(events, "sanction") == ("BLR", "LTU")
    events = events_in(
        "Fresh sanctions on Iranian oil traders were formally announced by Washington on "
        "Monday.", "2024-03-14")
    assert sides_of(events, "sanction") == ("USA", "IRN")
    reacted = events_in(
        "Fresh sanctions on Iranian oil traders were sharply criticised by Beijing on Monday.",
        "2024-03-14")
    assert not [e for e in reacted if e.kind == "sanction" and e.actor1.code == "CHN"]
