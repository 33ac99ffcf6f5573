"""Wording of real friction news, a class at a time (the conflict batch real24b and the
other dev passages of the same class): measures told with everyday verbs."""

from __future__ import annotations

from coded_events import events_in, sides_of


def test_r2b24_the_other_sides_traffic_barred_is_a_sanction() -> None:
    """ "prohibited flights to and from X", "barred X's aircraft", "banned X vehicles from
    crossing the border": any everyday verb of barring (ban, bar, prohibit, forbid) with
    the other side's traffic (flights, planes, vehicles, lorries, boats) is a measure
    against that side (SANCTION), as "banned X airlines" already was; a ban on someone's
    travel that names no side's traffic is not."""
    events = events_in("Morocco has prohibited all flights to and from Algeria, the "
                       "transport ministry said on Tuesday.", "2024-03-14")
    assert sides_of(events, "sanction") == ("MAR", "DZA")
    events = events_in("Ethiopia barred Eritrean aircraft from its airspace.", "2024-03-14")
    assert sides_of(events, "sanction") == ("ETH", "ERI")
    events = events_in("Armenia forbade Azerbaijani lorries from using the mountain road.",
                       "2024-03-14")
    assert sides_of(events, "sanction") == ("ARM", "AZE")
    assert not [e for e in events_in("A court barred the former minister from boarding "
                                     "flights abroad.", "2024-03-14") if e.kind == "sanction"]


def test_r2b24_persona_non_grata_by_any_naming_verb_is_an_expulsion() -> None:
    """ "labelled the envoy persona non grata", "named ... persona non grata", "the
    designation of a diplomat as persona non grata": the everyday verbs and nouns for
    naming a diplomat unwelcome tell the same expulsion as "declared" (SANCTION); a
    person called unwelcome with no such phrase is not."""
    events = events_in("Bolivia on Monday labelled the Chilean consul as persona non "
                       "grata.", "2024-03-14")
    assert sides_of(events, "sanction") == ("BOL", "CHL")
    events = events_in("Latvia on Friday designated a Belarusian diplomat persona non "
                       "grata.", "2024-03-14")
    assert sides_of(events, "sanction") == ("LVA", "BLR")
    assert not [e for e in events_in("Bolivia labelled the Chilean consul a nuisance.",
                                     "2024-03-14") if e.kind == "sanction"]
