"""Wording of real news, a class at a time: office holders the gazetteer did not know, so
that an event told only by a leader's or minister's name lost its side. The class is a
complete family (heads of state and government and foreign ministers of the states the
people table had no one for, and the cabinet members and envoys news names by surname
alone), not the names of one passage; surnames that are also words or common names stay
guarded and name their bearer only in full."""

from __future__ import annotations

from coded_events import events_in, sides_of


def test_leaders_of_states_the_table_had_no_one_for_tell_the_side() -> None:
    """Maldives, Albania, North Macedonia, Montenegro, Switzerland, Iceland and the Pacific
    island states had no office holder in the table: "Muizzu held talks with ..." had no
    first side. Their presidents, prime ministers and foreign ministers of 2000-2026 do."""
    events = events_in("Muizzu held talks with Modi in New Delhi on Monday.", "2024-10-07")
    assert sides_of(events, "negotiation") == ("MDV", "IND")
    events = events_in("Mickoski held talks with Mitsotakis in Athens on Tuesday.",
                       "2025-03-11")
    assert sides_of(events, "negotiation") == ("MKD", "GRC")
    events = events_in("Cassis met Lavrov in Geneva on Thursday.", "2023-05-11")
    assert sides_of(events, "meeting") == ("CHE", "RUS")
    events = events_in("Sovaleni met Albanese in Canberra on Friday.", "2023-02-17")
    assert sides_of(events, "meeting") == ("TON", "AUS")


def test_cabinet_members_and_envoys_named_by_surname_tell_the_side() -> None:
    """A defence minister, a special envoy or a deputy president named by surname after
    the first mention ("Ahn pledged ...", "Hochstein met ...") is his state."""
    events = events_in("Ahn pledged support for Poland's arms industry.",
                       "2025-08-20")
    assert sides_of(events, "pledge") == ("KOR", "POL")
    events = events_in("Hochstein met Berri in Beirut on Tuesday.", "2024-06-18")
    assert sides_of(events, "meeting")[0] == "USA"
    events = events_in("Anwar held talks with Prabowo in Jakarta on Monday.", "2025-01-27")
    assert sides_of(events, "negotiation") == ("MYS", "IDN")


def test_surnames_that_are_words_or_common_names_stay_guarded() -> None:
    """ "Rama", "Meta" and "Dimitrov" are a god, a company and one of the commonest Balkan
    surnames: alone they name no office holder; the full name does."""
    assert not [e for e in events_in("Meta held talks with Pakistan on Monday.", "2024-03-14")
                if e.actor1.code == "ALB"]
    assert not [e for e in events_in("Rama met Indian pilgrims on Monday.", "2024-03-14")
                if e.actor1.code == "ALB"]
    events = events_in("Edi Rama met Meloni in Rome on Monday.", "2023-11-06")
    assert sides_of(events, "meeting") == ("ALB", "ITA")
